dozabanSearch.shard("غو",{"غول":[4,1],"غولپیکر":[4,1]});
