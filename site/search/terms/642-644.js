dozabanSearch.shard("قل",{"قلم":[0,1]});
