dozabanSearch.shard("cy",{"cyberwar":[5,1],"cynical":[5,1]});
