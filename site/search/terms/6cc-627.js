dozabanSearch.shard("یا",{"یا":[0,2,4,1],"یانگ":[4,1]});
