dozabanSearch.shard("جو",{"جورج":[4,2],"جویی":[4,1]});
