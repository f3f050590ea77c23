dozabanSearch.shard("or",{"or":[1,2,2,1,2,1,1,1],"order":[2,1,1,1,2,3],"organiz":[2,1],"organization":[1,1,2,1]});
