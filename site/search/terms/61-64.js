dozabanSearch.shard("ad",{"ad":[2,3,3,1],"adherent":[6,1],"adm":[5,1],"administration":[1,1,1,1,1,2,2,5,1,6],"advanc":[3,3],"advis":[6,1],"adviser":[1,1],"advocat":[5,1,1,1]});
