dozabanSearch.shard("ag",{"against":[1,5,1,4,1,4,2,4,1,2],"agenda":[2,1,4,1],"aggression":[3,2],"aggriev":[1,1],"agitat":[5,1],"ago":[1,1,2,2,2,2],"agreement":[2,1,4,1]});
