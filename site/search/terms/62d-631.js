dozabanSearch.shard("حر",{"حرم":[4,1],"حرمهای":[4,1]});
