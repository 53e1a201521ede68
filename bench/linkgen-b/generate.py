#!/usr/bin/env python3
"""Held-out synthetic person-mention generator (linkgen-v2).

python3 generate.py --records N --seed S --out DIR [--facilities PATH]

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year)
and DIR/truth.csv (mention_id,person_id).  Standard library only; deterministic per seed.
Never tune a linker on this generator; measurement only.
"""
import argparse, csv, io, os, random, sys, tempfile, unicodedata

# The facilities file of ../shared beside the repository (CC BY 4.0, BuzzFeed News); --facilities overrides.
DEFAULT_FAC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'data', 'facilities',
                       '210720_all_locations_BFN.csv')

# ---------------------------------------------------------------- name lexicons (pivot = ULY-like Latin)
# order = frequency rank (Zipf weights applied)
UY_M = """memet abdulla tursun ehmet abdurehim alim eli hesen abliz qurban yasin ablimit abdukérim osman
ömer adil erkin tohti muhemmet niyaz ismayil enwer yüsüp ibrahim imin rozi mehmut qadir abduweli
ghopur ekber nurmemet tahir rehman sadir perhat dilshat abdusalam mettursun sattar ilham memtimin hüseyin
yüsüpjan merdan kamil kérim ablet exmetjan iminjan tursunjan ubul obul ayup turghun hoshur ghalip shirip
salih zunun abduqadir hebibulla ilyar nijat dolqun ilshat memtili erpan adiljan ablikim abdurazaq ekrem
babur barat arslan ehet mutellip yalqun ghulam abdughopur abduréshit qasim isa musa halmurat tuniyaz
mijit polat ghayrat nurmuhemmet abduhélil qeyser eziz mamut ekhmet tashpolat sherip abdughéni yunus
hemdulla obulqasim memeteli ablajan mirzat nurali qahar ehmetjan mömin toxtaxun tursunniyaz sabit
abbas abdushükür ezimet ghéni jüret emet nurqasim batur ruslan zulpiqar""".split()
UY_F = """gulnar patigul aygul mihrigul ayshem gulbahar zulpiye rahile aynur dilnur patime gulzire nurgul
buhelchem mukerrem rabiye zöhre hörnisa mayinur tursungul gulshen arzigul reyhangul dilber hebibe
rizwangul nurbiye gulmire munire ruqiye zumret mahire sajide tajinisa amangul horiyet zeynep adile
kamile halide gulchehre nurnisa aysiman meryem xalide hajigul gulnisa mehbube sanawer muyesser
shehide hasiyet asiye gulpiye raziye memtimingul buayshem ugulay rushengul göhernisa""".split()
KZ_M = """nurlan serik erlan qayrat murat qanat ermek asqar bawırzhan dawren oralbek zhanbolat erbol
qaliybek amanzhan sawıtbay nurbek daniyar erzhan bolat talghat serikzhan aqılbek qaysar zharqın
ruslan marat ayan berik qazıbek tursınbek orınbay omirbek kenzhebek zhomart serzhan nurzhan abay
zhanat aydos baqytzhan muxtar quanısh sultan temirbek ardaq""".split()
KZ_F = """sayragul gulzira aygerim ayzhan gulnur zhanar mayra nazira aqgul dina gulbahram aynur zhuldız
gulmira saltanat botagöz nurgul asel aliya rawshan zhamal aygul kulpash baxıtgül meruert dilnaz
sawle gulnar almagul ayman kamila""".split()
KG_M = """baqıt almaz nurbek aybek qanıbek nurlan azamat emil bolot talant ulan melis erkin marat ermek
zhırghalbek qubanıchbek bektur eldiyar omurbek""".split()
KG_F = """ayzada cholpon gulmira zhıldız asel aygul nazgul burul zhamila qanıkey mira elmira begimay""".split()
HAN_SUR = ("王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao 黄huang 周zhou 吴wu 徐xu 孙sun 胡hu 朱zhu "
           "高gao 林lin 何he 郭guo 马ma 罗luo 梁liang 宋song 郑zheng 谢xie 韩han 唐tang 冯feng 于yu 董dong 萧xiao").split()
HUI_SUR = "马ma 马ma 马ma 马ma 白bai 哈ha 丁ding 纳na 穆mu 苏su 杨yang 海hai 金jin 沙sha 冶ye 韩han 李li".split()
HAN_GIV = ("建jian 国guo 明ming 华hua 军jun 伟wei 平ping 丽li 芳fang 秀xiu 英ying 敏min 强qiang 勇yong 杰jie "
           "涛tao 霞xia 红hong 梅mei 玉yu 兰lan 文wen 海hai 东dong 新xin 志zhi 忠zhong 福fu 成cheng 德de 生sheng "
           "春chun 燕yan 静jing 刚gang 宏hong 林lin 斌bin 辉hui 云yun 峰feng 学xue 俊jun 娟juan 凤feng 洁jie "
           "荣rong 光guang 永yong 保bao 正zheng 良liang 山shan 江jiang 波bo 龙long 鹏peng 飞fei 宁ning 祥xiang").split()
HUI_MUSLIM_M = "yüsüp ibrahim musa ismayil dawut yaqup ehmet".split()
HUI_MUSLIM_F = "patime ayshe meryem xediche".split()

def zipf(n, s=0.95):
    return [1.0 / (i + 1) ** s for i in range(n)]

