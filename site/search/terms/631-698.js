dozabanSearch.shard("رژ",{"رژیم":[4,4]});
