dozabanSearch.shard("ov",{"over":[1,1,1,1,1,3,2,4,1,8],"overflight":[3,1],"overrun":[3,6,2,1],"overthrow":[5,1,1,2]});
