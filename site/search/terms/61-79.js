dozabanSearch.shard("ay",{"ayatollah":[6,1]});
