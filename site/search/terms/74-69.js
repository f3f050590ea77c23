dozabanSearch.shard("ti",{"tigris":[3,1],"tikrit":[3,4,2,2],"tim":[1,2,1,1,1,1,2,3,1,1],"titl":[3,1],"tizzy":[1,4]});
