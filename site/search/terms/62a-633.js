dozabanSearch.shard("تس",{"تسخیر":[4,1]});
