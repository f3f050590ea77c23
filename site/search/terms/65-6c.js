dozabanSearch.shard("el",{"election":[3,1],"elevat":[6,1],"eliminat":[5,1],"elit":[6,3],"elsewher":[3,1]});
