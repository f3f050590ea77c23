dozabanSearch.shard("ضم",{"ضمن":[4,1]});
