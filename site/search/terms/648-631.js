dozabanSearch.shard("ور",{"ورده":[4,3],"ورطه":[0,1]});
