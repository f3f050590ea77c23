dozabanSearch.shard("پو",{"پولیتیک":[4,1]});
