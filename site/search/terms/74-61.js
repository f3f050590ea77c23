dozabanSearch.shard("ta",{"tactic":[1,1],"tak":[1,3,1,2,1,5,3,2],"taken":[3,2,2,1],"takeover":[3,1,3,1],"tal":[5,1],"talk":[1,1,1,7,3,6],"tank":[3,1],"tantamount":[1,1],"target":[5,1],"task":[6,1]});
