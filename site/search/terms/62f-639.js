dozabanSearch.shard("دع",{"دعوت":[0,1]});
