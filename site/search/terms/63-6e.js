dozabanSearch.shard("cn",{"cnn":[5,1,1,1]});
