dozabanSearch.shard("بگ",{"بگذارد":[4,1],"بگیریم":[4,1]});
