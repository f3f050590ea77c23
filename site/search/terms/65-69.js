dozabanSearch.shard("ei",{"eight":[2,1,3,1],"either":[6,1]});
