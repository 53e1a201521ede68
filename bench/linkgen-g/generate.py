#!/usr/bin/env python3
"""Held-out test-data generator G for `guwah link-records`.

Makes a synthetic world of detained persons (families, namesakes, home places,
facilities) and renders each person as one or more *mentions* in the styles of
different kinds of source. Writes DIR/mentions.csv (contract input shape) and
DIR/truth.csv (mention_id,person_id). Standard library only; deterministic per seed.
All name lists, place tables, transliteration tables and rates below were written
from the author's own knowledge.
"""
import argparse
import csv
import os
import random
import sys
import unicodedata

# ---------------------------------------------------------------- names
# Uyghur given names in Uyghur Latin (ULY); "|" separates spelling variants seen in
# diaspora/English usage. Order ~ frequency (Zipf weights are applied).
UY_MALE = """Muhemmet|Muhammad|Mehmet|Mamat|Memet Abdurehim|Abdurahim|Abdurrahim Tursun Ablimit|Ablimet Abdukerim|Abdukarim
Ehmet|Ahmat|Ahmet Qurban|Kurban Yusup|Yusuf Ismayil|Ismail Abdulla|Abdullah Obul|Hobul Ghopur|Gopur Rozi Tohti|Toxti
Enwer|Anwar|Enver Nurmemet|Nurmamat Abliz Mijit|Mijid Erkin Alim Ilham Perhat|Ferhat Adil Tahir|Tahir Eysa|Isa Musa
Yasin Memtimin|Mamtimin Abdushükür|Abdushukur Hesen|Hasan Hüseyin|Husein|Huseyin Ibrahim|Ibraim Qadir|Kadir Rahman|Rehman
Ekber|Akbar Ghulam|Gulam Jappar|Jappar Kamil Kerim|Karim Memtili Nijat Nurbek Osman Parhat Sadir Salam Sawut|Sawut
Shöhret|Shohrat Téyip|Tayip Turghun|Turgun Ubul Qasim|Kasim Zunun Ekrem|Akram Abduweli|Abduwali Ababekri Hashim Exmet
Rustem|Rustam Dilmurat Dilshat Almas Batur Erpat Ilyar Mutellip|Mutallip Nurahmet Polat Tursunjan Yalqun|Yalkun Zakir""".split()
UY_FEMALE = """Gülnar|Gulnar Aygül|Aygul Mihrigül|Mihrigul Patigül|Patigul Gülbahar|Gulbahar Zöhre|Zohra|Zuhra Aynur
Rahile|Rahila Hoshur|Hoshur Sajide|Sajida Meryem|Maryam Ayshe|Aysha|Ayshem Rabiye|Rabia Zumret|Zumrat Gülshen|Gulshan
Ruqiye|Rukiya Halide|Halida Nurgül|Nurgul Mahire|Mahira Dilnur Dilber|Dilbar Hörmet|Hormat Arzigül|Arzigul Buhelchem
Gülzire|Gulzira Tajigül|Tajigul Nezire|Nazira Zeynep|Zaynap Rena Mewlude|Mavluda Hélime|Halima Amine|Amina Pezilet
Sanawer|Sanavar Mukerrem|Mukarram Tursunay|Tursunay Gülnisa|Gulnisa Maynur Nigare|Nigara Saadet|Saadat Xadiche|Khadija
Muyesser|Muyassar Hajigül|Hajigul Sadet Parida Gulmire|Gulmira Ayjamal Shahide|Shahida""".split()
KZ_MALE = """Nurlan Erlan Qayrat|Kairat Baqytjan|Bakhytzhan Serik Marat Asqar|Askar Nurbek Ermek Dauren Aybek Bolat
Eriqbol Qanat|Kanat Zhanibek Talgat Saken Murat Amanbek Orynbasar Serikzhan Zhenis Kuanysh Beybit Ablayhan
Dosjan|Doszhan Alim Mukhtar Sayat Tursynbek""".split()
KZ_FEMALE = """Gülnar|Gulnar Sayragül|Sayragul Gulzira Aynur Dina Zhanar Ayjan|Aizhan Bakhytgul Raziya Gulbakhyt
Nurzhamal Aygerim Saule Meruert Kalima Zhuldyz Asel Ardak""".split()
KG_MALE = """Nurbek Almazbek Tilek Azamat Kubanychbek Bakyt Emil Ulan Adilet Marat""".split()
KG_FEMALE = """Aygul Cholpon Nurzhan Gulnara Aynura Bermet Jyldyz Asel""".split()
# Chinese given-name characters with pinyin (Han and Hui persons)
HAN_SURN = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun")]
HUI_SURN = [("马", "Ma"), ("马", "Ma"), ("马", "Ma"), ("杨", "Yang"), ("丁", "Ding"), ("白", "Bai"),
            ("韩", "Han"), ("何", "He"), ("穆", "Mu"), ("海", "Hai"), ("冶", "Ye"), ("金", "Jin")]
HAN_GIV = [("建", "jian"), ("国", "guo"), ("明", "ming"), ("华", "hua"), ("军", "jun"), ("伟", "wei"),
           ("强", "qiang"), ("平", "ping"), ("文", "wen"), ("海", "hai"), ("忠", "zhong"), ("成", "cheng"),
           ("德", "de"), ("福", "fu"), ("春", "chun"), ("秀", "xiu"), ("英", "ying"), ("兰", "lan"),
           ("梅", "mei"), ("芳", "fang"), ("玉", "yu"), ("红", "hong"), ("丽", "li"), ("霞", "xia")]
HONORIFIC = ["Haji", "Molla", "Domla", "Dr.", "Ustaz", "Hajim"]
TOWNSHIPS = """Tograk Bostan Yantaq Yëngiawat Qumbagh Aqköl Toqay Saybagh Tërek Könaqoram Arawat Bulaq
Yëngiëriq Sügetbulaq Qaraqum Otturabazar Qizilëriq Chimen Tashbulaq Yarbagh Yëngi Kökterek Uchqun Bështoghraq""".split()

