"""Name lists for generator O, written from general knowledge (common names only; no real person).

Each entry is (ULY Latin spelling, the phonetic Chinese-character rendering an official record
would use). Order is the popularity rank used for the Zipf-like weights.
"""

UYGHUR_MALE = [
    ("Muhemmed", "穆罕默德"), ("Ehmet", "艾合买提"), ("Memet", "买买提"), ("Tursun", "吐尔逊"),
    ("Abdurehim", "阿不都热依木"), ("Abdukerim", "阿不都克热木"), ("Ablimit", "阿不力米提"),
    ("Alim", "阿力木"), ("Adil", "阿迪力"), ("Abdulla", "阿不都拉"), ("Qurban", "库尔班"),
    ("Osman", "吾斯曼"), ("Yasin", "亚森"), ("Yusup", "玉素甫"), ("Ismail", "依斯马依力"),
    ("Hesen", "艾山"), ("Hüsen", "玉山"), ("Rozi", "肉孜"), ("Tahir", "塔依尔"), ("Kerim", "克热木"),
    ("Erkin", "艾尔肯"), ("Enwer", "艾尼瓦尔"), ("Ekber", "艾克拜尔"), ("Obul", "吾布力"),
    ("Sadiq", "萨迪克"), ("Zunun", "祖农"), ("Abliz", "阿不力孜"), ("Mehmut", "买合木提"),
    ("Nurmemet", "努尔买买提"), ("Ilham", "伊力哈木"), ("Dilshat", "迪力夏提"), ("Ghopur", "吾甫尔"),
    ("Hamut", "哈木提"), ("Imin", "依明"), ("Islam", "依斯拉木"), ("Jappar", "加帕尔"),
    ("Kamil", "卡米力"), ("Mijit", "米吉提"), ("Niyaz", "尼亚孜"), ("Omer", "吾买尔"),
    ("Perhat", "帕尔哈提"), ("Qadir", "卡迪尔"), ("Rehim", "热依木"), ("Sabir", "沙比尔"),
    ("Tursunjan", "吐尔逊江"), ("Ehmetjan", "艾合买提江"), ("Ubul", "吾布力"), ("Wahit", "瓦依提"),
    ("Yaqup", "亚库甫"), ("Zakir", "扎克尔"), ("Abduweli", "阿不都外力"), ("Ablet", "阿布来提"),
    ("Arslan", "阿尔斯兰"), ("Barat", "巴拉提"), ("Dawut", "达吾提"), ("Eli", "艾力"),
    ("Ghappar", "阿帕尔"), ("Hashim", "哈希木"), ("Ibrahim", "依不拉音"), ("Jume", "居马"),
    ("Kurash", "库拉西"), ("Mamut", "马木提"), ("Mutellip", "木太力甫"), ("Nijat", "尼加提"),
    ("Polat", "坡拉提"), ("Qasim", "卡斯木"), ("Rustem", "如斯坦木"), ("Salih", "沙力"),
    ("Semet", "赛买提"), ("Tayir", "塔伊尔"), ("Ruzi", "如孜"), ("Yunus", "玉努斯"),
    ("Zeydin", "再依丁"), ("Abdusalam", "阿不都沙拉木"), ("Eysa", "艾沙"), ("Musa", "木沙"),
]

UYGHUR_FEMALE = [
    ("Patigül", "帕提古丽"), ("Gülnar", "古丽娜尔"), ("Aynur", "阿依努尔"), ("Ayshem", "阿依先木"),
    ("Mihray", "米热依"), ("Gülbahar", "古丽巴哈尔"), ("Rahile", "热依拉"), ("Nurgül", "努尔古丽"),
    ("Hawagül", "哈瓦古丽"), ("Reyhangül", "热依汗古丽"), ("Zöhre", "祖合热"), ("Mehriban", "米合日巴努"),
    ("Arzigül", "阿孜古丽"), ("Zulpiye", "祖力皮亚"), ("Roshengül", "肉先古丽"), ("Buhelchem", "布海力切木"),
    ("Mayire", "玛依热"), ("Zeynep", "再乃甫"), ("Aygül", "阿依古丽"), ("Dilnur", "迪力努尔"),
    ("Gulzire", "古丽孜热"), ("Hatiche", "哈提切"), ("Meryem", "麦尔耶姆"), ("Nisagül", "尼萨古丽"),
    ("Pezilet", "帕孜来提"), ("Rabiye", "热比亚"), ("Sajide", "萨吉旦"), ("Tajigül", "塔吉古丽"),
    ("Zumret", "祖木热提"), ("Amine", "阿米娜"), ("Bahargül", "巴哈尔古丽"), ("Chimengül", "其曼古丽"),
    ("Dilber", "迪力拜尔"), ("Gulshen", "古丽先"), ("Hanzohre", "汗佐合热"), ("Kawser", "卡吾沙尔"),
    ("Mahire", "玛合热"), ("Nazugum", "娜孜古丽木"), ("Parida", "帕丽达"), ("Rena", "热娜"),
    ("Shirin", "西琳"), ("Tumaris", "图玛丽斯"), ("Zorigül", "佐热古丽"), ("Ezize", "艾孜再"),
]

KAZAKH_MALE = [
    ("Nurlan", "努尔兰"), ("Serik", "赛力克"), ("Erlan", "叶尔兰"), ("Bolat", "波拉提"),
    ("Asqar", "阿斯哈尔"), ("Dawlet", "达吾列提"), ("Marat", "马拉提"), ("Qayrat", "海拉提"),
    ("Ermek", "叶尔麦克"), ("Nurbek", "努尔别克"), ("Serjan", "赛尔江"), ("Talghat", "塔力哈提"),
    ("Ayan", "阿扬"), ("Baqytjan", "巴合提江"), ("Dauren", "达吾然"), ("Jenis", "叶尼斯"),
    ("Qanat", "哈纳提"), ("Sayat", "沙亚提"), ("Murat", "木拉提"), ("Erbol", "叶尔波力"),
]

KAZAKH_FEMALE = [
    ("Gülnar", "古丽娜尔"), ("Aynur", "阿依努尔"), ("Sawle", "莎吾列"), ("Ayjan", "阿依江"),
    ("Gülmira", "古丽米拉"), ("Dana", "达娜"), ("Aygerim", "阿依格丽木"), ("Saltanat", "萨力塔娜提"),
    ("Jannat", "加娜提"), ("Meruyert", "麦鲁耶尔特"), ("Nazerke", "娜孜尔凯"), ("Bayan", "巴彦"),
]

# Common Han surnames that a register may assign (an invented "Chinese-style surname").
HAN_SURNAMES = [("王", "Wang"), ("李", "Li"), ("马", "Ma"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen")]
