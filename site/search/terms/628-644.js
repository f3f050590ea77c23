dozabanSearch.shard("بل",{"بلکه":[4,1]});
