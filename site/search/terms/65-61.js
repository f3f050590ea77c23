dozabanSearch.shard("ea",{"early":[6,1],"east":[2,1,1,2,2,1,1,12]});
