dozabanSearch.shard("وج",{"وجود":[4,2],"وجوی":[4,1]});
