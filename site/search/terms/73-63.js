dozabanSearch.shard("sc",{"scal":[3,2],"scen":[2,1,1,1],"schedul":[2,1],"scientist":[5,1],"scop":[3,1],"scor":[1,2,1,1],"scuttl":[6,1]});
