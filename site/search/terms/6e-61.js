dozabanSearch.shard("na",{"najaf":[6,1],"nam":[5,1,1,1],"nap":[3,1],"nation":[3,1,2,1,1,1],"national":[1,1],"nationwid":[3,1],"natur":[1,1],"naval":[5,1]});
