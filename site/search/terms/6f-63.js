dozabanSearch.shard("oc",{"occupation":[2,3,1,5,2,1,1,2],"occupi":[3,1,3,1],"occupy":[3,1,2,1]});
