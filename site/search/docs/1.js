dozabanSearch.docs(1,[
["en/2014/06/washington-seeks-alliance-with-tehran-as-civil-war-in-iraq-intensifies/","en","Washington seeks alliance with Tehran as civil war in Iraq intensifies","2014-06-17",["۲۷ خرداد ۱۳۹۳","17 June 2014"]],
["en/2014/06/us-moves-inciting-sectarian-warfare-throughout-the-middle-east/","en","US moves inciting sectarian warfare throughout the Middle East","2014-06-23",["۲ تیر ۱۳۹۳","23 June 2014"]]
]);
