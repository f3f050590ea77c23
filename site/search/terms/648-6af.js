dozabanSearch.shard("وگ",{"وگو":[0,1,4,8]});
