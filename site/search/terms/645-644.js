dozabanSearch.shard("مل",{"ملل":[4,1],"ملی":[0,1]});
