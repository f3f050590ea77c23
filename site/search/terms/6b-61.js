dozabanSearch.shard("ka",{"karbala":[6,1]});
