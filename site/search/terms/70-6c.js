dozabanSearch.shard("pl",{"plac":[1,1,1,1],"plan":[5,2,1,1],"play":[2,1],"player":[2,2],"pledg":[2,1,1,1,3,1],"plung":[1,1,2,1]});
