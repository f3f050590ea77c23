dozabanSearch.shard("پذ",{"پذیرای":[4,1]});
