dozabanSearch.shard("au",{"auken":[3,6],"australian":[3,1],"author":[5,1],"authority":[3,1,3,1],"autocratic":[3,1],"autonomous":[3,1,3,1]});
