dozabanSearch.shard("vo",{"voic":[2,1],"volunteer":[3,1,2,1],"vot":[3,1]});
