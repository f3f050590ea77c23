dozabanSearch.shard("حج",{"حجمی":[4,1]});
