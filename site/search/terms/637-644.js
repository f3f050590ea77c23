dozabanSearch.shard("طل",{"طلبد":[0,1]});
