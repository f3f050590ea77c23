dozabanSearch.shard("رد",{"رد":[0,2]});
