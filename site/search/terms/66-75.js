dozabanSearch.shard("fu",{"fuel":[2,1],"full":[2,1],"fund":[1,2],"fundamental":[2,1],"fundamentalist":[6,1],"further":[1,1,1,1,3,1],"futur":[2,1,3,1,1,1]});
