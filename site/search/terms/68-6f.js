dozabanSearch.shard("ho",{"hold":[3,1,2,2,1,1],"holy":[3,1],"hometown":[3,1],"honor":[2,1],"hop":[3,1,2,1],"hostag":[3,1],"hostil":[3,1],"hous":[3,3,3,1],"however":[3,2,2,1,1,2]});
