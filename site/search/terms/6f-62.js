dozabanSearch.shard("ob",{"obama":[1,1,1,2,1,6,2,3,1,10],"objectively":[3,1],"obviously":[2,1]});
