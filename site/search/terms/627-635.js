dozabanSearch.shard("اص",{"اصلی":[0,5,4,2],"اصول":[0,1]});
