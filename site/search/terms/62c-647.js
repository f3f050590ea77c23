dozabanSearch.shard("جه",{"جهادی":[4,1]});
