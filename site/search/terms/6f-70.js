dozabanSearch.shard("op",{"open":[5,1,1,1],"openly":[6,1],"operation":[2,2,4,2],"opportunity":[3,1],"oppos":[3,2,3,1],"opposition":[2,1,1,2,2,1]});
