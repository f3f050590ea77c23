dozabanSearch.shard("et",{"ethnic":[3,2,3,1]});
