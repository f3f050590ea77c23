dozabanSearch.shard("gl",{"glar":[3,1]});
