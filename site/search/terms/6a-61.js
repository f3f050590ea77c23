dozabanSearch.shard("ja",{"jam":[6,6]});
