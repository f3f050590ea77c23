dozabanSearch.shard("gu",{"guard":[3,1,2,1],"guerrilla":[3,1,3,1],"guid":[2,1],"gulf":[5,5,1,8],"gun":[3,1]});
