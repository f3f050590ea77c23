dozabanSearch.shard("اظ",{"اظهارات":[0,4,4,1]});
