dozabanSearch.shard("ri",{"rifl":[3,1],"right":[2,1],"rip":[5,1],"ris":[2,2,4,1],"risk":[6,1],"rival":[2,1,1,1,3,1],"river":[3,1,3,1]});
