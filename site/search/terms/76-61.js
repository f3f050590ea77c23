dozabanSearch.shard("va",{"valley":[3,1],"van":[3,6],"various":[6,1]});
