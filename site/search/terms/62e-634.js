dozabanSearch.shard("خش",{"خشونت":[4,2]});
