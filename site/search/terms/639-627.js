dozabanSearch.shard("عا",{"عالی":[0,1]});
