dozabanSearch.shard("fr",{"fractur":[3,1],"framework":[1,1],"frank":[5,1],"fre":[5,1],"friday":[6,2],"from":[1,6,1,9,1,2,2,2,1,4],"front":[3,1]});
