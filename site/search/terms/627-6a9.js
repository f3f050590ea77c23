dozabanSearch.shard("اک",{"اکنون":[4,6]});
