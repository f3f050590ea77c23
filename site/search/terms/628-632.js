dozabanSearch.shard("بز",{"بزرگ":[4,2],"بزرگی":[0,1]});
