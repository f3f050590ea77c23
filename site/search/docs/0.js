dozabanSearch.docs(0,[
["fa/undated/why-there-won-t-be-military-cooperation-between-iran-and-the-us-on-iraq/","fa","چرا ایران و آمریکا بر سر عراق همکاری نظامی نخواهند کرد","",[]],
["en/undated/why-there-won-t-be-military-cooperation-between-iran-and-the-us-on-iraq/","en","Why there won’t be military cooperation between Iran and the US on Iraq","",[]],
["en/undated/us-iran-say-they-will-not-send-troops-to-iraq/","en","US, Iran say they will not send troops to Iraq","",[]],
["en/2014/06/iraq-crisis-threatens-to-ignite-regional-war/","en","Iraq crisis threatens to ignite regional war","2014-06-13",["۲۳ خرداد ۱۳۹۳","13 June 2014"]],
["fa/2014/06/washington-seeks-alliance-with-tehran-as-civil-war-in-iraq-intensifies/","fa","واشنگتن با شدت گرفتن جنگ داخلی در عراق در پی اتحاد با تهران است","2014-06-17",["۲۷ خرداد ۱۳۹۳","17 June 2014"]]
]);
