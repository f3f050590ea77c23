dozabanSearch.shard("of",{"of":[1,16,1,13,1,19,2,16,1,13],"offensiv":[3,7,3,1],"offic":[6,1],"officer":[3,2,2,1],"official":[1,5,1,3,1,2,2,4],"officially":[3,1],"offshoot":[3,4,2,4,1,1]});
