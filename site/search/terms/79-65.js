dozabanSearch.shard("ye",{"year":[1,1,1,1,1,2,2,2,1,1],"yesterday":[5,1,1,1],"yet":[2,1,4,4]});
