dozabanSearch.shard("ax",{"axis":[5,1]});
