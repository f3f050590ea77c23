dozabanSearch.shard("iz",{"izzat":[3,1]});
