dozabanSearch.shard("ki",{"kill":[1,1,1,1,3,1],"kind":[5,1,1,1],"kirby":[5,1],"kirkuk":[3,2,3,1]});
