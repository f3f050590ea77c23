dozabanSearch.shard("ot",{"other":[1,2,1,1,1,5,2,2,1,4]});
