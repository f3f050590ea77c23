dozabanSearch.shard("du",{"due":[6,1],"dur":[3,2,2,1,1,1]});
