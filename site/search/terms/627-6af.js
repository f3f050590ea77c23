dozabanSearch.shard("اگ",{"اگر":[0,4]});
