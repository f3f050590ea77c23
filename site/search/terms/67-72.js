dozabanSearch.shard("gr",{"graham":[5,1],"great":[1,1],"greatly":[3,1],"greet":[3,1],"grenad":[3,1],"grip":[6,1],"ground":[2,1],"groundbreak":[1,4],"group":[1,7,1,3],"grow":[3,1]});
