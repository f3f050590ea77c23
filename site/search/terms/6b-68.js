dozabanSearch.shard("kh",{"khallouf":[5,1],"khamenei":[6,2]});
