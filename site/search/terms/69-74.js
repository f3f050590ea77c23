dozabanSearch.shard("it",{"it":[1,10,1,10,1,13,2,10,1,10],"itself":[1,1]});
