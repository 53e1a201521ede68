"""Chinese rules: places, dates, personal names and facilities in Han characters.

Chinese has no spaces between words, so names are found by what marks them:
- places: the gazetteer's Chinese names, with or without their level (喀什 and 喀什市), longest
  first; a name from GeoNames only in its full form (阿瓦提镇), since short ones are words (大桥);
  the township and village names written after a county in an address (疏勒县巴仁乡);
- personal names: a Uyghur or Kazakh name transcribed with a middle dot (阿不力米提·吐尔逊), its
  parts cut at characters that never belong to a transcription (的, 在, 被 …); a Chinese name (a
  common family name and one or two characters) only after a cue: 名叫, 叫, 姓名, or a title
  (警察, 书记, 主任 …);
- dates: 2017年, 2017年3月, 2017年3月12日 (or 号), in digits or Chinese numerals, with 年初 / 年中 /
  年底, 上旬 / 中旬 / 下旬, 上半年 / 下半年 and seasons kept as qualifiers; 3月12日 without a year takes the year of
  the previous date in its paragraph. dateparser reads 2017年3月 but not 2017年 or 12号, so one
  set of rules here reads them all;
- facilities by their type words (集中营, 教培中心, 看守所, 监狱, 派出所 …), with the place
  written right before (喀什看守所).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from guwah.extract.dates import calendar_mention
from guwah.extract.document import Doc, SpanSet
from guwah.extract.lexicon import ZH_FUTURE, han_kin_pattern, hearing_forms, saying_forms
from guwah.extract.regional import (
    FacilityMentions,
    Places,
    place_before,
    place_earlier_in_sentence,
    resolve,
    same_person,
)
from guwah.places.gazetteer import COUNTY_LEVEL, PREFECTURE_LEVEL
from guwah.vocab import euphemism, facility_name_pattern, facility_number

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Separators of a transcribed name's parts (middle dots of several encodings).
DOT = "·•・‧∙⋅･．"
# Characters that end a transcribed name part: grammar words, pronouns, kinship, verbs of custody.
NOT_IN_NAMES = set("的了是在和与及被把将叫名说让给对从向我你他她们这那有个位哥弟姐妹父母亲爸妈儿子女丈夫妻叔姨舅姑"
                   "爷奶孙警察书记主任于今年月日时也还就曾已到回进出关押抓带走送去后前中里上下等人家村县市镇乡"
                   "之犯因系辩称没未邻居"
                   "民案一严"  # 居民 / 村民 X, X 一案, X 严格依法: words around a name, never in a transcription
                   "陪反核要表"  # X 陪同, X 反映, X 核实, X 要求, X 表示: a log's verbs after a name (h-x30p)
                   "兄户"  # 其兄 X (his elder brother), 重点户 X (a watched household): before a name (h-x30p)
                   "朋友同学事室狱"  # 朋友 X, 同学 X, 同事 X, 室友 X, 狱友 X: a friend, classmate, colleague before a name (h-x35p)
                   "职工自"  # 职工 X, 职员 X (an employee) before a name; X 自2018年起 (since) after it (h-kkzh59)
                   "，。、；：！？（）“”《》 \n")
MAX_PART = 6
# Words written right after a name that are no part of it: verbs a name is the subject of (X找我 "X came to
# see me", X结业 "X finished the course", X毕业, X退休 "X retired", X告诉, X通知, X参加, X谈话 …). A name ends before the first of them,
# a transcription's last part as a Chinese name after a cue (王明找 → 王明); no transcription of a Uyghur or
# Kazakh name writes these words (h-persons44); nor a verb of hearing (X得知 "X learned", `lexicon.HEARING_VERBS`).
# So does an adverb that opens the predicate after its subject (X原来在… "X used to be in", X现在, X已经, X一直,
# X目前): the name ends before it, so that 原来 stays a word (买买提·阿不都原来在 names 买买提·阿不都). Only
# words none of whose characters write a syllable of a name where they stand (not 依然: 依 writes i; not 马上:
# 马 writes ma), so that a name's last syllable is never cut (阿不都热合曼已经: 阿不都热合曼).
_ADVERBS_AFTER_NAME = ("原来|原本|本来|现在|目前|当时|那时|此时|如今|已经|早已|早就|一直|仍然|仍旧|突然|忽然|随后|随即|然后|"
                       "当即|最近|近来|经常|常常|总是|往往|再次|再度|终于|始终|其实|确实|只是|同时|正在|刚刚|刚才|先后|竟然|"
                       "居然|果然")
# A time word, a future or a negated verb told right after a name (X明年回来 "X comes back next year", X明天, X昨天,
# X即将被判 "X is about to be sentenced", X不知道 "X does not know", X不肯): it shares no character with the name,
# though its first one may be a name's (明 of 刘明华, 即 of 赵即平), so the name ends before the whole word only
# (issue 11, h-zhnames73). 明年 is that word only where its 年 starts no other (依明年纪大了: 依明 + 年纪). Negated
# verbs are 不 with a verb's first character that no transcription writes after 不 (阿不都, 阿不力孜, 阿不来提 keep
# theirs); the futures are those of `lexicon.ZH_FUTURE`.
_TIME_WORDS_AFTER_NAME = "明天|今天|昨天|前天|后天|今晚|昨晚|明晚|今早|昨日|今日|当天|当晚|那天|第二天|次日|翌日"
_NEGATED_VERBS_AFTER_NAME = ("不知|不是|不会|不能|不想|不肯|不愿|不敢|不让|不告诉|不清楚|不同意|不再|不要|不准|不许|"
                             "不认识|不记得|不承认")
_VERBS_AFTER_NAME = "知道|觉得|希望|认为|打算|准备|决定|担心|害怕|相信|记得|承认"
# A year word's 年 that starts another word (年纪, 年龄, 年轻, 年代 "age, young, era"; `_ANCHORED_YEAR` too).
_YEAR_WORD_NOT_BEFORE = "纪龄轻代迈老幼级"
_WORDS_AFTER_NAME = re.compile(f"结业|毕业|退休|找|告诉|通知|打电话|参加|认识|探望|看望|联系|商量|谈话|询问|问|{hearing_forms('zh')}|"
                               f"{_ADVERBS_AFTER_NAME}|{ZH_FUTURE}|{_TIME_WORDS_AFTER_NAME}|明年(?![{_YEAR_WORD_NOT_BEFORE}])|"
                               f"{_NEGATED_VERBS_AFTER_NAME}|{_VERBS_AFTER_NAME}")


# A part after a dot holds no character of NOT_IN_NAMES, so that two dotted names joined by words
# ("吐尔洪·依明和他的妻子热依拉·阿不都") are two names, not one of three parts.
# 里 ends a transcribed name part as a word ("inside": 家里, 这里), but is a syllable of one after these
# (克里木 Kerim, 阿里 Ali, 艾里 Eli, 米里 …).
_LI_AFTER = "克阿艾米比迪帕沙凯卡吾"
_NAME_CHAR = f"(?:(?!{_WORDS_AFTER_NAME.pattern})" + "(?:(?![" + re.escape("".join(sorted(NOT_IN_NAMES))) + rf"])[{HAN}]|(?<=[{_LI_AFTER}])里))"
_TRANSCRIPTION = re.compile(rf"[{HAN}]+(?:[{DOT}]{_NAME_CHAR}+)+")
# A name told as the subject of a verb of place (住在 lives in, 生于 born in, 留在 stays in, 死在 died in):
# the verb is one character written right against the name, and what delimits it is its complement
# 在/于/到 (a grammar word, in NOT_IN_NAMES) after it, so the verb is cut from the name only there; no
# transcription of a Uyghur or Kazakh name uses these characters (h-x34).
_PLACE_VERBS = set("住生死留躺坐站睡呆待葬埋")
_PLACE_COMPLEMENTS = set("在于到")
# Common family names (one character) of Chinese names told after a cue.
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
               "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
               "莫孔向汤")
# Officials' titles (their holders are no victims, `find_victims`), and the other cues of a name.
# (网格员 a grid worker, 辅警/协警 an auxiliary policeman: the posts that keep a neighbourhood's watch logs, h-x30p)
_OFFICIAL_CUES = "警察|民警|干部|书记|主任|局长|所长|队长|狱警|看守|教官|审判长|审判员|网格员|辅警|协警"
# and a log's or a form's recorder field (记录人：X, 填表人：X, 经办人：X); a lawyer (律师); any of them as a
# form's field, with a colon (责任医生：X, 会见律师：X, h-persons43)
# A form's staff field without its 人 (经办：X, 记录：X, 填表：X, 承办：X), with its colon only (h-persons44).
# Any form field named by an agent noun (a word ending in 人, 员, 师, 长 or 任: 审核人：X, 辅导员：X, 接线员：X,
# 班主任：X) with its colon, where a Chinese name closes the line or its clause (h-persons48).
_CUES = (f"名叫|叫做|名字叫|姓名|(?<![被])叫|{_OFFICIAL_CUES}|老师|医生|律师|记录人|填表人|经办人|"
         r"(?:经办|记录|填表|承办)(?=\s*[：:])|"
         rf"[{HAN}]{{1,5}}[人员师长任](?=\s*[：:][ \t]*[{HAN}]{{2,3}}(?:[ \t]*$|[ \t]*[，,；;。（(|｜]))")
_HAN_NAME = re.compile(rf"(?:{_CUES})\s*[：:]?[ \t]*(?P<name>[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}})", re.M)


# A register's entry: a Chinese name that opens a line, a numbered item or a sentence (or follows 本人, "I, the
# undersigned", h-persons43) and is followed by the person's sex (马秀英，女，回族，… ; （二）王某某，男，…): a
# name without a cue (h-x28p).
_REGISTER_NAME = re.compile(
    rf"(?:^|(?<=[\n。；：:])|(?<=本人))[ \t]*(?:[（(][一二三四五六七八九十0-9]+[）)][ \t]*)?(?P<name>[{''.join(sorted(SURNAMES))}][{HAN}]{{1,2}})"
    r"(?=[，,][ \t]*[男女][，,。；])", re.M)


# A relative named without a dot, told with an age (儿子艾力（9岁）, 女儿阿依古丽（6岁）): the kinship word
# before (a word of `lexicon.HAN_KIN` for one relative) and the age after delimit a one-part name, a Uyghur given
# name or a Chinese name (h-persons43).
_KIN_NAME = re.compile(
    rf"(?:{han_kin_pattern(single=False, groups=False)})"
    rf"(?P<name>(?:(?![{re.escape(''.join(sorted(NOT_IN_NAMES)))}])[{HAN}]){{2,6}})(?=[（(][ \t]*[0-9０-９一二三四五六七八九十]+[ \t]*岁)")


# Titles and posts written right against the name after them (村干部阿不都·热合曼, 老师艾力·托合提): never part
# of the name, so a transcription's first part starts after the last of them (h-persons44).
_TITLES_BEFORE = re.compile(f"(?:{_OFFICIAL_CUES}|老师|医生|律师|同志|先生|女士|阿訇)")
# Words written right against a transcription before it whose first character is a word's end the cuts read as
# the name's start: 学生X (a student X: 学 cuts, 生 would stay), 给予X (give X: 给 cuts, 予 would stay) (h-persons48).
# `guwah.redaction` reads it too: no name part beside a mask begins inside one.
WORDS_BEFORE_NAME = re.compile("学生|给予|授予|同学")
def _cut_words_after(name: str, after: str = "") -> str:
    """`name` up to the first of `_WORDS_AFTER_NAME` after its first character; `after`, the text written
    right after `name`, so that a word begun by the name's last characters (X明 + 年) ends it too."""
    match = _WORDS_AFTER_NAME.search(name + after[:4], 1)
    return name[:match.start()] if match and match.start() < len(name) else name


