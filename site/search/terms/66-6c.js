dozabanSearch.shard("fl",{"fle":[3,1,2,1],"fly":[3,1]});
