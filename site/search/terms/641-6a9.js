dozabanSearch.shard("فک",{"فکر":[0,3,4,1]});
