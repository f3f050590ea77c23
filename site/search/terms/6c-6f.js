dozabanSearch.shard("lo",{"local":[2,1,1,1],"lockstep":[5,1],"logic":[6,1],"long":[3,1,2,3],"lost":[6,1],"lot":[6,1]});
