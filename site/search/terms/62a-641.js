dozabanSearch.shard("تف",{"تفنگدار":[4,1]});
