dozabanSearch.shard("ge",{"general":[2,1,1,1],"geneva":[2,1],"genuin":[1,1],"georg":[5,2],"german":[5,1],"gestur":[2,1],"get":[1,4]});
