dozabanSearch.shard("هی",{"هیچ":[0,2,4,4],"هیگل":[4,1]});
