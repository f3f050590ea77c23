dozabanSearch.shard("لا",{"لازم":[0,1],"لاوروف":[4,1]});
