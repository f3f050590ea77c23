dozabanSearch.shard("گی",{"گیرد":[4,2],"گیری":[0,1]});
