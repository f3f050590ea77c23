dozabanSearch.shard("ضد",{"ضدامپریالیستی":[0,1]});
