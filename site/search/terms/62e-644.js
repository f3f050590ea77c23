dozabanSearch.shard("خل",{"خلیج":[4,5,2,5]});
