dozabanSearch.shard("gi",{"giant":[3,1],"giv":[1,1,4,2,1,1],"given":[2,1]});
