dozabanSearch.shard("دل",{"دلار":[0,1],"دلایل":[4,1]});
