dozabanSearch.shard("دم",{"دمشق":[4,1]});
