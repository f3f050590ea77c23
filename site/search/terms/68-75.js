dozabanSearch.shard("hu",{"hug":[3,1],"humanitarian":[2,1,3,1],"humve":[3,1],"hundr":[3,3,2,1],"hussein":[3,2,2,1]});
