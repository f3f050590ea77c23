dozabanSearch.shard("لی",{"لیندزی":[4,1]});
