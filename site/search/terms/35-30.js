dozabanSearch.shard("50",{"500":[4,1,1,1]});
