dozabanSearch.shard("رغ",{"رغم":[4,1]});
