dozabanSearch.shard("ra",{"radical":[6,1],"rag":[2,1],"rais":[2,1,1,1,2,1],"ramadi":[2,3,3,1],"rand":[5,1],"rapprochement":[2,1,3,1,1,1],"raqa":[5,1],"rather":[2,1,1,1]});
