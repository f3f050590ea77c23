dozabanSearch.shard("ap",{"apart":[5,1],"apparent":[2,1],"apparently":[2,1],"appeal":[3,1,2,1,1,1],"appear":[2,1],"appearanc":[3,1],"appointe":[1,1],"appropriat":[3,1],"approv":[6,1],"april":[3,1]});
