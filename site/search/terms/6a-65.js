dozabanSearch.shard("je",{"jerusalem":[2,1]});
