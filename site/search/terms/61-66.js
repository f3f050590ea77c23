dozabanSearch.shard("af",{"afar":[5,1],"affirm":[1,1],"afkham":[1,2],"after":[2,1,1,7,2,1,1,1],"aftermath":[5,1],"afterward":[2,1,1,2]});
