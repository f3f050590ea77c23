dozabanSearch.shard("ya",{"yahoo":[4,1,1,1]});
