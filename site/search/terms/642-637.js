dozabanSearch.shard("قط",{"قطر":[4,1]});
