dozabanSearch.shard("تد",{"تدارک":[4,1]});