def _transcribed_li(part: str, index: int) -> bool:
    """Whether part[index] is 里 read as a syllable of a transcribed name (`_LI_AFTER` before it)."""
    return part[index] == "里" and index > 0 and part[index - 1] in _LI_AFTER


# 来 is a syllable of many transcriptions (阿不来提 Ablet, 来提甫 Letip) and also a word: "come" (来自 from,
# 来到 came to, 来了) and the end of words before a name (后来 later, 原来, 过来, 起来, 以来). It ends a
# name part only as that word: before 自, 到, 了 … or at the part's end, or after those words' first
# characters (h-persons43).
_LAI_WORD_AFTER = set("自到了过看找往家")
_LAI_WORD_BEFORE = set("过起原本以近未带")


def _cuts(part: str, index: int, *, last: bool) -> bool:
    """Whether part[index] ends a transcribed name part (`NOT_IN_NAMES`, 里 and 来 as words); `last`: the
    part after the last dot (whose end is not a dot)."""
    char = part[index]
    if char == "来":
        if index == 0:
            return False
        before = part[index - 1]
        return ((last and index == len(part) - 1) or (index + 1 < len(part) and part[index + 1] in _LAI_WORD_AFTER)
                or before in NOT_IN_NAMES or before in _LAI_WORD_BEFORE)
    return char in NOT_IN_NAMES and not _transcribed_li(part, index)


# A relative named without a dot right after the kinship word (我弟弟艾则孜去年…, 他的妻子阿依木…): a one-part name
# that ends where a grammar word begins (`NOT_IN_NAMES`), kept only when its characters write a Uyghur or
# Kazakh name (`transcription_marked`: 我弟弟现在 names no one) and it starts no place name (h-persons44). The kinship
# words are those of `_KIN_NAME`.
_KIN_BARE_NAME = re.compile(
    rf"(?:[我他她其]|的)(?:{han_kin_pattern(single=False, groups=False)})"
    rf"(?P<name>(?:(?![{re.escape(''.join(sorted(NOT_IN_NAMES)))}])[{HAN}]){{2,4}})"
    rf"(?=[{re.escape(''.join(sorted(NOT_IN_NAMES)))}]|[^{HAN}{DOT}]|$|{_WORDS_AFTER_NAME.pattern})")  # (or a date's digits: 我妈妈古丽娜尔2018年…, h-persons45)


def _kin_transcriptions(text: str) -> list[re.Match]:
    """The matches of `_KIN_BARE_NAME` whose name reads as a transcription and is no place."""
    from guwah.names.chinese import transcription_marked

    places = _names()
    return [match for match in _KIN_BARE_NAME.finditer(text)
            if transcription_marked(_cut_words_after(match.group("name"), text[match.end("name"):]))
            and not any(_simplified_text(match.group("name")).startswith(place) for place in places if len(place) >= 2)]


