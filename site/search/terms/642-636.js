dozabanSearch.shard("قض",{"قضا":[0,1]});
