dozabanSearch.shard("fi",{"fight":[1,2,1,4,1,2,3,2],"fighter":[3,2,2,1,1,2],"figur":[5,1],"financ":[6,1],"find":[2,1,4,1],"firepower":[6,1],"first":[1,1,1,1,3,2]});
