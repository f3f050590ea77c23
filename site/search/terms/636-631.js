dozabanSearch.shard("ضر",{"ضرورت":[4,1]});
