dozabanSearch.shard("طو",{"طور":[0,1,4,4]});
