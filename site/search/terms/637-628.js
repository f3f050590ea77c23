dozabanSearch.shard("طب",{"طبل":[4,1]});
