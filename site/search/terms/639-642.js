dozabanSearch.shard("عق",{"عقب":[4,4]});
