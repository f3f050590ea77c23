dozabanSearch.shard("پش",{"پشتیبانی":[0,1]});
