dozabanSearch.shard("kn",{"know":[6,1]});
