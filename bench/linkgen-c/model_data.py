"""Hand-written tables for the held-out record-linkage generator (linkgen-c).

Everything here was typed from general knowledge by the generator's author; nothing was
copied from the project being measured.  Weights are relative frequencies, chosen by judgement
so that a few given names dominate (as they do in real Uyghur and Kazakh lists).

Name tables: one entry per line, fields separated by "|".
  Uyghur:  ULY canonical | weight | hanzi:pinyin syllables[/alternative hanzi:pinyin] | informal Latin variants | Turkish variants
  Kazakh/Kyrgyz: Cyrillic canonical | weight | hanzi:pinyin[/alt]
"""

UY_MALE = """
Memet|60|买买提:mai mai ti/麦麦提:mai mai ti|Mamat,Memmet,Mamet|Mehmet
Muhemmet|25|木合买提:mu he mai ti/穆罕默德:mu han mo de|Muhammad,Mohammed,Muhemet,Muhammat|Muhammed,Muhammet
Exmet|35|艾合买提:ai he mai ti/艾买提:ai mai ti|Ehmet,Ahmet,Akhmet,Ahmat|Ahmet
Tursun|40|吐尔逊:tu er xun/吐尔孙:tu er sun|Tursun|Tursun
Abdulla|30|阿不都拉:a bu du la/阿卜杜拉:a bu du la|Abdullah,Abdula|Abdullah
Ablimit|25|阿不力米提:a bu li mi ti|Ablemit,Ablimet|Ablimit
Ablikim|20|阿不力克木:a bu li ke mu|Ablekim,Ablikem|Ablikim
Abliz|15|阿不力孜:a bu li zi|Ablez|Abliz
Ablet|15|阿不来提:a bu lai ti|Ablat,Ablet|Ablet
Rozi|20|肉孜:rou zi|Rozi,Rozy|Rozi
Yasin|20|亚森:ya sen/亚生:ya sheng|Yasen,Yassin|Yasin
Ekber|15|艾克拜尔:ai ke bai er|Akbar,Ekbar|Ekber
Hesen|20|艾山:ai shan/哈山:ha shan|Hasan,Hassan|Hasan
Hüsen|10|玉山:yu shan|Husen,Huseyin|Hüseyin
Qurban|25|库尔班:ku er ban|Kurban,Korban|Kurban
Osman|15|吾斯曼:wu si man/奥斯曼:ao si man|Usman,Osman|Osman
Ismayil|15|伊斯马伊力:yi si ma yi li|Ismail,Ismaill|İsmail
Ibrahim|15|依不拉音:yi bu la yin/伊布拉音:yi bu la yin|Ebrahim,Ibragim|İbrahim
Yüsüp|20|玉素甫:yu su fu/玉苏甫:yu su fu|Yusup,Yusuf,Yusuph|Yusuf
Ömer|15|吾买尔:wu mai er|Omer,Umar,Omar|Ömer
Eli|25|艾力:ai li|Ali,Eli|Ali
Erkin|12|艾尔肯:ai er ken|Erkin,Arkin|Erkin
Ilham|10|伊力哈木:yi li ha mu|Ilham,Ilkham|İlham
Mexmut|12|买合木提:mai he mu ti|Mahmut,Mehmut,Mahmud|Mahmut
Tahir|12|塔依尔:ta yi er|Tahir,Tayir|Tahir
Nijat|8|尼加提:ni jia ti|Nijat|Nicat
Adil|12|阿迪力:a di li|Adil,Adel|Adil
Ghopur|10|吾甫尔:wu fu er|Gopur,Gofur,Ghupur|Gopur
Yalqun|8|亚力坤:ya li kun|Yalkun,Yalqun|Yalkun
Perhat|10|帕尔哈提:pa er ha ti|Parhat,Ferhat|Ferhat
Mijit|12|米吉提:mi ji ti|Mijit,Mejit|Mecit
Toxti|20|托合提:tuo he ti/土赫提:tu he ti|Tohti,Tokhti,Toxti|Tohti
Rehim|8|热依木:re yi mu|Rahim,Rehim|Rahim
Hoshur|8|吾守尔:wu shou er|Hoshur,Hoshor|Hoşur
Sidiq|10|斯迪克:si di ke|Sidik,Siddiq|Sıddık
Obul|8|吾布力:wu bu li|Obul,Obol|Obul
Imin|12|依明:yi ming|Imin,Emin|Emin
Ayup|10|阿尤普:a you pu|Ayub,Ayup|Eyüp
Turghun|15|吐尔洪:tu er hong|Turgun,Turghun|Turgun
Niyaz|15|尼亚孜:ni ya zi|Niyaz,Niaz|Niyaz
Qadir|10|卡德尔:ka de er|Kadir,Qadir|Kadir
Sabit|8|沙比提:sha bi ti|Sabit|Sabit
Zunun|6|祖农:zu nong|Zunun|Zunun
Alim|12|阿里木:a li mu|Alim,Alem|Alim
Kérim|8|克力木:ke li mu|Kerim,Karim|Kerim
Mutellip|6|木塔力甫:mu ta li fu|Mutallip,Muttalip|Muttalip
Dilshat|8|迪力夏提:di li xia ti|Dilshat,Dilshad|Dilşat
Hebibulla|6|艾比布拉:ai bi bu la|Habibullah,Hebibulla|Habibullah
Abbas|6|阿巴斯:a ba si|Abbas|Abbas
Sherip|6|谢里甫:xie li fu|Sharip,Sherif|Şerif
Jume|10|居马:ju ma|Juma,Jume|Cuma
Shawket|6|肖开提:xiao kai ti|Shawkat,Shevket|Şevket
Musa|8|木沙:mu sha|Musa|Musa
Yaqup|10|亚库甫:ya ku fu|Yakup,Yaqub,Yakub|Yakup
Islam|6|伊斯拉木:yi si la mu|Islam|İslam
Hamut|6|哈木提:ha mu ti|Hamut,Hamit|Hamit
Memtimin|10|买买提明:mai mai ti ming/麦提敏:mai ti min|Memtimin,Mamtimin,Metmin|Mehmetemin
Ghalip|5|哈力甫:ha li fu|Galip,Ghalip|Galip
Mirzat|5|米尔扎提:mi er zha ti|Mirzat|Mirzat
Ekrem|5|艾克热木:ai ke re mu|Ekrem,Akram|Ekrem
Ablajan|5|阿布拉江:a bu la jiang|Ablajan|Ablacan
Salam|5|沙拉木:sha la mu|Salam|Selam
Weli|6|外力:wai li|Wali,Vali|Veli
Paruq|5|帕如克:pa ru ke|Faruk,Paruk|Faruk
Ghéni|5|艾尼:ai ni|Gheni,Geni|Gani
Seypidin|4|赛甫丁:sai fu ding|Seyfidin,Saypidin|Seyfettin
Ghappar|3|哈帕尔:ha pa er|Gappar,Ghappar|Gaffar
Enwer|6|艾尼瓦尔:ai ni wa er|Anwar,Enver|Enver
Ilyar|3|伊力亚尔:yi li ya er|Ilyar|İlyar
Arslan|3|阿尔斯兰:a er si lan|Arslan|Arslan
Batur|3|巴图尔:ba tu er|Batur|Batur
Bilal|3|比拉力:bi la li|Bilal|Bilal
Dolqun|3|多力坤:duo li kun|Dolkun,Dolqun|Dolkun
Ezimet|4|艾再买提:ai zai mai ti|Azimat,Ezimet|Azimet
Ghulam|4|吾拉木:wu la mu|Gulam,Ghulam|Gulam
Hakim|4|哈克木:ha ke mu|Hakim|Hakim
Hashim|3|哈西木:ha xi mu|Hashim|Haşim
Ikram|3|依克热木:yi ke re mu|Ikram|İkram
Jelil|4|加里力:jia li li|Jalil,Jelil|Celil
Kamil|3|卡米力:ka mi li|Kamil|Kamil
Nesrulla|3|乃斯如拉:nai si ru la|Nasrulla,Nesrullah|Nasrullah
Qasim|4|卡斯木:ka si mu|Kasim,Qasim|Kasım
Rustem|3|如斯坦木:ru si tan mu|Rustam,Rustem|Rüstem
Sadir|3|萨迪尔:sa di er|Sadir|Sadır
Sultan|3|苏力坦:su li tan|Sultan|Sultan
Tilwaldi|3|提力瓦尔地:ti li wa er di|Tilvaldi,Tiliwaldi|Tilvaldi
Wahit|3|瓦哈提:wa ha ti|Vahit,Wahid|Vahit
Yarmemet|3|亚尔买买提:ya er mai mai ti|Yarmamat,Yarmemet|Yarmehmet
Zakir|4|扎克尔:zha ke er|Zakir|Zakir
Zulpiqar|3|祖力皮卡尔:zu li pi ka er|Zulfiqar,Zulpikar|Zülfikar
Polat|4|帕拉提:pa la ti|Polat,Pulat|Polat
Heyrulla|3|海如拉:hai ru la|Hayrulla,Khairullah|Hayrullah
Eysa|4|艾萨:ai sa|Isa,Eysa|İsa
Reshit|5|热西提:re xi ti|Rashid,Reshit|Reşit
Semet|4|赛买提:sai mai ti|Samat,Semet|Samet
Shemshidin|3|夏木西丁:xia mu xi ding|Shamsidin,Shemsidin|Şemsettin
"""

