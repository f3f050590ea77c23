dozabanSearch.shard("وض",{"وضع":[4,1],"وضعیت":[0,1]});
