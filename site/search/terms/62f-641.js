dozabanSearch.shard("دف",{"دفاع":[4,4]});
