dozabanSearch.shard("شک",{"شکست":[4,1],"شکل":[4,1]});
