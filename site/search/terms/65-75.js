dozabanSearch.shard("eu",{"euphrat":[6,1],"european":[6,1]});
