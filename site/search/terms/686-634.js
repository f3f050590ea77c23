dozabanSearch.shard("چش",{"چشم":[0,4],"چشمانداز":[0,4]});
