dozabanSearch.shard("صا",{"صادق":[0,1]});
