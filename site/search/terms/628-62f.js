dozabanSearch.shard("بد",{"بدنه":[0,1],"بدگمان":[0,1]});