# A given name alone before a verb of saying (阿依古丽说…, 古丽娜尔讲…, 艾力告诉我…): the run of characters before
# the verb, after a grammar word, a punctuation mark or the line's start; of it the longest ending, two to six
# characters, that reads back as a common Uyghur or Kazakh given name (`guwah.names.given`, not also a word):
# 昨天阿依古丽说 names 阿依古丽; 医生说, 大家说 name no one (issue 11, h-persons45: names in spoken turns).
# So does a verb of hearing (阿娜尔听说, 阿娜尔得知: 听 is no syllable of the name, h-heard57).
_BEFORE_SAYING = re.compile(
    rf"(?P<run>(?:(?![{re.escape(''.join(sorted(NOT_IN_NAMES)))}])[{HAN}]){{2,8}})(?<!听)"
    rf"(?={hearing_forms('zh')}|{saying_forms('speaker', languages=('zh',))})")


def _given_before_saying(text: str) -> list[tuple[int, int]]:
    """Spans of the given names of `_BEFORE_SAYING`."""
    from guwah.names.chinese import han_syllables, uyghur_reading
    from guwah.names.given import given_name

    found = []
    for match in _BEFORE_SAYING.finditer(text):
        run, end = match.group("run"), match.end("run")
        for size in range(min(6, len(run)), 1, -1):
            reading = uyghur_reading(han_syllables(run[-size:]))
            known = given_name(reading) if reading else None
            if known is not None and not known[0].word:
                found.append((end - size, end))
                break
    return found


def find_persons(doc: Doc) -> None:
    """Add persons named in Han characters: dotted transcriptions, Chinese names after a cue or at a
    register's entry (`_REGISTER_NAME`), and relatives named with their age (`_KIN_NAME`)."""
    found: list[tuple[int, int]] = []
    for match in _TRANSCRIPTION.finditer(doc.text):
        start, end = match.span()
        parts = re.split(f"[{DOT}]", match.group())
        first, last = parts[0], parts[-1]
        head = first
        for index in range(len(first) - 1, -1, -1):
            if _cuts(first, index, last=False):
                head = first[index + 1:]
                break
        # a title or a verb before the name (村干部X, 王明找X) ends what comes before it
        cut = max((m.end() for pattern in (_TITLES_BEFORE, _WORDS_AFTER_NAME) for m in pattern.finditer(head)), default=0)
        head = head[cut:]
        for before in WORDS_BEFORE_NAME.finditer(first):
            if len(first) - len(head) < before.end() < len(first):
                head = first[before.end():]
        head = head[-MAX_PART:]
        tail = last
        for index in range(len(last)):
            if _cuts(last, index, last=True):
                tail = last[:index]
                break
        tail = _cut_words_after(tail, doc.text[end - len(last) + len(tail):])[:MAX_PART]
        after = end - len(last) + len(tail)
        if (len(tail) > 1 and tail[-1] in _PLACE_VERBS
                and doc.text[after:after + 1] in _PLACE_COMPLEMENTS):
            tail = tail[:-1]
        if len(head) < 2 or len(tail) < 1:
            continue
        found.append((start + len(first) - len(head), end - len(last) + len(tail)))
    for match in [*_HAN_NAME.finditer(doc.text), *_REGISTER_NAME.finditer(doc.text), *_KIN_NAME.finditer(doc.text),
                  *_kin_transcriptions(doc.text)]:
        start, end = match.span("name")
        name = _cut_words_after(match.group("name"), doc.text[end:])
        end = start + len(name)
        for index, char in enumerate(name[1:], 1):
            if char in NOT_IN_NAMES:
                end = start + index
                break
        if end - start >= 2:
            found.append((start, end))
    found += _given_before_saying(doc.text)
    taken = SpanSet()
    for start, end in sorted(found):
        if taken.overlaps((start, end)):
            continue
        taken.add((start, end))
        name = doc.text[start:end]
        person = same_person(doc, name) or doc.new_person()
        if name not in person.names:
            person.names.append(name)
        doc.add_person_mention(person, (start, end))


# A defendant (被告人) is the one a judgment sentences; a passive of custody (被抓, 被判, 被刑事拘留,
# 被带走 …) happens to the person named before it in its clause, or in the clause before when its
# own clause names nobody ("X，被抓时三十五岁").
_DEFENDANT = re.compile(r"被告人?\s*[：:]?\s*$")
# (not 被拘留人, "the detained person", a noun: 被拘留人之妻 is his wife)
_PASSIVE_CUSTODY = re.compile(r"(?<![没未不有])被(?:刑事)?(?:抓|捕|拘|关|判|带走|送|押|劳教|逮捕|拘留|关押|判处|判刑|收押|收监)(?![留押]?人)")
_CLAUSE_END = "，。；！？,;\n"


def find_victims(doc: Doc) -> None:
    """The victim role in Chinese: a person named right after 被告人 (the defendant), or before a
    passive of custody in the same clause or the next one when that names nobody; not a negated one
    (没有被抓). A name after an official's title (警察, 书记 … `_OFFICIAL_CUES`) is never a victim."""
    text = doc.text
    spans = sorted(doc.person_spans)
    for (start, end), person_id in spans:
        if re.search(rf"(?:{_OFFICIAL_CUES})\s*$", text[max(0, start - 4):start]):
            continue
        victim = bool(_DEFENDANT.search(text[max(0, start - 5):start]))
        stop = next((i for i in range(end, len(text)) if text[i] in _CLAUSE_END), len(text))
        # X的护照被… / X之兄被…: X owns the subject of the passive (h-persons44); of a relative, the clauses
        # after are told of that relative too
        owner = text[end:end + 1] in ("的", "之")
        if not victim and not owner:
            victim = bool(_PASSIVE_CUSTODY.search(text, end, stop))
        if not victim and not _possessed_kin(text, end) and stop < len(text) and text[stop] in "，,":
            after = next((i for i in range(stop + 1, len(text)) if text[i] in _CLAUSE_END), len(text))
            victim = bool(_PASSIVE_CUSTODY.search(text, stop + 1, after)) and not doc.person_spans_in(stop + 1, after)
        if victim:
            doc.person(person_id).roles.add("victim")
    _sentence_victims(doc)


# Custody told without a passive, or of a pronoun (h-x28p): 将其带走 / 把他带走 (took him away), 将 X 刑事拘留, 被收押,
# 送中心学习 / 送往教培中心 (sent to a centre), 羁押, 失踪, 被关 / 被判 of 他 / 她 / 其. Not negated (没 / 未 / 不).
_CAMP = euphemism("zh", "camp_place")  # 教培, 培训中心, 学习班 … (vocab/euphemisms.yaml, the one list)
_CUSTODY_ANY = re.compile(
    r"(?<![没未不])(?:被(?:刑事)?(?:抓|捕|拘|关|判|带走|送|押|劳教|逮捕|拘留|关押|判处|判刑|收押|收监)(?![留押]?人)|带走|抓走|刑事拘留|羁押|关押|逮捕|"
    rf"送(?:往|到|进|去)?[^，。；\n]{{0,12}}?(?:{_CAMP}|中心学习|中心|看守所|监狱|拘留所)|失踪|"
    # a term in a "training centre" told as study (在…教育培训中心学习), a sentence without 被 (经法院判处有期徒刑)
    rf"在[^，。；\n]{{0,16}}?{_CAMP}(?:学习|接受)|判处(?:有期徒刑|无期徒刑|死刑))")
_PRONOUN = re.compile(r"[他她其]")
_NEGATED_BEFORE = re.compile(r"(?:没有?|未|不|并未|从未)$")
_KIN_BEFORE = re.compile(r"[其他她我](?:的)?(?:兄|弟|哥|姐|妹|父|母|丈夫|妻|儿|女|子|爸|妈)")
_SENTENCE_END = "。！？!?\n"


