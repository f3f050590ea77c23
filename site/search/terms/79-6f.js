dozabanSearch.shard("yo",{"york":[2,1,1,1],"you":[1,2,5,2],"young":[5,1],"your":[6,1]});
