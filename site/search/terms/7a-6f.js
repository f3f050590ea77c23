dozabanSearch.shard("zo",{"zon":[6,1]});