# A relative owned by the name before it: X的哥哥, X之兄, X的妻子, X的家人 (`lexicon.HAN_KIN`).
_OWNED_KIN = re.compile(rf"(?:的|之)(?:{han_kin_pattern()})")


def _possessed_kin(text: str, end: int) -> bool:
    """Whether a name ending at `end` owns the relative written right after it (X的哥哥, X之兄)."""
    return bool(_OWNED_KIN.match(text, end))


def _sentence_victims(doc: Doc) -> None:
    """A sentence with custody (`_CUSTODY_ANY`) that names exactly one person besides officials makes
    that person a victim; one that names nobody but an official and refers to him or her (他, 她, 其), or
    that names nobody on the line of a register's entry (（二）X，女，…。…送中心学习…), makes the last
    person named before it in the paragraph a victim."""
    text = doc.text
    officials = {pid for (start, _end), pid in doc.person_spans
                 if re.search(rf"(?:{_OFFICIAL_CUES})\s*$", text[max(0, start - 4):start])}
    last: str | None = None
    start = 0
    while start < len(text):
        end = next((i for i in range(start, len(text)) if text[i] in _SENTENCE_END), len(text))
        spans_in = sorted(doc.person_spans_in(start, end))
        named = [pid for _span, pid in spans_in]
        people = {pid for pid in named if pid not in officials}
        # a name told only as the owner of a relative (X的哥哥被带走) is not the one taken (h-persons44)
        owners_only = {pid for pid in people if all(_possessed_kin(text, e) for (s, e), p in spans_in if p == pid)}
        # not negated (没有被带走), not told of a relative of the one named (其兄此后被判处…)
        custody = next((m for m in _CUSTODY_ANY.finditer(text, start, end)
                        if not _NEGATED_BEFORE.search(text, max(start, m.start() - 4), m.start())
                        and not _NEGATED_BEFORE.search(text, max(start, m.start() - 5), m.start() - 1)
                        and not _KIN_BEFORE.search(text, max(start, m.start() - 6), m.start())), None)
        if custody:
            line_start = text.rfind("\n", 0, start) + 1
            if len(people) == 1 and not owners_only:
                doc.person(next(iter(people))).roles.add("victim")
            elif not people and last and (_PRONOUN.search(text, start, end) or doc.person_spans_in(line_start, start)):
                doc.person(last).roles.add("victim")
        if people:
            last = [pid for pid in named if pid in people][-1]
        if end < len(text) and text[end] == "\n" and text[end + 1:end + 2] == "\n":
            last = None  # a new paragraph
        start = end + 1


@cache
def _names() -> dict[str, None]:
    """Chinese place names the gazetteer knows, in simplified characters, longest first."""
    return _gazetteer_names()[0]


@cache
def _gazetteer_names() -> tuple[dict[str, None], frozenset[str]]:
    """(the names read anywhere, longest first; GeoNames' two-character names, read after a place cue),
    all in simplified characters (`guwah.names.chinese.simplified`: text is matched simplified too)."""
    from guwah.names.chinese import simplified
    from guwah.places.gazetteer import strip_kind_words
    from guwah.places.resolve import gazetteer

    names: set[str] = set()
    cued: set[str] = set()
    for entry in gazetteer().entries.values():
        for name in entry.all_names():
            if not name or not re.fullmatch(f"[{HAN}]+", name):
                continue
            name = simplified(name)
            if entry.source != "curated":
                # GeoNames' two-character names are often words too (三台 a stage, 麻扎 a shrine)
                if len(name) >= 3:
                    names.add(name)
                elif len(name) == 2 and name not in STOP_NAMES:
                    cued.add(name)
                continue
            names.add(name)
            base = strip_kind_words(name)[0]
            if len(base) >= 2 and base not in STOP_NAMES:
                names.add(base)
    ordered = dict.fromkeys(sorted(names, key=lambda name: (-len(name), name)))  # not the set's order
    return ordered, frozenset(cued - names)


# Short place names that are everyday words: 天山 (the mountains), 新市 (a new city), 温泉 (a hot spring),
# 三台 (a stage), 麻扎 (a shrine), 东湾 (an east bay), 天府 (a land of plenty).
STOP_NAMES = {"天山", "新市", "温泉", "新星", "城关", "大桥", "红旗", "荒地", "皇宫", "白杨", "双河", "二工", "六工",
              "三台", "麻扎", "东湾", "西地", "上户", "新安", "天府", "小拐", "古龙", "大泉", "玉山", "托托"}
# Before a place: 在 (in), 到 (to), 去 (go to), 从 (from), 往 (towards: 被送往), 于 (at), 至 (to), 来自 (comes from).
_PLACE_CUE = re.compile(r"(?:在|到|去|从|往|于|至|来自)$")
LEVEL = re.compile(r"[ \t\u3000]?(?:维吾尔|哈萨克|蒙古|回族|锡伯|塔吉克|柯尔克孜)?(?:自治区|自治州|自治县|地区|省|市|县|区|州|镇|乡|村)")


def find_places(doc: Doc) -> None:
    """Add the places named in Han characters (longest gazetteer name at each position)."""
    names, cued = _gazetteer_names()
    longest = max(map(len, names), default=0)
    text = _simplified_text(doc.text)  # the offsets are the document's
    places = Places(doc)
    persons = SpanSet(span for span, _ in doc.person_spans)
    ends = {end for (_start, end), _id in doc.place_spans}  # a place just before cues one (湖北武汉)
    index = 0
    while index < len(text):
        if not re.match(f"[{HAN}]", text[index]):
            index += 1
            continue
        for size in range(min(longest, len(text) - index), 1, -1):
            name = text[index:index + size]
            if name not in names and not (size == 2 and name in cued and (
                    index in ends or _PLACE_CUE.search(text, max(0, index - 2), index))):
                continue
            end = index + size
            level = LEVEL.match(text, end)
            full = name + level.group() if level else name
            resolved = resolve(full) or resolve(name)
            if resolved and not persons.overlaps((index, end)):
                end = index + len(full) if resolve(full) else end
                places.add(index, end, *resolved)
                ends.add(end)
                if resolved[2] in COUNTY_LEVEL or resolved[2] in PREFECTURE_LEVEL:
                    end = _address_tail(text, end, places)
                    ends.add(end)
                index = end - 1
            break
        index += 1
    # A township standing alone between punctuation or a table's bars (｜X乡｜), or after a place cue (住在X乡。),
    # which the gazetteer need not know; never a word for one's home (家乡, 故乡, 老乡) nor 城乡, 下乡.
    for match in _TOWNSHIP_ALONE.finditer(text):
        if not persons.overlaps(match.span()) and not resolve(match.group()):
            places.add(match.start(), match.end(), None, match.group(), "township")


_TOWNSHIP_ALONE = re.compile(
    rf"(?:(?<![{HAN}])|(?<=[在到去从往于]))(?![一这那该某每各本])(?:(?![的了是在和与及被把到去回从里我你他她])[{HAN}]){{2,3}}"
    rf"(?<![家故老同异城下回返思梦外水])乡(?![{HAN}])")


def _simplified_text(text: str) -> str:
    """The text with its Chinese characters simplified, one character for one (溫哥華 → 温哥华)."""
    from guwah.names.chinese import simplified

    # Character by character: OpenCC's phrases could change a text's length, and a whole text would
    # fill `simplified`'s cache.
    return "".join(simplified(char) if re.match(f"[{HAN}]", char) else char for char in text)