# ---------------------------------------------------------------- places
# key, prefecture key, english, uly, pinyin, chinese, russian (''=derive), kind (U/K/G/H mix)
COUNTIES = [
 ('Kashgar','Kashgar','Kashgar','Qeshqer','Kashi','喀什市','Кашгар','U'),
 ('Shufu','Kashgar','Shufu','Kona Sheher','Shufu','疏附县','','U'),
 ('Shule','Kashgar','Shule','Yéngisheher','Shule','疏勒县','','U'),
 ('Yengisar','Kashgar','Yengisar','Yéngisar','Yingjisha','英吉沙县','Янгигиссар','U'),
 ('Zepu','Kashgar','Poskam','Poskam','Zepu','泽普县','','U'),
 ('Shache','Kashgar','Yarkand','Yerken','Shache','莎车县','Яркенд','U'),
 ('Yecheng','Kashgar','Kargilik','Qaghiliq','Yecheng','叶城县','Каргалык','U'),
 ('Makit','Kashgar','Makit','Mekit','Maigaiti','麦盖提县','','U'),
 ('Yopurga','Kashgar','Yopurga','Yopurgha','Yuepuhu','岳普湖县','','U'),
 ('Jiashi','Kashgar','Peyzawat','Peyziwat','Jiashi','伽师县','','U'),
 ('Bachu','Kashgar','Maralbeshi','Maralbéshi','Bachu','巴楚县','Маралбаши','U'),
 ('Taxkorgan','Kashgar','Tashkurgan','Tashqorghan','Tashikuergan','塔什库尔干县','Ташкурган','U'),
 ('Artux','Kizilsu','Atush','Artush','Atushi','阿图什市','Артуш','UG'),
 ('Akto','Kizilsu','Akto','Aqto','Aketao','阿克陶县','Акто','GU'),
 ('Akqi','Kizilsu','Akqi','Aqchi','Aheqi','阿合奇县','Акчий','G'),
 ('Wuqia','Kizilsu','Ulugchat','Ulughchat','Wuqia','乌恰县','Улугчат','G'),
 ('Hotan City','Hotan','Hotan','Xoten','Hetian','和田市','Хотан','U'),
 ('Hotan County','Hotan','Hotan County','Xoten nahiyisi','Hetian Xian','和田县','Хотанский уезд','U'),
 ('Karakax','Hotan','Karakash','Qaraqash','Moyu','墨玉县','Каракаш','U'),
 ('Lop','Hotan','Lop','Lop','Luopu','洛浦县','Лоп','U'),
 ('Qira','Hotan','Chira','Chira','Cele','策勒县','Чира','U'),
 ('Yutian','Hotan','Keriya','Kériye','Yutian','于田县','Керия','U'),
 ('Minfeng','Hotan','Niya','Niye','Minfeng','民丰县','Ния','U'),
 ('Pishan','Hotan','Guma','Guma','Pishan','皮山县','Гума','U'),
 ('Aksu','Aksu','Aksu','Aqsu','Akesu','阿克苏市','Аксу','U'),
 ('Awat','Aksu','Awat','Awat','Awati','阿瓦提县','Ават','U'),
 ('Baicheng','Aksu','Bay','Bay','Baicheng','拜城县','Бай','U'),
 ('Kalpin','Aksu','Kelpin','Kelpin','Keping','柯坪县','Кельпин','U'),
 ('Kuqa','Aksu','Kucha','Kucha','Kuche','库车市','Куча','U'),
 ('Wensu','Aksu','Onsu','Onsu','Wensu','温宿县','Онсу','U'),
 ('Wushi','Aksu','Uchturpan','Uchturpan','Wushi','乌什县','Уч-Турфан','U'),
 ('Xayar','Aksu','Shayar','Shayar','Shaya','沙雅县','Шаяр','U'),
 ('Xinhe','Aksu','Toksu','Toqsu','Xinhe','新和县','Токсу','U'),
 ('Yining City','Ili','Ghulja','Ghulja','Yining','伊宁市','Кульджа','UKH'),
 ('Yining County','Ili','Ghulja County','Ghulja nahiyisi','Yining Xian','伊宁县','Кульджинский уезд','UK'),
 ('Gongliu','Ili','Tokkuztara','Toqquztara','Gongliu','巩留县','Токкузтара','KU'),
 ('Huocheng','Ili','Korgas','Qorghas','Huocheng','霍城县','Хоргос','UK'),
 ('Korgas','Ili','Khorgos','Qorghas','Huoerguosi','霍尔果斯市','Хоргос','KU'),
 ('Kuytun','Ili','Kuytun','Küytun','Kuitun','奎屯市','Куйтун','HK'),
 ('Nilka','Ili','Nilka','Nilqa','Nileke','尼勒克县','Нылкы','K'),
 ('Qapqal','Ili','Chapchal','Chapchal','Chabuchaer','察布查尔县','Чапчал','UK'),
 ('Tekes','Ili','Tekes','Tékes','Tekesi','特克斯县','Текес','K'),
 ('Xinyuan','Ili','Kunes','Künes','Xinyuan','新源县','Кунес','K'),
 ('Zhaosu','Ili','Mongolkure','Mongghulküre','Zhaosu','昭苏县','Монголькуре','K'),
 ('Tacheng','Tacheng','Chuguchak','Chöchek','Tacheng','塔城市','Чугучак','KH'),
 ('Emin','Tacheng','Dorbiljin','Dörbiljin','Emin','额敏县','Дорбилджин','K'),
 ('Hoboksar','Tacheng','Hoboksar','Qobuqsar','Hebukesaier','和布克赛尔县','Кобуксар','K'),
 ('Shawan','Tacheng','Saven','Sawen','Shawan','沙湾市','Шавань','KH'),
 ('Toli','Tacheng','Toli','Toli','Tuoli','托里县','Толи','K'),
 ('Usu','Tacheng','Usu','Shixo','Wusu','乌苏市','Усу','HK'),
 ('Yumin','Tacheng','Chagantokay','Chaghantoqay','Yumin','裕民县','Чагантокай','K'),
 ('Altay','Altay','Altay','Altay','Aletai','阿勒泰市','Алтай','K'),
 ('Burqin','Altay','Burchin','Burchin','Buerjin','布尔津县','Бурчун','K'),
 ('Fuhai','Altay','Burultokay','Burultoqay','Fuhai','福海县','Бурултокай','K'),
 ('Fuyun','Altay','Koktokay','Köktoqay','Fuyun','富蕴县','Коктокай','K'),
 ('Habahe','Altay','Kaba','Qaba','Habahe','哈巴河县','Каба','K'),
 ('Jeminay','Altay','Jeminay','Jéminay','Jimunai','吉木乃县','Жеменей','K'),
 ('Qinghe','Altay','Chinggil','Chinggil','Qinghe','青河县','Чингиль','K'),
 ('Korla','Bayingolin','Korla','Korla','Kuerle','库尔勒市','Корла','UH'),
 ('Bohu','Bayingolin','Bagrash','Baghrash','Bohu','博湖县','Баграш','U'),
 ('Hejing','Bayingolin','Hejing','Xéjing','Hejing','和静县','Хэцзин','UH'),
 ('Hoxud','Bayingolin','Hoshut','Xoshut','Heshuo','和硕县','Хошут','U'),
 ('Luntai','Bayingolin','Bugur','Bügür','Luntai','轮台县','Бугур','U'),
 ('Qiemo','Bayingolin','Cherchen','Cherchen','Qiemo','且末县','Черчен','U'),
 ('Ruoqiang','Bayingolin','Charkilik','Charqiliq','Ruoqiang','若羌县','Чарклык','U'),
 ('Yanqi','Bayingolin','Karashahr','Qarasheher','Yanqi','焉耆县','Карашар','UH'),
 ('Yuli','Bayingolin','Lopnur','Lopnur','Yuli','尉犁县','Лобнор','U'),
 ('Bole','Bortala','Bortala','Bortala','Bole','博乐市','Бортала','KH'),
 ('Jinghe','Bortala','Jinghe','Jing','Jinghe','精河县','Цзинхэ','KH'),
 ('Wenquan','Bortala','Arishang','Arishang','Wenquan','温泉县','Аршан','K'),
 ('Changji','Changji','Changji','Sanji','Changji','昌吉市','Чанцзи','HK'),
 ('Fukang','Changji','Fukang','Fukang','Fukang','阜康市','Фукан','HK'),
 ('Hutubi','Changji','Hutubi','Qutubi','Hutubi','呼图壁县','Хутуби','HK'),
 ('Jimsar','Changji','Jimsar','Jimisar','Jimusaer','吉木萨尔县','Джимсар','KH'),
 ('Manas','Changji','Manas','Manas','Manasi','玛纳斯县','Манас','HK'),
 ('Mori','Changji','Mori','Mori','Mulei','木垒县','Мори','K'),
 ('Qitai','Changji','Guchung','Gucheng','Qitai','奇台县','Гучен','HK'),
 ('Yizhou','Hami','Kumul','Qumul','Hami','哈密市','Кумул','UH'),
 ('Barkol','Hami','Barkol','Barköl','Balikun','巴里坤县','Баркуль','K'),
 ('Yiwu','Hami','Araturuk','Aratürük','Yiwu','伊吾县','Аратюрюк','UK'),
 ('Gaochang','Turpan','Turpan','Turpan','Tulufan','吐鲁番市','Турфан','U'),
 ('Shanshan','Turpan','Pichan','Pichan','Shanshan','鄯善县','Пичан','U'),
 ('Toksun','Turpan','Toksun','Toqsun','Tuokexun','托克逊县','Токсун','U'),
 ('Karamay','Karamay','Karamay','Qaramay','Kelamayi','克拉玛依市','Карамай','HK'),
 ('Dushanzi','Karamay','Maytag','Maytagh','Dushanzi','独山子区','Майтаг','H'),
 ('Urumqi','Ürümqi','Urumqi','Ürümchi','Wulumuqi','乌鲁木齐市','Урумчи','UHK'),
 ('Xinshi','Ürümqi','Urumqi Xinshi','Yéngisheher rayoni','Xinshi Qu','新市区','Синьши','HU'),
 ('Dabancheng','Ürümqi','Dawanching','Dawanching','Dabancheng','达坂城区','Даваньчин','UH'),
 ('Midong','Ürümqi','Midong','Midong','Midong','米东区','Мидун','HU'),
 ('Saybagh','Ürümqi','Saybagh','Saybagh','Shayibake','沙依巴克区','Сайбаг','UH'),
 ('Tianshan','Ürümqi','Tianshan','Tengritagh','Tianshan Qu','天山区','Тяньшань','UH'),
 ('Urumqi County','Ürümqi','Urumqi County','Ürümchi nahiyisi','Wulumuqi Xian','乌鲁木齐县','Урумчийский уезд','UK'),
 ('Shihezi','Shihezi','Shihezi','Shixenze','Shihezi','石河子市','Шихэцзы','H'),
 ('Tumxuk','XPCC','Tumshuk','Tumshuq','Tumushuke','图木舒克市','Тумшук','UH'),
 ('Aral','XPCC','Aral','Aral','Alaer','阿拉尔市','Арал','H'),
 ('Wujiaqu','XPCC','Wujiaqu','Wujyachü','Wujiaqu','五家渠市','Уцзяцюй','H'),
]
COUNTY_ALIAS = {'Maralbishi': 'Bachu', 'Gaocheng': 'Gaochang', 'JInghe': 'Jinghe', 'YIzhou': 'Yizhou',
                'Huyanghe City': 'Huyanghe'}
