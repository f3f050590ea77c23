dozabanSearch.shard("وت",{"وتاب":[0,4]});
