dozabanSearch.shard("jo",{"john":[2,1,1,1,2,5,1,1],"join":[3,1,2,1],"joint":[1,1,1,2,3,1],"jordan":[5,1],"journalist":[2,1]});
