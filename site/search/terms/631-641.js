dozabanSearch.shard("رف",{"رفت":[4,1]});
