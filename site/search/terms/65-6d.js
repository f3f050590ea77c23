dozabanSearch.shard("em",{"embark":[1,1],"embassy":[3,1,2,2],"embrac":[3,1,3,1],"emerg":[1,1,5,1],"emergency":[3,2],"employ":[3,1]});
