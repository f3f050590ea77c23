dozabanSearch.shard("سط",{"سطح":[0,1]});
