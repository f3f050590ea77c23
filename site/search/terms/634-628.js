dozabanSearch.shard("شب",{"شبه":[0,1],"شبهنظامی":[0,1]});
