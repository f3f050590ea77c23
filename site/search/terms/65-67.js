dozabanSearch.shard("eg",{"egypt":[6,3]});
