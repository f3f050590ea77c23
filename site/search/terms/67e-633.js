dozabanSearch.shard("پس",{"پس":[4,2]});
