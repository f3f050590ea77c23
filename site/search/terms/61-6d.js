dozabanSearch.shard("am",{"am":[5,1],"amarah":[6,1],"ambassador":[5,1],"america":[1,3,4,1],"american":[1,2,1,2,1,1,2,4,1,3],"ammunition":[3,2],"among":[3,2],"amount":[5,1,1,2]});
