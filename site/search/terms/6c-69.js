dozabanSearch.shard("li",{"libya":[6,1],"lie":[3,1,2,1],"lik":[2,1,4,1],"likely":[1,1,2,1],"lin":[3,2,3,1],"lindsey":[5,1],"link":[3,1,3,1],"littl":[1,1,2,1],"liv":[3,1,3,1]});
