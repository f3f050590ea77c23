dozabanSearch.shard("ول",{"ولت":[4,1]});
