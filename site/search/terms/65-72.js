dozabanSearch.shard("er",{"era":[5,1],"eras":[3,1],"erbil":[3,1],"erupt":[2,1]});
