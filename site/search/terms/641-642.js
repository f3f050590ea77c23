dozabanSearch.shard("فق",{"فقط":[0,1]});