# ---------------------------------------------------------------- places
PREF = {  # key: (zh, pinyin, ULY, Russian Cyrillic, English)
    "Kashgar": ("喀什地区", "Kashi", "Qeshqer", "Кашгар", "Kashgar"),
    "Hotan": ("和田地区", "Hetian", "Xoten", "Хотан", "Hotan"),
    "Aksu": ("阿克苏地区", "Akesu", "Aqsu", "Аксу", "Aksu"),
    "Kizilsu": ("克孜勒苏州", "Kezilesu", "Qizilsu", "Кызылсу", "Kizilsu"),
    "Ili": ("伊犁州", "Yili", "Ili", "Или", "Ili"),
    "Tacheng": ("塔城地区", "Tacheng", "Chöchek", "Чугучак", "Tacheng"),
    "Altay": ("阿勒泰地区", "Aletai", "Altay", "Алтай", "Altay"),
    "Bortala": ("博尔塔拉州", "Boertala", "Börtala", "Боро-Тала", "Bortala"),
    "Bayingolin": ("巴音郭楞州", "Bayinguoleng", "Bayinghulin", "Баянгол", "Bayingolin"),
    "Changji": ("昌吉州", "Changji", "Sanji", "Чанцзи", "Changji"),
    "Ürümqi": ("乌鲁木齐市", "Wulumuqi", "Ürümchi", "Урумчи", "Urumqi"),
    "Turpan": ("吐鲁番市", "Tulufan", "Turpan", "Турфан", "Turpan"),
    "Hami": ("哈密市", "Hami", "Qumul", "Кумул", "Hami"),
    "Karamay": ("克拉玛依市", "Kelamayi", "Qaramay", "Карамай", "Karamay"),
    "XPCC": ("兵团", "Bingtuan", "Bingtuen", "Бинтуань", "XPCC"),
    "Shihezi": ("石河子市", "Shihezi", "Shixenza", "Шихэцзы", "Shihezi"),
}
# Town (as spelled in the facility file) -> (zh, pinyin, ULY, Russian Cyrillic, prefecture)
COUNTY_TXT = """Akqi 阿合奇 Aheqi Aqchi Акчи Kizilsu;Aksu 阿克苏市 Akesu Aqsu Аксу Aksu;Akto 阿克陶 Aketao Aqto Акто Kizilsu
Altay 阿勒泰市 Aletai Altay Алтай Altay;Aral 阿拉尔市 Alaer Aral Арал XPCC;Artux 阿图什市 Atushi Atush Артуш Kizilsu
Awat 阿瓦提 Awati Awat Ават Aksu;Bachu 巴楚 Bachu Maralbëshi Маралбаши Kashgar;Baicheng 拜城 Baicheng Bay Бай Aksu
Barkol 巴里坤 Balikun Barköl Баркёль Hami;Bole 博乐市 Bole Bortala Бортала Bortala;Burqin 布尔津 Buerjin Burchin Бурчин Altay
Changji 昌吉市 Changji Sanji Санджи Changji;Dabancheng 达坂城区 Dabancheng Dawanching Даванчин Ürümqi
Dushanzi 独山子区 Dushanzi Maytagh Майтаг Karamay;Emin 额敏 Emin Dörbiljin Дорбильджин Tacheng
Fuhai 福海 Fuhai Burultoqay Буртокай Altay;Fukang 阜康市 Fukang Fukang Фукан Changji;Fuyun 富蕴 Fuyun Köktoqay Коктокай Altay
Gaochang 高昌区 Gaochang Qarahoja Караходжа Turpan;Gongliu 巩留 Gongliu Toqquztara Токкузтара Ili
Habahe 哈巴河 Habahe Qaba Каба Altay;Hejing 和静 Hejing Xëjing Хэцзин Bayingolin;Hoboksar 和布克赛尔 Hebukesaier Qobuqsar Кобуксар Tacheng
Hotan|City 和田市 Hetianshi Xoten Хотан Hotan;Hotan|County 和田县 Hetianxian Xoten|nahiyisi Хотанский|уезд Hotan
Hoxud 和硕 Heshuo Xoshut Хошут Bayingolin;Huocheng 霍城 Huocheng Qorghas Коргас Ili;Hutubi 呼图壁 Hutubi Qutubi Кутуби Changji
Jeminay 吉木乃 Jimunai Jëminey Жеменей Altay;Jiashi 伽师 Jiashi Peyziwat Пейзават Kashgar;Jimsar 吉木萨尔 Jimusaer Jimsar Джимсар Changji
Jinghe 精河 Jinghe Jing Цзинхэ Bortala;Kalpin 柯坪 Keping Kelpin Кельпин Aksu;Karakax 墨玉 Moyu Qaraqash Каракаш Hotan
Karamay 克拉玛依市 Kelamayi Qaramay Карамай Karamay;Kashgar 喀什市 Kashi Qeshqer Кашгар Kashgar;Korla 库尔勒市 Kuerle Korla Корла Bayingolin
Kuqa 库车 Kuche Kucha Куча Aksu;Kuytun 奎屯市 Kuitun Küytun Куйтун Ili;Lop 洛浦 Luopu Lop Лоп Hotan;Luntai 轮台 Luntai Bügür Бугур Bayingolin
Makit 麦盖提 Maigaiti Mekit Мекит Kashgar;Manas 玛纳斯 Manasi Manas Манас Changji;Minfeng 民丰 Minfeng Niye Ния Hotan
Mori 木垒 Mulei Mori Мори Changji;Nilka 尼勒克 Nileke Nilqa Нылка Ili;Pishan 皮山 Pishan Guma Гума Hotan
Qapqal 察布查尔 Chabuchaer Chapchal Чапчал Ili;Qiemo 且末 Qiemo Cherchen Черчен Bayingolin;Qinghe 青河 Qinghe Chinggil Чингиль Altay
Qira 策勒 Cele Chira Чира Hotan;Qitai 奇台 Qitai Guchung Гучэн Changji;Ruoqiang 若羌 Ruoqiang Chaqiliq Чарклык Bayingolin
Saybagh 沙依巴克区 Shayibake Saybagh Сайбаг Ürümqi;Shache 莎车 Shache Yeken Яркенд Kashgar;Shanshan 鄯善 Shanshan Pichan Пичан Turpan
Shawan 沙湾 Shawan Saven Саван Tacheng;Shihezi 石河子市 Shihezi Shixenza Шихэцзы Shihezi;Shufu 疏附 Shufu Konasheher Конашаар Kashgar
Shule 疏勒 Shule Yëngisheher Янгишар Kashgar;Tacheng 塔城市 Tacheng Chöchek Чугучак Tacheng;Taxkorgan 塔什库尔干 Tashikuergan Tashqorghan Ташкурган Kashgar
Tekes 特克斯 Tekesi Tekes Текес Ili;Toksun 托克逊 Tuokexun Toqsun Токсун Turpan;Toli 托里 Tuoli Toli Толи Tacheng
Tumxuk 图木舒克市 Tumushuke Tumshuq Тумшук XPCC;Usu 乌苏市 Wusu Shixo Шихо Tacheng;Wenquan 温泉 Wenquan Arasan Арасан Bortala
Wensu 温宿 Wensu Onsu Онсу Aksu;Wuqia 乌恰 Wuqia Ulughchat Улугчат Kizilsu;Wushi 乌什 Wushi Uchturpan Учтурфан Aksu
Xayar 沙雅 Shaya Shayar Шаяр Aksu;Xinhe 新和 Xinhe Toqsu Токсу Aksu;Xinshi 新市区 Xinshiqu Yëngishehir Новый|город Ürümqi
Xinyuan 新源 Xinyuan Künes Кюнес Ili;Yanqi 焉耆 Yanqi Qarasheher Карашар Bayingolin;Yecheng 叶城 Yecheng Qaghiliq Каргалык Kashgar
Yengisar 英吉沙 Yingjisha Yëngisar Янгисар Kashgar;Yining|City 伊宁市 Yiningshi Ghulja Кульджа Ili
Yining|County 伊宁县 Yiningxian Ghulja|nahiyisi Кульджинский|уезд Ili;Yiwu 伊吾 Yiwu Aratürük Аратюрюк Hami
Yizhou 伊州区 Yizhou Qumul Кумул Hami;Yopurga 岳普湖 Yuepuhu Yopurgha Йопурга Kashgar;Yuli 尉犁 Yuli Lopnur Лобнор Bayingolin
Yumin 裕民 Yumin Chaghantoqay Чагантокай Tacheng;Yutian 于田 Yutian Keriye Керия Hotan;Zepu 泽普 Zepu Poskam Поскам Kashgar
Zhaosu 昭苏 Zhaosu Mongghulküre Монголкуре Ili;Midong 米东区 Midong Midong Мидун Ürümqi;Tianshan 天山区 Tianshanqu Tengritagh Тяньшань Ürümqi"""
COUNTIES = {}
for ent in COUNTY_TXT.replace("\n", ";").split(";"):
    t, zh, py, uly, ru, pf = ent.split()
    COUNTIES[t.replace("|", " ")] = (zh, py, uly.replace("|", " "), ru.replace("|", " "), pf)
