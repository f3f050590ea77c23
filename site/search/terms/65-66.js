dozabanSearch.shard("ef",{"effect":[3,1],"effectively":[3,1,3,1],"effort":[1,1]});
