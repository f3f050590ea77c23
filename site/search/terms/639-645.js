dozabanSearch.shard("عم",{"عملی":[0,1]});
