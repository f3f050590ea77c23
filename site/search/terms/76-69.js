dozabanSearch.shard("vi",{"via":[1,1],"vic":[3,1],"victory":[3,1],"video":[3,1],"vienna":[5,1],"vietnam":[5,1],"view":[3,1],"violation":[1,1],"violenc":[2,1,3,2],"visit":[2,1,1,1,3,1]});
