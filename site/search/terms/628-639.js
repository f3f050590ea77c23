dozabanSearch.shard("بع",{"بعدها":[4,1]});