PREFS = {  # key: english, uly, pinyin, chinese, russian
 'Kashgar': ('Kashgar','Qeshqer','Kashi','喀什地区','Кашгар'),
 'Kizilsu': ('Kizilsu','Qizilsu','Kezilesu','克孜勒苏州','Кызылсу'),
 'Hotan': ('Hotan','Xoten','Hetian','和田地区','Хотан'),
 'Aksu': ('Aksu','Aqsu','Akesu','阿克苏地区','Аксу'),
 'Ili': ('Ili','Ili','Yili','伊犁州','Или'),
 'Tacheng': ('Tarbagatay','Tarbaghatay','Tacheng','塔城地区','Тарбагатай'),
 'Altay': ('Altay','Altay','Aletai','阿勒泰地区','Алтай'),
 'Bayingolin': ('Bayingolin','Bayinghulin','Bayinguoleng','巴音郭楞州','Баянгол'),
 'Bortala': ('Bortala','Bortala','Boertala','博尔塔拉州','Бортала'),
 'Changji': ('Changji','Sanji','Changji','昌吉州','Чанцзи'),
 'Hami': ('Kumul','Qumul','Hami','哈密市','Кумул'),
 'Turpan': ('Turpan','Turpan','Tulufan','吐鲁番市','Турфан'),
 'Karamay': ('Karamay','Qaramay','Kelamayi','克拉玛依市','Карамай'),
 'Ürümqi': ('Urumqi','Ürümchi','Wulumuqi','乌鲁木齐市','Урумчи'),
 'XPCC': ('Bingtuan','Bingtuan','Bingtuan','兵团','Бинтуань'),
 'Shihezi': ('Shihezi','Shixenze','Shihezi','石河子市','Шихэцзы'),
}
REGION = {'en': ['Xinjiang', 'East Turkistan', 'XUAR'], 'uly': ['Sherqiy Türkistan', 'Shinjang', 'Uyghur éli'],
          'tr': ['Doğu Türkistan', 'Sincan'], 'ru': ['Синьцзян', 'СУАР'], 'kz': ['Шыңжаң', 'ШҰАР'],
          'zh': ['新疆'], 'ar': ['شەرقىي تۈركىستان', 'شىنجاڭ']}
DIASPORA_KZ = [('Almaty','Алматы'),('Almaty','Алма-Ата'),('Zharkent','Жаркент'),('Taldykorgan','Талдыкорган'),
               ('Shymkent','Шымкент'),('Astana','Астана'),('Ushtobe','Уштобе'),('Chundzha','Шонжы'),
               ('Nur-Sultan','Нур-Султан'),('Ust-Kamenogorsk','Өскемен')]
DIASPORA_KG = [('Bishkek','Бишкек'),('Osh','Ош'),('Naryn','Нарын'),('Tokmok','Токмок')]
DIASPORA_UY = [('Istanbul','İstanbul','Стамбул'),('Kayseri','Kayseri','Кайсери'),('Almaty','Almatı','Алматы'),
               ('Munich','Münih','Мюнхен'),('Amsterdam','Amsterdam','Амстердам'),('Tashkent','Taşkent','Ташкент'),
               ('Bishkek','Bişkek','Бишкек'),('Washington','Vaşington','Вашингтон'),('Adelaide','Adelaide','Аделаида')]
VILL_A = "yéngi kona besh toqquz aq qara sériq chong kichik ottura yuqiri töwen bostan aral tögmen qum tash yar bagh köl su tal alma üjme".split()
VILL_B = "kent bagh östeng eriq yar köl tagh bostan toghraq bazar awat bulaq sheher kowruk".split()

# ---------------------------------------------------------------- script renderers for pivot strings
VOW = 'aeéiıoöuüä'
DIG = ('ch', 'sh', 'zh', 'gh', 'ng')

def units(w):
    out, i = [], 0
    while i < len(w):
        if w[i:i+2] in DIG:
            out.append(w[i:i+2]); i += 2
        else:
            out.append(w[i]); i += 1
    return out

AR_C = {'b':'ب','p':'پ','t':'ت','j':'ج','ch':'چ','x':'خ','d':'د','r':'ر','z':'ز','zh':'ژ','s':'س','sh':'ش',
        'gh':'غ','f':'ف','q':'ق','k':'ك','g':'گ','ng':'ڭ','l':'ل','m':'م','n':'ن','h':'ھ','w':'ۋ','y':'ي','v':'ۋ'}
AR_V = {'a':'ا','ä':'ە','e':'ە','é':'ې','i':'ى','ı':'ى','o':'و','u':'ۇ','ö':'ۆ','ü':'ۈ'}

def to_arabic(word):
    out, prev_v = [], True
    for u in units(word.lower()):
        if u in AR_V:
            if prev_v:
                out.append('ئ')
            out.append(AR_V[u]); prev_v = True
        else:
            out.append(AR_C.get(u, u)); prev_v = False
    return ''.join(out)

RU_C = {'b':'б','p':'п','t':'т','j':'дж','ch':'ч','x':'х','d':'д','r':'р','z':'з','zh':'ж','s':'с','sh':'ш',
        'gh':'г','f':'ф','q':'к','k':'к','g':'г','ng':'нг','l':'л','m':'м','n':'н','h':'х','w':'в','y':'й','v':'в'}
RU_V = {'a':'а','ä':'а','e':'е','é':'е','i':'и','ı':'ы','o':'о','u':'у','ö':'ё','ü':'ю'}
KZ_C = dict(RU_C, j='ж', q='қ', gh='ғ', ng='ң', h='һ', w='у', x='х')
KZ_V = {'a':'а','ä':'ә','e':'е','é':'е','i':'і','ı':'ы','o':'о','u':'ұ','ö':'ө','ü':'ү'}
KG_C = dict(RU_C, j='ж', q='к', gh='г', ng='ң', h='х', w='в')
KG_V = {'a':'а','ä':'а','e':'е','é':'е','i':'и','ı':'ы','o':'о','u':'у','ö':'ө','ü':'ү'}

def to_cyr(word, kind='ru'):
    C, V = {'ru': (RU_C, RU_V), 'kz': (KZ_C, KZ_V), 'kg': (KG_C, KG_V)}[kind]
    us = units(word.lower()); out = []
    for i, u in enumerate(us):
        nxt = us[i+1] if i + 1 < len(us) else ''
        prv = us[i-1] if i else ''
        if u == 'y' and nxt in ('a', 'u', 'o', 'e', 'ü'):
            continue  # handled by vowel
        if u in V:
            if prv == 'y':
                out.append({'a':'я','u':'ю','ü':'ю','o':'ё','e':'е'}.get(u, V[u])); continue
            if kind == 'ru' and u in ('e', 'é') and (i == 0 or prv in V):
                out.append('э'); continue
            if kind == 'ru' and u == 'ü' and (i == 0 or prv in V):
                out.append('у'); continue
            out.append(V[u])
        else:
            c = C.get(u, u)
            if kind == 'ru' and u == 'l' and (nxt == '' or nxt not in V) and nxt != 'l':
                c = 'ль'
            out.append(c)
    s = ''.join(out)
    return s[:1].upper() + s[1:]

def to_uly(word, diacritics=True):
    s = word.replace('ı', 'i').replace('ä', 'e')
    if not diacritics:
        s = s.replace('é', 'e').replace('ö', 'o').replace('ü', 'u')
    return s[:1].upper() + s[1:]

EN_OVR = {'memet': ['Mamat', 'Memet', 'Mehmet'], 'ehmet': ['Ahmat', 'Ahmet', 'Ahmad'], 'muhemmet': ['Muhammad', 'Mohammed', 'Muhammet'],
          'hesen': ['Hasan', 'Hassan'], 'hüseyin': ['Hussein', 'Huseyin'], 'eli': ['Ali'], 'ömer': ['Omar', 'Omer'],
          'yüsüp': ['Yusuf', 'Yusup'], 'enwer': ['Anwar', 'Enver'], 'mehmut': ['Mahmut', 'Mahmud'], 'rehman': ['Rahman'],
          'abdurehim': ['Abdurahim', 'Abdurehim'], 'patime': ['Fatima', 'Patime'], 'zöhre': ['Zohra', 'Zuhra'],
          'rabiye': ['Rabia', 'Rabiya'], 'ayshem': ['Aishem', 'Ayshem'], 'ismayil': ['Ismail'], 'ibrahim': ['Ibrahim'],
          'tohti': ['Tohti', 'Tokhti', 'Toxti'], 'imin': ['Emin', 'Imin'], 'exmetjan': ['Ahmatjan', 'Ehmetjan'],
          'meryem': ['Maryam', 'Meryem'], 'bawırzhan': ['Bauyrzhan', 'Baurzhan'], 'qayrat': ['Kairat', 'Qairat'],
          'sayragul': ['Sayragul', 'Sairagul'], 'dawren': ['Dauren'], 'ayup': ['Ayub', 'Eyup'], 'qurban': ['Kurban', 'Qurban']}
TR_OVR = {'memet': ['Mehmet', 'Memet'], 'ehmet': ['Ahmet'], 'muhemmet': ['Muhammed'], 'hesen': ['Hasan'], 'eli': ['Ali'],
          'hüseyin': ['Hüseyin'], 'yüsüp': ['Yusuf'], 'patime': ['Fatma'], 'ayshem': ['Ayşe', 'Ayşem'], 'ömer': ['Ömer'],
          'abdurehim': ['Abdurrahim'], 'rehman': ['Rahman'], 'enwer': ['Enver'], 'ismayil': ['İsmail'], 'meryem': ['Meryem'],
          'zöhre': ['Zühre'], 'rabiye': ['Rabia'], 'qurban': ['Kurban'], 'imin': ['Emin'], 'ayup': ['Eyüp']}

