dozabanSearch.shard("cr",{"creat":[2,5,1,1,3,1],"crim":[5,1],"criminal":[3,1],"crisis":[2,3,1,17,2,2],"cross":[6,1],"crowd":[3,1],"crush":[2,1]});
