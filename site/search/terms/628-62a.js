dozabanSearch.shard("بت",{"بتوان":[4,1],"بتواند":[4,1]});
