dozabanSearch.shard("bl",{"blam":[1,1,4,1,1,1],"blanket":[6,1],"bloodbath":[5,1],"bloodsh":[6,2],"bloody":[2,1,1,2,3,1]});
