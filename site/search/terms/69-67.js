dozabanSearch.shard("ig",{"ignit":[3,10]});
