dozabanSearch.shard("pu",{"publicly":[5,1],"publish":[1,1,4,2],"puppet":[5,1,1,1],"purg":[6,1],"purpos":[5,1],"pursu":[3,1,2,1,1,1],"put":[2,1]});
