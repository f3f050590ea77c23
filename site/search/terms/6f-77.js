dozabanSearch.shard("ow",{"own":[1,1,1,2,1,1,2,1]});
