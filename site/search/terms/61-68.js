dozabanSearch.shard("ah",{"ahmet":[3,1]});