# Abdu- compounds: the second part, its hanzi:pinyin, weight.
ABDU_PARTS = """
rehim|热依木:re yi mu|14|Abdurahim,Abdurrahim,Abdureyim|Abdurrahim
kérim|克力木:ke li mu|12|Abdukerim,Abdulkerim,Abdukarim|Abdulkerim
weli|外力:wai li|10|Abduwali,Abduvali|Abdulvali
qadir|卡迪尔:ka di er|8|Abdukadir,Abdulkadir|Abdulkadir
rahman|热合曼:re he man|8|Abdurahman,Abdurrahman|Abdurrahman
reshit|热西提:re xi ti|8|Abdurashid,Abdureshit|Abdurreşit
sattar|沙塔尔:sha ta er|6|Abdusattar,Abdusatar|Abdussettar
xaliq|哈力克:ha li ke|6|Abdukhaliq,Abduhalik|Abdulhalik
shükür|肖库尔:xiao ku er|6|Abdushukur,Abdushukkur|Abdulşükür
ghopur|吾甫尔:wu fu er|5|Abdugopur,Abdugofur|Abdulgafur
rezaq|热扎克:re zha ke|5|Abdurazak,Abdurazaq|Abdurrezzak
hamit|哈米提:ha mi ti|5|Abduhamit,Abdulhamid|Abdulhamit
mijit|米吉提:mi ji ti|5|Abdumijit,Abdulmecit|Abdulmecit
ghéni|艾尼:ai ni|5|Abdugheni,Abdugani|Abdulgani
sémet|赛买提:sai mai ti|4|Abdusemet,Abdusamat|Abdussamet
qeyyum|克尤木:ke you mu|4|Abdukeyum,Abduqeyyum|Abdulkayyum
"""

