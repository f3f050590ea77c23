dozabanSearch.shard("چر",{"چرا":[0,13]});
