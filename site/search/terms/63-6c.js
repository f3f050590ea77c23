dozabanSearch.shard("cl",{"claim":[3,3],"clarify":[3,1],"clear":[2,2,1,2,2,2,1,1],"clearer":[3,1],"clearly":[1,1],"cleric":[6,1],"climb":[2,1],"clos":[2,1,4,1],"closer":[1,1,5,1],"cloth":[3,1]});