def to_english(word, rng):
    if word in EN_OVR and rng.random() < 0.65:
        return rng.choice(EN_OVR[word])
    out = []
    for u in units(word):
        if u == 'x': out.append('kh' if rng.random() < 0.6 else 'h')
        elif u == 'q': out.append('k' if rng.random() < 0.75 else 'q')
        elif u == 'gh': out.append('gh' if rng.random() < 0.6 else 'g')
        elif u == 'w': out.append('w' if rng.random() < 0.6 else 'v')
        elif u in ('é', 'ä'): out.append('e')
        elif u == 'ı': out.append('y')
        elif u == 'ö': out.append('o')
        elif u == 'ü': out.append('u')
        else: out.append(u)
    s = ''.join(out)
    return s[:1].upper() + s[1:]

def to_turkish(word, rng):
    if word in TR_OVR and rng.random() < 0.7:
        return rng.choice(TR_OVR[word])
    m = {'ch':'ç','sh':'ş','zh':'j','gh':'ğ','j':'c','q':'k','x':'h','w':'v','é':'e','ä':'e','ı':'ı','ng':'ng'}
    s = ''.join(m.get(u, u) for u in units(word))
    if s.startswith('ğ'): s = 'g' + s[1:]
    if s.startswith('i'): return 'İ' + s[1:]
    return s[:1].upper() + s[1:]

KZLAT = {'ch':'ş','sh':'ş','zh':'j','gh':'ğ','ng':'ñ','x':'h','w':'u','é':'e','u':'ū','y':'i'}
def to_kzlatin(word):  # 2021 Kazakh Latin
    s = ''.join(KZLAT.get(u, u) for u in units(word))
    return s[:1].upper() + s[1:]

def to_passport(word):  # Russian-mediated Latin as in Kazakh passports
    m = {'q':'k','gh':'g','ng':'n','ı':'y','ä':'a','ö':'o','ü':'u','é':'e','w':'u','x':'kh','h':'kh','j':'zh'}
    s = ''.join(m.get(u, u) for u in units(word))
    return s[:1].upper() + s[1:]

# ---- Chinese transcription of Turkic names
_CH = {'':'阿a 艾ai 伊yi 奥ao 吾wu','b':'巴ba 别bie 比bi 波bo 布bu','p':'帕pa 排pai 皮pi 坡po 普pu',
 't':'塔ta 铁tie 提ti 托tuo 图tu','d':'达da 德de 迪di 多duo 都du','k':'卡ka 克ke 克ke 科ke 库ku',
 'q':'喀ka 开kai 克ke 阔kuo 库ku','g':'尕ga 格ge 吉ji 果guo 古gu','gh':'尕ga 格ge 吉ji 果guo 古gu',
 'x':'哈ha 海hai 希xi 霍huo 胡hu','h':'哈ha 海hai 希xi 霍huo 胡hu','j':'加jia 杰jie 吉ji 卓zhuo 朱zhu',
 'ch':'恰qia 切qie 其qi 乔qiao 楚chu','zh':'扎zha 哲zhe 吉ji 卓zhuo 朱zhu','sh':'沙sha 谢xie 西xi 肖xiao 舒shu',
 's':'萨sa 赛sai 斯si 索suo 苏su','z':'扎zha 则ze 孜zi 佐zuo 祖zu','r':'热re 热re 日ri 若ruo 如ru',
 'l':'拉la 来lai 力li 洛luo 鲁lu','m':'买mai 买mai 米mi 莫mo 木mu','n':'那na 乃nai 尼ni 诺nuo 努nu',
 'y':'亚ya 耶ye 依yi 约yue 尤you','w':'瓦wa 外wai 维wei 沃wo 吾wu','f':'法fa 菲fei 菲fei 佛fo 夫fu',
 'v':'瓦wa 外wai 维wei 沃wo 吾wu','ng':'尼ni 尼ni 尼ni 尼ni 尼ni'}
CH = {k: [(x[0], x[1:]) for x in v.split()] for k, v in _CH.items()}
_NAS = {'a': '安an b班ban t坦tan d丹dan k坎kan q坎kan g甘gan gh甘gan x汗han h汗han j江jiang ch羌qiang zh江jiang sh山shan s散san z赞zan r然ran l兰lan m曼man n南nan y燕yan w万wan p潘pan f凡fan',
        'e': '恩en b本ben t坦tan d登deng k肯ken q肯ken g根gen gh根gen x很hen h很hen j真zhen ch琛chen zh真zhen sh申shen s森sen z怎zen r仁ren l伦lun m门men n嫩nen y延yan w文wen p盆pen f芬fen',
        'i': '因yin b宾bin t廷ting d丁ding k金jin q钦qin g金jin gh金jin x欣xin h欣xin j金jin ch钦qin zh津jin sh欣xin s辛xin z津jin r仁ren l林lin m民min n宁ning y因yin w温wen p品pin f芬fen',
        'u': '温wen b本ben t吞tun d敦dun k昆kun q昆kun g衮gun gh衮gun x混hun h浑hun j均jun ch春chun zh准zhun sh顺shun s逊xun z尊zun r润run l伦lun m蒙meng n农nong y云yun w温wen p盆pen f芬fen'}
NAS = {}
for vk, v in _NAS.items():
    for tok in v.split():
        i = 0
        while i < len(tok) and tok[i].isascii(): i += 1
        NAS[(vk, tok[:i])] = (tok[i], tok[i+1:])
CODA = {'r':('尔','er'),'l':('力','li'),'m':('木','mu'),'t':('提','ti'),'k':('克','ke'),'q':('克','ke'),'p':('甫','fu'),
        's':('斯','si'),'sh':('什','shi'),'z':('孜','zi'),'x':('合','he'),'h':('合','he'),'d':('德','de'),'g':('格','ge'),
        'gh':('格','ge'),'ch':('其','qi'),'j':('吉','ji'),'y':('依','yi'),'w':('吾','wu'),'f':('夫','fu'),'b':('布','bu'),
        'zh':('日','ri'),'ng':('昂','ang'),'n':('恩','en'),'v':('夫','fu')}
VCLS = {'a':0,'ä':1,'e':1,'é':1,'i':2,'ı':2,'o':3,'ö':3,'u':4,'ü':4}
CH_OVR = {'memet': [('买','mai'),('买','mai'),('提','ti')], 'tursun': [('吐','tu'),('尔','er'),('逊','xun')],
          'gül': [('古','gu'),('丽','li')], 'gul': [('古','gu'),('丽','li')], 'jan': [('江','jiang')],
          'abdu': [('阿','a'),('不','bu'),('都','du')], 'xan': [('汗','han')], 'tohti': [('托','tuo'),('合','he'),('提','ti')],
          'ehmet': [('艾','ai'),('合','he'),('买','mai'),('提','ti')], 'nur': [('努','nu'),('尔','er')]}

def to_chinese(word, female=False):
    w = word.lower()
    for pre in ('abdu', 'nur'):
        if w.startswith(pre) and len(w) > len(pre) + 2:
            return CH_OVR[pre] + to_chinese(w[len(pre):], female)
    for suf in ('gül', 'gul', 'jan', 'xan'):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return to_chinese(w[:-len(suf)], female) + CH_OVR[suf]
    if w in CH_OVR:
        return list(CH_OVR[w])
    us = units(w); out = []; i = 0; n = len(us)
    while i < n:
        onset = ''
        if us[i] not in VCLS:
            if i + 1 < n and us[i+1] in VCLS:
                onset = us[i]; i += 1
            else:
                out.append(CODA.get(us[i], ('尔', 'er'))); i += 1; continue
        v = us[i]; i += 1
        # coda: consonant not followed by vowel
        coda = None
        if i < n and us[i] not in VCLS and not (i + 1 < n and us[i+1] in VCLS):
            coda = us[i]; i += 1
        vc = VCLS[v]
        if coda == 'n':
            key = ({0:'a',1:'e',2:'i',3:'u',4:'u'}[vc], onset if onset in CH else '')
            out.append(NAS.get(key, CH.get(onset, CH[''])[vc])); continue
        if onset == 'l' and vc == 2 and female:
            out.append(('丽', 'li'))
        elif onset == 'n' and vc == 0 and female:
            out.append(('娜', 'na'))
        elif onset == '' and v == 'ü':
            out.append(('玉', 'yu'))
        else:
            out.append(CH.get(onset, CH[''])[vc])
        if coda:
            out.append(CODA.get(coda, ('尔', 'er')))
    return out

# ---- Han names: pinyin -> Palladius Cyrillic, pinyin -> Uyghur-ish Latin
PAL_I = [('zh','чж'),('ch','ч'),('sh','ш'),('b','б'),('p','п'),('m','м'),('f','ф'),('d','д'),('t','т'),('n','н'),
         ('l','л'),('g','г'),('k','к'),('h','х'),('j','цз'),('q','ц'),('x','с'),('r','ж'),('z','цз'),('c','ц'),('s','с')]