# An address goes down from a county to its township and village (焉耆回族自治县七个星镇霍拉山村,
# 疏勒县巴仁乡): the names after a county, each ending in its level, are places the gazetteer
# need not know. A name holds no grammar word, and "一个村" (a village) names none.
_LOCAL_LEVELS = {"镇": "town", "乡": "township", "村": "village"}
_LOCAL = re.compile(rf"((?![一这那该某每各])(?:(?![的了是在和与及被把到去回从里])[{HAN}]){{2,5}}?)([镇乡村])")


def _address_tail(text: str, end: int, places: Places) -> int:
    """Add the township and village names written right after a county at `end`; the new end."""
    while match := _LOCAL.match(text, end):
        if resolve(match.group()) and match.group(1) in _names():
            break  # a name the gazetteer knows: the main loop reads it
        places.add(match.start(), match.end(), None, match.group(), _LOCAL_LEVELS[match.group(2)])
        end = match.end()
    return end


# ------------------------------------------------------------------------------------------ dates

NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９〇零一二两三四五六七八九十]"
_DATE = re.compile(
    rf"(?:(?P<y>{_NUM}{{4}})\s*年)?\s*(?:(?P<m>{_NUM}{{1,3}})\s*月(?:份)?)?\s*(?:(?P<d>{_NUM}{{1,3}})\s*[日号])?")
# 年底 / 年末 / 年中 after a year word (去年年底), 季 before 天 (秋季, not 秋 alone); 春节 (the Spring Festival)
# falls in January or February, the year's start, not its spring. 上半年 / 下半年 (the first, the second half of
# the year: 2018年上半年, 去年下半年) are the year with its half kept, as a season is (h-kkzh59).
QUALIFIERS = [("first_half", r"上半年"), ("second_half", r"下半年"), ("early", r"春节|初|上旬|年初|开始"), ("mid", r"中旬|年中|中"), ("late", r"年底|年末|底|末|下旬"),
              ("spring", r"春季|春天?"), ("summer", r"夏季|夏天?"), ("autumn", r"秋季|秋天?"), ("winter", r"冬季|冬天?")]
_QUALIFIER = re.compile("(?:" + "|".join(f"(?P<{name}>{words})" for name, words in QUALIFIERS) + ")")


def number(text: str) -> int | None:
    """A number written in digits (ASCII or full width) or Chinese numerals (二〇一七, 十二)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (NUMERALS.get(tens, 0) if tens else 1) * 10 + (NUMERALS.get(units, 0) if units else 0)
        return value if all(c in NUMERALS for c in tens + units) else None
    if all(c in NUMERALS for c in text):
        return int("".join(str(NUMERALS[c]) for c in text))
    return None


# A year named from another date: the year of the date before (同年, 当年), the one after it (次年,
# 翌年), or counted from the document's date (今年, 去年, 前年); a month and a day may follow
# (同年9月, 今年1月). 次日 (the next day) and 当天 (that day) follow the day before.
_YEAR_WORDS = {"同年": ("previous", 0), "当年": ("previous", 0), "该年": ("previous", 0), "次年": ("previous", 1),
               "翌年": ("previous", 1), "第二年": ("previous", 1), "前一年": ("previous", -1), "今年": ("document", 0),
               "本年": ("document", 0), "去年": ("document", -1), "上年": ("document", -1), "前年": ("document", -2),
               "大前年": ("document", -3)}
# (明年 "next year" and 下个月 "next month" are left out: a testimony's dates are of what happened; a plan's
# date, 保留到明年 "kept until next year", is no event, and the golds leave it out.)
# A year word's characters that end another word before it (以前, 之前, 提前, 从前 "before"; 过去 "the past",
# 回去, 失去, 死去): 以前年纪 is 以前 + 年纪, no year two years back; nor is a word the year word's 年 starts
# (年纪, 年龄, 年轻, 年代 "age, young, era": 如今年纪大了; `_YEAR_WORD_NOT_BEFORE`, above).
_YEAR_WORD_NOT_AFTER = {"前年": "以之提从先目面眼生事空跟向往", "去年": "过失回出进死离下上除"}
_ANCHORED_YEAR = re.compile(
    "(?P<w>" + "|".join((f"(?<![{_YEAR_WORD_NOT_AFTER[w]}])" if w in _YEAR_WORD_NOT_AFTER else "") + w
                        for w in sorted(_YEAR_WORDS, key=len, reverse=True))
    + rf")(?![{_YEAR_WORD_NOT_BEFORE}])(?:\s*(?P<m>{_NUM}{{1,3}})\s*月(?:份)?(?:\s*(?P<d>{_NUM}{{1,3}})\s*[日号])?)?")
# A year word right before a month and day (同年4月8日): the whole is read by `_anchored_dates`, not the
# month and day alone by `find_dates`.
_YEAR_WORD_BEFORE = re.compile("(?:" + "|".join(sorted(_YEAR_WORDS, key=len, reverse=True)) + r")\s*$")
# A month named from the document's date: last month, this month (上个月, 本月).
_MONTH_WORDS = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0}
_ANCHORED_MONTH = re.compile("|".join(sorted(_MONTH_WORDS, key=len, reverse=True)))
# A date counted from the document's date, the writer's present (今年, 去年, 上个月 …).
_NOW_WORD = re.compile("|".join(sorted([*(w for w, (anchor, _step) in _YEAR_WORDS.items() if anchor == "document"),
                                        *_MONTH_WORDS], key=len, reverse=True)))
# A birth date (1981年生, 1979年6月2日出生) or a date of what someone had once done (2016年曾去…): no date a
# later one is counted from (同年, 次年), nor a yearless day's year.
_NO_ANCHOR_AFTER = re.compile(r"\s*(?:出生|生人|生于|生(?=[，,。；）)])|曾)")
# 2024-09-18, 2018-04: digits around Chinese characters (which are word characters to `re`)
_ISO = re.compile(r"(?<![0-9./-])(1[89]\d\d|20[0-4]\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![0-9/-]|\.\d)")
_DAY_WORDS = {"次日": 1, "翌日": 1, "第二天": 1, "当天": 0, "当日": 0, "同日": 0, "当晚": 0, "当夜": 0, "那天": 0, "那晚": 0}
_ANCHORED_DAY = re.compile("|".join(_DAY_WORDS))


def _anchored_dates(doc: Doc, taken: SpanSet) -> None:
    """Add the dates named from another date (`_YEAR_WORDS`, `_DAY_WORDS`): from the date before
    them in the same paragraph (or the date that heads their log entry, 6月26日 on its own line),
    or from the document's date; none without their anchor."""
    from datetime import timedelta

    from guwah.extract.document import DateMention

    text = doc.text
    found = [(m, "year") for m in _ANCHORED_YEAR.finditer(text)] + [(m, "day") for m in _ANCHORED_DAY.finditer(text)] \
        + [(m, "month") for m in _ANCHORED_MONTH.finditer(text)]
    for match, kind in sorted(found, key=lambda item: item[0].start()):
        start, end = match.span()
        if taken.overlaps((start, end)):
            continue
        # the date before, not a birth date nor one of what someone had once done (1981年生, 2016年曾去),
        # nor one counted back from the narrative (前一年10月: an aside about the year before)
        previous = next((d for d in reversed(doc.dates) if d.end <= start and not _NO_ANCHOR_AFTER.match(text, d.end)
                         and not text.startswith("前一年", d.start)), None)
        # another paragraph, not the entry of a log that a date heads: a day (次日) is not counted from it,
        # a year word (同年 "the same year", 次年 "the next year") still is, from the last year told
        if previous is not None and kind == "day" and text.rfind("\n\n", previous.end, start) != -1 \
                and not _ENTRY_BEFORE.search(text, max(0, previous.start - 8), previous.start):
            previous = None
        # 同年 opening a paragraph with no date of its own before it: the last year the story told, not a
        # date of the writer's present in an earlier paragraph (今年1月会见时…。\n\n四、…同年8月被转押: the year of
        # the story's events, h-events49)
        if previous is not None and kind == "year" and _YEAR_WORDS[match.group("w")][0] == "previous" \
                and _NOW_WORD.match(text, previous.start) and text.rfind("\n\n", previous.end, start) != -1:
            previous = next((d for d in reversed(doc.dates) if d.end <= start and not _NO_ANCHOR_AFTER.match(text, d.end)
                             and not text.startswith("前一年", d.start) and not _NOW_WORD.match(text, d.start)), None)
        mention = None
        if kind == "day":
            offset = _DAY_WORDS[match.group()]
            if previous is not None and previous.precision == "day":
                day = date.fromisoformat(previous.value) + timedelta(days=offset)
                mention = DateMention(start, end, day.isoformat(), "day", True)
            elif previous is not None and (offset == 0 or (previous.precision == "month" and previous.value[5:7] != "12")):
                # that day (当晚) of a month or a year is in it; the next day (次日) of a month may be the
                # next month's first: only its year is known
                value = previous.value if offset == 0 else previous.value[:4]
                mention = DateMention(start, end, value, "year" if len(value) == 4 else "month", True)
        elif kind == "month":
            if doc.document_date is None:
                continue
            months = doc.document_date.year * 12 + doc.document_date.month - 1 + _MONTH_WORDS[match.group()]
            mention = calendar_mention(start, end, months // 12, months % 12 + 1, None, True)
        else:
            anchor, step = _YEAR_WORDS[match.group("w")]
            if anchor == "previous" and previous is not None:
                year = int(previous.value[:4]) + step
            elif anchor == "document" and doc.document_date is not None:
                year = doc.document_date.year + step
            else:
                continue
            month = number(match.group("m")) if match.group("m") else None
            day = number(match.group("d")) if match.group("d") else None
            if month is None or 1 <= month <= 12:
                mention = calendar_mention(start, end, year, month, day, True)
                # 今年4月初, 去年冬天: the qualifier kept (not 中 alone: 去年中国 …)
                qualifier = _QUALIFIER.match(text, end) if mention is not None and day is None else None
                if qualifier and qualifier.group() != "中":
                    mention.qualifier, mention.end = qualifier.lastgroup, qualifier.end()
                    end = mention.end
        if mention is not None:
            doc.dates.append(mention)
            doc.dates.sort(key=lambda d: d.start)
            taken.add((start, end))


# What opens a log's entry line before its day (a bullet, a dash, a number in brackets) and what closes the
# day (a colon, a comma, a space): 5日：…, - 12日, …
_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—*•·][ \t]*)?$")
_ENTRY_AFTER = re.compile(r"[ \t]*[：:，,、 \t]")


