dozabanSearch.shard("34",{"34":[4,1,1,1]});