PAL_F = {'a':'а','o':'о','e':'э','ai':'ай','ei':'эй','ao':'ао','ou':'оу','an':'ань','en':'энь','ang':'ан','eng':'эн',
         'ong':'ун','i':'и','ia':'я','ie':'е','iao':'яо','iu':'ю','ian':'янь','in':'инь','iang':'ян','ing':'ин',
         'iong':'юн','u':'у','ua':'уа','uo':'о','uai':'уай','ui':'уй','uan':'уань','un':'унь','uang':'уан','er':'эр'}
PAL_Y = {'ya':'я','ye':'е','yao':'яо','you':'ю','yan':'янь','yin':'инь','yang':'ян','ying':'ин','yong':'юн','yi':'и',
         'yu':'юй','yue':'юэ','yuan':'юань','yun':'юнь','wa':'ва','wo':'во','wai':'вай','wei':'вэй','wan':'вань',
         'wen':'вэнь','wang':'ван','weng':'вэн','wu':'у'}

def palladius(syl):
    if syl in PAL_Y: return PAL_Y[syl]
    for a, b in PAL_I:
        if syl.startswith(a):
            fin = syl[len(a):]
            if a in ('j', 'q', 'x') and fin.startswith('u'):
                fin = {'u':'юй','ue':'юэ','uan':'юань','un':'юнь'}.get(fin, fin)
                if fin[0] in 'юя': return b + fin
            if fin == 'i' and a in ('z', 'c', 's'): return b + 'ы'
            return b + PAL_F.get(fin, fin)
    return PAL_F.get(syl, syl)

def pinyin_uly(syl):
    s = syl
    for a, b in (('zh','j'),('ch','ch'),('sh','sh'),('x','sh'),('q','ch'),('c','ts'),('ian','yen'),('ui','uy'),('ie','ye'),('iu','yu'),('ong','ung')):
        s = s.replace(a, b)
    return s

# ---------------------------------------------------------------- sources
# name_style, language for places/types, missing rates (gender, birth, hometown, facility, detained)
SOURCES = {
 'ngo_list':   dict(lang='en',  miss=(.05, .25, .10, .35, .15)),
 'uy_latin':   dict(lang='uly', miss=(.30, .35, .15, .50, .25)),
 'uy_arabic':  dict(lang='ar',  miss=(.40, .40, .15, .55, .30)),
 'en_press':   dict(lang='en',  miss=(.40, .50, .30, .50, .30)),
 'tr_press':   dict(lang='tr',  miss=(.40, .45, .25, .60, .30)),
 'ru_press':   dict(lang='ru',  miss=(.30, .50, .30, .55, .35)),
 'kz_cyr':     dict(lang='kz',  miss=(.35, .40, .15, .45, .25)),
 'kz_latin':   dict(lang='en',  miss=(.30, .35, .15, .45, .20)),
 'kg_cyr':     dict(lang='ru',  miss=(.35, .40, .15, .45, .25)),
 'relative':   dict(lang='en',  miss=(.10, .15, .05, .45, .10)),
 'leaked_cn':  dict(lang='zh',  miss=(.02, .05, .05, .20, .05)),
 'leaked_py':  dict(lang='py',  miss=(.02, .05, .05, .20, .05)),
 'cn_official':dict(lang='zh',  miss=(.30, .40, .30, .80, .50)),
}
SRC_W = {
 'U': [('ngo_list',25),('uy_latin',15),('en_press',15),('tr_press',8),('uy_arabic',8),('leaked_cn',6),('leaked_py',4),
       ('relative',10),('ru_press',4),('cn_official',3),('kz_cyr',2)],
 'K': [('ngo_list',20),('kz_cyr',20),('ru_press',15),('en_press',12),('kz_latin',8),('relative',10),('leaked_cn',5),
       ('leaked_py',3),('uy_latin',3),('uy_arabic',2),('cn_official',2)],
 'G': [('ngo_list',20),('kg_cyr',20),('ru_press',15),('en_press',12),('kz_latin',5),('relative',10),('leaked_cn',6),
       ('leaked_py',4),('uy_latin',5),('uy_arabic',3)],
 'H': [('ngo_list',30),('en_press',20),('leaked_cn',14),('leaked_py',6),('cn_official',10),('ru_press',10),('relative',8),
       ('uy_arabic',2)],
}
GENDER = {'en': (['M','male','Male','m'], ['F','female','Female','f']), 'uly': (['er','Er','M'], ['ayal','Ayal','F']),
          'ar': (['ئەر'], ['ئايال']), 'tr': (['Erkek','E'], ['Kadın','K']), 'ru': (['муж.','м','мужской'], ['жен.','ж','женский']),
          'kz': (['ер','ер адам'], ['әйел','әйел адам']), 'zh': (['男'], ['女']), 'py': (['M','男'], ['F','女'])}
TYPE_W = {  # facility type -> words per language
 'camp': {'en': ['camp','re-education camp','vocational training centre','internment camp'], 'uly': ['lagér','terbiyelesh lagéri','yighiwélish lagéri'],
          'ar': ['لاگېر','تەربىيەلەش مەركىزى'], 'tr': ['kampı','toplama kampı','eğitim kampı'], 'ru': ['лагерь','лагерь перевоспитания'],
          'kz': ['лагері','саяси лагерь'], 'zh': ['职业技能教育培训中心','教培中心','教育转化培训中心'], 'py': ['jiaopei zhongxin','zhiye jineng peixun zhongxin']},
 'det': {'en': ['detention center','detention centre','police detention centre','kanshousuo'], 'uly': ['tutup turush orni','qamaqxana'],
         'ar': ['قاماقخانا'], 'tr': ['gözaltı merkezi','tutukevi'], 'ru': ['СИЗО','следственный изолятор','изолятор'],
         'kz': ['тергеу изоляторы','абақты'], 'zh': ['看守所','拘留所'], 'py': ['kanshousuo']},
 'prison': {'en': ['prison','jail','No. 1 prison'], 'uly': ['türme'], 'ar': ['تۈرمە'], 'tr': ['cezaevi','hapishane'],
            'ru': ['тюрьма','колония'], 'kz': ['түрме'], 'zh': ['监狱'], 'py': ['jianyu']},
}
VAGUE = {'en': ['camp','a camp','re-education camp','prison','unknown camp','detention'], 'uly': ['lagér','türme'], 'ar': ['لاگېر'],
         'tr': ['kamp','toplama kampı'], 'ru': ['лагерь','тюрьма'], 'kz': ['лагерь','түрме'], 'zh': ['教培中心','监狱'], 'py': ['jiaopei zhongxin']}

