dozabanSearch.shard("ga",{"gain":[5,4,1,1],"gav":[5,1,1,1]});
