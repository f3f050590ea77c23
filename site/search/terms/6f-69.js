dozabanSearch.shard("oi",{"oil":[3,2,3,2]});
