dozabanSearch.shard("so",{"so":[1,1,1,2],"soil":[5,1],"soldier":[3,3,2,1],"solution":[6,1],"som":[2,1,1,3,2,1],"sonntag":[5,1],"sort":[5,1],"south":[3,1],"sovereign":[2,1]});
