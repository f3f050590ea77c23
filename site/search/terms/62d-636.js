dozabanSearch.shard("حض",{"حضور":[4,3]});
