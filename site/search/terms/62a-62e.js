dozabanSearch.shard("تخ",{"تخلیه":[4,1]});
