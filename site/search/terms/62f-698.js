dozabanSearch.shard("دژ",{"دژمانندش":[4,1]});
