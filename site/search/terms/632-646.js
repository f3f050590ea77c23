dozabanSearch.shard("زن",{"زندگی":[0,1]});
