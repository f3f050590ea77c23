dozabanSearch.shard("حق",{"حقوق":[4,1]});