def _day_entry(text: str, match: re.Match) -> bool:
    """Whether a day alone (5日, 十二号) opens its line as a log's entry heading."""
    start = match.start("d") if match.group("d") else -1
    return start >= 0 and bool(_ENTRY_BEFORE.search(text, max(0, start - 8), start)) \
        and bool(_ENTRY_AFTER.match(text, match.end()))


def find_dates(doc: Doc) -> None:
    """Add the dates written in Chinese (年, 月, 日/号) to doc.dates, then those named from another
    date (同年9月, 次日, 去年)."""

    text = doc.text
    taken = SpanSet((d.start, d.end) for d in doc.dates)
    # A record's field or a post's time stamp written the ISO way ("发表于 2024-09-18 22:41")
    for match in _ISO.finditer(text):
        mention = calendar_mention(match.start(), match.end(), int(match.group(1)), int(match.group(2)),
                                   int(match.group(3)) if match.group(3) else None)
        if mention is not None and not taken.overlaps((match.start(), match.end())):
            doc.dates.append(mention)
            taken.add((match.start(), match.end()))
    for match in _DATE.finditer(text):
        if not match.group() or not (match.group("y") or match.group("m") or _day_entry(text, match)):
            continue
        year = number(match.group("y")) if match.group("y") else None
        month = number(match.group("m")) if match.group("m") else None
        day = number(match.group("d")) if match.group("d") else None
        if month is not None and not 1 <= month <= 12 or year is not None and not 1800 <= year <= 2100:
            continue
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if taken.overlaps((start, end)):
            continue
        relative = False
        if month is None and day is not None:
            # a log's entry headed by its day alone (5日：…): the month and year of the entry before,
            # the month after when the day comes earlier in the month than that entry's
            previous = next((d for d in reversed(doc.dates) if d.end <= start and d.precision != "year"), None)
            if previous is None:
                continue
            year, month = int(previous.value[:4]), int(previous.value[5:7])
            if previous.precision == "day" and day < int(previous.value[8:10]):
                year, month = year + month // 12, month % 12 + 1
            relative = True
        elif year is None:
            if day is None:
                continue  # 三月 alone: a month of what year?
            if _YEAR_WORD_BEFORE.search(text, max(0, start - 4), start):
                continue  # 同年4月8日: read whole by `_anchored_dates`
            previous = next((d for d in reversed(doc.dates) if d.end <= start and not _NO_ANCHOR_AFTER.match(text, d.end)),
                            None)
            heading = bool(_ENTRY_BEFORE.search(text, max(0, start - 8), start))
            if heading and doc.document_date is not None and (
                    previous is None or not _ENTRY_BEFORE.search(text, max(0, previous.start - 8), previous.start)):
                # a log's first entry headed by its month and day (11月26日 on its own line): of the
                # document's year, or the year before for a day later in the year than the document
                written = doc.document_date
                year, relative = written.year - ((month, day) > (written.month, written.day)), True
            # a log's entry headed by its month and day (11月26日 on its own line) is of the year of
            # the dates before it, paragraphs away; in prose, a paragraph break ends the year
            elif previous is None or (text.rfind("\n\n", previous.end, start) != -1 and not heading):
                continue
            else:
                year, relative = int(previous.value[:4]), True
        mention = calendar_mention(start, end, year, month, day, relative)
        if mention is None:
            continue
        if mention.precision != "day":
            qualifier = _QUALIFIER.match(text, end)
            if qualifier:
                mention.qualifier, mention.end = qualifier.lastgroup, qualifier.end()
        doc.dates.append(mention)
        taken.add((mention.start, mention.end))
    doc.dates.sort(key=lambda d: d.start)
    _anchored_dates(doc, taken)


# ------------------------------------------------------------------------------------------ facilities

# A camp by the state's names for it (教培中心, 职业技能教育培训中心 …) is the `facility` field of
# vocab/euphemisms.yaml (zh.camp_place); the other kinds of site here.
TYPES = [
    (euphemism("zh", "camp_place", "facility"), "internment_camp"),
    ("看守所|拘留所|拘押所", "detention_centre"),
    ("监狱", "prison"),
    ("派出所|公安局|警察局|公安分局", "police_station"),
    ("医院|卫生院", "hospital_or_clinic"),
]
_FACILITY = re.compile("|".join(f"(?P<t{index}>{words})" for index, (words, _type) in enumerate(TYPES)))


