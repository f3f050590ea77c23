dozabanSearch.shard("ab",{"abbott":[3,1],"abdel":[6,1],"ability":[3,1],"abl":[5,1,1,1],"about":[1,6,1,1,1,2,2,4],"abov":[6,1],"absurd":[1,1],"abu":[6,1],"abyss":[1,1]});
