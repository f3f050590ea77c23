dozabanSearch.shard("up",{"up":[1,1,1,1,1,2,2,2],"upon":[6,1],"upris":[6,4]});
