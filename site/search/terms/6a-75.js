dozabanSearch.shard("ju",{"just":[2,1,1,1],"justic":[1,1]});
