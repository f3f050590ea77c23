dozabanSearch.shard("دب",{"دبلیو":[4,2],"دبیر":[0,1]});
