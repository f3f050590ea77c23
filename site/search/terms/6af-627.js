dozabanSearch.shard("گا",{"گام":[4,1],"گاه":[0,1]});
