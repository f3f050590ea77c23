dozabanSearch.shard("حت",{"حتی":[0,1]});
