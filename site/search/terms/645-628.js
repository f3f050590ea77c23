dozabanSearch.shard("مب",{"مبارزه":[0,2]});
