dozabanSearch.shard("کج",{"کجا":[0,1]});
