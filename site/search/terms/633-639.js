dozabanSearch.shard("سع",{"سعودی":[4,1]});
