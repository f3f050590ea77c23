dozabanSearch.shard("بغ",{"بغداد":[4,5]});
