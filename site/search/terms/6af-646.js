dozabanSearch.shard("گن",{"گنجانده":[0,1]});
