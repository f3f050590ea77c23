dozabanSearch.shard("طر",{"طراحان":[4,1],"طریق":[0,1]});