# ---------------------------------------------------------------- model
class World:
    def __init__(self, rng, fac_path):
        self.rng = rng
        self.county = {c[0]: c for c in COUNTIES}
        self.facs = self.load_facilities(fac_path)
        self.by_county, self.by_pref = {}, {}
        for i, f in enumerate(self.facs):
            self.by_county.setdefault(f[2], []).append(i)
            self.by_pref.setdefault(f[3], []).append(i)
        # hometown county weights per ethnicity
        fac_n = {}
        for f in self.facs:
            fac_n[f[2]] = fac_n.get(f[2], 0) + 1
        self.home_w = {}
        for eth in 'UKGH':
            keys, ws = [], []
            for c in COUNTIES:
                mix = c[7]
                if eth not in mix and not (eth == 'H' and 'U' in mix):
                    continue
                base = 2 + fac_n.get(c[0], 0)
                if c[1] in ('Kashgar', 'Hotan') and eth == 'U': base *= 2.5
                if eth == 'H' and 'H' not in mix: base *= 0.2
                if mix[0] != eth: base *= 0.4
                keys.append(c[0]); ws.append(base)
            self.home_w[eth] = (keys, ws)
        self.uym, self.uyf = zipf(len(UY_M), 0.8), zipf(len(UY_F), 0.8)
        self.kzm, self.kzf = zipf(len(KZ_M)), zipf(len(KZ_F))
        self.kgm, self.kgf = zipf(len(KG_M)), zipf(len(KG_F))
        self.hs, self.hus = zipf(len(HAN_SUR), 0.8), zipf(len(HUI_SUR), 0.6)
        self.hg = zipf(len(HAN_GIV), 0.7)

    def load_facilities(self, path):
        facs = []
        try:
            raw = open(path, encoding='cp437', newline='').read()
            for r in csv.reader(io.StringIO(raw), delimiter='\t'):
                if len(r) < 8 or not r[0].strip().isdigit():
                    continue
                town = COUNTY_ALIAS.get(r[3].strip(), r[3].strip())
                if town not in self.county:
                    town = {'Huyanghe': 'Kuytun', 'Kokdala': 'Huocheng', 'Kunyu': 'Pishan', 'Beitun': 'Altay', 'Shuanghe': 'Bole',
                            'Tiemenguan': 'Korla', 'Baijiantan': 'Karamay', 'Shuimogou': 'Urumqi', 'Toutunhe': 'Urumqi'}.get(town, None)
                if town is None:
                    continue
                name = r[1].strip()
                if not name or name == 'z':
                    name = r[3].strip() + ' - I'
                t = r[7].strip()
                typ = 'prison' if t.startswith('prison') else ('det' if t.startswith('detention') else 'camp')
                facs.append((name, r[2].strip(), town, self.county[town][1], typ))
        except OSError:
            pass
        if not facs:  # fallback: one camp per county
            facs = [(c[0] + ' - I', '', c[0], c[1], 'camp') for c in COUNTIES]
        return facs

    def pick(self, items, w):
        return self.rng.choices(items, weights=w)[0]

    def given(self, eth, sex, avoid=()):
        r = self.rng
        for _ in range(6):
            if eth == 'U' or eth == 'Hm':
                g = r.choices(UY_M, self.uym)[0] if sex == 'M' else r.choices(UY_F, self.uyf)[0]
            elif eth == 'K':
                g = r.choices(KZ_M, self.kzm)[0] if sex == 'M' else r.choices(KZ_F, self.kzf)[0]
            else:
                g = r.choices(KG_M, self.kgm)[0] if sex == 'M' else r.choices(KG_F, self.kgf)[0]
            if g not in avoid:
                return g
        return g

    def han_given(self, avoid=()):
        r = self.rng
        for _ in range(6):
            k = 1 if r.random() < 0.25 else 2
            g = tuple(r.choices(HAN_GIV, self.hg, k=k))
            if g not in avoid: return g
        return g

    def village(self):
        r = self.rng
        a = r.choice(VILL_A) + r.choice(VILL_B)
        return a

    def facility_for(self, county, pref):
        r = self.rng
        x = r.random()
        if x < 0.62 and county in self.by_county:
            return r.choice(self.by_county[county])
        if x < 0.85 and pref in self.by_pref:
            return r.choice(self.by_pref[pref])
        if x < 0.93 and 'Ürümqi' in self.by_pref:
            return r.choice(self.by_pref['Ürümqi'])
        return r.randrange(len(self.facs))

    def family(self, next_pid):
        """Yield detained persons of one extended family (clan)."""
        r = self.rng
        eth = r.choices('UKGHI', [72, 17, 3, 3, 4])[0]   # I = Hui
        keth = 'H' if eth == 'I' else eth
        keys, ws = self.home_w[keth if eth != 'I' else 'H']
        county = r.choices(keys, ws)[0]
        pref = self.county[county][1]
        township = self.village() if r.random() < 0.9 else None
        villages = [self.village(), self.village()]
        vnum = r.randint(1, 25)
        det_base = r.choices([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022], [2, 3, 5, 35, 35, 12, 4, 2, 2])[0]
        diaspora = None
        if keth == 'K' and r.random() < 0.3: diaspora = r.choice(DIASPORA_KZ)
        elif keth == 'G' and r.random() < 0.2: diaspora = r.choice(DIASPORA_KG)
        elif keth == 'U' and r.random() < 0.03: d = r.choice(DIASPORA_UY); diaspora = (d[0], d[2], d[1])
        base_year = r.randint(1940, 1988)
        people = []  # (sex, given, surname_parts, by, gen)
        han = eth in ('H', 'I')
        if han:
            sur = r.choices(HAN_SUR, self.hs)[0] if eth == 'H' else r.choices(HUI_SUR, self.hus)[0]
            grand = None
        else:
            grand = self.given('U' if eth == 'U' else eth, 'M')
        nsib = r.choices([1, 2, 3, 4, 5, 6], [18, 27, 25, 15, 10, 5])[0]
        used = []
        y = base_year
        for k in range(nsib):
            sex = 'M' if r.random() < 0.55 else 'F'
            if han:
                g = self.han_given(used); used.append(g)
                people.append([sex, g, sur, y, grand])
            else:
                g = self.given(eth, sex, used); used.append(g)
                people.append([sex, g, grand, y, self.given(eth, 'M') if r.random() < 0.5 else None])
            y += r.randint(1, 4)
        # spouses and children of sons
        extra = []
        for p in people:
            if p[0] != 'M' or p[3] > 1995: continue
            if r.random() < 0.75:
                if han:
                    s2 = r.choices(HAN_SUR, self.hs)[0]
                    extra.append(['F', self.han_given(), s2, p[3] + r.randint(-4, 2), None])
                else:
                    extra.append(['F', self.given(eth, 'F'), self.given(eth, 'M'), p[3] + r.randint(-5, 2), None])
            cy = p[3] + r.randint(20, 32)
            kids = []
            for _ in range(r.choices([0, 1, 2, 3, 4], [20, 25, 30, 15, 10])[0]):
                if cy > 2003: break
                sex = 'M' if r.random() < 0.52 else 'F'
                if han:
                    g = self.han_given(kids); kids.append(g)
                    extra.append([sex, g, p[2], cy, None])
                else:
                    g = self.given(eth, sex, kids); kids.append(g)
                    extra.append([sex, g, p[1], cy, p[2]])
                cy += r.randint(1, 4)
        out = []
        for p in people + extra:
            age_at = det_base - p[3]
            if age_at < 16: continue
            pdet = 0.45 if p[0] == 'M' else 0.30
            if age_at > 70: pdet *= 0.6
            if r.random() >= pdet and (out or p is not (people + extra)[-1]):
                continue
            det_year = det_base if r.random() < 0.7 else det_base + r.choice([-1, 1, 1, 2])
            det_year = max(2014, min(2022, det_year))
            fac = self.facility_for(county, pref)
            fac2 = None
            if r.random() < 0.12:
                fac2 = self.facility_for(county, pref)
            vil = villages[0] if r.random() < 0.8 else villages[1]
            moved = r.random() < 0.08   # lived in Ürümqi / another county; sources disagree
            alt_county = r.choice(['Urumqi', 'Xinshi', 'Saybagh', 'Korla', 'Kashgar']) if moved else None
            muslim = None
            if eth == 'I' and r.random() < 0.25:
                muslim = r.choice(HUI_MUSLIM_M if p[0] == 'M' else HUI_MUSLIM_F)
            out.append(dict(pid='P%07d' % (next_pid + len(out)), eth=eth, keth=keth, sex=p[0], given=p[1], sur=p[2],
                            grand=p[4], by=p[3], county=county, pref=pref, township=township, village=vil, vnum=vnum,
                            det=det_year, fac=fac, fac2=fac2, diaspora=diaspora, alt_county=alt_county, muslim=muslim))
        return out

# ---------------------------------------------------------------- mention rendering
def typo(s, rng):
    if len(s) < 4: return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.3: return s[:i] + s[i+1] + s[i] + s[i+2:]            # transpose
    if op < 0.55: return s[:i] + s[i+1:]                              # drop
    if op < 0.75: return s[:i] + s[i] + s[i:]                         # double
    vowels = 'aeiou' if s.isascii() else None
    if vowels and s[i].lower() in vowels:
        return s[:i] + rng.choice(vowels.replace(s[i].lower(), '')) + s[i+1:]
    return s[:i] + s[i+1:]

RU_DECL = {'gen': ('а', 'ы', 'ой', 'я'), 'ins': ('ом', 'ой', 'ой', 'ем'), 'dat': ('у', 'е', 'ой', 'ю')}
def ru_case(tok, sex, case):
    if case == 'nom' or not tok: return tok
    m, f_a, f_ova, soft = RU_DECL[case]
    if tok.endswith(('ова', 'ева', 'ина')) and sex == 'F': return tok[:-1] + f_ova
    if sex == 'M':
        if tok.endswith('й'): return tok[:-1] + soft
        if tok.endswith('ь'): return tok[:-1] + soft
        if tok[-1] in 'бвгджзклмнпрстфхцчшщ': return tok + m
        return tok
    if tok.endswith('а'):
        if case == 'gen' and tok[-2:-1] in 'гкхжшчщ': return tok[:-1] + 'и'
        return tok[:-1] + f_a
    return tok

