dozabanSearch.shard("په",{"پهپادی":[4,1]});
