dozabanSearch.shard("بخ",{"بخشد":[4,1],"بخشی":[0,1,4,1]});
