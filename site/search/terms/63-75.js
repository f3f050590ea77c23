dozabanSearch.shard("cu",{"cum":[1,1],"curry":[5,1],"curt":[2,1]});
