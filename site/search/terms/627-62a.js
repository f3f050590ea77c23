dozabanSearch.shard("ات",{"اتحاد":[4,10],"اتحادی":[4,1]});
