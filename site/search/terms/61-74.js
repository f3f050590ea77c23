dozabanSearch.shard("at",{"at":[1,1,1,3,1,3,2,1,1,1],"attack":[1,1,4,5],"attempt":[2,1,1,2,3,1],"attend":[2,1]});
