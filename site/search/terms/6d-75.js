dozabanSearch.shard("mu",{"much":[1,7,1,2],"muhammad":[5,1],"murderous":[2,1],"muslim":[3,1],"must":[2,3,4,2],"mut":[3,1],"mutual":[1,1]});
