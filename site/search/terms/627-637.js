dozabanSearch.shard("اط",{"اطلاعات":[0,1]});
