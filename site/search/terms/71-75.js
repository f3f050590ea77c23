dozabanSearch.shard("qu",{"quantity":[3,1],"qud":[1,2,2,1],"question":[3,1],"queu":[5,1],"quick":[5,1],"quit":[1,4],"quorum":[3,1],"quot":[1,1,1,1]});
