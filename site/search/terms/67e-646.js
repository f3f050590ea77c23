dozabanSearch.shard("پن",{"پنتاگون":[4,3]});
