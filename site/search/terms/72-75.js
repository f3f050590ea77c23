dozabanSearch.shard("ru",{"rul":[1,1,1,4,1,2,2,2,1,5],"ruler":[5,1],"rush":[3,1],"russia":[2,1],"russian":[5,2]});