# A site's number before its type word (第三看守所, 2号监狱: vocab/facility_names.yaml), and a county's or
# city's name the gazetteer lacks (…县看守所): a few characters ending in an administrative suffix, after
# the last word of the clause that is no name's (在, 到, 被 …).
_NUMBER_BEFORE = re.compile(f"{facility_name_pattern('number_before', ('zh',))}$")
_ADMIN_BEFORE = re.compile(f"[\u4e00-\u9fff]{{1,6}}?(?:{facility_name_pattern('admin_suffix', ('zh',))})$")
_NOT_IN_NAME = "在到往进于入至被把从的和与了押关送去回是个所座本该此那这"


def find_facilities(doc: Doc) -> None:
    """Add detention sites named by a Chinese type word, with the number and the place written right
    before it (喀什市第二看守所); a type word alone takes a county or city named earlier in its
    sentence (在伊宁县被抓走，关在看守所)."""
    facilities = FacilityMentions(doc)
    text = doc.text
    for match in _FACILITY.finditer(text):
        facility_type = TYPES[int(match.lastgroup[1:])][1]
        start, end = match.span()
        number = None
        numbered = _NUMBER_BEFORE.search(text, max(0, start - 6), start)
        if numbered:
            number, start = facility_number(numbered.group()), numbered.start()
        place_id, start = place_before(doc, start)
        distinct = number
        if place_id is None:
            unknown = _ADMIN_BEFORE.search(text, max(0, start - 7), start)
            words = unknown.group().rsplit(None, 1)[-1] if unknown else ""
            words = words[max(words.rfind(c) for c in _NOT_IN_NAME) + 1:] if words else ""
            if len(words) >= 2:
                start -= len(words)
                distinct = f"{words}|{number or ''}"
            else:  # the type alone, or after 该县 "that county": the county or city named before
                place_id = place_earlier_in_sentence(doc, start)
        indefinite = text[max(0, start - 2):start] in ("一个", "一所", "一座") or text[max(0, start - 1):start] == "另"
        facilities.add(facility_type, place_id, indefinite, (start, end), text[start:end], distinct)


# Who an act told in Chinese happened to (`ActPersons`, for the events of vocab/events/zh.yaml).
# The narrator: the person named after 我叫 / 我是 / 本人 or a record's field of the one heard
# (被会见人：X, 被询问人：X, 申诉人：X, 陈述人：X …).
_NARRATOR_CUE = re.compile(r"(?:我叫|我名叫|我的名字(?:是|叫)|我是|本人(?:姓名)?[：:]?|(?:被会见人|被询问人|被讯问人|申诉人|陈述人|口述人|"
                           r"讲述人|申请人|来电人|证人|姓名)[：:])\s*$")
# "I" (not 我们 "we", nor 我村 / 我县 … "our village, our county", an institution's voice) and 本人 ("I myself");
# in a record whose subject a field names (姓名：X, the narrator cue), 本人 and 患者 / 申请人 ("the patient",
# "the applicant", not 患者之夫 "the patient's husband") are that subject (h-codes43); so is 来电人, the caller a
# hotline's record names (来电人：X; "来电人还说，…采集了她的指纹": her, the caller's, not a relative's named
# between, h-attrib47).
_FIRST = re.compile(r"我(?![们村县乡镇市区国所局院校厂司])|本人|(?:患者|申请人|来电人)(?![之的])")
# "We": an act of a group the narrator is one of is no one person's.
_WE = re.compile(r"我们|咱们")
# He, she, him, her; 其 "his, her, he" (not 其他 "other", 其中 "among them", 其实, 其余, 其间).
_THIRD = re.compile(r"(?<!其)[他她](?![们人])|其(?![他中实余间它])")
# A relative not named: 其父 / 他的哥哥 / 我妻子 / 他的家人 … then no name right after (a name after it is the
# reference) (`lexicon.HAN_KIN`).
_KIN_WORD = re.compile(rf"(?:的)?(?:{han_kin_pattern()})")
# A verb of telling right before 我 (告诉我, 跟我说, 对我讲, 通知我, 问我): 我 is the hearer.
_HEARER_BEFORE = re.compile(r"(?:告诉|告知|通知|转告|问)$")
_HEARER_AROUND = re.compile(r"^[跟对向]我(?:说|讲)")  # 跟我说 / 对我讲 (not 对我进行…, the act's target)
# A verb of hearing or learning right after a reference (我得知, 阿娜尔后来才听说, `lexicon.HEARING_VERBS`): the
# one referred to is who learns what follows, not whom the act in it happened to (h-heard57).
_HEARING_AFTER = re.compile(rf"\s*(?:后来|当时|最近|也|才|已经|终于|从[^，。；！？\n]{{1,8}}?(?:那里|处))*(?:{hearing_forms('zh')})")
# What joins two people named together: 和 / 与 / 及 / 、, an age or note in brackets before it, a kin
# word after it (儿子艾山（9岁）和女儿米娜: both).
_JOINED_NAMES = re.compile(rf"\s*(?:[（(][^）)\n]{{0,10}}[）)])?\s*(?:和|与|及|以及|、)\s*{_KIN_WORD.pattern}?\s*")
# An act told in the active, its object after the verb (抓走了X, 带走X): the person named right after.
_OBJECT_AFTER = re.compile(r"了?\s*$")


# A narrator introduced as someone's relative (我是[…]X的妻子[Y]: "I am X's wife [Y]"; 我叫Y，是X的妹妹 "my name
# is Y, X's sister": h-ugzh73), and the kin words the narrator then uses for X (X的妻子 -> 我丈夫 / 我爱人 / 我老公).
_INTRODUCED_AS_KIN = re.compile(r"我(?:是|(?:叫|名叫)[^，。；！？\n]{1,12}?[，,]\s*(?:我)?是)[^，。；！？\n]{0,40}?"
                                r"(?P<kin>的(?:妻子|丈夫|儿子|女儿|哥哥|弟弟|姐姐|妹妹|母亲|父亲))")
_PARENTS = ("父亲", "母亲", "爸爸", "妈妈", "父", "母")
_CHILDREN = ("儿子", "女儿", "孩子", "子", "女")
_SIBLINGS = ("哥哥", "弟弟", "姐姐", "妹妹", "兄", "弟", "姐", "妹", "哥")
_NARRATORS_WORDS = {"的妻子": ("丈夫", "爱人", "老公", "夫"), "的丈夫": ("妻子", "爱人", "老婆", "妻"),
                    "的儿子": _PARENTS, "的女儿": _PARENTS, "的母亲": _CHILDREN, "的父亲": _CHILDREN,
                    "的哥哥": _SIBLINGS, "的弟弟": _SIBLINGS, "的姐姐": _SIBLINGS, "的妹妹": _SIBLINGS}


