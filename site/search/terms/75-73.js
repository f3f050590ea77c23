dozabanSearch.shard("us",{"us":[1,26,1,23,1,10,2,13,1,20],"usa":[5,1],"use":[5,1],"used":[5,1],"using":[6,1],"uss":[5,2]});
