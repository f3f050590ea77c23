dozabanSearch.shard("si",{"sid":[3,1,3,1],"sidelin":[2,1],"sieg":[2,2],"sign":[5,1],"simply":[1,1],"sinc":[3,2,2,2,1,1],"sisi":[6,1],"situation":[1,1,2,1,3,1]});
