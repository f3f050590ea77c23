dozabanSearch.shard("sw",{"sway":[6,1],"swing":[2,1]});