class ActPersons:
    """Who an act told in a Chinese text happened to (`persons`), read from the document once: its
    narrator, its officials (named after a title: the doers, never an act's person), and the given
    names that stand alone for a person named in full before (阿不都热合曼 for 阿不都热合曼·吐尔逊)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        text = doc.text
        self.officials = {pid for (start, _end), pid in doc.person_spans
                          if re.search(rf"(?:{_OFFICIAL_CUES})\s*$", text[max(0, start - 4):start])}
        self.narrator = next((pid for (start, _end), pid in doc.person_spans
                              if _NARRATOR_CUE.search(text, max(0, start - 8), start)), None)
        self.narrators_kin = self._narrators_kin()
        self.references = self._references()

    def _narrators_kin(self) -> dict[str, str]:
        """The narrator's relatives the narrator's own introduction names (a relative's reply to a
        form addressed to the person: 我是X的妻子Y, 我是X的女儿): kin word the narrator would use (丈夫,
        父亲 …) -> X; the narrator named after the kin word (Y) is taken as the narrator when no cue
        named one. Empty when the text has no such introduction."""
        doc, text = self.doc, self.doc.text
        kin: dict[str, str] = {}
        for match in _INTRODUCED_AS_KIN.finditer(text):
            owner = next((pid for (s, e), pid in doc.person_spans if e == match.start("kin")), None)
            if owner is None or owner in self.officials:
                continue
            for word in _NARRATORS_WORDS[match.group("kin")]:
                kin.setdefault(word, owner)
            named = next((pid for (s, e), pid in doc.person_spans if s == match.end()), None)
            if self.narrator is None and named not in (None, owner):
                self.narrator = named
        return kin

    def _given_names(self) -> list[tuple[tuple[int, int], str]]:
        """Mentions of a person by the first part of a transcribed name alone, after the full name:
        a part that two persons share names no one."""
        text, doc = self.doc.text, self.doc
        owners: dict[str, set[str]] = {}
        first_seen: dict[str, int] = {}
        for (start, end), pid in doc.person_spans:
            parts = re.split(f"[{DOT}]", text[start:end])
            if len(parts) > 1 and len(parts[0]) >= 2:
                owners.setdefault(parts[0], set()).add(pid)
                first_seen[parts[0]] = min(first_seen.get(parts[0], start), start)
        taken = SpanSet(span for span, _pid in doc.person_spans)
        found = []
        for given, pids in owners.items():
            if len(pids) != 1:
                continue
            for match in re.finditer(re.escape(given), text):
                span = match.span()
                if span[0] > first_seen[given] and not taken.overlaps(span) \
                        and text[span[1]:span[1] + 1] not in DOT:
                    found.append((span, next(iter(pids))))
        return found

    def _references(self) -> list[tuple[int, int, str | None]]:
        """(start, end, person or None) of every reference in the text, in order: a name, a given
        name alone, 我 / 本人 (the narrator), 他 / 她 / 其 (the last person referred to before, not by 我), an
        unnamed relative or "we" (None: no one)."""
        doc, text = self.doc, self.doc.text
        spans = [(s, e, pid) for (s, e), pid in [*doc.person_spans, *self._given_names()] if pid not in self.officials]
        names = sorted(spans)
        refs: list[tuple[int, int, str | None]] = []
        events = sorted([*((s, e, "name", pid) for s, e, pid in names),
                         *((m.start(), m.end(), "we", None) for m in _WE.finditer(text)),
                         *((m.start(), m.end(), "first", None) for m in _FIRST.finditer(text)),
                         *((m.start(), m.end(), "third", None) for m in _THIRD.finditer(text))])
        last: str | None = None
        for start, end, kind, pid in events:
            if refs and start < refs[-1][1]:
                continue  # inside a reference already read (我 in 我们)
            if _HEARING_AFTER.match(text, end):
                refs.append((start, end, None))  # the hearer (我得知他…): no one's act, and not whom 他 goes on with
                continue
            if kind in ("first", "third"):
                kin = _KIN_WORD.match(text, end)
                if kin:
                    # 其父 X: the name after is the reference; 其父 alone is a relative no one named
                    if any(s == kin.end() or (s > kin.end() and not text[kin.end():s].strip("：:，, "))
                           for s, _e, _p in names if kin.end() <= s <= kin.end() + 2):
                        continue
                    # 我丈夫被带走了……他: a 他 / 她 after an unnamed relative is that relative, no one
                    # named (not the narrator of 我, h-events49); not where the kin word says who the one
                    # named before is (X是我的儿子。…他, X，我儿子，…)
                    said_of_last = text[max(0, start - 1):start] in ("是", "系", "为") or bool(
                        refs and refs[-1][2] and not text[refs[-1][1]:start].strip("，,、（( "))
                    owner = self.narrators_kin.get(kin.group().lstrip("的")) if text[start:end] == "我" else None
                    if owner is not None and not said_of_last:
                        # 我是X的妻子…我丈夫被带走: the relative the introduction named
                        refs.append((start, kin.end(), owner))
                        last = owner
                        continue
                    refs.append((start, kin.end(), None))
                    if not said_of_last:
                        last = None
                    continue
            if kind == "name":
                # X 之妹 / X 的儿子: X owns what follows, the sentence is not about X
                if re.match(r"(?:之|的)", text[end:end + 1]):
                    continue
                last = pid
                refs.append((start, end, pid))
            elif kind == "first":
                if text[start:end] == "本人" and refs and refs[-1][1] == start:
                    continue  # 他本人 / X本人 "he himself": the one just referred to, not the narrator
                if text[start:end] == "我" and (_HEARER_BEFORE.search(text, max(0, start - 3), start)
                                               or _HEARER_AROUND.search(text, max(0, start - 1), end + 2)):
                    continue  # 告诉我 / 对我说: the hearer of what follows, not whom it tells of (h-codes50)
                # 我 leaves `last` as it was: 他 / 她 / 其 is never the speaker (我才知道，他被送进了…: the one
                # named before, not the narrator); 来电人 / 申请人 / 患者, a record's words for its subject, are
                # third persons, and a 她 after them is that subject (来电人还说，…采集了她的指纹)
                refs.append((start, end, self.narrator))
                if text[start:end] != "我":
                    last = self.narrator or last
            elif kind == "third":
                refs.append((start, end, last))
            else:
                refs.append((start, end, None))
        return refs

    def persons(self, start: int, end: int) -> list[str]:
        """The person (id) the act told at [start, end) happened to: the person named right after
        an active verb (抓走了X), else the nearest reference before it in its sentence (the subject
        of 被, the object of 将 / 把, a pronoun, 我), else the last one in the two sentences before in
        its paragraph. Empty when that reference names no one (we, an unnamed relative, an official)."""
        doc = self.doc
        index = doc.sentence_index(start)
        sentence = doc.sentences[index]
        after = next(((s, e, p) for s, e, p in self.references if end <= s < sentence.end), None)
        if after is not None and _OBJECT_AFTER.fullmatch(doc.text, end, after[0]) \
                and not doc.text[max(sentence.start, start - 1):start].endswith("被"):
            return [after[2]] if after[2] else []
        first = doc.sentences[max(0, index - 2)].start
        while doc.sentences[doc.sentence_index(first)].paragraph != sentence.paragraph:
            first = doc.sentences[doc.sentence_index(first) + 1].start
        before = [r for r in self.references if first <= r[0] and r[1] <= start]
        if not before:
            return []
        person = before[-1][2]
        if not person:
            return []
        # 儿子X（9岁）和女儿Y（6岁）被送入…: every person of a coordination (h-attrib44)
        people = [person]
        for earlier, later in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            if earlier[0] < sentence.start or not earlier[2] or earlier[2] in people \
                    or not _JOINED_NAMES.fullmatch(doc.text, earlier[1], later[0]):
                break
            people.insert(0, earlier[2])
        return people
