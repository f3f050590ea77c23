dozabanSearch.shard("im",{"imagin":[5,1],"immediat":[5,1],"imperialism":[2,1,1,1,3,1],"imperialist":[1,1,2,1,3,1],"implod":[5,1],"impos":[3,1,2,1,1,1],"improv":[2,1]});
