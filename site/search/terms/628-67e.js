dozabanSearch.shard("بپ",{"بپردازد":[0,1]});
