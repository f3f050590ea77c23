dozabanSearch.shard("گس",{"گسترده":[4,2]});
