"""County and prefecture names for generator O, written from general knowledge.

Keyed by the facilities file's `Town` and `Prefecture`: (Uyghur name in ULY, Chinese name).
The pinyin of the Chinese name is computed at run time. A town missing here keeps its own
Latin name and gets no Chinese form (written then as the Latin name in every script but Arabic).
"""

COUNTIES = {
    "Shufu": ("Kona Sheher", "疏附县"), "Shule": ("Yengisheher", "疏勒县"), "Kashgar": ("Qeshqer", "喀什市"),
    "Shache": ("Yerken", "莎车县"), "Yecheng": ("Qaghiliq", "叶城县"), "Zepu": ("Poskam", "泽普县"),
    "Bachu": ("Maralbeshi", "巴楚县"), "Jiashi": ("Peyziwat", "伽师县"), "Makit": ("Mekit", "麦盖提县"),
    "Yengisar": ("Yéngisar", "英吉沙县"), "Yopurga": ("Yopurgha", "岳普湖县"), "Taxkorgan": ("Tashqorghan", "塔什库尔干县"),
    "Hotan City": ("Xoten sheheri", "和田市"), "Hotan County": ("Xoten nahiyisi", "和田县"),
    "Karakax": ("Qaraqash", "墨玉县"), "Lop": ("Lop", "洛浦县"), "Pishan": ("Guma", "皮山县"),
    "Qira": ("Chira", "策勒县"), "Yutian": ("Keriye", "于田县"), "Minfeng": ("Niye", "民丰县"),
    "Aksu": ("Aqsu", "阿克苏市"), "Kuqa": ("Kucha", "库车县"), "Xayar": ("Shayar", "沙雅县"),
    "Awat": ("Awat", "阿瓦提县"), "Wensu": ("Onsu", "温宿县"), "Wushi": ("Uchturpan", "乌什县"),
    "Baicheng": ("Bay", "拜城县"), "Kalpin": ("Kelpin", "柯坪县"), "Xinhe": ("Toqsu", "新和县"),
    "Artux": ("Atush", "阿图什市"), "Akto": ("Aqto", "阿克陶县"), "Wuqia": ("Ulughchat", "乌恰县"),
    "Akqi": ("Aqchi", "阿合奇县"), "Korla": ("Korla", "库尔勒市"), "Luntai": ("Bügür", "轮台县"),
    "Yuli": ("Lopnur", "尉犁县"), "Qiemo": ("Cherchen", "且末县"), "Ruoqiang": ("Charqiliq", "若羌县"),
    "Yanqi": ("Qarashehér", "焉耆县"), "Hejing": ("Xéjing", "和静县"), "Bohu": ("Baghrash", "博湖县"),
    "Hoxud": ("Xoshut", "和硕县"), "Gaochang": ("Turpan", "高昌区"), "Shanshan": ("Pichan", "鄯善县"),
    "Toksun": ("Toqsun", "托克逊县"), "Yining City": ("Ghulja sheheri", "伊宁市"),
    "Yining County": ("Ghulja nahiyisi", "伊宁县"), "Huocheng": ("Qorghas", "霍城县"),
    "Qapqal": ("Chapchal", "察布查尔县"), "Gongliu": ("Toqquztara", "巩留县"), "Xinyuan": ("Künes", "新源县"),
    "Nilka": ("Nilqa", "尼勒克县"), "Tekes": ("Tékes", "特克斯县"), "Zhaosu": ("Mongghulküre", "昭苏县"),
    "Kuytun": ("Küytun", "奎屯市"), "Tacheng": ("Chöchek", "塔城市"), "Emin": ("Dorbiljin", "额敏县"),
    "Usu": ("Shiho", "乌苏市"), "Yumin": ("Qaraqash Chöchek", "裕民县"), "Toli": ("Toli", "托里县"),
    "Shawan": ("Sawen", "沙湾县"), "Altay": ("Altay", "阿勒泰市"), "Burqin": ("Burchin", "布尔津县"),
    "Fuhai": ("Burultoqay", "福海县"), "Fuyun": ("Kökto'qay", "富蕴县"), "Qinghe": ("Chinggil", "青河县"),
    "Habahe": ("Qaba", "哈巴河县"), "Jeminay": ("Jéminey", "吉木乃县"), "Bole": ("Bortala", "博乐市"),
    "Jinghe": ("Jing", "精河县"), "Wenquan": ("Arishang", "温泉县"), "Changji": ("Sanji", "昌吉市"),
    "Fukang": ("Fukang", "阜康市"), "Hutubi": ("Qutubi", "呼图壁县"), "Manas": ("Manas", "玛纳斯县"),
    "Qitai": ("Guchung", "奇台县"), "Jimsar": ("Jimsar", "吉木萨尔县"), "Mori": ("Mori", "木垒县"),
    "Yizhou": ("Qumul", "伊州区"), "Barkol": ("Barköl", "巴里坤县"), "Yiwu": ("Aratam", "伊吾县"),
    "Dabancheng": ("Dawanchéng", "达坂城区"), "Midong": ("Midong", "米东区"), "Saybagh": ("Saybagh", "沙依巴克区"),
    "Xinshi": ("Yéngi sheher", "新市区"), "Tianshan": ("Tengritagh", "天山区"), "Shuimogou": ("Shuymogou", "水磨沟区"),
    "Toutunhe": ("Toutungxé", "头屯河区"), "Urumqi County": ("Ürümchi nahiyisi", "乌鲁木齐县"),
    "Karamay": ("Qaramay", "克拉玛依市"), "Dushanzi": ("Maytagh", "独山子区"), "Baijiantan": ("Aqtash", "白碱滩区"),
    "Shihezi": ("Shixenza", "石河子市"), "Aral": ("Aral", "阿拉尔市"), "Tumxuk": ("Tumshuq", "图木舒克市"),
    "Wujiaqu": ("Wujyachü", "五家渠市"), "Beitun": ("Beytün", "北屯市"), "Hoboksar": ("Qobuqsar", "和布克赛尔县"),
    "Huyanghe City": ("Xuyangxé", "胡杨河市"), "Korgas": ("Qorghas sheheri", "霍尔果斯市"), "Kunyu": ("Kunyu", "昆玉市"),
    "Shuanghe": ("Shuangxé", "双河市"), "Kokdala": ("Kökdala", "可克达拉市"), "Tiemenguan": ("Tömürqowuq", "铁门关市"),
}

