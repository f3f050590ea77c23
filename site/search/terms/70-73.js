dozabanSearch.shard("ps",{"psychological":[1,1]});
