dozabanSearch.shard("ji",{"jib":[3,1],"jihadist":[5,1]});
