"""Held-out linkage generator P: ethnic Kazakhs and Kyrgyz written down on both sides of the border.

Writes DIR/mentions.csv (mention_id,name,gender,birth_year,hometown,facility,detained_year,source)
and DIR/truth.csv (mention_id,person_id). Deterministic for a seed; streams rows, shuffled in
blocks of 50,000. All persons are synthetic (names drawn at random from the lists below).

    python generate.py --records 100000 --seed 7 --out /tmp/p100k [--facilities PATH]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

BLOCK = 50_000
FACILITIES_NAME = "210720_all_locations_BFN.csv"

# kind (M, F Kazakh; KM, KF Kyrgyz), Cyrillic (Kazakh or Kyrgyz letters), Chinese rendering, pinyin
NAMES = """
M Серік 赛力克 Sailike|M Ерлан 叶尔兰 Ye'erlan|M Нұрлан 努尔兰 Nu'erlan|M Қайрат 哈依拉提 Hayilati
M Марат 马拉提 Malati|M Болат 波拉提 Bolati|M Асқар 阿斯卡尔 Asika'er|M Дәулет 达吾列提 Dawulieti
M Ербол 叶尔波力 Ye'erboli|M Бауыржан 巴吾尔江 Bawu'erjiang|M Жанболат 加尼波拉提 Jianibolati
M Ерлік 叶尔力克 Ye'erlike|M Мұрат 木拉提 Mulati|M Бақыт 巴合提 Baheti|M Ержан 叶尔江 Ye'erjiang
M Талғат 塔力哈提 Talihati|M Арман 阿尔曼 A'erman|M Берік 别力克 Bielike|M Қанат 哈那提 Hanati
M Нұрбек 努尔别克 Nu'erbieke|M Айдос 阿依多斯 Ayiduosi|M Ғалым 哈力木 Halimu
M Жақсылық 加克斯勒克 Jiakesileke|M Құрманбек 库尔曼别克 Ku'ermanbieke|M Төлеген 吐列根 Tuliegen
M Сәкен 沙肯 Shaken|M Оралбай 吾拉勒拜 Wulalebai|M Әділ 阿迪力 Adili|M Бекзат 别克扎提 Biekezhati
M Еркін 叶尔肯 Ye'erken|M Мейрам 麦依拉木 Maiyilamu|M Қуаныш 夸尼西 Kuanixi|M Тұрсын 吐尔逊 Tu'erxun
M Сайлау 赛劳 Sailao|M Бейбіт 拜依别提 Baiyibieti|M Жомарт 加玛尔提 Jiama'erti|M Темір 铁木尔 Tiemu'er
M Ақылбек 阿合勒别克 Ahelebieke|M Кенжебек 肯杰别克 Kenjiebieke|M Амангелді 阿曼格勒迪 Amangeledi
M Мақсат 马克沙提 Makeshati|M Асхат 阿斯哈提 Asihati|M Ермек 叶尔麦克 Ye'ermaike|M Дархан 达尔汗 Da'erhan
M Қайсар 海沙尔 Haisha'er|M Сағын 萨根 Sagen|M Зейнолла 再努拉 Zainula|M Исатай 依沙太 Yishatai
M Шәріп 夏里甫 Xialifu|M Мұхтар 木合塔尔 Muheta'er|M Абай 阿拜 Abai|M Нұрболат 努尔波拉提 Nu'erbolati
M Ерболат 叶尔波拉提 Ye'erbolati|M Жеңіс 金恩斯 Jin'ensi|M Бекболат 别克波拉提 Biekebolati
M Хамит 哈米提 Hamiti|M Серікбай 赛力克拜 Sailikebai|M Ахмет 艾合买提 Aihemaiti|M Қасым 哈斯木 Hasimu
M Ислам 依斯拉木 Yisilamu
F Гүлнар 古丽娜尔 Gulina'er|F Айгүл 阿依古丽 Ayiguli|F Әсел 阿赛丽 Asaili|F Жанар 加娜尔 Jiana'er
F Гүлмира 古丽米拉 Gulimila|F Сәуле 沙吾列 Shawulie|F Динара 迪娜拉 Dinala|F Айжан 阿依江 Ayijiang
F Бақытгүл 巴合提古丽 Bahetiguli|F Назгүл 娜孜古丽 Naziguli|F Мейрамгүл 麦依拉木古丽 Maiyilamuguli
F Ботагөз 波塔果孜 Botaguozi|F Ақмарал 阿克玛拉力 Akemalali|F Гүлжан 古丽江 Gulijiang
F Жұлдыз 居丽杜孜 Juliduzi|F Айнұр 阿依努尔 Ayinu'er|F Салтанат 萨勒塔娜提 Saletanati|F Роза 柔扎 Rouzha
F Күлпан 库勒潘 Kulepan|F Раушан 热吾山 Rewushan|F Ләззат 拉扎提 Lazhati|F Шолпан 肖勒潘 Xiaolepan
F Гүлбаршын 古丽巴尔申 Guliba'ershen|F Мөлдір 木勒迪尔 Muledi'er|F Әйгерім 阿依格尔木 Ayige'ermu
F Сандуғаш 散杜哈西 Sanduhaxi|F Зәуре 再吾列 Zaiwulie|F Нұргүл 努尔古丽 Nu'erguli|F Ұлжан 吾勒江 Wulejiang
F Бибігүл 碧碧古丽 Bibiguli|F Гүлнұр 古丽努尔 Gulinu'er|F Мәншүк 曼舒克 Manshuke
KM Азамат 阿扎马提 Azhamati|KM Бакыт 巴克特 Bakete|KM Нурбек 努尔别克 Nu'erbieke|KM Эрмек 艾尔麦克 Ai'ermaike
KM Талант 塔兰特 Talante|KM Жыргалбек 吉尔尕勒别克 Ji'ergalebieke|KM Улан 吾兰 Wulan
KM Мирлан 米尔兰 Mi'erlan|KM Канат 卡那提 Kanati|KM Тилек 提列克 Tilieke|KM Алмаз 阿力玛孜 Alimazi
KM Медер 麦德尔 Maide'er|KM Самат 萨马提 Samati|KM Кубан 库班 Kuban|KM Асылбек 阿斯勒别克 Asilebieke
KM Эркин 艾尔肯 Ai'erken|KM Токтосун 托克托逊 Tuoketuoxun|KM Мамбет 曼别特 Manbiete
KF Айпери 阿依佩里 Ayipeili|KF Нургүл 努尔古丽 Nu'erguli|KF Гүлзат 古丽扎提 Gulizhati
KF Жылдыз 吉勒德孜 Jiledezi|KF Чолпон 乔勒潘 Qiaolepan|KF Бурул 布如勒 Burule|KF Айзада 阿依扎达 Ayizhada
KF Мээрим 麦热木 Mairemu|KF Айгерим 阿依格尔木 Ayige'ermu|KF Бактыгүл 巴克特古丽 Baketeguli
"""

# county key: BFN prefecture, BFN town, Chinese, pinyin, Kazakh/Kyrgyz Cyrillic, Russian, English press
COUNTIES = """
ili|Yining City|伊宁市|Yining Shi|Құлжа|Кульджа|Ghulja
ili|Yining County|伊宁县|Yining Xian|Құлжа ауданы|Кульджинский район|Ghulja County
ili|Huocheng|霍城县|Huocheng Xian|Қорғас ауданы|Коргасский район|Huocheng
ili|Korgas|霍尔果斯市|Huoerguosi Shi|Қорғас|Хоргос|Khorgos
ili|Qapqal|察布查尔锡伯自治县|Chabuchaer Xian|Шапшал|Чапчал|Chapchal
ili|Gongliu|巩留县|Gongliu Xian|Тоғызтарау|Тогузтарау|Tokkuztara
ili|Xinyuan|新源县|Xinyuan Xian|Күнес|Кунес|Künes
ili|Zhaosu|昭苏县|Zhaosu Xian|Моңғолкүре|Монголкуре|Mongolküre
ili|Tekes|特克斯县|Tekesi Xian|Текес|Текес|Tekes
ili|Nilka|尼勒克县|Nileke Xian|Нылқы|Нылки|Nilka
ili|Kuytun|奎屯市|Kuitun Shi|Күйтін|Куйтун|Kuytun
tacheng|Tacheng|塔城市|Tacheng Shi|Шәуешек|Чугучак|Chöchek
tacheng|Emin|额敏县|Emin Xian|Дөрбілжін|Дорбилджин|Dorbiljin
tacheng|Yumin|裕民县|Yumin Xian|Шағантоғай|Шагантогай|Shaghantoghay
tacheng|Toli|托里县|Tuoli Xian|Толы|Толи|Toli
tacheng|Shawan|沙湾县|Shawan Xian|Сауан|Сауан|Sawan
tacheng|Usu|乌苏市|Wusu Shi|Шиху|Шиху|Shikho
tacheng|Hoboksar|和布克赛尔蒙古自治县|Hebukesaier Xian|Қобықсары|Кобуксары|Hoboksar
altay|Altay|阿勒泰市|Aletai Shi|Алтай қаласы|город Алтай|Altay City
altay|Burqin|布尔津县|Buerjin Xian|Бұршын|Бурчун|Burchun
altay|Habahe|哈巴河县|Habahe Xian|Қаба|Каба|Kaba
altay|Jeminay|吉木乃县|Jimunai Xian|Жеменей|Жеменей|Jeminay
altay|Fuhai|福海县|Fuhai Xian|Бурылтоғай|Бурултокай|Burultokay
altay|Fuyun|富蕴县|Fuyun Xian|Көктоғай|Коктогай|Koktokay
altay|Qinghe|青河县|Qinghe Xian|Шіңгіл|Чингиль|Shingil
bortala|Bole|博乐市|Bole Shi|Бұратала|Боротала|Bortala
bortala|Wenquan|温泉县|Wenquan Xian|Арасан|Арасан|Arasan
changji|Mori|木垒哈萨克自治县|Mulei Xian|Мори|Мори|Mori
changji|Jimsar|吉木萨尔县|Jimusaer Xian|Жымсар|Джимсар|Jimsar
changji|Manas|玛纳斯县|Manasi Xian|Манас|Манас|Manas
urumqi|Urumqi County|乌鲁木齐县|Wulumuqi Xian|Үрімжі ауданы|Урумчинский район|Ürümqi County
kizilsu|Artux|阿图什市|Atushi Shi|Артыш|Артуш|Artush
kizilsu|Akqi|阿合奇县|Aheqi Xian|Ак-Чий|Акчий|Akchiy
kizilsu|Akto|阿克陶县|Aketao Xian|Актоо|Акто|Akto
kizilsu|Wuqia|乌恰县|Wuqia Xian|Улуу-Чат|Улугчат|Ulugchat
"""

# prefecture key: BFN prefecture, Chinese, pinyin, Kazakh/Kyrgyz, Russian, English
PREFECTURES = {
    "ili": ("Ili", "伊犁哈萨克自治州", "Yili Zhou", "Іле", "Илийский округ", "Ili"),
    "tacheng": ("Tacheng", "塔城地区", "Tacheng Diqu", "Тарбағатай", "Тарбагатай", "Tarbagatay"),
    "altay": ("Altay", "阿勒泰地区", "Aletai Diqu", "Алтай", "Алтайский округ", "Altay"),
    "bortala": ("Bortala", "博尔塔拉蒙古自治州", "Boertala Zhou", "Бұратала", "Боротала", "Bortala"),
    "changji": ("Changji", "昌吉回族自治州", "Changji Zhou", "Сәнжи", "Чанцзи", "Changji"),
    "urumqi": ("Ürümqi", "乌鲁木齐市", "Wulumuqi Shi", "Үрімжі", "Урумчи", "Urumqi"),
    "kizilsu": ("Kizilsu", "克孜勒苏柯尔克孜自治州", "Kezilesu Zhou", "Кызылсуу", "Кызылсу", "Kizilsu"),
}
XINJIANG = {"zh": "新疆", "pinyin": "Xinjiang", "kk": "Шыңжаң", "ru": "СУАР КНР", "en": "Xinjiang"}

# Kazakh hometowns: county weights; Kyrgyz ones below
KAZAKH_HOMES = {
    "Yining City": 7, "Yining County": 7, "Huocheng": 5, "Korgas": 1, "Qapqal": 3, "Gongliu": 5,
    "Xinyuan": 7, "Zhaosu": 5, "Tekes": 5, "Nilka": 6, "Kuytun": 2,
    "Tacheng": 5, "Emin": 5, "Yumin": 3, "Toli": 4, "Shawan": 2, "Usu": 2, "Hoboksar": 2,
    "Altay": 4, "Burqin": 3, "Habahe": 3, "Jeminay": 2, "Fuhai": 3, "Fuyun": 3, "Qinghe": 3,
    "Bole": 2, "Wenquan": 1, "Mori": 2, "Jimsar": 1, "Manas": 1, "Urumqi County": 2,
}
KYRGYZ_HOMES = {"Artux": 8, "Akqi": 7, "Akto": 7, "Wuqia": 6, "Zhaosu": 3, "Tekes": 2}

# letters Russian paperwork replaces, and transliterations of Kazakh Cyrillic
RUSSIFY = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
FRONT = set("еіүөәиэ")
CYR = "абвгғдеёжзийкқлмнңоөпрсстуұүфхһцчшщъыіьэюяә"
LAT_2017 = {"а": "a", "ә": "a'", "б": "b", "в": "v", "г": "g", "ғ": "g'", "д": "d", "е": "e", "ё": "io",
            "ж": "j", "з": "z", "и": "i'", "й": "i'", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
            "ң": "n'", "о": "o", "ө": "o'", "п": "p", "р": "r", "с": "s", "т": "t", "у": "y'", "ұ": "u",
            "ү": "u'", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "c'", "ш": "s'", "щ": "s's'",
            "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "i'y'", "я": "i'a'"}
LAT_2018 = {**LAT_2017, "ә": "á", "ғ": "ǵ", "и": "ı", "й": "ı", "ң": "ń", "ө": "ó", "у": "ý",
                              "ү": "ú", "ч": "ch", "ш": "sh", "щ": "shsh", "ю": "ıý", "я": "ıa", "ё": "ıo"}
LAT_2021 = {**LAT_2017, "ә": "ä", "ғ": "ğ", "и": "i", "й": "i", "і": "ı", "ң": "ñ", "ө": "ö",
                              "у": "u", "ұ": "ū", "ү": "ü", "ч": "ç", "ш": "ş", "щ": "şş", "ю": "iu",
                              "я": "ia", "ё": "io"}
ICAO = {"а": "A", "б": "B", "в": "V", "г": "G", "д": "D", "е": "E", "ё": "E", "ж": "ZH", "з": "Z",
        "и": "I", "й": "I", "к": "K", "л": "L", "м": "M", "н": "N", "о": "O", "п": "P", "р": "R",
        "с": "S", "т": "T", "у": "U", "ф": "F", "х": "KH", "ц": "TS", "ч": "CH", "ш": "SH",
        "щ": "SHCH", "ъ": "IE", "ы": "Y", "ь": "", "э": "E", "ю": "IU", "я": "IA",
        "ә": "A", "ғ": "G", "қ": "K", "ң": "N", "ө": "O", "ұ": "U", "ү": "U", "һ": "H", "і": "I"}
ICAO_OLD = {**ICAO, "й": "Y", "ю": "YU", "я": "YA", "ъ": ""}
EN_PLAIN = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
            "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
            "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
            "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
EN_Q = {**EN_PLAIN, "қ": "q", "ғ": "gh", "ң": "ng", "ө": "ö", "ү": "ü", "ә": "ä", "ж": "j"}

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
KINDS = ("kzru", "passport", "kzlat", "appeal", "en", "cn", "pinyin")
# mention kind weights for a person with papers from Kazakhstan or Kyrgyzstan, and without
WEIGHTS_PAPERS = (22, 16, 12, 14, 12, 16, 8)
WEIGHTS_NONE = (0, 0, 10, 30, 26, 24, 10)
MENTIONS_PER_PERSON = ((1, 2, 3, 4, 5, 6, 7), (36, 26, 16, 10, 6, 4, 2))


# compound names (Нұр+бек, Гүл+жан): parts in Cyrillic, Chinese and pinyin; drawn less often
COMPOUNDS = {
    "M": ("Нұр 努尔 Nu'er|Ер 叶尔 Ye'er|Бек 别克 Bieke|Ай 阿依 Ayi|Асыл 阿斯勒 Asile|Жан 加尼 Jiani|"
          "Есен 叶森 Yesen|Ораз 吾拉孜 Wulazi|Қыдыр 克德尔 Kede'er|Ұлан 吾兰 Wulan|Төле 吐列 Tulie|"
          "Алтын 阿勒腾 Aleteng|Сері 赛力 Saili",
          "бек 别克 bieke|болат 波拉提 bolati|жан 江 jiang|хан 汗 han|бай 拜 bai|бол 波力 boli|"
          "ғали 哈力 hali|тай 太 tai|мұрат 木拉提 mulati|ғазы 哈孜 hazi|дәулет 达吾列提 dawulieti|"
          "сұлтан 苏力坦 sulitan|нұр 努尔 nu'er"),
    "F": ("Гүл 古丽 Guli|Ай 阿依 Ayi|Нұр 努尔 Nu'er|Ақ 阿克 Ake|Ару 阿茹 Aru|Бал 巴勒 Bale",
          "гүл 古丽 guli|жан 江 jiang|нұр 努尔 nu'er|бану 巴努 banu|сұлу 苏鲁 sulu|шат 夏提 xiati|"
          "ару 阿茹 aru"),
    "KM": ("Нур 努尔 Nu'er|Эр 艾尔 Ai'er|Бек 别克 Bieke|Ай 阿依 Ayi|Асыл 阿斯勒 Asile|Тил 提勒 Tile",
           "бек 别克 bieke|жан 江 jiang|бай 拜 bai|болот 波洛特 boluote|тай 太 tai"),
    "KF": ("Ай 阿依 Ayi|Гүл 古丽 Guli|Нур 努尔 Nu'er|Бак 巴克 Bake",
           "гүл 古丽 guli|жан 江 jiang|зат 扎提 zhati|нура 努拉 nula|каныш 卡尼西 kanixi"),
}
COMPOUND_SHARE = 0.4


def parse_names() -> dict[str, list[tuple[str, str, str]]]:
    """The name lists by kind, each name as (Cyrillic, Chinese, pinyin): the plain names first
    (Zipf-like weights by rank), then compounds of two parts."""
    lists: dict[str, list[tuple[str, str, str]]] = {"M": [], "F": [], "KM": [], "KF": []}
    for item in NAMES.replace("\n", "|").split("|"):
        if item.strip():
            kind, cyr, zh, py = item.split()
            lists[kind].append((cyr, zh, py))
    return lists


def compounds(kind: str, taken: set[str]) -> list[tuple[str, str, str]]:
    heads, tails = COMPOUNDS[kind]
    out = []
    for head in heads.split("|"):
        for tail in tails.split("|"):
            if "?" in tail:
                continue
            hc, hz, hp = head.split()
            tc, tz, tp = tail.split()
            cyr = hc + tc
            if hc.lower() == tc or cyr in taken:
                continue
            py = hp + ("'" + tp if tp[0] in "aoe" else tp)
            out.append((cyr, hz + tz, py))
            taken.add(cyr)
    return out


def zipf(n: int, s: float = 0.7) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


def find_facilities(given: str | None) -> Path:
    if given:
        return Path(given)
    here = Path(__file__).resolve().parent
    for up in list(here.parents)[:4]:
        path = up / "shared" / "data" / "facilities" / FACILITIES_NAME
        if path.exists():
            return path
    sys.exit(f"generate.py: {FACILITIES_NAME} not found two to four folders up; pass --facilities")


def read_facilities(path: Path, towns: set[str]) -> list[tuple[str, str, str]]:
    """(name, town, type) for every facility in a town of the county table."""
    text = path.read_bytes().decode("cp437")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    return [(r[1].strip(), r[3].strip(), r[7].strip()) for r in rows
            if len(r) > 7 and r[3].strip() in towns and r[1].strip()]


def russify(word: str) -> str:
    """Kazakh Cyrillic as Russian paperwork writes it: Kazakh letters replaced, a soft sign after a
    front-vowel l (Гүлнар → Гульнар, Әсел → Асель)."""
    out = []
    low = word.lower()
    for i, ch in enumerate(word):
        out.append(ch.translate(RUSSIFY))
        if low[i] == "л" and i > 0 and low[i - 1] in FRONT:
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if nxt == "" or (nxt in CYR and nxt not in "аеёиоуыэюяәіөұүь"):
                out.append("ь")
    return "".join(out)


def translit(word: str, table: dict[str, str], upper_i: str = "I") -> str:
    """Transliterate a capitalised Cyrillic word letter by letter with a lowercase table."""
    out = "".join(table.get(ch, ch) for ch in word.lower())
    if not out:
        return out
    first = out[0]
    if first == "i" and upper_i == "İ":
        return "İ" + out[1:]
    return first.upper() + out[1:]


def ru_surname(stem: str, female: bool, russian: bool = True) -> str:
    """Russian-style surname from a Cyrillic name: -ов/-ев/-ин, feminine -ова/-ева/-ина; with
    russian=False the Kazakh letters stay (Жақсылықов, as relatives write it)."""
    base = russify(stem) if russian else stem
    if base.endswith("ь"):
        base = base[:-1]
        suffix = "ев"
    elif base[-1] in "аяАЯ":
        base = base[:-1]
        suffix = "ин"
    elif base[-1] in "йЙ":
        base = base[:-1]
        suffix = "ев"
    elif base[-1] in "жшчщцЖШЧЩЦ":
        suffix = "ев"
    else:
        suffix = "ов"
    return base + suffix + ("а" if female else "")


def ru_patronymic(father: str, female: bool) -> str:
    base = russify(father)
    base = base.removesuffix("ь")
    if base[-1] in "йЙ":
        return base[:-1] + ("евна" if female else "евич")
    if base[-1] in "аяАЯ":
        return base[:-1] + ("ична" if female else "ич")
    return base + ("овна" if female else "ович")


class Person:
    __slots__ = ("birth", "cn_birth", "county", "detained", "facility", "father", "female", "given",
                 "grand", "jan", "kyrgyz", "papers", "pid", "placeholder", "stem", "uly")


class Generator:
    def __init__(self, seed: int, facilities_path: Path):
        self.rng = random.Random(seed)
        self.names = parse_names()
        self.weights = {}
        for kind, plain in self.names.items():
            extra = compounds(kind, {cyr for cyr, _, _ in plain})
            weights = zipf(len(plain))
            total = sum(weights)
            share = total * COMPOUND_SHARE / (1 - COMPOUND_SHARE) / len(extra)
            self.names[kind] = plain + extra
            self.weights[kind] = weights + [share] * len(extra)
        self.counties = {}
        for line in COUNTIES.strip().splitlines():
            pref, town, zh, py, kk, ru, en = line.split("|")
            self.counties[town] = {"pref": pref, "zh": zh, "pinyin": py, "kk": kk, "ru": ru, "en": en}
        self.facilities = read_facilities(facilities_path, set(self.counties))
        if not self.facilities:
            sys.exit("generate.py: no facility of the county table found in the facilities file")
        self.by_town: dict[str, list[tuple[str, str, str]]] = {}
        self.by_pref: dict[str, list[tuple[str, str, str]]] = {}
        for fac in self.facilities:
            self.by_town.setdefault(fac[1], []).append(fac)
            self.by_pref.setdefault(self.counties[fac[1]]["pref"], []).append(fac)
        self.recent: list[Person] = []
        self.recent_at = 0
        self.next_pid = 0
        self.docs = {k: 0 for k in KINDS}

    # persons -----------------------------------------------------------------------------
    def pick_name(self, kind: str) -> tuple[str, str, str]:
        return self.rng.choices(self.names[kind], self.weights[kind])[0]

    def new_person(self, kyrgyz: bool, female: bool, **fixed) -> Person:
        rng = self.rng
        p = Person()
        p.pid = f"P{self.next_pid:07d}"
        self.next_pid += 1
        p.kyrgyz = kyrgyz
        p.female = female
        male_list = "KM" if kyrgyz else "M"
        p.given = self.pick_name(("KF" if kyrgyz else "F") if female else male_list)
        p.father = fixed.get("father") or self.pick_name(male_list)
        while p.father == p.given and "father" not in fixed:
            p.father = self.pick_name(male_list)
        p.grand = fixed.get("grand") or self.pick_name(male_list)
        while p.grand == p.father and "grand" not in fixed:
            p.grand = self.pick_name(male_list)
        homes = KYRGYZ_HOMES if kyrgyz else KAZAKH_HOMES
        p.county = fixed.get("county") or rng.choices(list(homes), list(homes.values()))[0]
        year = fixed.get("year") or min(2001, max(1940, int(rng.triangular(1940, 2001, 1974))))
        p.birth = (year, rng.randint(1, 12), rng.randint(1, 28))
        # the Chinese household register and the Kazakh papers disagree on the day for some
        roll = rng.random()
        if roll < 0.04:
            p.cn_birth = (year + rng.choice((-1, 1)), p.birth[1], p.birth[2])
        elif roll < 0.16:
            p.cn_birth = (year, rng.randint(1, 12), rng.randint(1, 28))
        else:
            p.cn_birth = p.birth
        p.placeholder = rng.random() < 0.15
        p.papers = fixed["papers"] if "papers" in fixed else rng.random() < 0.5
        mode = fixed.get("mode") or rng.choices(
            ("father", "grand", "uly"), (50, 15, 35) if kyrgyz else (45, 25, 30))[0]
        p.uly = mode == "uly"
        p.stem = None if p.uly else (p.father[0] if mode == "father" else p.grand[0])
        if "stem" in fixed and not p.uly:
            p.stem = fixed["stem"]
        p.jan = (not female) and rng.random() < 0.06
        p.detained = rng.choices((2016, 2017, 2018, 2019), (5, 45, 40, 10))[0]
        pref = self.counties[p.county]["pref"]
        roll = rng.random()
        if roll < 0.5 and p.county in self.by_town:
            p.facility = rng.choice(self.by_town[p.county])
        elif roll < 0.8 and pref in self.by_pref:
            p.facility = rng.choice(self.by_pref[pref])
        else:
            p.facility = rng.choice(self.facilities)
        return p

    def household(self) -> list[Person]:
        rng = self.rng
        kyrgyz = rng.random() < 0.15
        roll = rng.random()
        if roll < 0.04 and self.recent:
            # a true namesake: same given name and father's name as an earlier person
            other = rng.choice(self.recent)
            fixed = {"father": other.father}
            if rng.random() < 0.5:
                fixed["county"] = other.county
            p = self.new_person(other.kyrgyz, other.female, **fixed)
            p.given = other.given
            return [p]
        if roll < 0.72:
            return [self.new_person(kyrgyz, rng.random() < 0.32)]
        if roll < 0.84:
            husband = self.new_person(kyrgyz, False)
            wife = self.new_person(kyrgyz, True, county=husband.county,
                                   year=min(2001, husband.birth[0] + rng.randint(-2, 8)),
                                   papers=husband.papers if rng.random() < 0.8 else not husband.papers)
            if husband.stem and rng.random() < 0.5:
                # the wife carries the husband's surname in -ова on papers from Kazakhstan
                wife.uly = False
                wife.stem = husband.stem
            return [husband, wife]
        if roll < 0.94:
            first = self.new_person(kyrgyz, rng.random() < 0.32)
            out = [first]
            for _ in range(rng.choice((1, 1, 2))):
                sib = self.new_person(
                    kyrgyz, rng.random() < 0.4, father=first.father, grand=first.grand,
                    county=first.county, year=min(2001, max(1940, first.birth[0] + rng.randint(-12, 12))),
                    mode="uly" if first.uly else ("father" if first.stem == first.father[0] else "grand"))
                out.append(sib)
            return out
        # a father and his child: the father's given name is the child's patronymic and surname stem
        parent = self.new_person(kyrgyz, False, year=rng.randint(1940, 1970))
        mode = rng.choice(("father", "uly")) if rng.random() < 0.7 else "grand"
        child = self.new_person(kyrgyz, rng.random() < 0.35, father=parent.given, grand=parent.father,
                                county=parent.county, year=min(2001, parent.birth[0] + rng.randint(20, 32)),
                                mode=mode)
        if mode == "grand" or (parent.stem and rng.random() < 0.5 and not child.uly):
            child.stem = parent.stem or parent.father[0]
        return [parent, child]

    # value writers -----------------------------------------------------------------------
    def given_cyr(self, p: Person, china_side: bool) -> str:
        g = p.given[0]
        if p.jan and china_side:
            g += "жан"
        return g

    def patronymic_kk(self, p: Person) -> str:
        if p.kyrgyz:
            return p.father[0] + (" кызы" if p.female else " уулу")
        return p.father[0] + ("қызы" if p.female else "ұлы")

    def name(self, p: Person, kind: str) -> str:
        rng = self.rng
        g, f = p.given[0], p.father[0]
        if kind == "kzru":
            gr = russify(g)
            if p.stem:
                sur = ru_surname(p.stem, p.female)
                if rng.random() < 0.3:
                    sur = sur.upper()
                pat = ru_patronymic(f, p.female) if rng.random() < 0.75 else ""
                if rng.random() < 0.8:
                    return " ".join(x for x in (sur, gr, pat) if x)
                return " ".join(x for x in (gr, pat, sur) if x)
            pat = russify(self.patronymic_kk(p)).replace("ұлы", "улы")
            return f"{pat} {gr}" if rng.random() < 0.5 else f"{gr} {pat}"
        if kind == "passport":
            table = ICAO if rng.random() < 0.6 else ICAO_OLD
            if p.stem:
                sur = ru_surname(p.stem, p.female)
            else:
                sur = self.patronymic_kk(p).replace(" ", "")
            def latin(word: str) -> str:
                # the older passports wrote an initial Е as YE (YERLAN), ICAO 9303 writes E
                if table is ICAO_OLD and word[0] in "ЕE":
                    return "YE" + translit(word[1:], table).upper()
                return translit(word, table).upper()

            return f"{latin(sur)} {latin(g)}"
        if kind == "kzlat":
            if p.kyrgyz:
                # Kyrgyzstan has no Latin alphabet: a volunteer list keeps Kyrgyz Cyrillic
                return f"{g} {self.patronymic_kk(p)}" if rng.random() < 0.7 else f"{g} {f}"
            table, upper_i = rng.choices(((LAT_2017, "I"), (LAT_2018, "I"), (LAT_2021, "İ")), (3, 4, 3))[0]
            gl = translit(g, table, upper_i)
            if p.stem and rng.random() < 0.5:
                return f"{gl} {translit(ru_surname(p.stem, p.female), table, upper_i)}"
            return f"{gl} {translit(self.patronymic_kk(p), table, upper_i)}"
        if kind == "appeal":
            gc = self.given_cyr(p, rng.random() < 0.5)
            if rng.random() < 0.6:  # Kazakh or Kyrgyz
                roll = rng.random()
                if roll < 0.45 or (roll >= 0.75 and not p.stem):
                    return f"{gc} {self.patronymic_kk(p)}"
                if roll < 0.75:
                    return f"{gc} {f}"
                return f"{ru_surname(p.stem, p.female, russian=False)} {gc}"
            gr = russify(gc)
            roll = rng.random()
            if roll < 0.4 or (roll < 0.8 and not p.stem):
                return f"{gr} {russify(f)}"
            if roll < 0.8:
                return f"{gr} {ru_surname(p.stem, p.female)}"
            return f"{gr} {russify(self.patronymic_kk(p))}"
        if kind == "en":
            table = EN_Q if rng.random() < 0.45 else EN_PLAIN
            ye = rng.random() < 0.35
            gc = self.given_cyr(p, rng.random() < 0.5)

            def en(word: str) -> str:
                out = translit(word, table)
                if ye and out.startswith("E"):
                    out = "Ye" + out[1:]
                return out

            roll = rng.random()
            if roll < 0.05:
                return en(gc)
            if roll < 0.4:
                return " ".join(en(w) for w in f"{gc} {self.patronymic_kk(p)}".split())
            if roll < 0.7 and p.stem:
                return f"{en(gc)} {en(ru_surname(p.stem, p.female))}"
            return f"{en(gc)} {en(f)}"
        gzh, gpy = p.given[1], p.given[2]
        if p.jan:
            gzh, gpy = gzh + "江", gpy + "jiang"
        if kind == "cn":
            sep = rng.choices(("·", "・", ".", ""), (80, 6, 4, 10))[0]
            return f"{gzh}{sep}{p.father[1]}"
        fpy = p.father[2]
        roll = rng.random()
        if roll < 0.35:
            return f"{gpy} {fpy}"
        if roll < 0.6:
            return f"{gpy} {fpy}".replace("'", "").upper()
        if roll < 0.8:
            return f"{fpy} {gpy}".replace("'", "").upper()
        return f"{gpy}·{fpy}"

    def typo(self, name: str) -> str:
        rng = self.rng
        letters = [i for i, ch in enumerate(name) if ch.isalpha()]
        if len(letters) < 4:
            return name
        i = rng.choice(letters[1:])
        op = rng.random()
        if op < 0.4:
            return name[:i] + name[i + 1:]
        if op < 0.7:
            return name[:i] + name[i] + name[i:]
        j = i + 1
        if j < len(name) and name[j].isalpha():
            return name[:i] + name[j] + name[i] + name[j + 1:]
        return name

    def gender(self, p: Person, kind: str) -> str:
        rng = self.rng
        fill = {"kzru": 0.95, "passport": 1.0, "kzlat": 0.7, "appeal": 0.5, "en": 0.55,
                "cn": 0.9, "pinyin": 0.8}[kind]
        if rng.random() >= fill:
            return ""
        i = 1 if p.female else 0
        forms = {"kzru": ("М", "Ж") if rng.random() < 0.5 else ("муж.", "жен."),
                 "passport": ("M", "F"), "kzlat": ("M", "F") if rng.random() < 0.6 else ("er", "áıel"),
                 "appeal": ("ер", "әйел") if rng.random() < 0.6 else ("муж", "жен"),
                 "en": ("male", "female") if rng.random() < 0.5 else ("M", "F"),
                 "cn": ("男", "女"), "pinyin": ("M", "F") if rng.random() < 0.7 else ("NAN", "NV")}[kind]
        return forms[i]

    def birth(self, p: Person, kind: str) -> str:
        rng = self.rng
        y, m, d = p.cn_birth if kind in ("cn", "pinyin") else p.birth
        if p.placeholder and kind in ("kzru", "passport", "kzlat"):
            m, d = 1, 1
        r = rng.random()
        if kind == "kzru":
            if r < 0.05:
                return ""
            return str(y) if r < 0.2 else f"{d:02d}.{m:02d}.{y}"
        if kind == "passport":
            return f"{d:02d} {MONTHS[m - 1]} {y}" if r < 0.5 else f"{d:02d}.{m:02d}.{y}"
        if kind == "kzlat":
            if r < 0.2:
                return ""
            return f"{d:02d}.{m:02d}.{y}" if r < 0.5 else str(y)
        if kind == "cn":
            if r < 0.1:
                return ""
            if r < 0.45:
                return f"{y}年{m}月{d}日"
            if r < 0.65:
                return f"{y}{m:02d}{d:02d}"
            return f"{y}-{m:02d}-{d:02d}" if r < 0.85 else str(y)
        if kind == "pinyin":
            if r < 0.15:
                return ""
            return f"{y}-{m:02d}-{d:02d}" if r < 0.65 else str(y)
        if kind == "appeal":
            if r < 0.3:
                return ""
            if r < 0.6:
                return str(y)
            if r < 0.8:
                return f"{y} ж." if rng.random() < 0.6 else f"{y} г.р."
            if r < 0.9:
                a = y + rng.choice((0, 1))
                return f"{a - 1}-{a}"
            return f"{d:02d}.{m:02d}.{y}"
        # en: year, an age turned into a two-year range, or a decade
        if r < 0.45:
            return ""
        if r < 0.7:
            return str(y)
        if r < 0.88:
            a = y + rng.choice((0, 1))
            return f"{a - 1}-{a}"
        return f"{y // 10 * 10}s"

    def hometown(self, p: Person, kind: str) -> str:
        rng = self.rng
        c = self.counties[p.county]
        pref = PREFECTURES[c["pref"]]
        r = rng.random()
        if kind == "passport":
            if r < 0.3:
                return ""
            return rng.choice(("CHINA", "CHINA", "CHN", "XINJIANG CHN"))
        if kind == "kzru":
            if r < 0.3:
                return ""
            if r < 0.6:
                return c["ru"]
            if r < 0.85:
                return f"КНР, {pref[4]}"
            return "КНР"
        if kind == "kzlat":
            if r < 0.4:
                return ""
            table, upper_i = rng.choice(((LAT_2017, "I"), (LAT_2018, "I"), (LAT_2021, "İ")))
            name = c["kk"] if r < 0.8 else pref[3]
            return " ".join(translit(w, table, upper_i) for w in name.split())
        if kind == "appeal":
            if r < 0.15:
                return ""
            if r < 0.5:
                return c["kk"] if rng.random() < 0.6 else c["ru"]
            if r < 0.65:
                return f"{pref[3]}, {c['kk']}"
            if r < 0.85:
                return pref[3] if rng.random() < 0.6 else pref[4]
            return XINJIANG["kk"] if rng.random() < 0.6 else XINJIANG["ru"]
        if kind == "en":
            if r < 0.3:
                return ""
            if r < 0.6:
                return c["en"] if rng.random() < 0.6 else c["pinyin"].rsplit(" ", 1)[0]
            if r < 0.85:
                return pref[5]
            return XINJIANG["en"]
        if kind == "cn":
            if r < 0.1:
                return ""
            if r < 0.6:
                return c["zh"]
            if r < 0.9:
                short = pref[1].replace("哈萨克自治州", "州").replace("柯尔克孜自治州", "州")
                return short + c["zh"]
            return pref[1]
        if r < 0.2:
            return ""
        return c["pinyin"] if r < 0.8 else pref[2]

    def facility(self, p: Person, kind: str) -> str:
        rng = self.rng
        fill = {"kzru": 0.08, "passport": 0.0, "kzlat": 0.3, "appeal": 0.65, "en": 0.6,
                "cn": 0.7, "pinyin": 0.6}[kind]
        if rng.random() >= fill:
            return ""
        fac = p.facility
        if rng.random() < 0.08:
            # a transfer, or the writer's error: another facility of the same prefecture
            fac = rng.choice(self.by_pref[self.counties[fac[1]]["pref"]])
        name, town, ftype = fac
        c = self.counties[town]
        prison = ftype.startswith("prison")
        r = rng.random()
        if kind == "en":
            if r < 0.45:
                return name
            return f"{'prison' if prison else 'camp'} in {c['en'] if r < 0.7 else town}"
        if kind == "cn":
            if prison:
                return f"{c['zh']}监狱" if r < 0.6 else f"第{rng.randint(1, 4)}监狱"
            if ftype == "detention center":
                return f"{c['zh']}看守所"
            return f"{c['zh']}职业技能教育培训中心" if r < 0.7 else f"{c['zh']}教培中心"
        if kind == "pinyin":
            base = c["pinyin"]
            if prison:
                return f"{base} Jianyu"
            if ftype == "detention center":
                return f"{base} Kanshousuo"
            return f"{base} Zhiye Jineng Jiaoyu Peixun Zhongxin"
        if kind == "kzru":
            return f"лагерь перевоспитания, {c['ru']}" if r < 0.7 else "лагерь перевоспитания"
        if kind == "kzlat":
            table, upper_i = rng.choice(((LAT_2017, "I"), (LAT_2018, "I"), (LAT_2021, "İ")))
            word = "túrme" if prison else "lager"
            return f"{translit(c['kk'].split()[0], table, upper_i)} {word}"
        # appeal
        if r < 0.2:
            return "қайта тәрбиелеу лагері" if rng.random() < 0.6 else "лагерь перевоспитания"
        if rng.random() < 0.6:
            return f"{c['kk'].split()[0]} {'түрмесі' if prison else 'лагері'}"
        return f"{'тюрьма' if prison else 'лагерь'}, {c['ru']}"

    def detained(self, p: Person, kind: str) -> str:
        rng = self.rng
        fill = {"kzru": 0.2, "passport": 0.0, "kzlat": 0.5, "appeal": 0.85, "en": 0.7,
                "cn": 0.75, "pinyin": 0.6}[kind]
        if rng.random() >= fill:
            return ""
        year = p.detained
        if kind in ("appeal", "en", "kzlat") and rng.random() < 0.1:
            year += rng.choice((-1, 1))
        return str(year)

    def source(self, kind: str) -> str:
        # about 40 mentions a document of a kind, so documents grow with N
        self.docs[kind] += 1
        return f"{kind}-{self.rng.randint(0, max(1, self.docs[kind] // 40)):05d}"

    def mentions(self, p: Person) -> list[tuple[str, ...]]:
        rng = self.rng
        k = rng.choices(*MENTIONS_PER_PERSON)[0]
        weights = WEIGHTS_PAPERS if p.papers else WEIGHTS_NONE
        rows = []
        for _ in range(k):
            kind = rng.choices(KINDS, weights)[0]
            name = self.name(p, kind)
            if kind in ("en", "kzlat", "appeal") and rng.random() < 0.03:
                name = self.typo(name)
            row = (name, self.gender(p, kind), self.birth(p, kind), self.hometown(p, kind),
                   self.facility(p, kind), self.detained(p, kind), self.source(kind), p.pid)
            rows.append(row)
            if rng.random() < 0.03:
                # listed twice in one document: the copy redrawn, in the same document
                rows.append((self.name(p, kind), "", self.birth(p, kind), row[3], row[4], row[5],
                             row[6], p.pid))
        return rows

    def rows(self, total: int):
        """Yield `total` rows (without ids) in blocks of BLOCK, each block shuffled."""
        made = 0
        block: list[tuple[str, ...]] = []
        while made < total:
            for p in self.household():
                if len(self.recent) < 5000:
                    self.recent.append(p)
                else:
                    self.recent[self.recent_at] = p
                    self.recent_at = (self.recent_at + 1) % 5000
                for row in self.mentions(p):
                    if made >= total:
                        break
                    block.append(row)
                    made += 1
            if len(block) >= BLOCK or made >= total:
                self.rng.shuffle(block)
                yield from block
                block = []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--facilities")
    args = ap.parse_args(argv)
    if args.records < 1:
        ap.error("--records must be at least 1")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(args.seed, find_facilities(args.facilities))
    width = max(7, len(str(args.records)))
    with open(out / "mentions.csv", "w", newline="", encoding="utf-8") as fm, \
            open(out / "truth.csv", "w", newline="", encoding="utf-8") as ft:
        wm, wt = csv.writer(fm), csv.writer(ft)
        wm.writerow(("mention_id", "name", "gender", "birth_year", "hometown", "facility",
                     "detained_year", "source"))
        wt.writerow(("mention_id", "person_id"))
        for i, row in enumerate(gen.rows(args.records)):
            mid = f"m{i:0{width}d}"
            wm.writerow((mid, *row[:7]))
            wt.writerow((mid, row[7]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
