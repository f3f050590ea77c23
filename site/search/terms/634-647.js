dozabanSearch.shard("شه",{"شهر":[4,3],"شهرهای":[4,1]});
