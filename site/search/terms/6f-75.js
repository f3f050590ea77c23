dozabanSearch.shard("ou",{"our":[3,2],"oust":[6,1],"out":[1,1,1,5,1,3,2,4,1,2],"outer":[6,1],"outsid":[5,1]});
