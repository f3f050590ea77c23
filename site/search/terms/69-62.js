dozabanSearch.shard("ib",{"ibrahim":[3,1]});
