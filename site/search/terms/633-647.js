dozabanSearch.shard("سه",{"سه":[4,1]});