class Renderer:
    def __init__(self, world, rng):
        self.w, self.r = world, rng

    # ---- names
    def name(self, p, src):
        r = self.r
        eth = p['eth']
        if eth in ('H', 'I'):
            return self.han_name(p, src)
        given, sur, grand = p['given'], p['sur'], p['grand']
        # structural variation on pivot tokens
        g = given
        if eth == 'U':
            if g.endswith('jan') and len(g) > 6 and r.random() < 0.08: g = g[:-3]
            elif not g.endswith(('jan', 'gul', 'gül')) and p['sex'] == 'M' and r.random() < 0.04: g = g + 'jan'
        toks = [g, sur]
        x = r.random()
        gonly = {'relative': 0.15, 'en_press': 0.06, 'tr_press': 0.05}.get(src, 0.02)
        if x < gonly: toks = [g]
        elif x < gonly + 0.03 and grand: toks = [g, sur, grand]
        elif x < gonly + 0.04: toks = [sur, g]  # reordered
        if eth == 'U' and p['sex'] == 'M' and p['by'] < 1960 and src in ('uy_latin', 'tr_press', 'uy_arabic', 'relative') and r.random() < 0.15:
            toks = ['haji'] + toks
        patr = None
        if eth in ('K', 'G'):
            y = r.random()
            if src in ('ru_press', 'kz_latin') and y < 0.5: patr = 'ov'
            elif src in ('kz_cyr', 'kg_cyr') and y < 0.3: patr = 'ov'
            elif src in ('kz_cyr', 'kg_cyr', 'kz_latin') and y < 0.45: patr = 'uly'
        # render each token
        out = []
        for i, t in enumerate(toks):
            is_sur = (t == sur and i > 0) or (t == sur and len(toks) > 1 and toks[0] == sur and i == 0)
            if t == 'haji':
                out.append({'uy_arabic': 'ھاجى', 'tr_press': 'Hacı'}.get(src, 'Haji')); continue
            out.append(self.token(t, src, p, is_sur and patr))
        s_out = out
        if src == 'ru_press':
            case = r.choices(['nom', 'gen', 'ins', 'dat'], [75, 15, 6, 4])[0]
            s_out = [ru_case(t, p['sex'], case) for t in out]
            if patr == 'ov' and len(s_out) == 2 and r.random() < 0.5:
                s_out = [s_out[1], s_out[0]]
        if patr == 'ov' and src in ('kz_cyr', 'kg_cyr') and len(s_out) == 2 and r.random() < 0.4:
            s_out = [s_out[1], s_out[0]]
        if src in ('leaked_cn', 'cn_official'):
            name = '·'.join(s_out)
        elif src == 'leaked_py':
            name = (' ' if r.random() < 0.7 else '·').join(s_out)
            if r.random() < 0.3: name = name.upper()
        else:
            name = ' '.join(s_out)
            if src == 'ngo_list' and len(s_out) > 1 and r.random() < 0.06:
                name = s_out[0] + ' ' + ' '.join(t.upper() for t in s_out[1:])
        # compound split (Abdu Rehim), typos
        if src not in ('leaked_cn', 'cn_official') and r.random() < 0.04:
            for pre in ('Abdu', 'Nur', 'Gul', 'Абду', 'Нур', 'Гуль'):
                if name.startswith(pre) and len(name) > len(pre) + 3 and name[len(pre)] != ' ':
                    name = pre + r.choice([' ', '-']) + name[len(pre)].upper() + name[len(pre)+1:]
                    break
        if src not in ('leaked_cn', 'cn_official', 'leaked_py') and r.random() < 0.045:
            parts = name.split(' ')
            j = r.randrange(len(parts)); parts[j] = typo(parts[j], r); name = ' '.join(parts)
        return name

    def token(self, t, src, p, patr):
        r = self.r
        fem = p['sex'] == 'F'
        suff_ru = ('ова' if fem else 'ов') if not t.endswith(('i', 'e', 'a', 'y', 'o', 'u', 'ü', 'ı')) else ('ева' if fem else 'ев')
        if src in ('ngo_list', 'relative'):
            if p['eth'] == 'K' and r.random() < 0.5: return to_passport(t)
            q = r.random()
            return to_uly(t, False) if q < 0.55 else (to_uly(t) if q < 0.75 else to_english(t, r))
        if src == 'uy_latin': return to_uly(t, r.random() < 0.7)
        if src == 'uy_arabic': return to_arabic(t)
        if src == 'en_press': return to_english(t, r) if p['eth'] == 'U' or r.random() < 0.4 else to_passport(t)
        if src == 'tr_press': return to_turkish(t, r)
        if src in ('ru_press', 'kz_cyr', 'kg_cyr'):
            kind = {'ru_press': 'ru', 'kz_cyr': 'kz', 'kg_cyr': 'kg'}[src]
            c = to_cyr(t, kind)
            if patr == 'ov': c = c + (suff_ru if kind == 'ru' else ('ова' if fem else 'ов'))
            elif patr == 'uly': c = c + ((' қызы' if fem else ' ұлы') if kind == 'kz' else (' кызы' if fem else ' уулу'))
            return c
        if src == 'kz_latin':
            c = to_kzlatin(t) if r.random() < 0.4 else to_passport(t)
            if patr == 'ov': c += 'ova' if fem else 'ov'
            elif patr == 'uly': c += ' qyzy' if fem else ' uly'
            return c
        chars = to_chinese(t, fem)
        if src in ('leaked_cn', 'cn_official'):
            return ''.join(c for c, _ in chars)
        py = ''.join(s for _, s in chars)
        return py[:1].upper() + py[1:]

    def han_name(self, p, src):
        r = self.r
        sur, giv = p['sur'], p['given']
        sc, sp = sur[0], sur[1:]
        gc = ''.join(x[0] for x in giv); gps = [x[1:] for x in giv]
        if p['muslim'] and src in ('ngo_list', 'en_press', 'relative', 'ru_press', 'uy_arabic') and r.random() < 0.5:
            m = p['muslim']
            if src == 'uy_arabic': return to_arabic(m) + ' ' + to_arabic(pinyin_uly(sp))
            if src == 'ru_press': return to_cyr(m) + ' ' + palladius(sp).capitalize()
            return to_english(m, r) + ' ' + sp.capitalize()
        if src in ('leaked_cn', 'cn_official'):
            return sc + gc
        if src == 'ru_press':
            return palladius(sp).capitalize() + ' ' + ''.join(palladius(x) for x in gps).capitalize()
        if src == 'uy_arabic':
            return to_arabic(pinyin_uly(sp)) + ' ' + to_arabic(pinyin_uly(''.join(gps)))
        gp = ''.join(gps).capitalize()
        x = r.random()
        if x < 0.12 and len(gps) == 2: gp = gps[0].capitalize() + '-' + gps[1]
        elif x < 0.2 and len(gps) == 2: gp = gps[0].capitalize() + ' ' + gps[1].capitalize()
        spc = sp.capitalize()
        if src == 'leaked_py' and r.random() < 0.4: spc = spc.upper()
        y = r.random()
        if src in ('en_press', 'relative') and y < 0.3: name = gp + ' ' + spc
        elif src == 'relative' and y < 0.4: name = gp
        else: name = spc + ' ' + gp
        if r.random() < 0.03: name = typo(name, r)
        return name

    # ---- fields
    def gender(self, p, lang):
        r = self.r
        sex = p['sex']
        if r.random() < 0.005: sex = 'F' if sex == 'M' else 'M'
        m, f = GENDER[lang]
        return r.choice(m if sex == 'M' else f)

    def birth(self, p, src, lang):
        r = self.r
        y = p['by']
        x = r.random()
        if src in ('leaked_cn', 'leaked_py'):
            if x < 0.012: y += r.choice([-1, 1])
            if x < 0.35:
                mo, d = r.randint(1, 12), r.randint(1, 28)
                return r.choice(['%d-%02d-%02d' % (y, mo, d), '%d%02d%02d' % (y, mo, d), '%d年%d月%d日' % (y, mo, d)]) if lang == 'zh' else '%d-%02d-%02d' % (y, mo, d)
            return '%d年' % y if lang == 'zh' and r.random() < 0.3 else str(y)
        approx_p = 0.15 if src in ('en_press', 'tr_press', 'ru_press') else 0.06
        if x < 0.06: y += r.choice([-1, 1])                               # contradiction
        elif x < 0.067:
            s = str(y); y = int(s[:2] + s[3] + s[2]) if s[2] != s[3] else y + 10   # digit swap
        x = r.random()
        if x < approx_p:
            y2 = y + r.choice([0, 0, 0, -1, 1, -2, 2])
            fmt = {'en': ['c. %d', '~%d', '%d?', 'about %d', 'ca. %d'], 'uly': ['%d-yillar etrapida', '%d?'],
                   'tr': ['%d civarı', '%d?'], 'ru': ['около %d', '%d?', 'ок. %d'], 'kz': ['шамамен %d', '%d?'],
                   'ar': ['%d?'], 'zh': ['约%d年'], 'py': ['%d?']}[lang]
            return r.choice(fmt) % y2
        if x < approx_p + 0.03:
            d = y // 10 * 10
            return {'en': '%ds', 'uly': '%d-yillar', 'tr': "%d'ler", 'ru': '%d-е', 'kz': '%d-жылдар', 'ar': '%ds', 'zh': '%d年代', 'py': '%ds'}[lang] % d
        if x < approx_p + 0.06:
            a = y - r.randint(0, 3)
            return '%d-%d' % (a, a + r.randint(2, 5))
        if x < approx_p + 0.08:
            mo, d = r.randint(1, 12), r.randint(1, 28)
            return '%02d.%02d.%d' % (d, mo, y) if lang in ('ru', 'kz', 'tr') else '%d-%02d-%02d' % (y, mo, d)
        if lang == 'zh' and r.random() < 0.3: return '%d年' % y
        return str(y)

    def detained(self, p, lang):
        r = self.r
        y = p['det']
        x = r.random()
        if x < 0.07: y += r.choice([-1, 1, 1])
        elif x < 0.10: return '%d-%d' % (y, y + 1) if r.random() < 0.5 else '%d-%d' % (y - 1, y)
        if lang == 'zh' and r.random() < 0.4: return '%d年' % y
        if lang == 'en' and r.random() < 0.04: return r.choice(['early ', 'late ', 'spring ']) + str(y)
        return str(y)

    def place(self, key, lang, level):
        """level: county or pref names in given language."""
        r = self.r
        if level == 'pref':
            en, uly, py, zh, ru = PREFS.get(key, (key, key, key, key, key))
        else:
            c = self.w.county[key]
            en, uly, py, zh, ru = c[2], c[3], c[4], c[5], c[6]
        if lang == 'en':
            q = r.random()
            if q < 0.5: return en
            if q < 0.7: return uly.replace('é', 'e').replace('ö', 'o').replace('ü', 'u')
            if q < 0.9: return py
            return en + ' (' + py + ')' if en != py else en
        if lang == 'uly': return uly if r.random() < 0.7 else uly.replace('é', 'e').replace('ö', 'o').replace('ü', 'u')
        if lang == 'ar': return ' '.join(to_arabic(t) for t in uly.lower().split())
        if lang == 'tr': return ' '.join(to_turkish(t, r) for t in uly.lower().split())
        if lang == 'ru': return ru or ' '.join(to_cyr(t) for t in uly.lower().split())
        if lang == 'kz': return ' '.join(to_cyr(t, 'kz') for t in uly.lower().split()) if r.random() < 0.6 or not ru else ru
        if lang == 'zh': return zh
        if lang == 'py': return py
        return en

    def local(self, name, lang, kind):
        """township / village name in a language."""
        r = self.r
        if lang in ('zh', 'py'):
            ch = to_chinese(name)
            if lang == 'zh': return ''.join(c for c, _ in ch) + ('乡' if kind == 't' else '村')
            return ''.join(s for _, s in ch).capitalize() + (' Xiang' if kind == 't' else ' Cun')
        if lang == 'ar': return to_arabic(name) + (' يېزىسى' if kind == 't' else ' كەنتى')
        if lang == 'ru': return to_cyr(name) + (' (волость)' if kind == 't' else '')
        if lang == 'kz': return to_cyr(name, 'kz') + (' ауылы' if kind == 'v' else ' ауданы')
        if lang == 'tr': return to_turkish(name, r) + (' köyü' if kind == 'v' else ' kasabası')
        if lang == 'uly': return to_uly(name, r.random() < 0.7) + (' yézisi' if kind == 't' else ' kenti')
        return to_english(name, r) + (' township' if kind == 't' else r.choice([' village', '']))

    def hometown(self, p, src, lang):
        r = self.r
        if p['diaspora'] and src in ('kz_cyr', 'kg_cyr', 'ru_press', 'kz_latin', 'relative', 'tr_press', 'en_press') and r.random() < 0.4:
            d = p['diaspora']
            if lang in ('ru', 'kz'): return d[1]
            if lang == 'tr' and len(d) > 2: return d[2]
            return d[0]
        county = p['county']
        x = r.random()
        if p['alt_county'] and x < 0.35: county = p['alt_county']
        elif x < 0.04:   # contradiction: another county of the same prefecture
            sib = [c[0] for c in COUNTIES if c[1] == p['pref'] and c[0] != county]
            if sib: county = r.choice(sib)
        c = self.w.county[county]
        lv = r.random()
        if src in ('leaked_cn', 'leaked_py'):
            lv = lv * 0.5
        if lv < 0.12 and p['township']:
            parts = [self.local(p['village'], lang, 'v') if lang not in ('zh',) else '%d村' % p['vnum'],
                     self.local(p['township'], lang, 't'), self.place(county, lang, 'c')]
            if lang == 'zh': return self.place(county, lang, 'c') + self.local(p['township'], lang, 't') + parts[0]
            return ', '.join(parts)
        if lv < 0.25 and p['township']:
            if lang == 'zh': return self.place(county, lang, 'c') + self.local(p['township'], lang, 't')
            return self.local(p['township'], lang, 't') + ', ' + self.place(county, lang, 'c')
        if lv < 0.72:
            s = self.place(county, lang, 'c')
            if lang == 'en' and ' ' not in s and r.random() < 0.2: s += ' County'
            if lang == 'en' and r.random() < 0.1: s += ', Xinjiang'
            return s
        if lv < 0.85:
            if lang == 'zh': return PREFS[c[1]][3] + self.place(county, lang, 'c')
            return self.place(county, lang, 'c') + ', ' + self.place(c[1], lang, 'pref')
        if lv < 0.96:
            return self.place(c[1], lang, 'pref')
        return r.choice(REGION.get(lang if lang != 'py' else 'en', REGION['en']))

    def facility(self, p, src, lang):
        r = self.r
        fi = p['fac2'] if p['fac2'] is not None and r.random() < 0.4 else p['fac']
        name, sub, town, pref, typ = self.w.facs[fi]
        x = r.random()
        if src == 'ngo_list' and x < 0.35:
            return name + (' ' + sub if sub and r.random() < 0.3 else '')
        if x < 0.12:
            return r.choice(VAGUE[lang])
        words = TYPE_W[typ][lang]
        tw = r.choice(words)
        lvl = 'c' if r.random() < 0.8 else 'pref'
        place = self.place(town if lvl == 'c' else pref, lang, lvl)
        if lang == 'zh': return place + tw
        if lang == 'en':
            return place + ' ' + tw if r.random() < 0.7 else tw + ' in ' + place
        if lang == 'ru':
            return r.choice([tw + ' в ' + place, tw + ' «' + place + '»', place + ', ' + tw])
        return place + ' ' + tw

    def mention(self, p, src):
        r = self.r
        cfg = SOURCES[src]
        lang = cfg['lang']
        mg, mb, mh, mf, md = cfg['miss']
        name = self.name(p, src)
        gender = '' if r.random() < mg else self.gender(p, lang)
        birth = '' if r.random() < mb else self.birth(p, src, lang)
        home = '' if r.random() < mh else self.hometown(p, src, lang)
        fac = '' if r.random() < mf else self.facility(p, src, lang)
        det = '' if r.random() < md else self.detained(p, lang)
        return [name, gender, birth, home, fac, det]