TOWN_ALIAS = {"Maralbishi": "Bachu", "Gaocheng": "Gaochang", "JInghe": "Jinghe", "YIzhou": "Yizhou",
              "Korgas": "Huocheng"}
ETH_PREF = {  # home prefecture weights per ethnic group
    "uy": {"Kashgar": 30, "Hotan": 22, "Aksu": 15, "Ili": 9, "Ürümqi": 7, "Turpan": 5, "Bayingolin": 4,
           "Kizilsu": 3, "Hami": 2, "Changji": 1, "Tacheng": 1, "Karamay": 1},
    "kz": {"Ili": 40, "Tacheng": 25, "Altay": 22, "Changji": 7, "Ürümqi": 3, "Bortala": 3},
    "kg": {"Kizilsu": 85, "Ili": 8, "Aksu": 7},
    "hui": {"Changji": 30, "Ürümqi": 30, "Ili": 25, "Tacheng": 8, "Hami": 7},
    "han": {"Ürümqi": 50, "Changji": 20, "Shihezi": 15, "Karamay": 15},
}

# ---------------------------------------------------------------- script tables
def tokens(s):
    """Split a ULY-ish Latin string into letters/digraphs (lower case)."""
    out, i, s = [], 0, s.lower()
    while i < len(s):
        two = s[i:i + 2]
        if two in ("sh", "ch", "gh", "ng", "zh", "kh"):
            out.append(two); i += 2
        else:
            out.append(s[i]); i += 1
    # Kazakh/Kyrgyz Latin "y" between consonants or word-final after a consonant is the vowel ы
    for j, x in enumerate(out):
        if x == "y" and j > 0 and out[j - 1] not in VOW and out[j - 1].isalpha() and \
                (j + 1 == len(out) or out[j + 1] not in VOW):
            out[j] = "ı"
    return out

VOW = set("aeëioöuüéäı")
ARAB = {"a": "ا", "e": "ە", "ë": "ې", "é": "ې", "i": "ى", "o": "و", "ö": "ۆ", "u": "ۇ", "ü": "ۈ", "b": "ب",
        "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "x": "خ", "kh": "خ", "d": "د", "r": "ر", "z": "ز", "zh": "ژ",
        "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ك", "g": "گ", "ng": "ڭ", "l": "ل", "m": "م",
        "n": "ن", "h": "ھ", "w": "ۋ", "y": "ي", "v": "ۋ", "ä": "ە", "c": "ج", "ı": "ى"}
TR = {"ı": "ı", "q": "k", "x": "h", "kh": "h", "gh": "ğ", "ch": "ç", "sh": "ş", "j": "c", "zh": "j", "ë": "e", "é": "e", "w": "v"}
EN = {"ı": "y", "q": "q", "x": "kh", "ë": "e", "é": "e", "ö": "o", "ü": "u", "w": "w"}
EN2 = {"ı": "y", "q": "k", "x": "h", "gh": "g", "ë": "i", "é": "e", "ö": "o", "ü": "u"}
DE = {"ı": "y", "q": "k", "x": "ch", "kh": "ch", "sh": "sch", "ch": "tsch", "j": "dsch", "zh": "sch", "y": "j", "ë": "e",
      "é": "e", "w": "w", "z": "s", "gh": "gh"}
RU = {"a": "а", "e": "е", "ë": "е", "é": "е", "i": "и", "o": "о", "ö": "ё", "u": "у", "ü": "ю", "b": "б", "p": "п",
      "t": "т", "j": "дж", "ch": "ч", "x": "х", "kh": "х", "d": "д", "r": "р", "z": "з", "zh": "ж", "s": "с",
      "sh": "ш", "gh": "г", "f": "ф", "q": "к", "k": "к", "g": "г", "ng": "н", "l": "л", "m": "м", "n": "н",
      "h": "х", "w": "в", "y": "й", "v": "в", "ä": "а", "c": "дж", "ı": "ы"}
