dozabanSearch.shard("صف",{"صف":[4,1]});
