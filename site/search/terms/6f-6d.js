dozabanSearch.shard("om",{"omit":[1,1]});
