dozabanSearch.shard("dr",{"draw":[3,1,2,1],"drawn":[3,1],"driver":[3,1],"dron":[2,1,1,1,2,1],"drumbeat":[5,1]});
