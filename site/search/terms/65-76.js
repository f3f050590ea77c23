dozabanSearch.shard("ev",{"evacuat":[3,1,2,1],"even":[1,1,1,1,4,2],"everyth":[2,1],"evil":[5,1]});
