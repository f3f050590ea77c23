dozabanSearch.shard("mv",{"mv":[4,1,1,1]});
