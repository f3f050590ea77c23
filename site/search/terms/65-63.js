dozabanSearch.shard("ec",{"economic":[5,1]});
