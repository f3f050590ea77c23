dozabanSearch.shard("75",{"75":[2,1]});
