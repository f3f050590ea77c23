dozabanSearch.shard("49",{"49":[3,1]});
