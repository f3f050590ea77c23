dozabanSearch.shard("42",{"4200":[4,1]});
