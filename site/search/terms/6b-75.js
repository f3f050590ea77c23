dozabanSearch.shard("ku",{"kurd":[3,6],"kurdish":[3,7,3,3],"kurdistan":[3,1]});
