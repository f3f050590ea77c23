dozabanSearch.shard("sm",{"small":[3,1]});
