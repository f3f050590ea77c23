dozabanSearch.shard("tw",{"two":[2,2,1,1,2,1,1,1]});
