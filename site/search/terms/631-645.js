dozabanSearch.shard("رم",{"رمادی":[4,1]});
