dozabanSearch.shard("fe",{"fear":[2,1],"feel":[5,1],"fell":[3,1],"felt":[2,4],"few":[3,1]});
