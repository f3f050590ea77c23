dozabanSearch.shard("ve",{"ve":[6,2],"vehicl":[3,2,3,1],"verd":[5,3],"very":[1,1,5,1]});
