dozabanSearch.shard("ro",{"road":[3,1],"rohani":[6,1],"rol":[2,1],"roughly":[3,4],"rouhani":[1,6,2,1,2,1],"round":[3,2],"rout":[3,1],"routinely":[5,1]});
