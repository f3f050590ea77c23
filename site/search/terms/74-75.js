dozabanSearch.shard("tu",{"turkey":[3,1,2,4],"turkish":[3,4],"turkmen":[3,1,2,1],"turn":[2,1,3,1,1,1]});
