dozabanSearch.shard("go",{"go":[2,1],"goal":[3,1],"goe":[6,1],"going":[2,1,1,3,3,3],"golden":[3,1],"good":[2,1],"government":[1,2,1,11,1,5,2,3,1,7]});
