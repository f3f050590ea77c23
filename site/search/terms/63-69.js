dozabanSearch.shard("ci",{"circulat":[5,1],"citizen":[3,1],"city":[2,4,1,9,2,2,1,4],"civil":[3,1,2,10,1,1],"civilian":[1,1,1,2,1,1]});
