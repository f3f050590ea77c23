dozabanSearch.shard("ce",{"celebrat":[3,1],"cemetery":[2,3],"center":[2,1,1,1],"centr":[6,2],"central":[3,1,2,1],"century":[5,1],"certain":[2,1],"certainly":[2,1]});
