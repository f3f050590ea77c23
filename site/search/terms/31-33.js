dozabanSearch.shard("13",{"130":[4,1,1,1]});
