dozabanSearch.shard("ul",{"ultimat":[5,1],"ultimately":[6,1]});
