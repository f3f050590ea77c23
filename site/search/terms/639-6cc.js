dozabanSearch.shard("عی",{"عین":[0,2]});
