dozabanSearch.shard("دق",{"دقیق":[0,1],"دقیقتر":[0,1]});
