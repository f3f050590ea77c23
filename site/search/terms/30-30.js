dozabanSearch.shard("00",{"000":[3,2,2,3]});
