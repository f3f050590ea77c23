dozabanSearch.shard("اچ",{"اچ":[4,1]});
