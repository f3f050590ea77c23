dozabanSearch.shard("فل",{"فلوجه":[4,1]});