PREFECTURES = {
    "Kashgar": ("Qeshqer wilayiti", "喀什地区"), "Hotan": ("Xoten wilayiti", "和田地区"),
    "Aksu": ("Aqsu wilayiti", "阿克苏地区"), "Kizilsu": ("Qizilsu oblasti", "克孜勒苏州"),
    "Bayingolin": ("Bayinghulin oblasti", "巴音郭楞州"), "Turpan": ("Turpan shehiri", "吐鲁番市"),
    "Ili": ("Ili oblasti", "伊犁州"), "Tacheng": ("Tarbaghatay wilayiti", "塔城地区"),
    "Altay": ("Altay wilayiti", "阿勒泰地区"), "Bortala": ("Bortala oblasti", "博尔塔拉州"),
    "Changji": ("Sanji oblasti", "昌吉州"), "Hami": ("Qumul shehiri", "哈密市"),
    "Ürümqi": ("Ürümchi shehiri", "乌鲁木齐市"), "Karamay": ("Qaramay shehiri", "克拉玛依市"),
    "Shihezi": ("Shixenza shehiri", "石河子市"), "XPCC": ("Bingtuen", "兵团"),
}

# Syllables for synthetic townships and villages: (ULY, Chinese rendering).
PLACE_PARTS = [
    ("Yéngi", "英"), ("Bostan", "博斯坦"), ("Qum", "库木"), ("Tash", "塔什"), ("Bagh", "巴格"),
    ("Aq", "阿克"), ("Qara", "喀拉"), ("Toghraq", "托格拉克"), ("Östeng", "吾斯塘"), ("Saray", "萨拉依"),
    ("Yar", "亚尔"), ("Köl", "库勒"), ("Tagh", "塔格"), ("Bulaq", "布拉克"), ("Eriq", "艾日克"),
    ("Terek", "铁热克"), ("Chöl", "却勒"), ("Kent", "坎特"), ("Yaz", "亚孜"), ("Dong", "墩"),
]
