dozabanSearch.shard("حد",{"حد":[4,1],"حداقل":[4,1]});
