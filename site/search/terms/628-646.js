dozabanSearch.shard("بن",{"بنا":[4,1]});
