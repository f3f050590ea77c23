dozabanSearch.shard("بح",{"بحران":[4,2]});
