dozabanSearch.shard("pi",{"pitch":[6,1],"pivot":[2,1]});
