dozabanSearch.shard("زد",{"زد":[4,1]});
