dozabanSearch.shard("لو",{"لولوی":[4,1]});
