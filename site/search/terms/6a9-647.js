dozabanSearch.shard("که",{"که":[0,16,4,13]});
