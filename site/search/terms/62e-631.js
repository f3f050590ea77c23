dozabanSearch.shard("خر",{"خرج":[0,1,4,1]});
