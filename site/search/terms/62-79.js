dozabanSearch.shard("by",{"by":[1,4,1,8,1,10,2,9,1,10]});
