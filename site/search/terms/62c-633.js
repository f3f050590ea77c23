dozabanSearch.shard("جس",{"جست":[4,1],"جستوجوی":[4,1]});
