dozabanSearch.shard("سق",{"سقوط":[4,2]});
