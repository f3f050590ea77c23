dozabanSearch.shard("ke",{"kerry":[2,6,3,6,1,4],"key":[3,1]});
