dozabanSearch.shard("mr",{"mr":[6,1]});