UY_FEMALE = """
Ayshem|25|阿依夏木:a yi xia mu/阿依先木:a yi xian mu|Aysham,Ayshe,Aishem|Ayşe
Patime|25|帕提曼:pa ti man|Fatima,Patima,Fatime|Fatma
Zöhre|15|祖合热:zu he re|Zohra,Zuhre,Zohre|Zühre
Meryem|20|麦尔耶姆:mai er ye mu/麦尔耶木:mai er ye mu|Maryam,Mariyam,Meryem|Meryem
Amine|12|阿米娜:a mi na|Amina,Emine|Emine
Rabiye|8|热比亚:re bi ya|Rebiya,Rabiya|Rabia
Rahile|10|热依拉:re yi la|Rahila,Rayila|Rahile
Xediche|10|哈地且:ha di qie|Khadicha,Hadiche,Hadicha|Hatice
Zeynep|15|再娜甫:zai na fu|Zaynap,Zeynap,Zainab|Zeynep
Hepize|8|艾皮再:ai pi zai|Hapiza,Hafiza|Hafize
Mahire|10|玛依拉:ma yi la|Mahira,Mayila|Mahire
Peride|8|帕丽达:pa li da|Farida,Parida|Feride
Adile|8|阿迪拉:a di la|Adila|Adile
Munire|8|木尼热:mu ni re|Munira|Münire
Mehbube|6|买合布拜:mai he bu bai|Mahbuba,Mehbuba|Mahbube
Sajide|6|萨吉旦:sa ji dan|Sajida|Sacide
Dilber|8|迪丽拜尔:di li bai er|Dilbar|Dilber
Dilnur|10|迪丽努尔:di li nu er|Dilnur|Dilnur
Mihray|6|米日阿依:mi ri a yi|Mihray|Mihray
Ruqiye|8|茹克亚:ru ke ya|Rukiya,Rukiye|Rukiye
Aynur|12|阿依努尔:a yi nu er|Aynur,Ainur|Aynur
Sanawer|5|萨那瓦尔:sa na wa er|Sanavar|Sanaver
Tunisa|8|吐尼沙:tu ni sha|Tunisa|Tunisa
Hawagül|6|阿瓦古丽:a wa gu li|Havagul|Havagül
Nurnisa|5|努尔尼沙:nu er ni sha|Nurnisa|Nurnisa
Halide|5|哈力达:ha li da|Khalida,Halida|Halide
Shérin|5|西仁:xi ren|Shirin|Şirin
Mutellipe|4|木塔力甫:mu ta li fu|Mutallipa|Muttalibe
Buhelchem|3|布海力且木:bu hai li qie mu|Buhelchem,Buhelqem|Buhelçem
Mahinur|5|玛依努尔:ma yi nu er|Mahinur,Mayinur|Mahinur
Mukerrem|3|穆克热姆:mu ke re mu|Mukarram,Mukerrem|Mükerrem
Nezire|3|娜孜热:na zi re|Nazira,Nezire|Nezire
Raziye|4|热孜亚:re zi ya|Raziya,Raziye|Raziye
Shehide|3|谢依达:xie yi da|Shahida,Shehide|Şehide
Zulpiye|4|祖力皮亚:zu li pi ya|Zulpiya,Zulfiye|Zülfiye
Ezize|4|艾孜再:ai zi zai|Aziza,Ezize|Aziza
Hebibe|3|艾比拜:ai bi bai|Habiba,Hebibe|Habibe
Kamile|3|卡米拉:ka mi la|Kamila,Kamile|Kamile
Melike|3|麦丽开:mai li kai|Malika,Melike|Melike
Nazugum|3|娜祖古木:na zu gu mu|Nazugum|Nazugum
Perizat|3|帕丽扎提:pa li zha ti|Parizat,Perizat|Perizat
Sumeyye|3|苏麦亚:su mai ya|Sumaya,Sumeyye|Sümeyye
Turnisa|3|吐尔尼沙:tu er ni sha|Turnisa|Turnisa
Zubeyde|3|祖拜达:zu bai da|Zubayda,Zubeyde|Zübeyde
Zulhumar|3|祖力胡玛尔:zu li hu ma er|Zulhumar,Zulkhumar|Zülhumar
Ayjamal|3|阿依加玛丽:a yi jia ma li|Aijamal,Ayjamal|Aycemal
"""

