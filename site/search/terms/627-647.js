dozabanSearch.shard("اه",{"اهداف":[4,1]});