KZ = dict(RU, **{"q": "қ", "gh": "ғ", "ng": "ң", "ö": "ө", "ü": "ү", "i": "і", "h": "һ", "ä": "ә", "j": "ж",
                 "zh": "ж", "e": "е"})
# Chinese phonetic transcription: onset -> vowel -> (characters, pinyin); first char is the usual one.
ZH_TXT = """_ a阿,a e艾,ai i依伊,yi o奥,ao u乌吾,wu an安,an en恩,en in尹,yin un温,wen
b a巴,ba e拜白,bai i比,bi o波,bo u布卜,bu an班,ban en本,ben in宾,bin un布,bu
p a帕,pa e派,pai i皮,pi o坡,po u普,pu an潘,pan en盆,pen in品,pin un普,pu
t a塔,ta e铁,tie i提,ti o托,tuo u吐图,tu an坦,tan en腾,teng in汀,ting un吞,tun
d a达,da e德,de i迪,di o多,duo u杜都,du an旦,dan en登,deng in丁,ding un敦,dun
k a卡,ka e克,ke i克,ke o阔,kuo u库,ku an坎,kan en肯,ken in金,jin un昆,kun
q a卡喀,ka e克,ke i克,ke o阔,kuo u库,ku an坎,kan en肯,ken in金,jin un昆,kun
g a尕,ga e格,ge i吉,ji o果,guo u古,gu an甘,gan en根,gen in金,jin un棍,gun
gh a尕,ga e格,ge i吉,ji o果,guo u古,gu an甘,gan en根,gen in金,jin un棍,gun
x a哈,ha e合赫,he i希,xi o霍,huo u胡,hu an汗罕,han en痕,hen in欣,xin un浑,hun
h a哈,ha e合,he i希,xi o霍,huo u胡,hu an汗罕,han en痕,hen in欣,xin un浑,hun
kh a哈,ha e合,he i希,xi o霍,huo u胡,hu an汗,han en痕,hen in欣,xin un浑,hun
ch a恰,qia e切,qie i其,qi o乔,qiao u丘,qiu an千,qian en琴,qin in琴,qin un群,qun
j a加,jia e杰,jie i吉,ji o觉,jue u居,ju an江,jiang en金,jin in金,jin un君,jun
s a萨沙,sa e色赛,se i斯,si o索,suo u苏,su an桑,sang en森,sen in新,xin un孙,sun
sh a沙,sha e谢,xie i希,xi o肖,xiao u舒,shu an山,shan en申,shen in欣,xin un顺,shun
z a扎,zha e则,ze i孜,zi o卓,zhuo u祖,zu an赞,zan en增,zeng in津,jin un尊,zun
zh a扎,zha e哲,zhe i吉,ji o卓,zhuo u朱,zhu an占,zhan en珍,zhen in津,jin un准,zhun
l a拉,la e勒来,le i力丽,li o洛,luo u鲁,lu an兰,lan en伦,lun in林,lin un伦,lun
r a热,re e热,re i日,ri o若,ruo u如,ru an然,ran en仁,ren in仁,ren un润,run
m a玛,ma e买麦,mai i米,mi o莫,mo u木穆,mu an曼,man en门,men in民,min un蒙,meng
n a娜纳,na e乃,nai i尼,ni o诺,nuo u努,nu an南,nan en嫩,nen in宁,ning un农,nong
y a亚,ya e耶,ye i依,yi o尤,you u玉尤,yu an燕,yan en叶,ye in音,yin un云,yun
w a瓦,wa e维,wei i维,wei o沃,wo u乌,wu an万,wan en温,wen in文,wen un文,wen
f a法,fa e菲,fei i菲,fei o佛,fo u夫,fu an帆,fan en芬,fen in芬,fen un芬,fen
v a瓦,wa e维,wei i维,wei o沃,wo u乌,wu an万,wan en温,wen in文,wen un文,wen
ng a昂,ang e恩,en i恩,en o昂,ang u恩,en an昂,ang en恩,en in恩,en un恩,en"""
ZH = {}
for line in ZH_TXT.splitlines():
    parts = line.split()
    on = "" if parts[0] == "_" else parts[0]
    for p in parts[1:]:
        i = 0
        while p[i].isascii():
            i += 1
        v = p[:i]
        chars, py = p[i:].split(",")
        ZH[(on, v)] = (chars, py)
CODA = {"r": ("尔", "er"), "l": ("力", "li"), "t": ("提", "ti"), "k": ("克", "ke"), "q": ("克", "ke"),
        "m": ("木", "mu"), "s": ("斯", "si"), "sh": ("什", "shi"), "b": ("卜", "bu"), "d": ("德", "de"),
        "p": ("普", "pu"), "g": ("格", "ge"), "gh": ("格", "ge"), "x": ("合", "he"), "kh": ("合", "he"),
        "h": ("合", "he"), "ch": ("其", "qi"), "j": ("吉", "ji"), "z": ("孜", "zi"), "y": ("依", "yi"),
        "ng": ("恩", "en"), "n": ("恩", "en"), "f": ("夫", "fu"), "w": ("甫", "fu"), "zh": ("日", "ri"),
        "v": ("夫", "fu"), "c": ("吉", "ji")}
VNORM = {"ë": "i", "é": "i", "ö": "o", "ü": "u", "ä": "e", "ı": "i"}

def to_zh(name):
    """Phonetic Chinese rendering of a Latin Turkic name: [(char alternatives, pinyin), ...]."""
    t0 = [VNORM.get(x, x) for x in tokens(name) if x.isalpha() or x in VNORM]
    t = [x for j, x in enumerate(t0) if not (x not in VOW and j + 1 < len(t0) and t0[j + 1] == x)]
    out, i = [], 0
    while i < len(t):
        on = ""
        if t[i] not in VOW:
            if i + 1 < len(t) and t[i + 1] in VOW:
                on = t[i]; i += 1
            else:
                out.append(CODA.get(t[i], ("", ""))); i += 1; continue
        v = t[i]; i += 1
        if i < len(t) and t[i] == "n" and (i + 1 == len(t) or t[i + 1] not in VOW):
            out.append(ZH.get((on, v + "n"), ZH.get(("", v + "n")))); i += 1
        else:
            out.append(ZH.get((on, v), ZH.get(("", v))))
    return [o for o in out if o and o[0]]

