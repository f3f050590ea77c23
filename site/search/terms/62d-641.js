dozabanSearch.shard("حف",{"حفاظت":[4,1]});
