dozabanSearch.shard("19",{"1991":[4,1,1,1]});
