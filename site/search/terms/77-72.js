dozabanSearch.shard("wr",{"writ":[5,1]});
