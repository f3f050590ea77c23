dozabanSearch.shard("یع",{"یعنی":[4,2]});
