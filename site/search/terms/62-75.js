dozabanSearch.shard("bu",{"bureaucracy":[6,1],"bush":[3,1,2,2],"but":[1,3,1,4,1,3,2,2,1,2]});
