dozabanSearch.shard("ae",{"aerial":[1,1]});
