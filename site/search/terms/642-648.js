dozabanSearch.shard("قو",{"قواعد":[0,1],"قوت":[0,1]});
