dozabanSearch.shard("ph",{"phony":[3,1]});
