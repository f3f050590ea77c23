dozabanSearch.shard("eq",{"equip":[5,1,1,2],"equipment":[2,1]});
