dozabanSearch.shard("بک",{"بکند":[0,2]});
