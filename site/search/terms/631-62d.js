dozabanSearch.shard("رح",{"رحمانه":[4,1]});
