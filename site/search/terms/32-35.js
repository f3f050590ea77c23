dozabanSearch.shard("25",{"25":[3,1]});