# X + gül (..古丽) and Gül + Y (古丽..)
GUL_PREFIX = """
Ay|阿依:a yi|15
Pati|帕提:pa ti|12
Tursun|吐尔逊:tu er xun|10
Nur|努尔:nu er|10
Mihri|米日:mi ri|8
Rizwan|热孜宛:re zi wan|6
Buwi|布维:bu wei|4
Roshen|肉仙:rou xian|4
Zumret|祖木热提:zu mu re ti|3
Shir|西尔:xi er|3
Taji|塔吉:ta ji|3
Reyhan|热依汗:re yi han|3
Hör|吾尔:wu er|2
Serwi|赛尔维:sai er wei|2
"""
GUL_SUFFIX = """
nar|娜尔:na er|12
bahar|巴哈尔:ba ha er|8
shen|仙:xian|5
zar|扎尔:zha er|4
mire|米热:mi re|5
nisa|尼莎:ni sha|5
zire|孜热:zi re|3
chiman|其曼:qi man|3
naz|娜孜:na zi|3
bostan|巴斯坦:ba si tan|2
jamal|加玛丽:jia ma li|2
"""

KZ_MALE = """
Серікжан|8|赛力克江:sai li ke jiang
Ерлан|10|叶尔兰:ye er lan
Нұрлан|10|努尔兰:nu er lan
Бауыржан|8|巴吾尔江:ba wu er jiang
Қайрат|10|开依拉提:kai yi la ti
Асқар|8|阿斯哈尔:a si ha er
Ержан|8|叶尔江:ye er jiang
Мұрат|10|木拉提:mu la ti
Қуаныш|6|夸尼什:kua ni shi
Ораз|5|吾拉孜:wu la zi
Бекзат|5|别克扎提:bie ke zha ti
Төлеген|6|吐列根:tu lie gen
Бақыт|8|巴合提:ba he ti
Жақсылық|4|加克斯勒克:jia ke si le ke
Серік|8|赛力克:sai li ke
Дәулет|8|道来提:dao lai ti
Ермек|5|叶尔买克:ye er mai ke
Қанат|8|哈那提:ha na ti
Бейсен|4|别依森:bie yi sen
Ахмет|6|艾合买提:ai he mai ti
Мұхтар|5|木合塔尔:mu he ta er
Айдос|5|阿依多斯:a yi duo si
Сәкен|5|沙肯:sha ken
Тұрсынбек|4|吐尔逊别克:tu er xun bie ke
Нұрбек|5|努尔别克:nu er bie ke
Қалибек|4|哈力别克:ha li bie ke
Болат|6|博拉提:bo la ti
Арман|5|阿尔曼:a er man
Оралхан|4|吾拉力汗:wu la li han
Сағынбек|3|沙根别克:sha gen bie ke
Мақсат|4|马合沙提:ma he sha ti
Жұмабек|4|居马别克:ju ma bie ke
"""
KZ_FEMALE = """
Сайрагүл|5|赛拉古丽:sai la gu li
Гүлнұр|8|古丽努尔:gu li nu er
Айгүл|10|阿依古丽:a yi gu li
Жанар|6|加娜尔:jia na er
Ботагөз|5|博塔古孜:bo ta gu zi
Әсел|5|阿赛丽:a sai li
Динара|5|迪娜拉:di na la
Гүлзира|5|古丽孜拉:gu li zi la
Назгүл|6|娜孜古丽:na zi gu li
Ақмарал|4|阿克玛拉力:a ke ma la li
Гүлбаршын|4|古丽巴尔申:gu li ba er shen
Айнұр|6|阿依努尔:a yi nu er
Меруерт|4|麦尔外尔特:mai er wai er te
Зәуре|5|扎吾热:zha wu re
Құралай|4|库拉莱:ku la lai
Бибігүл|4|比比古丽:bi bi gu li
Шынар|4|西娜尔:xi na er
Гүлмира|5|古丽米拉:gu li mi la
"""
KY_MALE = """
Асан|6|阿散:a san
Үсөн|5|吾森:wu sen
Бакыт|6|巴克特:ba ke te
Эрмек|4|艾尔美克:ai er mei ke
Нурбек|5|努尔别克:nu er bie ke
Таалай|4|塔拉依:ta la yi
Мамат|6|买买提:mai mai ti
Токтосун|4|托合托逊:tuo he tuo xun
Жумабек|4|居马别克:ju ma bie ke
Турсун|5|吐尔逊:tu er xun
Абдыкерим|3|阿不都克力木:a bu du ke li mu
"""
KY_FEMALE = """
Жылдыз|5|吉里都孜:ji li du zi
Айгерим|5|阿依格尔木:a yi ge er mu
Гүлзат|4|古丽扎提:gu li zha ti
Бурул|4|布如力:bu ru li
Айзада|4|阿依扎达:a yi zha da
Гүлнара|4|古丽娜拉:gu li na la
"""

