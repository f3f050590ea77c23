dozabanSearch.shard("gh",{"ghraib":[6,1]});
