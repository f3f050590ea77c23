dozabanSearch.shard("ai",{"aid":[2,1,3,1],"aim":[5,2,1,1],"air":[2,2,1,2,2,2],"aircraft":[3,1,2,1]});
