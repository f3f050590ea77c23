dozabanSearch.shard("wo",{"won":[1,10,2,1],"word":[1,1],"work":[3,1,3,1],"world":[3,2],"would":[1,3,1,3,1,1,2,1,1,3],"wouldn":[5,1]});