def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).replace("ı", "i")

def conv(s, table, keep_case=True):
    res = []
    for w in s.split(" "):
        tk = tokens(w)
        r = "".join(table.get(x, x) for x in tk)
        if keep_case and w[:1].isupper():
            r = r[:1].upper() + r[1:]
        res.append(r)
    return " ".join(res)

def to_arab(s):
    res = []
    for w in s.split(" "):
        tk = tokens(w)
        r = ("ئ" if tk and tk[0] in VOW else "") + "".join(ARAB.get(x, "") for x in tk)
        res.append(r)
    return " ".join(res)

def to_cyr(s, table):
    res = []
    for w in s.split(" "):
        tk = tokens(w)
        r, j = [], 0
        while j < len(tk):
            if tk[j] == "y" and j + 1 < len(tk) and tk[j + 1] in ("a", "u", "e"):
                r.append({"a": "я", "u": "ю", "e": "е"}[tk[j + 1]]); j += 2; continue
            r.append(table.get(tk[j], tk[j])); j += 1
        w2 = "".join(r)
        res.append(w2[:1].upper() + w2[1:])
    return " ".join(res)

# ---------------------------------------------------------------- noise
KEYNB = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "u": "yi", "m": "n", "n": "m", "r": "et", "t": "ry",
         "s": "ad", "k": "jl", "l": "k", "h": "gj", "b": "vn", "d": "sf", "g": "fh", "y": "tu"}
OCR = [("rn", "m"), ("m", "rn"), ("l", "I"), ("i", "l"), ("e", "c"), ("ü", "ii"), ("O", "0"), ("h", "b"),
       ("u", "ii"), ("cl", "d")]

def typo(r, s):
    if len(s) < 4:
        return s
    i = r.randrange(1, len(s) - 1)
    k = r.random()
    if k < 0.3:
        return s[:i] + s[i + 1:]
    if k < 0.55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < 0.8:
        c = s[i].lower()
        return s[:i] + (r.choice(KEYNB[c]) if c in KEYNB else c) + s[i + 1:]
    return s[:i] + s[i] + s[i:]

def ocr(r, s):
    cands = [p for p in OCR if p[0] in s]
    if not cands:
        return s
    a, b = r.choice(cands)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]

