dozabanSearch.shard("os",{"ostensibly":[2,1]});
