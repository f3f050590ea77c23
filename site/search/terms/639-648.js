dozabanSearch.shard("عو",{"عوض":[4,1]});
