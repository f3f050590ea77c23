dozabanSearch.shard("عل",{"علی":[0,1],"علیه":[0,4,4,3]});
