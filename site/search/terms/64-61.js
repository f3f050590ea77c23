dozabanSearch.shard("da",{"damascus":[5,1],"damn":[2,1],"danger":[1,1],"dangerous":[2,2],"davutoglu":[3,1],"day":[2,1]});
