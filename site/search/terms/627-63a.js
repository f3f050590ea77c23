dozabanSearch.shard("اغ",{"اغاز":[0,3,4,1]});
