dozabanSearch.shard("زو",{"زونتاگ":[4,1]});
