dozabanSearch.shard("22",{"22":[4,1,1,1]});
