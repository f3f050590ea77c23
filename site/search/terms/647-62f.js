dozabanSearch.shard("هد",{"هدف":[4,2]});
