dozabanSearch.shard("لح",{"لحاظ":[0,1]});
