dozabanSearch.shard("تک",{"تکذیب":[4,2],"تکریت":[4,2]});
