dozabanSearch.shard("از",{"از":[0,16,4,13],"ازاد":[4,1]});
