dozabanSearch.shard("aw",{"away":[3,1]});
