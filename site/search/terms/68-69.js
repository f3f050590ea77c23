dozabanSearch.shard("hi",{"high":[5,1],"his":[1,1,1,2,3,1],"history":[6,1]});
