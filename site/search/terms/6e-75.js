dozabanSearch.shard("nu",{"nuclear":[1,1,1,2,3,2],"number":[3,2],"nurtur":[5,1]});
