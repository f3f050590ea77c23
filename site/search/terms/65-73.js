dozabanSearch.shard("es",{"escalat":[2,4],"escap":[5,1],"establish":[2,1,4,1],"establishment":[6,2],"estimat":[3,1]});
