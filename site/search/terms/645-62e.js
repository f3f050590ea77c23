dozabanSearch.shard("مخ",{"مخالفان":[4,1]});
