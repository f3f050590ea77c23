dozabanSearch.shard("هف",{"هفته":[4,5]});