HAN_SURNAMES = """
王:wang|10
李:li|10
张:zhang|9
刘:liu|7
陈:chen|6
杨:yang|5
赵:zhao|4
黄:huang|3
周:zhou|3
吴:wu|3
徐:xu|2
孙:sun|2
马:ma|2
朱:zhu|2
胡:hu|2
郭:guo|2
何:he|2
高:gao|2
罗:luo|1.5
郑:zheng|1.5
"""
HUI_SURNAMES = """
马:ma|40
韩:han|6
杨:yang|6
白:bai|4
丁:ding|4
穆:mu|3
撒:sa|2
哈:ha|2
李:li|5
张:zhang|4
金:jin|3
冶:ye|2
"""
HAN_MALE = "建国:jian guo|伟:wei|军:jun|勇:yong|强:qiang|磊:lei|明:ming|海:hai|平:ping|志强:zhi qiang|文:wen|忠:zhong|福:fu|德成:de cheng|学军:xue jun|国庆:guo qing|新民:xin min|建华:jian hua|春生:chun sheng|永福:yong fu|成:cheng|正义:zheng yi"
HAN_M1 = "建:jian|志:zhi|国:guo|文:wen|永:yong|德:de|学:xue|春:chun|新:xin|海:hai|明:ming|立:li|振:zhen|家:jia|世:shi|玉:yu|长:chang|金:jin"
HAN_M2 = "国:guo|华:hua|军:jun|强:qiang|明:ming|平:ping|成:cheng|民:min|林:lin|东:dong|波:bo|辉:hui|峰:feng|涛:tao|刚:gang|忠:zhong|福:fu|山:shan"
HAN_F1 = "秀:xiu|丽:li|玉:yu|桂:gui|海:hai|春:chun|晓:xiao|美:mei|淑:shu|红:hong|雪:xue|静:jing|凤:feng|金:jin"
HAN_F2 = "英:ying|兰:lan|华:hua|梅:mei|芳:fang|珍:zhen|燕:yan|娟:juan|霞:xia|玲:ling|琴:qin|萍:ping|莲:lian|花:hua"
HAN_FEMALE = "芳:fang|秀英:xiu ying|丽:li|敏:min|静:jing|玉兰:yu lan|桂英:gui ying|红:hong|燕:yan|霞:xia|秀兰:xiu lan|丽娟:li juan|海燕:hai yan|玉梅:yu mei|淑珍:shu zhen"

# Prefecture-level units: id|en|zh|uly|ru|kz|tr|name used in the facilities file's Prefecture column
PREFECTURES = """
kashgar|Kashgar|喀什地区|Qeshqer|Кашгар|Қашқар|Kaşgar|Kashgar
hotan|Hotan|和田地区|Xoten|Хотан|Хотан|Hoten|Hotan
aksu|Aksu|阿克苏地区|Aqsu|Аксу|Ақсу|Aksu|Aksu
ili|Ili|伊犁哈萨克自治州|Ili|Или|Іле|İli|Ili
urumqi|Urumqi|乌鲁木齐市|Ürümchi|Урумчи|Үрімжі|Urumçi|Ürümqi
turpan|Turpan|吐鲁番市|Turpan|Турфан|Тұрпан|Turfan|Turpan
kizilsu|Kizilsu|克孜勒苏柯尔克孜自治州|Qizilsu|Кызылсу|Қызылсу|Kızılsu|Kizilsu
bayingolin|Bayingolin|巴音郭楞蒙古自治州|Bayin'ghulin|Баянгол|Баянғолин|Bayingolin|Bayingolin
tacheng|Tacheng|塔城地区|Chöchek|Чугучак|Тарбағатай|Çöçek|Tacheng
altay|Altay|阿勒泰地区|Altay|Алтай|Алтай|Altay|Altay
changji|Changji|昌吉回族自治州|Sanji|Чанцзи|Сәнжі|Sanci|Changji
hami|Hami|哈密市|Qumul|Хами|Құмыл|Kumul|Hami
bortala|Bortala|博尔塔拉蒙古自治州|Bortala|Боротала|Бортала|Bortala|Bortala
karamay|Karamay|克拉玛依市|Qaramay|Карамай|Қарамай|Karamay|Karamay
"""

