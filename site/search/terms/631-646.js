dozabanSearch.shard("رن",{"رند":[4,1]});
