dozabanSearch.shard("31",{"31":[3,1]});
