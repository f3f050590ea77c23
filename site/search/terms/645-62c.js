dozabanSearch.shard("مج",{"مجهز":[4,1]});
