dozabanSearch.shard("ni",{"nin":[3,1]});