def n_mentions(rng):
    x = rng.random()
    if x < 0.50: return 1
    if x < 0.72: return 2
    if x < 0.83: return 3
    if x < 0.89: return 4
    if x < 0.93: return 5
    if x < 0.98: return rng.randint(6, 10)
    return min(60, int(rng.paretovariate(1.5) * 11))   # well-known cases

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--records', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--facilities', default=DEFAULT_FAC)
    a = ap.parse_args(argv)
    N = a.records
    rng = random.Random(a.seed)
    world = World(rng, a.facilities)
    rend = Renderer(world, rng)
    os.makedirs(a.out, exist_ok=True)
    nb = max(1, N // 20000)
    tmpdir = tempfile.mkdtemp(dir=a.out, prefix='.tmp')
    bfiles = [open(os.path.join(tmpdir, '%d' % i), 'w', encoding='utf-8', newline='') for i in range(nb)]
    bw = [csv.writer(f) for f in bfiles]
    made, npid, persons = 0, 0, 0
    while made < N:
        for p in world.family(npid):
            npid += 1
            persons += 1
            k = min(n_mentions(rng), N - made)
            w = SRC_W['H' if p['eth'] in ('H', 'I') else p['keth']]
            srcs = rng.choices([s for s, _ in w], [x for _, x in w], k=k)
            for s in srcs:
                bw[rng.randrange(nb)].writerow([p['pid']] + rend.mention(p, s))
            made += k
            if made >= N: break
    for f in bfiles: f.close()
    mid = 0
    with open(os.path.join(a.out, 'mentions.csv'), 'w', encoding='utf-8', newline='') as fm, \
         open(os.path.join(a.out, 'truth.csv'), 'w', encoding='utf-8', newline='') as ft:
        wm, wt = csv.writer(fm), csv.writer(ft)
        wm.writerow(['mention_id', 'name', 'gender', 'birth_year', 'hometown', 'facility', 'detained_year'])
        wt.writerow(['mention_id', 'person_id'])
        for i in range(nb):
            path = os.path.join(tmpdir, '%d' % i)
            with open(path, encoding='utf-8', newline='') as f:
                rows = list(csv.reader(f))
            os.remove(path)
            rng.shuffle(rows)
            for row in rows:
                mid += 1
                m = 'm%07d' % mid
                wm.writerow([m] + row[1:])
                wt.writerow([m, row[0]])
    os.rmdir(tmpdir)
    print('wrote %d mentions of %d persons to %s' % (mid, persons, a.out), file=sys.stderr)

if __name__ == '__main__':
    main()
