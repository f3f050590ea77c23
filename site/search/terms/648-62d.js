dozabanSearch.shard("وح",{"وحشیانه":[4,1]});
