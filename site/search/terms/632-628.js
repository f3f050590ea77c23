dozabanSearch.shard("زب",{"زبان":[0,2]});
