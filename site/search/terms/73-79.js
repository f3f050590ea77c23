dozabanSearch.shard("sy",{"sympathetic":[6,1],"syria":[0,5,1,8,1,12,1,4,1,5,1,13,1,20],"syrian":[2,6,1,1,2,3,1,2],"systematically":[2,1,1,1]});
