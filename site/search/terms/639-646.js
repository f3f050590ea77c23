dozabanSearch.shard("عن",{"عنوان":[4,1]});
