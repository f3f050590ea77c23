dozabanSearch.shard("گل",{"گلایه":[4,1]});
