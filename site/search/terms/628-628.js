dozabanSearch.shard("بب",{"ببینیم":[0,1]});
