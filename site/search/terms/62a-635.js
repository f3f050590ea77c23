dozabanSearch.shard("تص",{"تصرف":[4,2],"تصور":[4,1]});
