dozabanSearch.shard("bi",{"bill":[3,6],"billion":[3,1],"bitter":[3,1,2,1,1,1]});
