dozabanSearch.shard("if",{"if":[1,4,1,1,1,1,3,1]});