# ---------------------------------------------------------------- world
def zipf_pick(r, lst, s=0.85):
    # precomputed cumulative weights cached on the list id
    key = (id(lst), s)
    cw = _CW.get(key)
    if cw is None:
        tot, cw = 0.0, []
        for i in range(len(lst)):
            tot += 1.0 / (i + 1) ** s
            cw.append(tot)
        _CW[key] = cw
    x = r.random() * cw[-1]
    lo, hi = 0, len(cw) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cw[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lst[lo]
_CW = {}

def wpick(r, d):
    keys = list(d)
    return r.choices(keys, weights=[d[k] for k in keys])[0]

def load_facilities(path):
    with open(path, encoding="cp437", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    hdr = [h.strip() for h in rows[0]]
    ix = {h: i for i, h in enumerate(hdr)}
    fac = []
    for row in rows[1:]:
        if len(row) < 8 or not row[ix["id"]].strip():
            continue
        town = row[ix["Town"]].strip()
        town = TOWN_ALIAS.get(town, town)
        pref = row[ix["Prefecture"]].strip() or (COUNTIES.get(town, ("",) * 5)[4])
        fac.append({"id": row[ix["id"]].strip(), "name": row[ix["Name"]].strip(), "town": town, "pref": pref,
                    "type": row[ix["facility type"]].strip()})
    return fac

class Person:
    __slots__ = ("pid", "eth", "sex", "given", "sur", "by", "county", "town", "village", "fac", "dy", "nick",
                 "hon", "zh")

def make_world(r, n_target, facs):
    fac_by_town, fac_by_pref = {}, {}
    for f in facs:
        fac_by_town.setdefault(f["town"], []).append(f)
        fac_by_pref.setdefault(f["pref"], []).append(f)
    county_by_pref = {}
    for t, v in COUNTIES.items():
        county_by_pref.setdefault(v[4], []).append(t)
    persons = []
    eth_w = {"uy": 78, "kz": 12, "kg": 3, "hui": 5, "han": 2}
    total = 0
    while total < n_target:
        eth = wpick(r, eth_w)
        pref = wpick(r, ETH_PREF[eth])
        county = r.choice(county_by_pref[pref])
        town = zipf_pick(r, TOWNSHIPS, 0.6)
        fam_year = r.choice((2017, 2017, 2017, 2018, 2018, 2016, 2019))
        # household: father (given F, surname G); wife; children. Detained subset.
        if eth in ("han", "hui"):
            sur = r.choice(HAN_SURN if eth == "han" else HUI_SURN)
            fsur = sur
        else:
            lm = {"uy": UY_MALE, "kz": KZ_MALE, "kg": KG_MALE}[eth]
            fsur = zipf_pick(r, lm)
            sur = zipf_pick(r, lm)  # father's given name
        father_by = r.randint(1940, 1980)
        members = [("M", sur if eth not in ("han", "hui") else None, fsur, father_by)]
        if r.random() < 0.8:
            members.append(("F", None, None, father_by + r.randint(-2, 8)))
        for _ in range(r.choice((0, 1, 2, 2, 3, 3, 4, 5))):
            members.append(("C", None, sur, father_by + r.randint(20, 32)))
        village = r.randint(1, 24)
        detained = [m for m in members if r.random() < 0.45] or [r.choice(members)]
        for role, giv, s, by in detained:
            p = Person()
            p.eth = eth
            if role == "M":
                p.sex = "M"
            elif role == "F":
                p.sex = "F"
            else:
                p.sex = "M" if r.random() < 0.6 else "F"
            lists = {"uy": (UY_MALE, UY_FEMALE), "kz": (KZ_MALE, KZ_FEMALE), "kg": (KG_MALE, KG_FEMALE)}
            if eth in ("han", "hui"):
                n = 1 if r.random() < 0.25 else 2
                g = [r.choice(HAN_GIV[:18] if p.sex == "M" else HAN_GIV[10:]) for _ in range(n)]
                p.given = g
                p.sur = s if role != "F" else r.choice(HAN_SURN if eth == "han" else HUI_SURN)
            else:
                p.given = giv or zipf_pick(r, lists[eth][0 if p.sex == "M" else 1])
                if role == "F":
                    p.sur = zipf_pick(r, lists[eth][0])  # wife keeps her father's name
                else:
                    p.sur = s
            p.by = max(1935, min(2003, by))
            # married daughters/sons may live elsewhere in the prefecture
            p.county = county if r.random() < 0.85 else r.choice(county_by_pref[pref])
            p.town, p.village = (town, village) if p.county == county else (zipf_pick(r, TOWNSHIPS, 0.6),
                                                                               r.randint(1, 24))
            k = r.random()
            if k < 0.6 and fac_by_town.get(p.county):
                p.fac = r.choice(fac_by_town[p.county])
            elif k < 0.88 and fac_by_pref.get(pref):
                p.fac = r.choice(fac_by_pref[pref])
            else:
                p.fac = r.choice(facs)
            p.dy = fam_year + (0 if r.random() < 0.7 else r.choice((0, 1, 1, -1)))
            p.hon = r.choice(HONORIFIC) if p.sex == "M" and p.by < 1970 and r.random() < 0.25 else None
            p.nick = r.random() < 0.15
            # mentions per person: many singletons, a long tail, a few prominent persons
            u = r.random()
            if u < 0.004:
                k = r.randint(15, 70)
            elif u < 0.5:
                k = 1
            elif u < 0.75:
                k = 2
            elif u < 0.88:
                k = 3
            else:
                k = min(14, 4 + int(r.expovariate(0.45)))
            p.pid = len(persons)
            persons.append((p, k))
            total += k
    return persons

# ---------------------------------------------------------------- sources
# name: script/romanisation of names; fill rates of gender, birth year, hometown, facility, detained year;
# hometown level weights (village, township, county, prefecture); typo/ocr rates.
SOURCES = {
    "police_zh":   dict(w=14, name="zh", g=.97, b=.96, h=.92, f=.75, d=.90, lv=(5, 3, 1, 0), typo=.03, ocr=0, approx=0),
    "police_py":   dict(w=8, name="py", g=.9, b=.9, h=.85, f=.6, d=.85, lv=(4, 3, 2, 0), typo=.05, ocr=.05, approx=0),
    "ngo_uly":     dict(w=20, name="uly", g=.7, b=.65, h=.85, f=.55, d=.8, lv=(2, 3, 4, 1), typo=.05, ocr=0, approx=.25),
    "family_tr":   dict(w=10, name="tr", g=.6, b=.55, h=.8, f=.35, d=.7, lv=(2, 2, 4, 2), typo=.08, ocr=0, approx=.4),
    "media_en":    dict(w=12, name="en", g=.5, b=.45, h=.7, f=.5, d=.6, lv=(0, 1, 5, 3), typo=.04, ocr=0, approx=.6),
    "ngo_de":      dict(w=4, name="de", g=.6, b=.6, h=.7, f=.4, d=.7, lv=(1, 1, 4, 2), typo=.05, ocr=0, approx=.3),
    "atajurt_kz":  dict(w=8, name="kz", g=.8, b=.8, h=.85, f=.55, d=.8, lv=(2, 3, 4, 1), typo=.05, ocr=.02, approx=.2),
    "list_ru":     dict(w=4, name="ru", g=.7, b=.7, h=.7, f=.4, d=.7, lv=(1, 2, 4, 2), typo=.05, ocr=.05, approx=.2),
    "uy_arabic":   dict(w=8, name="ar", g=.5, b=.5, h=.8, f=.4, d=.6, lv=(3, 3, 3, 1), typo=.04, ocr=0, approx=.4),
    "testimony":   dict(w=8, name="testi", g=.4, b=.3, h=.75, f=.6, d=.7, lv=(3, 2, 3, 1), typo=.03, ocr=0, approx=.8),
    "scan_ocr":    dict(w=4, name="en", g=.8, b=.85, h=.8, f=.5, d=.8, lv=(2, 3, 3, 0), typo=.02, ocr=.5, approx=0),
}
SRC_KEYS = list(SOURCES)
ETH_SRC_ADJ = {"kz": {"atajurt_kz": 6, "list_ru": 3, "uy_arabic": 0.2, "family_tr": 0.5},
               "kg": {"list_ru": 3, "atajurt_kz": 1, "uy_arabic": 0.2},
               "uy": {"atajurt_kz": 0.15}, "hui": {"police_zh": 3, "uy_arabic": 0.1, "atajurt_kz": 0.1},
               "han": {"police_zh": 4, "uy_arabic": 0.05, "atajurt_kz": 0.05, "family_tr": 0.1}}
SRC_W = {}
for e in ("uy", "kz", "kg", "hui", "han"):
    adj = ETH_SRC_ADJ.get(e, {})
    SRC_W[e] = [SOURCES[s]["w"] * adj.get(s, 1) for s in SRC_KEYS]

def pick_variant(r, name, p_alt):
    v = name.split("|")
    if len(v) > 1 and r.random() < p_alt:
        return r.choice(v[1:])
    return v[0]

def latin_name(r, sysname, nm):
    if sysname == "uly":
        return nm
    if sysname == "tr":
        return conv(nm, TR)
    if sysname == "de":
        return conv(nm, DE)
    if sysname == "en":
        return conv(nm, EN if r.random() < 0.5 else EN2)
    return nm

def kz_suffix(r, sur, sex, eth, script):
    if eth == "kz":
        k = r.random()
        if k < 0.35:
            return sur + ("uly" if sex == "M" else "qyzy") if script != "ru" else sur + ("ov" if sex == "M" else "ova")
        if k < 0.55:
            return sur + ("ov" if sex == "M" else "ova")
    if eth == "kg" and r.random() < 0.5:
        return sur + (" uulu" if sex == "M" else " kyzy")
    return sur

def render_name(r, p, sname):
    """Return the name string of person p in the style of source `sname`."""
    src = SOURCES[sname]
    sys_ = src["name"]
    if p.eth in ("han", "hui"):
        sz, sp = p.sur
        gz = "".join(c for c, _ in p.given)
        gp = "".join(x for _, x in p.given)
        if sys_ == "zh" or (sys_ == "testi" and r.random() < 0.3):
            return sz + gz
        if sys_ == "ar":
            return to_arab(sp.lower()) + " " + to_arab(gp)
        if sys_ in ("ru", "kz"):
            return to_cyr(sp.lower(), RU) + " " + to_cyr(gp, RU)
        k = r.random()
        if k < 0.4:
            return sp + " " + gp.capitalize()
        if k < 0.6:
            return gp.capitalize() + " " + sp
        if k < 0.75 and len(p.given) == 2:
            return sp.upper() + " " + p.given[0][1].capitalize() + "-" + p.given[1][1]
        if k < 0.85:
            return sp + " " + " ".join(x.capitalize() for _, x in p.given)
        return sp + gp.capitalize()
    giv = p.given
    sur = p.sur
    if sys_ in ("zh", "py"):
        parts = [to_zh(giv.split("|")[0]), to_zh(sur.split("|")[0])]
        if sys_ == "zh":
            out = []
            for part in parts:
                out.append("".join((c[0] if r.random() < 0.85 else r.choice(c)) for c, _ in part))
            return "·".join(out) if r.random() < 0.9 else "".join(out)
        out = ["".join(py for _, py in part) for part in parts]
        k = r.random()
        if k < 0.5:
            return out[0].capitalize() + " " + out[1].capitalize()
        if k < 0.7:
            return (out[0] + "·" + out[1]).upper()
        if k < 0.85:
            return out[0].capitalize() + out[1]
        return out[1].capitalize() + " " + out[0].capitalize()
    pa = {"uly": 0.1, "tr": 0.35, "en": 0.5, "de": 0.3, "kz": 0.2, "ru": 0.2, "ar": 0.0, "testi": 0.4}[sys_]
    g = pick_variant(r, giv, pa)
    s = pick_variant(r, sur, pa)
    if sys_ == "testi":
        sys_ = r.choice(("en", "en", "uly", "tr"))
    if sys_ in ("kz", "ru"):
        s = kz_suffix(r, s, p.sex, p.eth, sys_)
        if p.eth == "uy" and sys_ == "ru" and r.random() < 0.3:
            s = s + ("ov" if p.sex == "M" else "ova")
        tab = KZ if sys_ == "kz" and p.eth == "kz" else RU
        g, s = to_cyr(g, tab), to_cyr(s, tab)
    elif sys_ == "ar":
        g, s = to_arab(g), to_arab(s)
    else:
        s = kz_suffix(r, s, p.sex, p.eth, "lat")
        g, s = latin_name(r, sys_, g), latin_name(r, sys_, s)
        if r.random() < {"uly": 0.1, "tr": 0.5, "en": 0.7, "de": 0.6}.get(sys_, 0.5):
            g, s = strip_marks(g), strip_marks(s)
    # structure
    k = r.random()
    if sname == "testimony" and k < 0.25:
        nm = g  # only the given name, as a witness would say it
    elif k < 0.12:
        nm = s + " " + g  # swapped order (family name first, as on Chinese lists)
    elif k < 0.17 and sys_ not in ("ar",):
        nm = g[:1] + ". " + s  # initial
    elif k < 0.2:
        nm = s  # surname only
    else:
        nm = g + " " + s
    if p.nick and sys_ not in ("ar", "ru", "kz") and r.random() < 0.5:
        nm = nm.replace(g, g + "jan", 1) if p.sex == "M" else nm
    if p.hon and r.random() < 0.5:
        nm = (p.hon if sys_ != "tr" else "Hacı") + " " + nm if sys_ not in ("ar", "ru", "kz") else nm
    if sys_ in ("en", "tr", "de") and r.random() < 0.08:
        nm = nm.upper()
    return nm

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}

def place_forms(county):
    c = COUNTIES.get(county)
    if not c:
        return None
    return c

def render_home(r, p, sname, src):
    lv = r.choices((0, 1, 2, 3), weights=src["lv"])[0]
    c = COUNTIES[p.county]
    zh, py, uly, ru, pf = c
    pz, ppy, puly, pru, pen = PREF[pf]
    sys_ = src["name"]
    if sys_ == "testi":
        sys_ = "en"
    if sys_ == "zh":
        tz = "".join(x[0][0] for x in to_zh(p.town))
        cz = zh if zh[-1] in "市县区" else zh + "县"
        return [pz + cz + tz + "乡" + str(p.village) + "村", cz + tz + "乡", cz, pz][lv] if r.random() < .9 else \
            [tz + "乡" + str(p.village) + "村", tz + "乡", cz, pz][lv]
    if sys_ == "py":
        tp = "".join(x[1] for x in to_zh(p.town)).capitalize()
        return [f"{tp} xiang {p.village} cun, {py}", f"{tp} Xiang, {py} Xian", py, ppy][lv]
    if sys_ == "ar":
        a, t, pa_ = to_arab(uly), to_arab(p.town), to_arab(puly)
        return [f"{a} {t} {p.village}-كەنت", f"{a} {t} يېزىسى", a, pa_][lv]
    if sys_ in ("kz", "ru"):
        t = to_cyr(p.town, RU if sys_ == "ru" else KZ)
        return [f"{ru}, {t}, {p.village}-ауыл", f"{ru}, {t}", ru, pru][lv]
    # Latin: county name in ULY, BFN/English, pinyin, Turkish or German spelling
    k = r.random()
    if k < 0.4:
        cn = uly
    elif k < 0.7:
        cn = p.county
    elif k < 0.85:
        cn = py
    else:
        cn = conv(uly, TR if sys_ == "tr" else DE if sys_ == "de" else EN2)
    tw = p.town
    if sys_ != "uly" and r.random() < 0.6:
        cn, tw = strip_marks(cn), strip_marks(tw)
    pr = puly if r.random() < 0.5 else pen
    if sys_ == "tr":
        return [f"{cn} {tw} köyü {p.village}", f"{cn}, {tw}", cn, pr][lv]
    if sys_ == "de":
        return [f"Dorf {p.village}, {tw}, {cn}", f"Gemeinde {tw}, {cn}", f"Kreis {cn}", pr][lv]
    if sys_ == "uly":
        return [f"{cn} nahiyisi {tw} yëziliqi {p.village}-kent", f"{cn} {tw} yëziliqi", cn, pr][lv]
    return [f"Village {p.village}, {tw} township, {cn}", f"{tw} township, {cn} county", cn, pr + " prefecture"
            if r.random() < .3 else pr][lv]

def render_fac(r, p, sname, src):
    f = p.fac
    n = f["name"]
    num = ROMAN.get(n.rsplit("- ", 1)[-1].strip(), 1) if "- " in n else 1
    c = COUNTIES.get(f["town"])
    kind = f["type"]
    sys_ = src["name"]
    if c is None:
        c = (f["town"], f["town"], f["town"], f["town"], f["pref"])
    zh, py, uly, ru, _ = c
    if sys_ == "zh":
        cz = zh if zh[-1] in "市县区" or not zh[-1] > "\u4e00" else zh + "县"
        if "prison" in kind:
            return cz + "监狱"
        if "detention" in kind:
            return cz + "看守所"
        return r.choice((cz + "职业技能教育培训中心", cz + f"第{num}教培中心", cz + "教培中心", cz + "拘留所"))
    if sys_ == "py":
        return r.choice((f"{py} jiaopei zhongxin", f"{py} kanshousuo", f"{py} JPZX {num}"))
    if sys_ == "ar":
        return to_arab(uly) + " " + r.choice(("لاگېرى", "تۈرمىسى", "يىغىۋېلىش لاگېرى"))
    if sys_ in ("kz", "ru"):
        return r.choice((f"{ru} лагерь", f"лагерь в {ru}", f"СИЗО {ru}", f"{ru} түрмесі"))
    if sys_ == "testi":
        return r.choice((f"a camp in {f['town']}", f"{uly} camp", f"the {f['town']} detention centre",
                         f"the camp near {uly}", n))
    k = r.random()
    town = f["town"]
    if sys_ == "uly":
        return r.choice((f"{uly} lagëri", f"{uly} {num}-lagër", f"{uly} türmisi", n))
    if sys_ == "tr":
        return r.choice((f"{conv(uly, TR)} kampı", f"{conv(uly, TR)} toplama kampı", f"{town} cezaevi"))
    if sys_ == "de":
        return r.choice((f"Lager in {town}", f"Umerziehungslager {town}", n))
    if k < 0.45:
        return n
    word = "prison" if "prison" in kind else "detention center" if "detention" in kind else "camp"
    return r.choice((f"{town} {word}", f"{town} No. {num} {word}", f"{uly} {word}", f"{word} in {town}"))

def render_by(r, p, src, year_ref):
    by = p.by
    if r.random() < 0.06:
        by += r.choice((-1, 1, -2, 2))  # wrong year, or ID-card vs. actual
    if r.random() < src["approx"]:
        k = r.random()
        if k < 0.3:
            return f"{(by // 10) * 10}s"
        if k < 0.55:
            return f"c. {by + r.randint(-2, 2)}"
        if k < 0.8:
            return f"age {year_ref - by + r.choice((0, 0, -1, 1))}"
        if k < 0.9:
            return f"{by}?"
        return f"about {year_ref - by}"
    return str(by)

def render(r, p, sname):
    src = SOURCES[sname]
    sys_ = src["name"]
    name = render_name(r, p, sname)
    if src["typo"] and r.random() < src["typo"] and sys_ not in ("zh", "ar"):
        name = typo(r, name)
    if src["ocr"] and r.random() < src["ocr"]:
        name = ocr(r, name)
    g = ""
    if r.random() < src["g"]:
        g = {"zh": ("男", "女"), "kz": ("ер", "әйел"), "ru": ("муж", "жен"), "ar": ("ئەر", "ئايال"),
             "tr": ("E", "K"), "de": ("m", "w")}.get(sys_, ("M", "F") if r.random() < .7 else ("male", "female"))
        g = g[0] if p.sex == "M" else g[1]
        if r.random() < 0.01:
            g = "M" if g in ("F", "female") else "F"  # data-entry error
    year_ref = r.choice((2018, 2019, 2020, 2021))
    b = render_by(r, p, src, year_ref) if r.random() < src["b"] else ""
    h = render_home(r, p, sname, src) if r.random() < src["h"] else ""
    f = render_fac(r, p, sname, src) if r.random() < src["f"] else ""
    d = ""
    if r.random() < src["d"]:
        dy = p.dy + (0 if r.random() < 0.85 else r.choice((-1, 1)))
        d = str(dy) if r.random() < 0.9 else f"{dy}-{dy + 1}"
    # a mention whose name is a fragment must carry other evidence
    if len(name.split()) < 2 and sys_ not in ("zh",):
        if not h:
            h = render_home(r, p, sname, src)
        if not b and not f:
            b = str(p.by)
    return (name, g, b, h, f, d)

def csv_field(v):
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    a = ap.parse_args(argv)
    path = a.facilities or os.environ.get("GUWAH_FACILITIES") or os.path.join(
        "..", "shared", "data", "facilities", "210720_all_locations_BFN.csv")
    if not os.path.exists(path):
        sys.exit(f"facilities file not found: {path} (use --facilities or GUWAH_FACILITIES)")
    facs = load_facilities(path)
    r = random.Random(a.seed)
    persons = make_world(r, a.records, facs)
    rows = []  # each row kept as one pre-quoted CSV fragment + person id, to keep 1M rows in memory cheaply
    for p, k in persons:
        w = SRC_W[p.eth]
        for sname in r.choices(SRC_KEYS, weights=w, k=k):
            rows.append((",".join(map(csv_field, render(r, p, sname))), p.pid))
    del persons
    del rows[a.records:]
    r.shuffle(rows)
    os.makedirs(a.out, exist_ok=True)
    width = max(6, len(str(len(rows))))
    with open(os.path.join(a.out, "mentions.csv"), "w", encoding="utf-8", newline="") as fm, \
            open(os.path.join(a.out, "truth.csv"), "w", encoding="utf-8", newline="") as ft:
        wm, wt = csv.writer(fm, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
        wm.writerow(("mention_id", "name", "gender", "birth_year", "hometown", "facility", "detained_year"))
        wt.writerow(("mention_id", "person_id"))
        for i, (line, pid) in enumerate(rows):
            mid = f"m{i + 1:0{width}d}"
            fm.write(f"{mid},{line}\n")
            ft.write(f"{mid},p{pid:07d}\n")
    print(f"wrote {len(rows)} mentions of {len({p for _, p in rows})} persons to {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
