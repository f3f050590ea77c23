dozabanSearch.shard("غر",{"غرب":[0,2],"غربی":[0,1]});
