dozabanSearch.shard("qa",{"qaeda":[2,1,1,5,2,4],"qaim":[6,1],"qasem":[5,1],"qatar":[5,1]});
