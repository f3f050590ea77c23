dozabanSearch.shard("ol",{"old":[3,1]});
