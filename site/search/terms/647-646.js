dozabanSearch.shard("هن",{"هنوز":[4,1]});
