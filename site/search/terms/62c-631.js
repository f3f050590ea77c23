dozabanSearch.shard("جر",{"جریان":[0,4]});
