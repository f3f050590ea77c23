dozabanSearch.shard("قر",{"قرن":[4,1]});
