dozabanSearch.shard("ثب",{"ثبات":[0,1,4,3]});