# County-level units:
# id|prefecture|weight Uyghur|weight Kazakh|weight Han+Hui|English|pinyin|zh|ULY|Russian|Kazakh Cyrillic|Turkish|other Latin forms
COUNTIES = """
kashgar_city|kashgar|40|0|2|Kashgar|Kashi|喀什市|Qeshqer|Кашгар|Қашқар|Kaşgar|Kashi City;Kashgar City;Qashqar
shufu|kashgar|25|0|0|Shufu|Shufu|疏附县|Kona Sheher|Конашаар|Конашаһәр|Konaşehir|Kona Shahar;Konasheher
shule|kashgar|25|0|0|Shule|Shule|疏勒县|Yéngisheher|Янгишаар|Йеңишәһәр|Yenişehir|Yengi Shahar;Yangisheher
yengisar|kashgar|15|0|0|Yengisar|Yingjisha|英吉沙县|Yéngisar|Янгисар|Йеңисар|Yengisar|Yangihissar;Yengisar County
yecheng|kashgar|25|0|0|Kargilik|Yecheng|叶城县|Qaghiliq|Каргалык|Қағилиқ|Kargılık|Karghilik;Qaghiliq
shache|kashgar|35|0|1|Yarkand|Shache|莎车县|Yeken|Яркенд|Йәкән|Yarkent|Yarkent;Yakan;Yarkant
zepu|kashgar|10|0|0|Poskam|Zepu|泽普县|Poskam|Поскам|Поскам|Poskam|Zepu County
makit|kashgar|12|0|0|Makit|Maigaiti|麦盖提县|Mekit|Мекит|Мәкит|Mekit|Markit;Merket
yopurga|kashgar|10|0|0|Yopurga|Yuepuhu|岳普湖县|Yopurgha|Йопурга|Йопурға|Yopurga|Yopurgha
jiashi|kashgar|18|0|0|Peyziwat|Jiashi|伽师县|Peyziwat|Пейзават|Пәйзиват|Peyzivat|Payziwat;Faizabad
bachu|kashgar|18|0|0|Maralbexi|Bachu|巴楚县|Maralbéshi|Маралбаши|Маралбеши|Maralbeşi|Maralbashi;Maralbeshi
taxkorgan|kashgar|2|0|0|Taxkorgan|Tashikuergan|塔什库尔干塔吉克自治县|Tashqorghan|Ташкурган|Ташқорған|Taşkurgan|Tashkurgan
hotan_city|hotan|25|0|1|Hotan|Hetian|和田市|Xoten|Хотан|Хотән|Hoten|Khotan;Hotan City;Hoten
hotan_county|hotan|20|0|0|Hotan County|Hetian County|和田县|Xoten nahiyisi|Хотанский уезд|Хотән наһийиси|Hoten ilçesi|Khotan County
karakax|hotan|30|0|0|Karakax|Moyu|墨玉县|Qaraqash|Каракаш|Қарақаш|Karakaş|Karakash;Qaraqash
pishan|hotan|15|0|0|Guma|Pishan|皮山县|Guma|Гума|Гума|Guma|Pishan;Gumma
lop|hotan|15|0|0|Lop|Luopu|洛浦县|Lop|Лоп|Лоп|Lop|Lop County;Luopu
qira|hotan|10|0|0|Qira|Cele|策勒县|Chira|Чира|Чира|Çira|Chira;Qira County
yutian|hotan|12|0|0|Keriya|Yutian|于田县|Kériye|Керия|Керийә|Keriye|Keriye;Yutian County
minfeng|hotan|3|0|0|Niya|Minfeng|民丰县|Niye|Ния|Нийә|Niye|Niye
aksu_city|aksu|18|0|3|Aksu|Akesu|阿克苏市|Aqsu|Аксу|Ақсу|Aksu|Aqsu;Aksu City
kuqa|aksu|18|0|1|Kuqa|Kuche|库车市|Kucha|Куча|Куча|Kuça|Kuchar;Kuche;Kucha
xayar|aksu|10|0|0|Xayar|Shaya|沙雅县|Shayar|Шаяр|Шаяр|Şayar|Shayar
xinhe|aksu|8|0|0|Toksu|Xinhe|新和县|Toqsu|Токсу|Тоқсу|Toksu|Toqsu;Xinhe
baicheng|aksu|8|0|0|Bay|Baicheng|拜城县|Bay|Бай|Бай|Bay|Bay County;Baicheng
wensu|aksu|8|0|0|Onsu|Wensu|温宿县|Onsu|Онсу|Онсу|Onsu|Wensu
awat|aksu|8|0|0|Awat|Awati|阿瓦提县|Awat|Ават|Ават|Avat|Awati
wushi|aksu|8|0|0|Uqturpan|Wushi|乌什县|Uchturpan|Учтурфан|Учтурпан|Uçturfan|Uchturpan;Uch Turpan
kalpin|aksu|3|0|0|Kalpin|Keping|柯坪县|Kelpin|Кельпин|Кәлпин|Kelpin|Kelpin
yining_city|ili|25|15|2|Ghulja|Yining|伊宁市|Ghulja|Кульджа|Құлжа|Gulca|Kulja;Yining City;Guldja;Gulja
yining_county|ili|15|10|1|Yining County|Yining County|伊宁县|Ghulja nahiyisi|Кульджинский уезд|Құлжа ауданы|Gulca ilçesi|Ghulja County;Kulja county
qapqal|ili|4|3|0|Qapqal|Chabuchaer|察布查尔锡伯自治县|Chapchal|Чапчал|Шапшал|Çapçal|Chapchal
huocheng|ili|8|6|1|Korgas|Huocheng|霍城县|Qorghas|Хоргос|Қорғас|Korgas|Khorgos;Huocheng;Qorghas
gongliu|ili|4|8|0|Tokkuztara|Gongliu|巩留县|Toqquztara|Токкузтара|Тоғызтарау|Tokkuztara|Toqquztara;Gongliu
xinyuan|ili|3|10|0|Kunes|Xinyuan|新源县|Künes|Кюнес|Күнес|Künes|Kunes;Xinyuan
zhaosu|ili|1|6|0|Mongolkure|Zhaosu|昭苏县|Mongghulküre|Монголкуре|Моңғолкүре|Monggolküre|Zhaosu;Mongolkure
tekes|ili|2|6|0|Tekes|Tekesi|特克斯县|Tékes|Текес|Текес|Tekes|Tekes
nilka|ili|2|6|0|Nilka|Nileke|尼勒克县|Nilqa|Нылки|Нылқы|Nilka|Nilqi
urumqi_city|urumqi|30|8|6|Urumqi|Wulumuqi|乌鲁木齐市|Ürümchi|Урумчи|Үрімжі|Urumçi|Urumchi;Ürümqi;Urumchi City
dabancheng|urumqi|2|1|0|Dabancheng|Dabancheng|达坂城区|Dawanching|Даваньчин|Дабаншың|Davançing|Dawancheng
turpan_city|turpan|12|0|1|Turpan|Tulufan|吐鲁番市|Turpan|Турфан|Тұрпан|Turfan|Turfan;Gaochang
shanshan|turpan|8|0|0|Pichan|Shanshan|鄯善县|Pichan|Пичан|Пішан|Piçan|Shanshan
toksun|turpan|5|0|0|Toksun|Tuokexun|托克逊县|Toqsun|Токсун|Тоқсун|Toksun|Toqsun
artux|kizilsu|12|0|0|Artux|Atushi|阿图什市|Atush|Артуш|Артыш|Artuş|Atush;Artush
akto|kizilsu|6|0|0|Akto|Aketao|阿克陶县|Aqto|Акто|Ақтоқ|Akto|Aqto
wuqia|kizilsu|2|0|0|Ulugqat|Wuqia|乌恰县|Ulughchat|Улугчат|Ұлықшат|Uluğçat|Ulughchat
korla|bayingolin|10|0|3|Korla|Kuerle|库尔勒市|Korla|Корла|Корла|Korla|Kuerle
yuli|bayingolin|3|0|0|Lopnur|Yuli|尉犁县|Lopnur|Лобнор|Лобнор|Lopnur|Lop Nur
qiemo|bayingolin|3|0|0|Qarqan|Qiemo|且末县|Cherchen|Черчен|Черчен|Çerçen|Cherchen
ruoqiang|bayingolin|1|0|0|Qakilik|Ruoqiang|若羌县|Charqiliq|Чарклык|Шарқылық|Çarkılık|Charkilik
luntai|bayingolin|3|0|0|Bugur|Luntai|轮台县|Bügür|Бугур|Бүгір|Bügür|Bugur
yanqi|bayingolin|3|0|3|Karashahar|Yanqi|焉耆回族自治县|Qarasheher|Карашар|Қарашар|Karaşehir|Karashar
tacheng_city|tacheng|2|12|1|Qoqek|Tacheng|塔城市|Chöchek|Чугучак|Шәуешек|Çöçek|Chuguchak;Tarbagatay;Chochek
emin|tacheng|1|8|1|Dorbiljin|Emin|额敏县|Dörbiljin|Дурбульджин|Дөрбілжін|Dörbilcin|Dorbiljin;Emin
toli|tacheng|0|6|0|Toli|Tuoli|托里县|Toli|Толи|Толы|Toli|Toli
yumin|tacheng|0|4|0|Qagantokay|Yumin|裕民县|Chaghantoqay|Чагантокай|Шағантоғай|Çagantokay|Chagantokay
usu|tacheng|1|4|1|Usu|Wusu|乌苏市|Shixo|Шихо|Шиху|Şiho|Shiho;Usu
shawan|tacheng|1|4|1|Shawan|Shawan|沙湾市|Sawan|Шавань|Сауан|Savan|Sawan
altay_city|altay|1|12|0|Altay|Aletai|阿勒泰市|Altay|Алтай|Алтай|Altay|Aletai
burqin|altay|0|6|0|Burqin|Buerjin|布尔津县|Burchin|Бурчун|Бұршын|Burçin|Burchun
fuhai|altay|0|5|0|Burultokay|Fuhai|福海县|Burultoqay|Бурултокай|Бурылтоғай|Burultokay|Fuhai
fuyun|altay|0|6|0|Koktokay|Fuyun|富蕴县|Köktoqay|Коктокай|Көктоғай|Koktokay|Fuyun
habahe|altay|0|4|0|Kaba|Habahe|哈巴河县|Qaba|Каба|Қаба|Kaba|Qaba
qinghe|altay|0|4|0|Qinggil|Qinghe|青河县|Chinggil|Чингиль|Шіңгіл|Çingil|Shingil
jeminay|altay|0|3|0|Jeminay|Jimunai|吉木乃县|Jéminey|Джеминей|Жеменей|Ceminey|Zhemeney
changji_city|changji|2|4|4|Changji|Changji|昌吉市|Sanji|Чанцзи|Сәнжі|Sanci|Sanji
manas|changji|1|3|1|Manas|Manasi|玛纳斯县|Manas|Манас|Манас|Manas|Manas County
qitai|changji|1|4|2|Gucheng|Qitai|奇台县|Guchung|Гучэн|Гучың|Guçung|Qitai
mori|changji|0|4|0|Mori|Mulei|木垒哈萨克自治县|Mori|Мори|Морй|Mori|Mulei
hami_city|hami|8|1|1|Kumul|Hami|哈密市|Qumul|Хами|Құмыл|Kumul|Hami;Yizhou;Qumul
barkol|hami|1|5|0|Barkol|Balikun|巴里坤哈萨克自治县|Barköl|Баркуль|Баркөл|Barköl|Barkul
bole|bortala|2|5|1|Bortala|Bole|博乐市|Bortala|Боротала|Бортала|Bortala|Bole
jinghe|bortala|1|2|0|Jinghe|Jinghe|精河县|Jing|Цзинхэ|Жың|Cing|Jing
karamay_city|karamay|2|3|2|Karamay|Kelamayi|克拉玛依市|Qaramay|Карамай|Қарамай|Karamay|Qaramay
"""

