dozabanSearch.shard("sl",{"slogan":[6,1]});
