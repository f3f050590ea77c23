dozabanSearch.shard("ره",{"رهبری":[4,7]});