# A few townships: county id|ULY|zh|pinyin
TOWNSHIPS = """
karakax|Zawa|扎瓦乡|Zawa
karakax|Kuya|奎牙乡|Kuiya
karakax|Qarasay|喀尔赛乡|Kaersai
karakax|Yawa|雅瓦乡|Yawa
hotan_county|Layqa|拉依喀乡|Layika
hotan_county|Iliqchi|伊里其乡|Yiliqi
hotan_county|Tawakkul|塔瓦库勒乡|Tawakule
yining_city|Bayanday|巴彦岱镇|Bayandai
kashgar_city|Seman|色满乡|Seman
kashgar_city|Döletbagh|多来特巴格乡|Duolaitebage
shufu|Toqquzaq|托克扎克镇|Tuokezhake
yining_county|Yéngiyer|英也尔乡|Yingyeer
kuqa|Uchar|乌恰镇|Wuqia
shache|Elishqu|艾力西湖镇|Ailixihu
yecheng|Bostan|博斯坦乡|Bositan
"""

# Facility-file Town value -> county id
FACILITY_TOWN = {
    "Aksu": "aksu_city", "Akto": "akto", "Altay": "altay_city", "Artux": "artux", "Awat": "awat",
    "Bachu": "bachu", "Baicheng": "baicheng", "Barkol": "barkol", "Bole": "bole", "Burqin": "burqin",
    "Changji": "changji_city", "Dabancheng": "dabancheng", "Emin": "emin", "Fuhai": "fuhai",
    "Fuyun": "fuyun", "Gaochang": "turpan_city", "Gongliu": "gongliu", "Habahe": "habahe",
    "Hotan City": "hotan_city", "Hotan County": "hotan_county", "Huocheng": "huocheng",
    "Jeminay": "jeminay", "Jiashi": "jiashi", "Jinghe": "jinghe", "JInghe": "jinghe",
    "Kalpin": "kalpin", "Karakax": "karakax", "Karamay": "karamay_city", "Kashgar": "kashgar_city",
    "Korgas": "huocheng", "Korla": "korla", "Kuqa": "kuqa", "Lop": "lop", "Luntai": "luntai",
    "Makit": "makit", "Manas": "manas", "Maralbishi": "bachu", "Minfeng": "minfeng", "Mori": "mori",
    "Nilka": "nilka", "Pishan": "pishan", "Qapqal": "qapqal", "Qiemo": "qiemo", "Qinghe": "qinghe",
    "Qira": "qira", "Qitai": "qitai", "Ruoqiang": "ruoqiang", "Saybagh": "urumqi_city",
    "Shache": "shache", "Shanshan": "shanshan", "Shawan": "shawan", "Shufu": "shufu",
    "Shule": "shule", "Tacheng": "tacheng_city", "Taxkorgan": "taxkorgan", "Tekes": "tekes",
    "Tianshan": "urumqi_city", "Toksun": "toksun", "Toli": "toli", "Urumqi County": "urumqi_city",
    "Usu": "usu", "Wensu": "wensu", "Wuqia": "wuqia", "Wushi": "wushi", "Xayar": "xayar",
    "Xinhe": "xinhe", "Xinyuan": "xinyuan", "Yanqi": "yanqi", "Yecheng": "yecheng",
    "Yengisar": "yengisar", "Yining City": "yining_city", "Yining County": "yining_county",
    "Yizhou": "hami_city", "YIzhou": "hami_city", "Yopurga": "yopurga", "Yuli": "yuli",
    "Yumin": "yumin", "Yutian": "yutian", "Zepu": "zepu", "Zhaosu": "zhaosu",
    "Midong": "urumqi_city", "Toutunhe": "urumqi_city", "Shuimogou": "urumqi_city",
    "Xinshi": "urumqi_city",
}
