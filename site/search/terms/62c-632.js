dozabanSearch.shard("جز",{"جز":[0,1,4,1]});
