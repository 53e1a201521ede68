"""Word lists shared by the components: kinship, titles, ethnonyms, non-name capitalised words."""

from __future__ import annotations

import re
from typing import NamedTuple

from guwah.vocab import euphemism_words

# kinship word -> (normalised relation, gender of the relative)
KIN = {
    "father": ("father", "male"), "dad": ("father", "male"), "mother": ("mother", "female"),
    "mom": ("mother", "female"), "mum": ("mother", "female"), "brother": ("brother", "male"),
    "sister": ("sister", "female"), "husband": ("husband", "male"), "wife": ("wife", "female"),
    "son": ("son", "male"), "daughter": ("daughter", "female"), "uncle": ("uncle", "male"),
    "aunt": ("aunt", "female"), "nephew": ("nephew", "male"), "niece": ("niece", "female"),
    "cousin": ("cousin", None), "grandfather": ("grandfather", "male"),
    "grandmother": ("grandmother", "female"), "grandson": ("grandson", "male"),
    "granddaughter": ("granddaughter", "female"), "father-in-law": ("father-in-law", "male"),
    "mother-in-law": ("mother-in-law", "female"), "brother-in-law": ("brother-in-law", "male"),
    "sister-in-law": ("sister-in-law", "female"), "son-in-law": ("son-in-law", "male"),
    "daughter-in-law": ("daughter-in-law", "female"),
    # French
    "père": ("father", "male"), "mère": ("mother", "female"), "frère": ("brother", "male"),
    "sœur": ("sister", "female"), "soeur": ("sister", "female"), "mari": ("husband", "male"),
    "époux": ("husband", "male"), "femme": ("wife", "female"), "épouse": ("wife", "female"),
    "fils": ("son", "male"), "fille": ("daughter", "female"), "oncle": ("uncle", "male"),
    "tante": ("aunt", "female"), "cousine": ("cousin", "female"),
    "grand-père": ("grandfather", "male"), "grand-mère": ("grandmother", "female"), "petit-fils": ("grandson", "male"),
    "petite-fille": ("granddaughter", "female"), "beau-père": ("father-in-law", "male"),
    "belle-mère": ("mother-in-law", "female"), "beau-frère": ("brother-in-law", "male"),
    "belle-sœur": ("sister-in-law", "female"), "gendre": ("son-in-law", "male"), "neveu": ("nephew", "male"), "nièce": ("niece", "female"),
    # the family's own words for them (« Papa », « tonton »): kin, not names
    "papa": ("father", "male"), "maman": ("mother", "female"), "tonton": ("uncle", "male"), "tatie": ("aunt", "female"),
    "papi": ("grandfather", "male"), "papy": ("grandfather", "male"), "mamie": ("grandmother", "female"),
    "mamy": ("grandmother", "female"),
    # Russian
    "отец": ("father", "male"), "отца": ("father", "male"), "мать": ("mother", "female"),
    "мама": ("mother", "female"), "маму": ("mother", "female"), "брат": ("brother", "male"),
    "брата": ("brother", "male"), "сестра": ("sister", "female"), "сестру": ("sister", "female"),
    "муж": ("husband", "male"), "мужа": ("husband", "male"), "жена": ("wife", "female"),
    "жену": ("wife", "female"), "сын": ("son", "male"), "сына": ("son", "male"),
    "дочь": ("daughter", "female"), "дядя": ("uncle", "male"), "племянник": ("nephew", "male"),
    # the lemmas of `RU_KIN_NOUNS` beyond those: a case form is read by its lemma (issue 11)
    "тётя": ("aunt", "female"), "тетя": ("aunt", "female"), "дед": ("grandfather", "male"),
    "дедушка": ("grandfather", "male"), "бабушка": ("grandmother", "female"), "племянница": ("niece", "female"),
    "внук": ("grandson", "male"), "внучка": ("granddaughter", "female"),
    # the spouse: a case form is read by its nominative in its own gender («супругой» → «супруга»)
    "супруг": ("husband", "male"), "супруга": ("wife", "female"),
    # the in-laws, the step-family and the betrothed, in the three languages (h-safety70: a relative named
    # beside them tells a pseudonymous witness's family as "brother" does). A spouse, a child, a fiancé
    # are `FAMILY_NOUNS`: words for people the extractor reads as such, not as one kin relation.
    "in-laws": ("in-laws", None), "stepson": ("stepson", "male"),
    "stepdaughter": ("stepdaughter", "female"), "stepfather": ("stepfather", "male"),
    "stepmother": ("stepmother", "female"),
    "conjoint": ("spouse", "male"), "conjointe": ("spouse", "female"),
    "beaux-parents": ("in-laws", None), "belle-famille": ("in-laws", None),
    "beau-fils": ("stepson", "male"), "belle-fille": ("stepdaughter", "female"),
    "жених": ("fiance", "male"), "невеста": ("fiancee", "female"), "пасынок": ("stepson", "male"), "падчерица": ("stepdaughter", "female"),
    "отчим": ("stepfather", "male"), "мачеха": ("stepmother", "female"), "свёкор": ("father-in-law", "male"),
    "свекор": ("father-in-law", "male"), "тесть": ("father-in-law", "male"),
    "свекровь": ("mother-in-law", "female"), "тёща": ("mother-in-law", "female"), "теща": ("mother-in-law", "female"),
}
# The kin words of `KIN` as one regular-expression alternation, longest first ("grand-mère" before "mère").
KIN_PATTERN = "|".join(sorted((re.escape(word) for word in KIN), key=len, reverse=True))
# The Russian kin nouns the rules read, in the nominative (`persons`: `_BARE_KIN_RU`, `_KIN_CHAIN_BEFORE_RU`,
# `_KIN_NAMES_RU`; three lists before, h-x33p). The first nine are the close family: without a possessive they
# are the narrator's («что отец умер»), in the forms `KIN` lists.
RU_KIN_NOUNS = ("отец", "мать", "мама", "брат", "сестра", "муж", "жена", "сын", "дочь",
                "дядя", "тётя", "тетя", "дед", "дедушка", "бабушка", "племянник", "племянница", "внук", "внучка",
                "супруг", "супруга")
# The stem every case form of a noun of `RU_KIN_NOUNS` starts with (отец → отц-, мать → матер-,
# дочь → дочер-: the stems with a vowel that comes and goes; the rest lose their last vowel or soft sign).
_RU_KIN_STEM_EXCEPTIONS = {"отец": "отц", "мать": "матер", "дочь": "дочер"}
# Regular-expression text: a word that starts with one of those stems (every case form but the nominatives
# отец and дочь, which have the vowel the stems lose), and the same with those two (`RU_KIN_ANY_FORM`).
RU_KIN_FORMS = "(?:" + "|".join(sorted({_RU_KIN_STEM_EXCEPTIONS.get(w, w.rstrip("аяь")) for w in RU_KIN_NOUNS}
                               | set(_RU_KIN_STEM_EXCEPTIONS.values()) | {"мать"}, key=len, reverse=True)) + r")\w*"
RU_KIN_ANY_FORM = rf"(?:{RU_KIN_FORMS}|отец|дочь)"
# Regular-expression text: every case form of the Russian kin nouns of `KIN` beyond `RU_KIN_NOUNS`
# and of `FAMILY_NOUNS` (a child, children, the betrothed, the step-family, the in-laws), by stems that no everyday word
# starts with (not «дет-», «тест-», «свек-»: детство, тесто, свекла), for the hold on a witness's
# relatives (`guwah.publish.relatives_telling_witness`).
RU_KIN_MORE_FORMS = (r"(?:ребён|ребен|жених|невест|пасын|падчериц|отчим|мачех|свёкр|свекр|свекров|тёщ|тещ)\w*"
                     r"|свёкор|свекор|тест(?:ь|я|ю|ем|е)|дет(?:и|ей|ям|ьми|ях)")
# The possessives of the one a letter is written to ("your aunt X", « ta sœur », «твой брат», «вашему брату»):
# that person's relatives (`persons._addressee_before`, `subjects`' "your" kin).
SECOND_PERSON_POSSESSIVES = ("your", "ton", "ta", "tes", "votre", "vos", "твой", "твоя", "твою", "твоего", "твоей",
                             "твоему", "ваш", "ваша", "вашу", "вашего", "вашей", "вашему")
# Regular-expression text: the words that qualify a kin noun before it ("my younger brother", « sa petite
# sœur », «его старший брат», "his paternal grandfather") and, French, after it (« sa sœur cadette », « son
# grand-père paternel »).
KIN_QUALIFIERS = r"younger|elder|older|little|big|eldest|youngest|late|paternal|maternal|petite?|grande?|младш\w+|старш\w+"
KIN_QUALIFIERS_AFTER = r"cadet(?:te)?|aînée?|ainée?|paternel(?:le)?|maternel(?:le)?"
# Chinese kin words -> the relation of `KIN` they say (or the family, several relatives: "parents", "siblings",
# "relatives"). The one list `guwah.extract.han` (a relative named after the word, a relative owned by the name
# before it, a relative no one named) and `guwah.publish` (a relative's name held near a kin word) read.
# The single characters are written in longer words too (子 in 孩子, 女 in 女士): read only right after
# 的 / 之 or a pronoun (`han_kin_pattern`), never by publication.
HAN_KIN = {
    "父亲": "father", "爸爸": "father", "父": "father", "母亲": "mother", "妈妈": "mother", "母": "mother",
    "丈夫": "husband", "老公": "husband", "夫": "husband", "妻子": "wife", "老婆": "wife", "妻": "wife",
    "爱人": "spouse", "儿子": "son", "子": "son", "女儿": "daughter", "女": "daughter",
    "哥哥": "brother", "弟弟": "brother", "兄": "brother", "哥": "brother", "弟": "brother",
    "姐姐": "sister", "妹妹": "sister", "姐": "sister", "妹": "sister",
    "爷爷": "grandfather", "外公": "grandfather", "奶奶": "grandmother", "外婆": "grandmother",
    "孙子": "grandson", "孙女": "granddaughter",
    "叔叔": "uncle", "伯伯": "uncle", "舅舅": "uncle", "叔": "uncle", "舅": "uncle",
    "姑姑": "aunt", "阿姨": "aunt", "姨妈": "aunt", "姑": "aunt", "姨": "aunt",
    "侄子": "nephew", "外甥": "nephew", "侄女": "niece", "外甥女": "niece",
    "岳父": "father-in-law", "公公": "father-in-law", "岳母": "mother-in-law", "婆婆": "mother-in-law",
    "儿媳": "daughter-in-law", "女婿": "son-in-law",
    "表哥": "cousin", "表弟": "cousin", "表姐": "cousin", "表妹": "cousin",
    "堂哥": "cousin", "堂弟": "cousin", "堂姐": "cousin", "堂妹": "cousin",
    "兄弟": "siblings", "姐妹": "siblings", "父母": "parents", "家人": "relatives", "亲属": "relatives",
    "亲戚": "relatives",
}
# The relations of `HAN_KIN` that are several people: no one relative's name follows their word.
_HAN_KIN_GROUPS = frozenset(("siblings", "parents", "relatives"))


def han_kin_words(*, single: bool = True, groups: bool = True) -> tuple[str, ...]:
    """The words of `HAN_KIN`, longest first (外甥女 before 外甥, 儿子 before 子): with or without the single
    characters and the words for several relatives (父母, 家人)."""
    return tuple(sorted((word for word, relation in HAN_KIN.items()
                         if (single or len(word) > 1) and (groups or relation not in _HAN_KIN_GROUPS)),
                        key=lambda word: (-len(word), word)))


def han_kin_pattern(*, single: bool = True, groups: bool = True) -> str:
    """`han_kin_words` as one regular-expression alternation (no group)."""
    return "|".join(han_kin_words(single=single, groups=groups))
# Nouns for a funeral or a burial, by language (regular-expression text; Russian in any case): the dead one
# is their complement or owner ("the funeral of his father", « l'enterrement de son père », «на похороны отца»).
FUNERAL_NOUNS = {"en": "funeral|burial", "fr": "enterrement|obsèques|funérailles|inhumation",
                 "ru": r"похорон\w*|погребени\w*"}
# the relation seen from the other side, by the other person's gender
INVERSE = {
    "father": {"male": "son", "female": "daughter"}, "mother": {"male": "son", "female": "daughter"},
    "son": {"male": "father", "female": "mother"}, "daughter": {"male": "father", "female": "mother"},
    "brother": {"male": "brother", "female": "sister"}, "sister": {"male": "brother", "female": "sister"},
    "husband": {"female": "wife"}, "wife": {"male": "husband"},
}
GENDERED_NOUNS = {
    "man": "male", "woman": "female", "policeman": "male", "policewoman": "female", "boy": "male",
    "girl": "female", "mr": "male", "mrs": "female", "ms": "female", "homme": "male",
    "femme": "female", "мужчина": "male", "женщина": "female",
}
# The titles of the state's and the camps' doers, by language: never the victim of what they do.
OFFICIAL_TITLES_EN = (
    "police chief", "chief of police", "policeman", "policewoman", "police officer", "officer",
    "deputy head", "head of", "deputy director", "director", "chairman", "chairwoman", "president",
    "party secretary", "secretary", "prime minister", "minister", "cadre", "governor", "judge",
    "prosecutor", "guard", "commander", "spokesperson", "spokesman", "spokeswoman", "official",
    "interrogator", "warden", "mayor", "village chief", "village head", "township head", "neighbourhood head",
    "neighborhood head",
    # who commands the work of a detainee or a forced labourer: a doer, never the victim
    "chief executive", "workshop leader", "foreman",
    # who questions or drills a detainee: an investigator, a camp's instructor (0.22.x round)
    "investigator", "instructor",
)
OFFICIAL_TITLES = OFFICIAL_TITLES_EN + (
    "policier", "policière", "juge", "directeur", "chef", "chef d'atelier", "contremaître", "fonctionnaire",
    "enquêteur", "enquêtrice", "instructeur", "instructrice",
    "полицейский", "начальник", "следователь", "судья", "директор", "бригадир", "чиновник", "чиновница",
    "инструктор",
)
ETHNONYMS = {
    "uyghur": "Uyghur", "uighur": "Uyghur", "kazakh": "Kazakh", "kyrgyz": "Kyrgyz",
    "uzbek": "Uzbek", "tajik": "Tajik", "hui": "Hui", "han": "Han Chinese", "han chinese": "Han Chinese",
    "tatar": "Tatar", "mongol": "Mongol", "mongolian": "Mongol", "xibe": "Xibe",
    "ouïghour": "Uyghur", "ouïghoure": "Uyghur", "kazakhe": "Kazakh", "ouzbek": "Uzbek",
    "уйгур": "Uyghur", "уйгурка": "Uyghur", "казах": "Kazakh", "казашка": "Kazakh",
    "узбек": "Uzbek", "кыргыз": "Kyrgyz", "киргиз": "Kyrgyz",
}
# Role nouns that stand for one named person once the text has joined them to the name ("The
# applicant, Mahire X, …", "Alim Tursun, a retired teacher, …", «Заявитель: Турсунов Алимжан»):
# lemma -> every singular form (Russian cases). Medical and official roles are not here: their
# holder is the agent of the acts told with them, never the person they happen to.
ROLE_NOUNS = {
    "applicant": "applicant", "complainant": "complainant", "petitioner": "petitioner",
    "claimant": "claimant", "detainee": "detainee", "teacher": "teacher",
    "client": "client", "appellant": "appellant",
    # an immigration court's "respondent" is the one in removal proceedings ("The Respondent, X, …"); a
    # tribunal's respondent employer is no person, so nothing is introduced with it (h-attrib49)
    "respondent": "respondent",
    "schoolteacher": "teacher", "student": "student", "farmer": "farmer",
    "businessman": "businessman", "businesswoman": "businesswoman", "imam": "imam", "poet": "poet",
    "writer": "writer", "journalist": "journalist",
    "requérant": "requérant", "requérante": "requérant", "plaignant": "plaignant",
    "plaignante": "plaignant", "détenu": "détenu", "détenue": "détenu", "enseignant": "enseignant",
    "enseignante": "enseignant", "institutrice": "instituteur", "instituteur": "instituteur",
    "professeur": "professeur", "étudiant": "étudiant", "étudiante": "étudiant",
    "agriculteur": "agriculteur", "commerçant": "commerçant", "commerçante": "commerçant",
    "journaliste": "journaliste",
    **{form: "заявитель" for form in "заявитель заявителя заявителю заявителем заявителе".split()},
    **{form: "заявительница" for form in "заявительница заявительницы заявительнице заявительницу "
       "заявительницей".split()},
    **{form: "задержанный" for form in "задержанный задержанного задержанному задержанным "
       "задержанном".split()},
    **{form: "задержанная" for form in "задержанная задержанной задержанную".split()},
    **{form: "потерпевший" for form in "потерпевший потерпевшего потерпевшему потерпевшим "
       "потерпевшем".split()},
    **{form: "потерпевшая" for form in "потерпевшая потерпевшей потерпевшую".split()},
    **{form: "доверитель" for form in "доверитель доверителя доверителю доверителем доверителе".split()},
    **{form: "подзащитный" for form in "подзащитный подзащитного подзащитному подзащитным подзащитном".split()},
    **{form: "учитель" for form in "учитель учителя учителю учителем учителе".split()},
    **{form: "учительница" for form in "учительница учительницы учительнице учительницу "
       "учительницей".split()},
    **{form: "студент" for form in "студент студента студенту студентом студенте".split()},
    **{form: "студентка" for form in "студентка студентки студентке студентку студенткой".split()},
}
# Who handles a form or record for the office that keeps it, not whom it is about: the labels of a field that
# names a clerk, a receiving officer, a case handler, an assessor ("Received by: X", "Clerk: X", "Fee earner:
# X", « Dossier suivi par : X », «Принял: мастер-приёмщик X»). On the spent v20–v22 sets such staff were
# dropped or made victims, and a work order's receiving clerk took the customer's arrest (issue 11, h-persons44,
# h-attrib44). The one list for both: `persons.named_as_staff` (a person, never a victim) and
# `subjects.form_staff` (no pronoun of the form's story stands for them).
FORM_STAFF_LABELS = (
    "checked by", "received by", "approved by", "prepared by", "processed by", "reviewed by", "completed by",
    "signed by", "issued by", "taken by", "handled by", "recorded by", "entered by", "assessor", "fee earner",
    "case officer", "caseworker", "case worker", "coordinator", "care coordinator", "teacher", "class teacher",
    "key worker", "social worker", "settlement worker", "clerk", "receptionist", "cashier", "registrar",
    "interviewer", "duty officer", "officer on duty", "staff",
    # who ran or wrote down a spoken record (h-persons47: a focus group's "Moderator: X", a session's
    # "Facilitator: X", a handover's "Handing over: X | Receiving: Y", « Reporter : X », «Расшифровала: X»
    # were dropped by the person model on the spent v24 set). Not an interpreter: who translated a text is
    # its frame (`persons._TRANSLATOR`), and the spent v15 set's gold holds no interpreter.
    "moderator", "facilitator", "reporter", "transcribed by", "transcriber", "handing over", "handed over by",
    "receiving", "modérateur", "modératrice", "animateur", "animatrice", "transcrit par", "transcrite par",
    "модератор", "расшифровал", "расшифровала",
    "enseignant", "enseignante", "reçu par", "reçue par", "traité par", "traitée par", "vérifié par",
    "accueilli par", "accueillie par", "conseiller", "conseillère", "saisi par", "saisie par", "suivi par",
    "dossier suivi par", "agent", "agente", "guichetier", "guichetière", "gestionnaire", "secrétaire", "accueil",
    "принял", "приняла", "принят", "приняли", "составил", "составила", "проверил", "проверила", "выдал", "выдала",
    "оформил", "оформила", "исполнитель", "мастер-приёмщик", "мастер-приемщик", "приёмщик", "приемщик",
    "классный руководитель", "менеджер", "оператор", "кассир", "секретарь", "специалист", "регистратор",
    # who wrote the record down ("Written by: X", « Rédactrice : X », «Составитель: X»): its writer, no one its
    # story is about (a case sheet's drafter took the pronoun of the person concerned, issue 11)
    "written by", "drafted by", "drafter", "rédacteur", "rédactrice", "rédigé par", "rédigée par", "составитель",
    "составительница",
)
# The label of a form's field or a table's column whose value is the date of an event of the one the record
# is about ("Date of arrest: 2 May 2016", "RELEASE_DATE: 2020-03", « Date de décès : … », «Дата задержания:
# …», 拘留时间：…; a register's column "Date detained"): event type -> regular-expression text, matched in full
# and without case (`events._record_fields`). Nouns of the act only: a bare participle label ("Detained:
# 2018") is read by the triggers.
EVENT_FIELD_LABELS = {
    "arrest": r"(?:date|day)\s+of\s+(?:the\s+)?arrest|arrest[ _]+(?:date|day)|date\s+d['’]arrestation|"
              r"date\s+d['’]interpellation|дата\s+(?:ареста|задержания)|逮捕(?:日期|时间)",
    "detention": r"(?:date|day)\s+of\s+(?:the\s+)?(?:detention|internment|admission)|"
                 r"(?:detention|internment|admission)[ _]+(?:date|day)|date\s+detained|"
                 r"date\s+(?:de\s+(?:la\s+)?détention|d['’]internement)|дата\s+(?:заключения|водворения)|"
                 r"拘留(?:日期|时间)|收押(?:日期|时间)|入所(?:日期|时间)",
    "release": r"(?:date|day)\s+of\s+(?:the\s+)?release|release[ _]+(?:date|day)|date\s+released|"
               r"date\s+de\s+(?:la\s+)?(?:libération|sortie)|дата\s+освобождения|释放(?:日期|时间)",
    "sentencing": r"(?:date|day)\s+of\s+(?:the\s+)?(?:sentence|sentencing|conviction|judgment|judgement)|"
                  r"(?:sentence|sentencing|conviction)[ _]+(?:date|day)|date\s+sentenced|"
                  r"date\s+(?:du\s+jugement|de\s+(?:la\s+)?condamnation)|дата\s+(?:приговора|осуждения)|"
                  r"判决(?:日期|时间)",
    "death": r"(?:date|day)\s+of\s+(?:the\s+)?death|death[ _]+(?:date|day)|"
             r"date\s+(?:du\s+|de\s+)?décès|дата\s+смерти|死亡(?:日期|时间)",
}
# A register's column of when each person listed entered the facility ("No. | Name | … | Entered | …"): a
# detention, in a table's header only (a form's "Entered:" is when the record was made).
ENTRY_COLUMN_LABELS = r"entered|admitted|date\s+(?:of\s+)?(?:entry|intake)|intake(?:\s+date)?|入所|入学(?:时间|日期)"
# The label of a form's field that names the person the record is about, or part of the name ("Family
# name: X" and "First name: Y" on two lines; "Deceased: X", "SUBJ_NAME: X", «Фамилия: X», « Prénom : Y »,
# 姓名：X), matched in full and without case (`events._record_fields`).
RECORD_SUBJECT_LABELS = (
    r"(?:(?:full|family|last|first|given|middle|other)\s+)?names?(?:\s*\([^)\n]{0,20}\))?|surname|forename|"
    r"subj(?:ect)?[ _]+name|name\s+of\s+(?:the\s+)?(?:detainee|victim|deceased|person\s+concerned)|deceased|"
    r"detainee|nom(?:\s+de\s+famille)?|prénoms?|défunte?|фамилия|имя|отчество|ф\.?\s?и\.?\s?о\.?|姓名"
)
# A field telling where the one the record is about is held ("Place of detention: not known, since
# 2020", « Lieu de détention : inconnu », «Местонахождение: неизвестно»): a value that opens with "unknown"
# is a disappearance (`events._record_fields`).
WHEREABOUTS_LABELS = (
    r"(?:current\s+)?(?:place|location)\s+of\s+(?:detention|custody)|(?:current\s+)?whereabouts|"
    r"(?:lieu|endroit)\s+(?:actuel\s+)?de\s+détention|местонахождение|место\s+содержания|关押(?:地点|场所)|下落"
)
UNKNOWN_VALUES = r"unknown|not\s+known|inconnue?|non\s+connue?|неизвестно|не\s+известно|不明|未知"
# Words for people besides kin words and role nouns: what a possessive before them names is a
# person, not a thing ("beat my cellmate", "his companion was questioned").
# Of those, the words for family that are no one kin relation (a child, a spouse, a fiancé, the
# parents, a relative): kin words to the hold on a witness's relatives too
# (`guwah.publish.relatives_telling_witness`, with `KIN`).
FAMILY_NOUNS = frozenset("""
husband wife child children enfant enfants ребёнок ребенок детей relative relatives partner fiancé fiancée
compagnon compagne родственник родственника родственница parent parents grandparent grandparents sibling
siblings spouse grands-parents родители родителей
""".split())
PEOPLE_NOUNS = FAMILY_NOUNS | frozenset("""
cellmate cellmates neighbour neighbours neighbor neighbors friend friends colleague colleagues classmate
classmates roommate roommates teacher student students fellow fellows boss
voisin voisine voisins voisines ami amie amis amies collègue collègues codétenu codétenue codétenus
camarade camarades
сосед соседа соседку соседка соседей друг друга подруга подругу коллега коллегу сокамерник сокамерника
сокамерница сокамерницу
companion companions acquaintance acquaintances guest guests
proche proches попутчик попутчика попутчица
""".split())
# Parts of the body (English, French, Russian forms): struck, they are the person's ("punched her
# stomach", `violations._struck_a_thing`); acted on, the verb's object is of the class "body"
# (`OBJECT_CLASSES`).
BODY_PARTS = frozenset("""
head face back stomach belly abdomen chest ribs side leg legs foot feet sole soles arm arms hand hands
finger fingers ear ears eye eyes mouth nose teeth jaw neck shoulder shoulders knee knees kidney kidneys
body buttocks thigh thighs shin shins skull temple groin genitals
tête visage dos ventre poitrine côtes jambe jambes pied pieds bras main mains oreille oreilles yeux
bouche nez dents mâchoire cou épaule épaules genou genoux corps
голова голову лицо спина спину живот грудь ребра рёбра нога ногу ноги рука руку руки ухо уши глаза
рот нос зубы челюсть шея шею плечо плечи колени почки тело
""".split())
# Classes of what a verb acts on, by lemma or word (lower case): the act classifier reads a verb
# with its object's class (`acts.syntax_features`, "vc:<verb>_<class>"), so that "confiscated his
# Quran" and "took away her prayer mat" share a feature, as "took my father" and "took him" do.
# Lemma lists of general words, not of any one text.
OBJECT_CLASSES = {
    "person": frozenset(KIN) | frozenset(ROLE_NOUNS) | frozenset(GENDERED_NOUNS) | PEOPLE_NOUNS | frozenset("""
        person people man men woman women boy boys girl girls son daughter detainee detainees prisoner prisoners
        inmate inmates uyghur uyghurs kazakh kazakhs family families everyone everybody someone somebody
        personne personnes gens homme hommes femme femmes fils fille famille détenu détenue détenus prisonnier
        человек люди мужчина женщина сын дочь семья заключенный заключенные задержанный
        """.split()),
    "body": BODY_PARTS | frozenset("""hair beard blood nail nails fingernail fingernails toenail toenails skin
        cheveux barbe sang ongle ongles peau волосы борода кровь ноготь ногти кожа""".split()),
    "document": frozenset("""passport passports id card cards document documents paper papers phone phones
        telephone mobile smartphone sim visa permit certificate residence laptop computer wechat
        passeport passeports papiers pièce carte téléphone portable visa permis ordinateur
        паспорт документ документы телефон удостоверение виза справка компьютер""".split()),
    "religious": frozenset("""quran koran qur'an prayer prayers mat rug hijab headscarf scarf veil mosque ramadan fast
        fasting namaz salat rosary beads religion faith book books scripture imam
        coran prière prières tapis voile foulard mosquée ramadan jeûne chapelet religion livre livres
        коран намаз молитва молитвы коврик платок хиджаб мечеть рамадан пост четки религия книга книги""".split()),
    "custody": frozenset("""camp camps prison prisons jail jails cell cells detention centre center station
        facility school cellar basement custody
        camp prison cellule centre détention commissariat cave
        лагерь лагеря тюрьма тюрьму камера камеру изолятор центр участок подвал""".split()),
    "care": frozenset("""food meal meals water bread medicine medicines medication pill pills treatment doctor doctors
        hospital toilet shower sleep
        nourriture repas eau pain médicament médicaments soins médecin hôpital toilettes douche sommeil
        еда пища вода хлеб лекарство лекарства лечение врач больница туалет душ сон""".split()),
}
# Capitalised words that never belong to a personal name: organisations, titles, page
# furniture, ethnonyms, months, sentence openers, religion and politics.
NOT_NAME = set("""
a an the this that these those there then they them their he she his her it its we our us i my me you your
and or but if so as at by for from in into of on to with without after before during until since about
when where while who whom which what why how yes no not never also however although though because
once just still even only again all some many most any every each both either neither another other
one two three four five six seven eight nine ten first second third last next new old
monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
january february march april may june july august september october november december
ministry nations united radio press party university organization organisation bureau committee
court hotel festival building film team media asia free foreign affairs human rights international
documentary association council commission agency police security public government state republic
communist people's peoples national central municipal provincial regional autonomous region county
prefecture city village town township district province street road school college academy institute
center centre camp prison station hospital clinic office department embassy consulate group news
times post daily journal magazine review report service services network foundation fund project
watch amnesty congress parliament senate union league front army force forces youth civil society
inc ltd co company corporation bank museum library gallery church mosque temple expo conference
chairman president secretary minister director chief general colonel captain officer judge doctor
dr mr mrs ms sir madam professor prof photo photograph image video audio source credit editor
author reporter correspondent translator interpreter witness victim
rapporteur envoy notary ombudsman ombudsperson commissioner registrar
home background science search menu app contact archive share lees ook show more back top button
campus life lifestyle culture opinion opinions features editorial letters obituaries sport sports
business politics society world nation local metro travel arts entertainment
digital newspaper please rotate read also related tags category categories subscribe login
uyghur uyghurs uighur kazakh kazakhs kazakhstani kyrgyz uzbek tajik han hui chinese dutch russian
turkish tatar mongol xibe english french german american european muslim muslims islamic islam
christian buddhist jewish communist socialist socialism marxism
god allah thanks thank dear former late
later earlier then afterwards meanwhile finally eventually soon recently suddenly instead perhaps
maybe unfortunately luckily now here today tonight tomorrow ever always sometimes often usually
ago again almost already although else everywhere nowhere somewhere upon within across among
like unlike via per though thus hence therefore yet moreover furthermore besides otherwise
dear hello hi yes okay please sorry welcome
east west north south western eastern northern southern
china xinjiang turkistan turkestan
brainwashed rape harassment
manager coordinator supervisor administrator caseworker adviser advisor clerk receptionist learner id agent
""".split())
# (the last line: a post or a form's field, not a name: "Branch Manager", "Case Officer", "Learner ID"; issue 11,
# h-persons45)
PLURAL_GENERIC = (
    r"prisoners|detainees|internees|inmates|women|men|people|uyghurs|kazakhs|muslims|students|"
    r"families|children|victims|others|everyone|everybody|anyone|hundreds|thousands|"
    r"millions|cellmates|teachers|doctors|workers|minorities|dissidents|nobody|no one|"
    r"les prisonniers|les détenus|les femmes|заключённые|заключенные|женщины|люди"
)
# The words by which an institutional record (a register, a decision, a notice, minutes) refers back to
# the person it is about, named before: "the above-named", "the deceased", "the subject", « le susnommé »,
# « la défunte », «вышеуказанный» (`subjects`: the person named last before, whatever the gender). Not
# «покойный», «умерший»: mostly adjectives there («его покойный отец» is the father).
RECORD_SUBJECT = (
    r"the\s+(?:above[- ]?(?:named|mentioned)|aforementioned|aforesaid|deceased|person\s+concerned|"
    r"subject(?!\s+(?:of|to|matter|line|heading)\b))"
    r"|l['’]intéressée?|(?:le|la)\s+(?:susnommée?|susdite?|défunte?)"
    r"|вышеуказанн\w+|вышеупомянут\w+|вышеназванн\w+"
)
# Words that say what a person is, written before the name ("Журналист X", "Dr X", "гражданка
# Китая X", "Ustaz X": a teacher of religion, Arabic ustādh, Uzbek ustoz): never part of the name.
PERSON_TITLES = set("""
dr dr. doctor mr mr. mrs mrs. ms ms. mx mx. miss sir madam madame mme mademoiselle mlle monsieur docteur professeur maître
journalist reporter activist teacher student farmer businessman businesswoman imam poet writer
ustaz ustaza ustad ustadh ustoz
journaliste militante militant étudiante étudiant enseignante enseignant
журналист журналистка корреспондент активист активистка правозащитник правозащитница
доктор врач профессор учитель учительница студент студентка гражданка гражданин госпожа господин
предприниматель предпринимательница поэт писатель писательница имам
""".split())
# Credentials and post-nominal letters written after a full name ("Chloe Barker RN", "Adil Yasin MD", "Mary
# Jones Esq."): never part of the name. As written (case matters: "Ma" is a family name, "MA" a degree is
# left out for it), without a final full stop.
CREDENTIALS = frozenset("""
RN RGN RMN LPN NP MD DO PhD DPhil MPhil LLB LLM JD Esq MBA MSc BSc MPH DDS FRCS MRCP FRCP QC KC MP MEP
OBE MBE CBE KBE CPA
""".split())
# Every ethnonym and one-word title is a word that never belongs to a personal name.
NOT_NAME |= set(ETHNONYMS) | PERSON_TITLES | {t for t in OFFICIAL_TITLES if " " not in t}
# Kin words in every case, emphatic pronouns, and the conjunctions and adverbs that open a Russian
# sentence before a name («Свекровь Динары», «Жену Ерболата Касымова», «Сама Гульнар», «Пока X не …»):
# never part of the name.
RU_NOT_NAME = set("""
отец отца отцу отцом отце мать матери матерью мама мамы маме маму мамой брат брата брату братом брате
сестра сестры сестре сестру сестрой муж мужа мужу мужем муже жена жены жене жену женой сын сына сыну
сыном сыне дочь дочери дочерью свекровь свекрови свёкор свекор свёкра свекра невестка невестки невестке
невестку тёща теща тесть зять дядя дяди дяде дядю тётя тетя тёти тети племянник племянника племянница
бабушка бабушки бабушку дедушка дедушки дедушку внук внука внучка внучку дети детей детям
сама сам сами само саму самого самой самому самим самих самою также тогда позже
пока когда если хотя чтобы пусть лишь только уже даже ещё еще но и а или затем потом теперь сейчас
вот где куда там здесь тут вчера сегодня завтра однако зато поэтому потому ведь
об обо во со ко по от для за при про после до из без над под перед через между среди возле около
сосед соседа соседу соседом соседе соседка соседки соседке соседку соседкой соседи соседей
дорогой дорогая дорогие милый милая уважаемый уважаемая уважаемые
рассказ рассказа рассказе история истории историю письмо письма письме заявление заявления обращение обращения
дело дела деле судьба судьбы судьбу показания показаний объяснение объяснения свидетельство свидетельства
участковый участкового участковому участковым участковая полицейского полицейскому полицейским следователя
следователю следователем следовательница начальника начальнику начальником начальница заместитель заместителя
заместителю заместителем инспектор инспектора инспектору инспектором сотрудник сотрудника сотруднику сотрудником
""".split())
# French prepositions that open a sentence before a name ("Depuis X …", "Chez X"): never part of it.
NOT_NAME |= set("""
chez pour avec sans selon après avant depuis pendant contre vers dans entre parmi sur sous par auprès
""".split())
NOT_NAME |= RU_NOT_NAME | set(KIN)
# The column headings of a list or table of people ("Surname<TAB>Detained", the heading row of a
# Word table: `guwah.ingest.readers.docx_blocks` joins a row's cells with tabs): capitalised
# words that never belong to a personal name.
TABLE_HEADINGS = frozenset("""
name names surname surnames forename forenames patronymic nickname alias fullname
detained arrested released sentenced missing disappeared deceased
date dates year years age born birth birthplace birthdate dob sex gender
hometown address residence status occupation profession relationship nationality ethnicity
notes remarks comments
nom noms prénom prénoms âge sexe naissance adresse statut profession remarques
фамилия фамилии имя отчество фио возраст пол адрес статус примечание примечания рождения
задержан задержана задержаны национальность
""".split())
NOT_NAME |= TABLE_HEADINGS
# Words after a capitalised sequence that make it a place ("Yengi Bazar township"), not a person.
PLACE_KIND_WORDS = set("""
township county village town city prefecture district province region oblast
neighbourhood neighborhood commune canton ville département quartier
уезд уезда уезде село села селе поселок посёлок поселка посёлка район района районе город города
округ округа область области
""".split())

# A place name followed by one of these names an organisation ("Kashgar University"), not the place.
ORGANISATION_HEADS = {"expo", "university", "ministry", "airlines", "hotel", "radio", "institute"}
# A capitalised sequence holding one of these names an organisation, a building or a work.
ORGANISATION_WORDS = ORGANISATION_HEADS | set("""
ministry nations radio press party university organization organisation bureau committee court
hotel festival building film team media foundation fund association council commission agency
institute academy college school embassy consulate network service services project watch
amnesty congress parliament senate union league army inc ltd company corporation bank museum
library gallery church mosque temple expo conference times post daily journal magazine review
news report group centre center station hospital prison camp square street road avenue airport
desk helpline hotline vocational
house chambers tribunal
""".split())


def ru_noun_forms(nominative: str) -> set[str]:
    """Every case form, singular and plural, of a Russian noun of a regular declension, from its nominative
    singular: its stem and the case endings its ending calls for («университет» → университета, университету,
    …; «управление» → управления, …; «академия» → академии, …; «школа» → школы, школе, …)."""
    for ending, stem_cut, endings in (
            ("ие", 1, "е я ю ем и й ям ями ях"),
            ("ия", 1, "я и ю ей ею й ям ями ях"),
            ("ство", 1, "о а у ом е - ам ами ах"),
            ("а", 1, "а ы и е у ой ою - ам ами ах"),
            ("", 0, "- а у ом е ы ов ам ами ах")):
        if nominative.endswith(ending):
            stem = nominative[:len(nominative) - stem_cut] if stem_cut else nominative
            return {stem + ("" if e == "-" else e) for e in endings.split()}
    return {nominative}


# The Russian nouns of `ORGANISATION_WORDS`, by their nominative: every case form of each is one of its words
# («Ректору Казахского национального университета» names an office, h-fix47).
RU_ORGANISATION_NOUNS = frozenset("""
университет институт министерство управление комитет академия колледж школа больница полиция суд посольство
консульство департамент комиссия фонд ассоциация организация партия служба агентство центр прокуратура
администрация акимат мэрия ведомство банк компания газета журнал
""".split())
ORGANISATION_WORDS |= {form for noun in RU_ORGANISATION_NOUNS for form in ru_noun_forms(noun)}

# A company's legal form, written before its name in quotes (ОсОО «X», ТОО «X», LLC "X") or after it
# ("X Ltd"): the name is an organisation's. Kyrgyz ОсОО and Kazakh ТОО are the Russian ООО.
COMPANY_FORMS = {"ооо", "осоо", "тоо", "оао", "зао", "пао", "ао", "ип", "llc", "llp", "ltd", "inc", "gmbh", "sarl",
                 "sas", "sa", "jsc", "plc"}

# The last word of a capitalised sequence that names an occasion or a doctrine, not a person
# ("Teachers' Day", "Strike Hard Campaign", "Mao Zedong Thought").
NAMED_OCCASIONS = {"day", "days", "campaign", "movement", "programme", "program", "week", "holiday", "festival",
                   "eve", "anniversary", "thought", "theory", "doctrine", "ideology"}
# The last word of a capitalised sequence that names a business or a document, not a person ("Rozi Trading",
# "Silk Road Foods", "Taxi Operator Licence", « Agence »): a firm named after its owner is
# no person (issue 11, h-form61).
NAMED_BUSINESSES_AND_PAPERS = {"trading", "traders", "foods", "enterprises", "enterprise", "logistics", "supplies",
                               "imports", "exports", "wholesale", "agence", "licence", "license", "permit"}

# --- Scope of a stated act: the one list of each, read by the violation rules (and meant for the
# event rules too). Regular-expression text, matched case-insensitively.
# Third-person singular personal pronouns by the gender they tell, every case (English, French, Russian):
# the one list behind `subjects`' "he"/"she" references and `violations`' companion inside "we". French
# « lui » is left out: as an object it is him or her («je lui ai dit»), read apart (`subjects`' "obj3").
PRONOUN_GENDER = {**dict.fromkeys("he him his il он его ему него нём нем ним".split(), "male"),
                  **dict.fromkeys("she her elle она её ее ей неё нее ней".split(), "female")}


def pronouns_of(gender: str) -> str:
    """Regular-expression text: the pronouns of `PRONOUN_GENDER` of `gender` ("male" or "female"), longest first."""
    return "|".join(sorted((w for w, g in PRONOUN_GENDER.items() if g == gender), key=lambda w: (-len(w), w)))


# A word that denies what follows it in its clause ("I was never beaten", «меня не били»): as
# words (the event rules read them on the parse's tokens) and as regular-expression text.
# "n'" is French "ne" elided (« n'a jamais »), a token of its own in the parse; no regular expression reads it.
NEGATION_WORDS = frozenset("not n't never no neither nor without hardly nobody ne n' ni pas jamais не ни никогда".split())
# The words as one alternation, longest first ("n't" is matched as its own ending, below).
_NEGATION_ALTERNATION = "|".join(sorted((w for w in NEGATION_WORDS if "'" not in w), key=lambda w: (-len(w), w)))
# "No" or "No." before a number is the number sign ("Detention Centre No. 3", "no.2 prison"), not a
# negation: a review of a whole document was refused for it (h-newcomer73), and an act beside it was denied.
NEGATION = r"\b(?:no one|(?![Nn][Oo]\.?\s*\d)(?:" + _NEGATION_ALTERNATION + r"))\b|n['’]t\b"
_NEGATION_RE = re.compile(NEGATION, re.I)


def negated_list(nouns: str) -> str:
    """Regular-expression text for a list of two or more negated nouns, told noun by noun ("no
    visit, no lawyer, no letter"; « ni visite, ni avocat, ni nouvelles »; «ни письма, ни звонка»): each
    item a word of `NEGATION_WORDS` (the one negation list), up to two words after it ("no court
    date", « pas de »), then one of `nouns` (regular-expression text, the word's start: any ending
    follows); items joined by a comma, a semicolon, a word of joining (and, or, nor, et, ou, и, или) or
    nothing (« ni visite ni avocat »).
    The list is the absence itself (a negative form), not a negation of an act after it."""
    item = rf"\b(?:{_NEGATION_ALTERNATION})\s+(?:d['’]|(?:[\w-]+\s+){{0,2}}?)(?:{nouns})\w*"
    joined = r"(?:\s*[,;]\s*|\s+)(?:(?:and|or|nor|et|ou|и|или)\s+)?"
    return rf"{item}(?:{joined}{item})+"


# Chinese negates the verb right before it, with 被 or 曾 between (没有被带走, 未被羁押, 从未被判刑, 不曾关押):
# only a negation that touches the act's words denies it (没有人打我 denies no act after it).
ZH_NEGATION = r"没有?|并没有?|未|并未|从未|从没有?|尚未|未曾|不曾|不"
_ZH_NEGATION_BEFORE = re.compile(rf"(?:{ZH_NEGATION})(?:被|曾|再|有被)?\s*$")
# A future that touches the act (将被送去, 即将判刑, 将要被捕: h-ugzh73, issue 11) tells it not done, as a
# negation does; not 将 before its object, the formal 把 (警察将他带走 is done), nor 要 alone (每天要…: a duty).
ZH_FUTURE = r"将被|(?:即将|将要|就要|快要)被?"
_ZH_FUTURE_BEFORE = re.compile(rf"(?:{ZH_FUTURE})\s*$")
# Chinese hedges before an act in its sentence ("I heard", "it is said", "maybe", "seems"), and
# uncertainty after it (我不确定 "I am not sure"): what is told is not known to the teller.
ZH_HEDGE = r"听说|听[^，。；！？\n]{1,10}?说|据说|据传|传言|传闻|可能|也许|或许|好像|似乎|大概|恐怕|担心"
_ZH_UNREAL_AFTER = re.compile(r"[^。！？\n]*?(?:不确定|不清楚|(?:无法|没法|没办法|不能)(?:确认|核实|证实))")


# A subordinate or relative clause opened before the act and closed by a comma ("when …not…, he signed",
# « quand …ne… pas, il a signé », «когда …не…, он подписал»): a negation inside it denies that
# clause, not the act after the comma.
_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|after|because|since|as|until|although|though|once|while|before|"
    r"quand|lorsqu['’]?|lorsque|après que|parce que|parce qu['’]|puisque|puisqu['’]|comme|bien que|bien qu['’]|"
    r"tant que|dès que|pendant que|jusqu['’]à ce que|когда|после того,? как|потому что|так как|поскольку|хотя|пока|"
    # a relative clause on the person ("X, a farmer who had never travelled abroad, was detained")
    r"who|whom|whose|qui|котор\w*)"
    r"\b[^,;:.]*,", re.I)


# A relative clause opened after a comma and still open at the act ("her sister, who was detained",
# « sa sœur, qui a été arrêtée », «сестры, которую задержали»): its own scope; a negation of the main
# clause before it ("she does not know the fate of …") does not reach the act inside it (issue 11).
# Not "which", told of a thing or of the clause before ("a punishment I was not subjected to, which …
# many died of"): on the tuning bench it gave one false act and no right one.
_RELATIVE_PRONOUN = (r"(?:who|whom|whose|qui|dont|lequel|laquelle|lesquel(?:le)?s|que|qu['’])(?![\w'’])"
                     r"|(?<![\w-])котор\w*")
_RELATIVE_OPEN = re.compile(rf",\s*(?P<pronoun>{_RELATIVE_PRONOUN})[^,;:.]*$", re.I)
# A relative clause on a person, from its comma (and a preposition: «о котором», "for whom") to the next
# comma or the clause's end: "his uncle, whom police took in 2018", «о дяде, которого увезли в 2019 году».
_RELATIVE_CLAUSE = re.compile(rf",\s*(?:(?:[\w-]{{1,5}})\s+)?(?:{_RELATIVE_PRONOUN})[^,;:.]*", re.I)


def relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of the relative clauses on someone in text[start:end] (after a comma,
    up to the next comma, colon, semicolon or full stop): where another person's act is told."""
    return [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(text, start, end)]


def negated(clause: str, language: str | None = None) -> bool:
    """True when a negation governs what ends `clause` (the text of its clause up to an act's
    trigger): "never", "not", "no one", or "without"/"no" right before it ("without cameras and …"
    negates its own object, not the act); not a negation inside a subordinate clause that a comma
    closes before the act ("when … not …, he signed"). The one negation test of
    the events and violation rules, with `negated_after` for the languages whose negation follows
    the verb. Kazakh and Uyghur (`language` "kk", "ug") are never negated from before: their
    negation is a suffix of the verb or a word after it (`negated_after`), and «не» there is "what"."""
    if language == "zh":
        return bool(_ZH_NEGATION_BEFORE.search(clause) or _ZH_FUTURE_BEFORE.search(clause))
    if language in _NEGATION_AFTER:
        return False
    closed = [m.end() for m in _SUBORDINATE.finditer(clause)]
    if closed:
        clause = clause[closed[-1]:]
    opened = [m.start("pronoun") for m in _RELATIVE_OPEN.finditer(clause)]
    if opened:
        clause = clause[opened[-1]:]
    tail = clause[-60:]
    for match in _NEGATION_RE.finditer(tail):
        word = match.group().lower()
        after = tail[match.end():]
        # "No court ever sentenced him": "no" before the subject denies the act, at the clause's
        # start or with "ever"; "no sign of …" too.
        if word in ("without", "no", "sans", "без", "нет") and len(after.split()) > 1 \
                and not (word == "no" and after[:1].isspace() and after.strip()[:1].isalpha()
                         and _NO_SUBJECT.fullmatch(clause[:len(clause) - len(tail) + match.start()])) \
                and not (word == "no" and re.search(r"\bever\b", after, re.I)) \
                and not _NONE_OF.search(after):
            continue
        return True
    return False


# A negation right after an act's words, where the word order puts it there.
# Russian: «Электрошокером меня никогда не трогали» ("with a stun gun they never touched me"); a
# reported-speech aside may stand between them («в лагерь, по его словам, его не отправляли»), and
# «приговора по его делу нет»: there is none (the genitive of negation); a subject pronoun put after a
# participle stands between too («Арестован он не был»: he was not arrested).
NEGATED_AFTER_RU = (r"(?:,\s+по (?:его|её|ее|их|моим|её же|его же) словам,|,\s+по словам \w+,)?\s+"
                    r"(?:(?:меня|его|её|ее|нас|их|им|ему|ей|мне|нам|я|он|она|оно|мы|вы|они)\s+)?"
                    r"(?:не|никогда не)\s+\w+|"
                    r"(?:\s+[^\s.;:,!?«»]+){0,4}\s+(?:нет|не было|не имеется)\b")
_NEGATED_AFTER_RU = re.compile(NEGATED_AFTER_RU, re.I)
# Kazakh negates the verb by a suffix right after its stem, before the tense and person endings:
# -ма/-ме/-ба/-бе/-па/-пе («ұсталмады» was not detained, «алып кетпеді» did not take away, «соттамаған»),
# or by a word after the verb («ұсталған жоқ», «сотталған емес», «… еді жоқ»). An act's words in
# kk.yaml end at the verb's stem, so what follows them in the word is its endings. (Kazakh grammar:
# the negative affix of the verb; жоқ/емес as predicate negators, which take the person endings of a
# predicate: «ұсталған емеспін» "I have not been detained", «емеспіз», «жоқпын».)
KK_NEGATION_WORDS = frozenset({"жоқ", "емес"})
_KK_PREDICATE_PERSON = r"(?:пын|пін|пыз|піз|сың|сің|сыз|сіз)?"
_KK_NEGATIVE_SUFFIX = re.compile(r"(?:ма|ме|ба|бе|па|пе)(?:[дтғгйсп]\w*|ң\w*|у\w*)?(?!\w)", re.I)
# A place or state told with a copula after it, «бол-» "to be", negated by the suffix or by a word:
# «лагерьде болмаған» (was not in the camp), «лагерьде болған жоқ» (h-x33c).
# A place told with the verb that takes or sends someone there after it, negated by its suffix:
# «лагерьге алынбаған» (never brought to a camp), «түрмеге жіберілмеді» (h-codes43).
_KK_NEGATION_WORD_AFTER = re.compile(r"\w*(?:\s+(?:еді|екен|болатын|бол\w*))?\s+(?:" + "|".join(sorted(KK_NEGATION_WORDS))
                                     + r")" + _KK_PREDICATE_PERSON + r"(?!\w)|\w*\s+(?:бол|алын|жіберіл|апарыл|әкетіл|қамал|жабыл|кір|түс|отыр)"
                                     r"(?:ма|ме|ба|бе|па|пе)(?:[дтғгйсп]\w*|ң\w*|у\w*)?(?!\w)", re.I)
# Kazakh hedges and threats after the act's words: "I heard that …" («… деп естідім»), "I feared
# that …" («… деп қорықтым»), "threatened that …" («… деп қорқытты»), "seems", "maybe" («сияқты»,
# «шығар», «мүмкін»), "there is talk, a rumour that …" («… деген сөз бар», «деген қауесет бар», h-kkzh59): the act
# is not told as done.
_KK_UNREAL_AFTER = re.compile(r"\w*(?:\s+\w+){0,2}?\s+(?:деп\s+(?:естіді|естіп|қорық|қорқ|қорқыт|ойла|күдіктен)\w*|"
                              r"деген\s+(?:сөз|қауесет|әңгіме|өсек|сыбыс)\s+(?:бар|тарады|жүр)|"
                              r"сияқты|секілді|шығар|мүмкін)(?!\w)", re.I)


# Uyghur (Arabic script and Uyghur Latin) negates the verb the same way: the suffix -ma-/-me-,
# raised to -mi- before -d/-gh/-g (تۇتۇلمىدى / tutulmidi was not arrested, قويۇپ بېرىلمىگەن /
# qoyup bérilmigen, tutulmaydu, tutulmay), after the ability suffix -al-/-el- too (chiqalmidi could not
# leave); not the verbal noun -maq/-mek (tutulmaq, to be arrested) nor the hearsay -mish. Or by a word after the verb:
# يوق / yoq (tutulghini yoq), ئەمەس / emes (tutulghan emes), or بولمىغان / bolmighan after it.
UG_NEGATION_WORDS = frozenset({"يوق", "ئەمەس", "yoq", "emes"})
# … with a predicate's person ending: ئەمەسمەن / emesmen "I am not", emesmiz, emessen, emessiz.
_UG_PREDICATE_PERSON = r"(?:مەن|مىز|سەن|سىز|men|miz|sen|siz)?"
# (the passive before it with any of its vowels: -il/-ul/-ül as well as -al/-el, كېتىلمىدى / kétilmidi "was not
# taken away", تۇتۇلماي / tutulmay "without being held")
_UG_NEGATIVE_SUFFIX = re.compile(r"(?:(?:[aeiuü]|y[ae])l)?m[aei](?:(?:[dgtpy]|s(?!h))\w*)?(?!\w)"
                                 r"|(?:(?:[اەىۇۈ]|ي[اە])ل)?م[اەى](?:[دغگتپيس]\w*)?(?!\w)", re.I)
_UG_NEGATION_WORD_AFTER = re.compile(r"\w*(?:\s+(?:ئىدى|ئىكەن|بول\w*|idi|iken|bol\w*))?\s+(?:"
                                     + "|".join(sorted(UG_NEGATION_WORDS)) + r")" + _UG_PREDICATE_PERSON + r"(?!\w)"
                                     r"|\w*\s+(?:bolm[aei](?:[dgtpys]\w*)?|بولم[اەى](?:[دغگتپيس]\w*)?)(?!\w)", re.I)
# The negation after an act's words, per language whose verb carries it: (suffix inside the word, word after it).
_NEGATION_AFTER = {"kk": (_KK_NEGATIVE_SUFFIX, _KK_NEGATION_WORD_AFTER),
                   "ug": (_UG_NEGATIVE_SUFFIX, _UG_NEGATION_WORD_AFTER)}
# A verb not told as done, by its mood, the endings right after its stem (issue 11): the intention
# (Kazakh -мақшы/-мекші/-бақшы/-пақшы, -пақ болды: «кетпекші», «кетпек болды»; Uyghur -ماقچى/-مەكچى,
# -maqchi/-mekchi, -maq boldi: چىقماقچى بولدى / chiqmaqchi boldi "was going to leave"), the wish (Kazakh
# -ғысы/-кісі келді: «кеткісі келді»; Uyghur -غۇسى/-كۈسى كەلدى: chiqqusi keldi "wanted to leave"), the
# imperative and optative (a request or a demand: Kazakh -сын/-сін «босатылсын» "let him be released",
# -ыңыз/-ыңыздар/-ыңдар «босатыңыздар» "release him", -айық/-ейін «кетейік» "let us go"; Uyghur -سۇن/-سۈن,
# -sun/-sün قويۇپ بېرىلسۇن, -ىڭلار/-inglar, -ىڭىز/-ingiz, -ايلى/-ayli) and the obligation (Kazakh -уы керек/тиіс,
# Uyghur -ىشى كېرەك/لازىم, -ishi kérek/lazim: "must be released"). The verbal noun and the conditional are
# not in it: -са/-се is also Kazakh's narrative "when" («үйге келсе, …»).
_KK_UNREAL_SUFFIX = re.compile(r"(?:мақ|мек|бақ|бек|пақ|пек)(?:ш[ыі]\w*|\s+(?:бол|ниет)\w*)(?!\w)"
                               r"|[ыі]?[ғгқк][ыі](?:с[ыі]|м|ң|м[ыі]з)\s+кел\w*"
                               r"|с[ыі]н(?:дар|дер)?(?!\w)|[ыі]?ң[ыі]з(?:дар|дер)?(?!\w)|[ыі]?ң(?:дар|дер)(?!\w)"
                               r"|[ае]?й(?:ын|ін|ық|ік)(?!\w)"
                               r"|\w*(?:\s+болу\w*)?\s+(?:керек|тиіс)\w*", re.I)
_UG_UNREAL_SUFFIX = re.compile(r"(?:ماق|مەك)(?:چى\w*|\s+بول\w*)(?!\w)|(?:maq|mek)(?:chi\w*|\s+bol\w*)(?!\w)"
                               r"|(?:غۇ|قۇ|گۈ|كۈ)(?:سى|م|مىز|ڭ)\s+كەل\w*|(?:ghu|qu|gü|kü)(?:si|m|miz|ng)\s+kel\w*"
                               r"|(?:سۇن|سۈن|sun|sün)(?!\w)|[ىۇۈ]?ڭ(?:لار|لەر|ىز)(?!\w)|[iuü]?ng(?:lar|ler|iz)(?!\w)"
                               r"|[اە]?يلى(?!\w)|[ae]?yli(?!\w)"
                               r"|\w*\s+(?:كېرەك|لازىم|k[eéë]rek|lazim)(?!\w)", re.I)
# The verb whose endings say it: the act's own word, or, where the act's words end at a converb (Kazakh -ып/-іп/-п,
# Uyghur -ىپ/-ۇپ/-ۈپ/-پ, -ip/-up/-üp/-p: «көшіп», كۆچۈپ / köchüp), the auxiliary verb after it that carries them
# («көшіп келмекші», كۆچۈپ كەلمىدى / köchüp kelmidi: did not move).
_CONVERB_AUXILIARY = {
    "kk": re.compile(r"(?<=п)\s+(?:кел|кет|бер|қой|ал|жібер|шық|қал|бар)", re.I),
    "ug": re.compile(r"(?<=[پp])\s+(?:ك[ەې]ل|ك[ەې]ت|ب[ەې]ر|قوي|ئال|چىق|قال|بار|k[eéë]l|k[eéë]t|b[eéë]r|qoy|al|chiq|qal|bar)", re.I)}
_UNREAL_AFTER = {"kk": _KK_UNREAL_SUFFIX, "ug": _UG_UNREAL_SUFFIX}
# A verb in the present-future (Kazakh -а/-е/-й + -ды/-ді or a personal ending: «ұсталады», «ұстайды», «жібереміз»;
# Uyghur -ى/-ي + -دۇ or a personal ending, -i/-y + -du: تۇتۇلىدۇ / tutulidu, تۇتىدۇ) after a condition in its
# sentence: "if" (Kazakh «егер», Uyghur ئەگەر / eger) or a verb in the conditional with its person («келсем»,
# «барсаң») or denied («келмесе», «қайтпаса»; كەلمىسە / kelmise, قايتسام / qaytsam): a threat or a possibility
# ("should I stay away, my brother will be arrested"), not an act done. Neither alone: the present-future
# also tells what is done again and again, and -са/-се alone also tells "when" in a narrative.
_FUTURE_AFTER_CONDITION = {
    "kk": (re.compile(r"(?:[аеә]|й)(?:д[ыі]|м[ыі]н|м[ыі]з|с[ыі]ң|с[ыі]з|сыңдар|сіңдер)(?!\w)", re.I),
           re.compile(r"(?<!\w)егер(?!\w)|\w+(?:с[ае](?:м|ң|қ|к|ңыз|ңіз|ңдар|ңдер)|[мбп][ае]с[ае])(?!\w)", re.I)),
    "ug": (re.compile(r"[ىي](?:دۇ|مەن|مىز|سەن|سىز|سىلەر)(?!\w)|[iy](?:du|men|miz|sen|siz|siler)(?!\w)", re.I),
           re.compile(r"(?<!\w)(?:ئەگەر|eger)(?!\w)|\w+(?:س[اە](?:م|ڭ|ق|ك|ڭىز|ڭلار)|م[اىە]س[اە])(?!\w)"
                      r"|\w+(?:s[ae](?:m|ng|q|k|ngiz|nglar)|m[aie]s[ae])(?!\w)", re.I)),
}
_SENTENCE_END = re.compile(r"[.!?؟。\n]")
# The act's own verb in the conditional after "if" in its sentence («егер мен Қытайға барсам», ئەگەر مەن جۇڭگوغا
# قايتسام / eger men Junggogha qaytsam): a journey supposed, not made
_CONDITIONAL_VERB = {"kk": re.compile(r"[мбп]?[ае]?с[ае](?:м|ң|қ|к|ңыз|ңіз|ңдар|ңдер)?(?!\w)", re.I),
                     "ug": re.compile(r"(?:م[اىە])?(?:س[اە](?:م|ڭ|ق|ك|ڭىز|ڭلار)?|s[ae](?:m|ng|q|k|ngiz|nglar)?)(?!\w)", re.I)}
_IF = {"kk": re.compile(r"(?<!\w)егер(?!\w)", re.I), "ug": re.compile(r"(?<!\w)(?:ئەگەر|eger)(?!\w)", re.I)}


def _verb_endings_at(text: str, end: int, language: str) -> int | None:
    """Where the endings of the verb whose words end at `end` begin (Kazakh, Uyghur): `end` inside a word,
    else right after the auxiliary verb that follows a converb there (`_CONVERB_AUXILIARY`); None when neither."""
    if end > 0 and text[end - 1:end].isalpha() and text[end:end + 1].isalpha():
        return end
    auxiliary = _CONVERB_AUXILIARY[language].match(text, end)
    return auxiliary.end() if auxiliary and text[auxiliary.end():auxiliary.end() + 1].isalpha() else None
# Uyghur hedges after the act's words: "I heard that …" (… دەپ ئاڭلىدىم / dep anglidim, or the act as a
# noun heard of: … قويۇپ بېرىلگەنلىكىنى ئاڭلىدۇق / qoyup bérilgenlikini angliduq, "we heard of his release"),
# "I think", "I fear" (dep oylaymen, dep qorqimen), "seems" (ئوخشايدۇ / oxshaydu), "may be" (مۇمكىن / mumkin).
_UG_UNREAL_AFTER = re.compile(r"\w*(?:\s+\w+){0,2}?\s+(?:(?:دەپ|dep)\s+(?:ئاڭلا|ئاڭلى|ئويلا|قورق|angla|angli|oyla|qorq)\w*|"
                              r"ئوخشايدۇ|مۇمكىن|oxshaydu|mumkin)(?!\w)"
                              r"|\w*(?:لىكىنى|لىقىنى|likini|liqini)\s+(?:ئاڭلا|ئاڭلى|angla|angli)\w*", re.I)


def negated_after(text: str, end: int, language: str | None = None) -> bool:
    """True when a negation right after an act's words at [.., end) of `text` denies them, where
    the word order puts it there: Russian («… меня никогда не трогали», «приговора … нет»), Kazakh
    (`language` "kk": a negative suffix continuing the act's last word, «ұсталмады», or
    «жоқ»/«емес» after it, «ұсталған жоқ») and Uyghur ("ug", Arabic script or Uyghur Latin:
    تۇتۇلمىدى / tutulmidi, or يوق / yoq and ئەمەس / emes after it, tutulghan emes). The one test
    of negation after the words."""
    if language in _NEGATION_AFTER:
        suffix, word_after = _NEGATION_AFTER[language]
        at = _verb_endings_at(text, end, language)
        return bool(at is not None and suffix.match(text, at)) or bool(word_after.match(text, end))
    return bool(_NEGATED_AFTER_RU.match(text, end))


def unreal_after(text: str, end: int, language: str | None = None) -> bool:
    """True when the words after an act's words at [.., end) say it was heard, feared, threatened or
    only likely (Kazakh and Uyghur, where these follow the verb: «… деп естідім», «… деп қорқытты»,
    «сияқты»; … دەپ ئاڭلىدىم / dep anglidim, mumkin), or whose verb's endings tell it intended, wished,
    asked for or owed, not done (`_KK_UNREAL_SUFFIX`, `_UG_UNREAL_SUFFIX`: «кетпекші», چىقماقچى / chiqmaqchi,
    «босатылсын»), or threatened on a condition (`_FUTURE_AFTER_CONDITION`: «егер … келмесем, … ұсталады»); False for other languages (their hedges and threats come before: `HEDGE`, `THREAT`)."""
    if language in _UNREAL_AFTER:
        at = _verb_endings_at(text, end, language)
        if at is not None and _UNREAL_AFTER[language].match(text, at):
            return True
        future, condition = _FUTURE_AFTER_CONDITION[language]
        if at is not None and (future.match(text, at) or _CONDITIONAL_VERB[language].match(text, at)):
            opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, end - 300), end)), default=max(0, end - 300))
            if future.match(text, at) and condition.search(text, opening, end) or _IF[language].search(text, opening, end):
                return True
    if language == "ug":
        return bool(_UG_UNREAL_AFTER.match(text, end))
    if language == "zh":
        return bool(_ZH_UNREAL_AFTER.match(text, end))
    return language == "kk" and bool(_KK_UNREAL_AFTER.match(text, end))


# "No court ever …", "No guard …": "no" opening the clause is its subject's, and
# denies the verb after it.
_NO_SUBJECT = re.compile(r"[\s\"“”«»'‘’(—–-]*")
# "no sign of …", "no indicators of …": what "no … of" names is denied.
_NONE_OF = re.compile(r"^\s+(?:[\w-]+\s+){0,2}(?:of|de|d['’])\s*$", re.I)
# A word that makes what follows uncertain or not the speaker's knowledge ("I heard", "might").
# Where a clause ends inside a sentence (";", ", but", "while" …): a negation or hedge before it
# does not reach an act after it (violations, and the act classifier's parse features).
# A concession after a comma opens a clause too ("was not beaten, she says, though she had to …",
# « …, bien qu'on l'ait … », «…, хотя его …»), and a quoted "only …" after a denial ("never beaten,
# she said, "only made to …""; h-codes42).
CLAUSE_BREAK = (r"[;:–—]|,\s+(?:but|and|while|whereas|но|а|однако|mais|tandis que|alors que)\b|\bbut\b|\bwhile\b|\bmais\b|"
                r",\s+(?:though|although|even though|yet|instead|хотя|зато|bien que|bien qu['’]|quoique|quoiqu['’])|"
                r",\s*[\"“«]\s*(?:only|just|seulement|только)\b")
HEDGE = (
    r"\b(?:might|may have|maybe|perhaps|possibly|probably|reportedly|allegedly|rumou?r\w*|heard(?!\s+(?:(?:later|afterwards|then|since)\s+)?(?:from|that|he|she|they|my|his|her|our|their)\b)|"
    r"I think|I believe|I suppose|it is said|seems|apparently|I know the|I know that the|afraid|feared|"
    r"worried|would have|could have|thought they|believes? that|thinks(?!\s+(?:of|about)\b)|fears?\s+(?:that|he|she|they|my|his|her|their|our)\b|"
    # hearsay told by the many: "some people say", "others say", "some neighbours in Turpan say";
    # claimed or posted by readers or users ("some users also claimed that …", "other accounts posted that …")
    r"(?:some|other|many)(?:\s+(?:people|relatives|neighbou?rs|villagers|friends))?(?:\s+in\s+\w+)?\s+say|others\s+say|people\s+say|"
    r"(?:some|other|many|several)\s+(?:people|users|readers|commenters|posts|accounts|bloggers|websites|sites)\s+(?:also\s+|have\s+|had\s+)?"
    r"(?:claim(?:s|ed)?|posted|wrote|written|alleged)|"
    r"(?:certain(?:e)?s|d['’]autres|plusieurs)\s+(?:internautes|lecteurs|lectrices|comptes|sites|utilisateurs)\b[^.;]{0,40}?\b(?:ont|avaient)\s+(?:écrit|affirmé|prétendu|publié)|"
    r"слух\w*|"
    # an act asked about, not told: "people ask me whether they …", "asked if she had been …"
    r"ask(?:s|ed|ing)?\s+(?:(?:me|us|him|her|them)\s+)?(?:whether|if)|"
    # hearsay in the passive: "he is reported to have been jailed", "was said to be held"
    r"(?:is|are|was|were) (?:reported|said|believed|thought|alleged|rumou?red) to (?:have|be)|(?:cannot|can ?not|could not|couldn['’]t) (?:confirm|verify)|"
    r"unconfirmed|unverified|неподтвержд\w*|не подтвержд\w*|непроверенн\w*|non confirmée?s?|non vérifiée?s?|"
    # (« je pense à lui »: thinking of someone, no hedge)
    r"peut-être|je crois|je pense(?!\s+(?:à|au|aux)\b)|je suppose|il paraît|on dit|on raconte|rumeurs?|probablement|sans doute|"
    # the French journalistic conditional: what is reported, not asserted (« il aurait été torturé »,
    # « selon sa sœur, elle serait détenue »); the indicative (« il a été torturé ») states the act
    r"aurai(?:t|ent)|serai(?:t|ent)|"
    r"говорят|возможно|кажется|по слухам|наверное|якобы|вероятно|может быть|слышал\w*(?!\s+от\b)|"
    # Kazakh before the act: perhaps, maybe, as I heard, they say, "some people" (say) (its hedges
    # after: `unreal_after`)
    r"бәлкім|мүмкін|естуімше|естуімізше|айтуларынша|сірә|кейбіреулер|"
    # Uyghur before the act (Arabic script and Uyghur Latin): perhaps, probably, as I heard
    r"بەلكىم|ئېھتىمال|ئاڭلىشىمچە|belkim|[eéë]htimal|anglishimche)\b")
# Verbs of guessing or of hearsay whose complement clause is not told as a fact, by lemma (issue 11,
# h-pron58): "a few posters speculated that she is dead", "the comment suggested that she was held
# too", « certains supposent qu'il a été arrêté », «соседи предполагают, что его задержали». Read by
# the dependency parse (`subjects.hedged_by_parse`): an act is hedged only inside such a verb's clause, so
# "she suspected nothing; they took her" keeps its act. (A teller's own "claims" and "says" are testimony.)
HEDGE_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset("speculate suggest guess suppose presume assume imagine suspect wonder doubt rumour rumor".split()),
    "fr": frozenset("spéculer supposer présumer imaginer soupçonner suggérer douter prétendre".split()),
    "ru": frozenset("предполагать предположить подозревать догадываться сомневаться".split()),
}
# What is told and then said to be unconfirmed, after it in its sentence ("… could not be verified",
# "…; no one could confirm it", « … ; rien ne permet de confirmer cela », «это не подтверждено»), or in a
# short sentence right after that says so of it ("I cannot confirm it."): a report, not a fact of the
# testimony (`unconfirmed_after`).
UNCONFIRMED = (
    # (denied: "can confirm that …", "could be verified" say the opposite)
    r"\b(?:cannot|can['’]t|couldn['’]t|(?:could|can)\s+not)\s+(?:be\s+)?(?:confirm|verif(?:y|ied))\w*|"
    r"\b(?:has|have|had)\s+(?:not|never)\s+been\s+(?:confirmed|verified)|"
    r"\b(?:nobody|no one|none of us)\s+(?:can|could|has been able to|have been able to|was able to)\s+(?:confirm|verify)\b|"
    # said of it ("remains unverified"), not "unverified reports that …" (a hedge of what follows)
    r"\b(?:we|I)\s+(?:do|does)\s+not\s+assert\b|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:unconfirmed|unverified)\b|"
    # a denial of what was just told, after it in its sentence ("…, but that is not true", "— this is not
    # confirmed", « …, mais ce n'est pas vrai », «…, но это неправда»)
    # (after a clause break, and not "it is not true that …", which denies what comes after it)
    r"[,;:–—(]\s*(?:(?:but|and|mais|et|но|а)\s+)?(?:(?:that|this|it|which)\s+(?:is|was)\s+(?:not\s+(?:true|correct|accurate|"
    r"confirmed)|untrue|false|incorrect)|(?:ce|cela)\s+n['’](?:est|était)\s+pas\s+(?:vrai|exact|confirmé)|c['’](?:est|était)\s+"
    r"(?:faux|inexact)|это\s+(?:неправда|неверно|не\s+так))(?![\w-])(?!,?\s+(?:that|que|qu['’]|что)\b)|"
    r"\brien ne permet de (?:le |la |les )?confirmer\b|\bn['’](?:a|ont) pas (?:pu )?être (?:confirmée?s?|vérifiée?s?)|"
    r"\bnon (?:confirmée?s?|vérifiée?s?)\b|(?<![\w-])не подтвержд\w*|(?<![\w-])не удалось (?:подтвердить|проверить)|"
    r"(?<![\w-])никто не (?:может|смог|сможет) (?:подтвердить|проверить)|"
    # Kazakh and Uyghur, after the verb: no one can confirm it, it is not confirmed, I do not believe it
    # («…, бірақ отбасы оны растамайды», «расталмаған», «мен сенбеймін»; ھېچكىم ئىسپاتلاپ بېرەلمىدى / héchkim ispatlap
    # bérelmidi, ئىسپاتلانمىغان / ispatlanmighan, ئىشەنمەيمەن / ishenmeymen); not "no one has seen him since", which
    # tells a disappearance
    r"(?<![\w-])(?:ешкім|еш кім)\s+(?:\w+\s+)?(?:растаған жоқ|растамады|растай алма\w*)|"
    r"(?<![\w-])(?:растал(?:ған жоқ|маған|мады)|растамай\w*|сенбей(?:мін|міз)|рас емес)(?![\w-])|"
    r"(?<![\w-])(?:ھېچكىم|h[eéë]chkim)\s+(?:\w+\s+){0,2}?(?:ئىسپاتلاپ بېرەلمى|ئىسپاتلىيالمى|ispatlap b[eéë]relmi|ispatliyalmi)\w*|"
    r"(?<![\w-])(?:ئىسپاتلانمى|ئىسپاتلىيالماي|ئىشەنمەي|ispatlanmi|ispatliyalmay|ishenmey)\w*|(?<![\w-])(?:راست ئەمەس|rast emes)(?![\w-])")
_UNCONFIRMED = re.compile(UNCONFIRMED, re.I)
# The short sentence after that says it of what was just told: "I cannot confirm it.", « Je ne peux pas le confirmer. »
_UNCONFIRMED_NEXT = re.compile(
    r"\s*(?:I|We|Nobody|No one|The family)\s+(?:can|could|has been able to|have been able to)(?:not|n['’]t| not)?\s+"
    r"(?:confirm|verify)\s+(?:it|this|that|any of (?:it|this))\s*[.!]"
    r"|\s*(?:Je|Nous)\s+ne\s+(?:peux|pouvons)\s+pas\s+(?:le|la|les)\s+(?:confirmer|vérifier)\s*[.!]"
    r"|\s*(?:Я|Мы)\s+не\s+(?:могу|можем)\s+(?:это\s+)?(?:подтвердить|проверить)\s*[.!]"
    # a retraction of what was printed or said: "This is not correct; we regret the error.", « C'est inexact. »,
    # «Это не соответствует действительности.»
    r"|\s*(?:That|This|It|Which)\s+(?:is|was)\s+(?:not\s+(?:correct|true|accurate)|incorrect|untrue|inaccurate)\b"
    r"|\s*(?:C['’]est|Ceci\s+est|Cela\s+est)\s+(?:faux|inexact|erron[ée])|\s*Ce\s+n['’]est\s+pas\s+(?:vrai|exact|correct)\b"
    r"|\s*Это\s+(?:неправда|неверно|не\s+так|не\s+соответствует\s+действительности)"
    # the teller's own retraction: "I was wrong: he was not detained.", « Je me suis trompée : … », «Я ошиблась.»
    # (the whole of what was told, not a detail of it: "I was wrong about the date" retracts no act)
    r"|\s*(?:I|We)\s+(?:was|were)\s+(?:wrong|mistaken)\s*[:.;—–]|\s*(?:I|We)\s+(?:got|had)\s+(?:it|that|this)\s+wrong\s*[:.;—–]"
    r"|\s*(?:Je\s+me\s+suis|Nous\s+nous\s+sommes)\s+trompée?s?\s*[:.;—–]|\s*(?:J['’]avais|Nous\s+avions)\s+tort\s*[:.;—–]"
    r"|\s*(?:Я|Мы)\s+ошиб\w*\s*[:.;—–]", re.I)


def unconfirmed_after(text: str, end: int, sentence_end: int) -> bool:
    """True when what is told at [.., end) is said to be unconfirmed after it in its sentence (ending at
    `sentence_end`) or in a short sentence right after (`UNCONFIRMED`): "could not be verified",
    "no one can confirm it", « rien ne permet de confirmer cela »; "I cannot confirm it."."""
    # a sentence the splitter left joined at a footnote mark ("… was released.[2] Other reports …")
    stop = _FOOTNOTE_END.search(text, end, sentence_end)
    if stop is not None:
        sentence_end = stop.start() + 1
    return bool(_UNCONFIRMED.search(text, end, sentence_end)) or bool(_UNCONFIRMED_NEXT.match(text, sentence_end))


_FOOTNOTE_END = re.compile(r"[.!?]\[\d+\]")


# A denial of what follows it in its sentence, whoever denies it: "not subjected to", "spared"; a
# denial verb with what it denies ("she denies having been given …", « il nie avoir été … »,
# «отрицает, что …»); "contrary to reports", « contrairement aux rumeurs », «вопреки слухам»; no
# evidence for it ("found no evidence that", « aucune preuve que », «нет доказательств того, что»);
# a claim rejected ("dismissed reports that", « a démenti que », «опроверг сообщения о том, что»).
# Read by the violation rules before an act's words, for rule matches and classifier proposals alike.
DENIAL = (
    r"\b(?:not|never|n['’]t) (?:been )?subjected\b|\bspared\b|\bescaped (?:the|this)\b|"
    r"\bden(?:y|ies|ied|ying)\s+(?:ever\s+)?(?:having|that|being|he|she|they|any|reports?|claims?|allegations?)\b|"
    r"\bni(?:e|ent|ait|aient|é)\s+(?:avoir|être|qu['’]|que)\b|\bотрица\w*,?\s+(?:что|факт)\b|"
    r"\bcontrary to (?:\w+\s+){0,3}?(?:reports?|claims?|rumou?rs?|allegations?|posts?|what)\b|"
    r"\bcontrairement (?:aux?|à)\b|\bвопреки (?:\w+\s+){0,2}?(?:сообщени\w+|слух\w+|утверждени\w+|заявлени\w+)|"
    r"\bno (?:\w+\s+)?evidence (?:that|of|for)\b|"
    r"\baucune (?:preuve|trace) (?:que|qu['’]|de|d['’])|\bнет (?:никаких )?(?:доказательств|подтверждени\w+)|"
    r"\b(?:dismiss|reject|refut|debunk)(?:s|es|ed|ing)?\s+(?:the\s+|these\s+)?(?:reports?|claims?|rumou?rs?|allegations?)\b|"
    r"\bdément\w*|\bопроверг\w*")
# A sentence about the region or the camp system, not about a person ("rights groups report …").
BACKGROUND = (
    r"\b(?:rights groups|human rights (?:groups|organi[sz]ations)|across the region|throughout the region|"
    r"in the region|reports? (?:say|suggest|show)|according to (?:reports|researchers|rights groups|experts)|"
    r"systematically|all non-\w+ women|hundreds of thousands|millions of|"
    r"dans toute la région|organisations? de défense des droits|des milliers|des centaines de milliers|"
    r"по всему (?:региону|Синьцзяну)|правозащитн\w+|тысяч\w* (?:уйгур\w*|казах\w*|людей|заключ\w+)|"
    # Kazakh: thousands, hundreds of thousands, millions of people, Kazakhs, Uyghurs; all over Xinjiang
    r"(?:мыңдаған|жүздеген мың|миллиондаған|миллионнан астам)\s+(?:адам|қазақ|ұйғыр|қандас|мұсылман)\w*|"
    r"бүкіл Шыңжаң\w*|"
    # Uyghur: thousands, hundreds of thousands, millions of people, Uyghurs, Kazakhs (Arabic script, Uyghur Latin)
    r"(?:مىڭلىغان|يۈزمىڭلىغان|مىليونلىغان|minglighan|yüzminglighan|milyonlighan)\s+(?:كىشى|ئادەم|ئۇيغۇر|قازاق|kishi|adem|uyghur|qazaq)\w*)\b")

# A threat of an act is not the act ("warned her that … would be …", "threatened to take me", « menacé
# de … », «пригрозили, что …»); the threat itself may be one (harassment, reprisal), told by its own
# words. The verbs of threatening, lemma -> its forms (regular-expression text), by language: read
# in the text by the violation rules (`THREAT`: the verb, then what it threatens, up to the act's
# words) and on the parse by the event rules (`UNREAL_HEADS`: a verb under one is not told as done).
THREAT_VERBS = {
    "en": {"threaten": r"threaten(?:s|ed|ing)?", "warn": r"warn(?:ed|ing)"},
    "fr": {"menacer": r"menac\w+", "avertir": r"averti\w*"},
    "ru": {"угрожать": r"угрожа\w*", "пригрозить": r"пригрози\w*", "предупредить": r"предупреди\w*",
           "предупреждать": r"предупрежда\w*"},
}


def _threat_forms(language: str) -> str:
    return "|".join(THREAT_VERBS[language].values())


# Text that ends where a threatened act's words begin ("threatened to", "warned … that … would be").
THREAT = (rf"\b(?:{_threat_forms('en')})\b(?:(?:\s+\w+){{0,3}}\s+to\s+(?:\w+\s+)?|"
          r"[^.;]*?\bthat\b[^.;]*?\b(?:would|will|could)\s+(?:\w+\s+){0,2})$|"
          rf"\b(?:{_threat_forms('fr')})\s+(?:\w+\s+){{0,3}}?(?:de\s+|d['’]|que\s+|qu['’])[^.;]*$|"
          rf"\b(?:{_threat_forms('ru')})\b[^.;]*$")
# Lemmas of the verbs an act under which is not told as done: threatened, and wished, tried or
# planned ("wanted to take me", « voulaient m'emmener », «пытались увезти»).
UNREAL_HEADS = frozenset(lemma for verbs in THREAT_VERBS.values() for lemma in verbs) | frozenset(
    "try want plan fear intend attempt vouloir essayer tenter хотеть пытаться собираться".split())

# Verbs of saying, one table per language (issue 11: one list for every rule that asks who tells, who is
# told, or who speaks in a turn; no rule keeps a list of its own). Language -> lemma -> `Saying`:
# - forms: regular-expression text of the finite forms the rules read on the surface (he says, said; a French
#   compound past with its auxiliary, « m'a dit »; a Russian stem with its endings, «сказал\w*»);
# - kinds: what the verb is besides a verb of saying; each rule reads the view of the kinds it needs
#   (`saying_forms`):
#   "tells": says what the sentence reports, whatever follows ("His son says he …", «X говорит, что …»);
#   "clause": says only before a clause or a quote: "wrote that …", not "wrote a letter" (`SAYING_THAT`);
#   "speaker": names whoever speaks right before or after it: "X said", "said X", "She said", « Aynur m'a dit »,
#              «Арман сказал», 阿依古丽说, «– дейді Айгүл» (the speaker rules of `persons`, `han`, `turkic`);
#   "inverted": names its speaker only after it, past a quote ("…," continues X);
#   "talk": tells of something, recounts it, with no quote ("talked about", "testified", «рассказал»: «Он
#           рассказал, что …» is no quote of his that the paragraph's "I" would be his, as «Он сказал:» is);
#   "turn": a turn of talk with one other: a question, an answer, a message, a call ("asked", « a répondu »);
#   "header": a forum post's header, "X wrote:", « X a écrit : » (`persons`);
#   "reports": a word of reporting only (`REPORTING`), not a teller's verb ("informed", «заявил»);
# - told: the forms with whom it is told to right after them ("told X that", "said to X", « a dit à X »,
#   «сказал X»; `subjects.is_source`, the hearer of `violations`), else None;
# - other: its other forms (a bare verb, a participle: "say", "telling"), read where any form of it tells
#   (`REPORTING`, a reported state of `events`, a forum post's header).
# Rules read the surface, so the table holds forms; the lemma keys it (the parse's lemma where a rule reads one).
class Saying(NamedTuple):
    forms: str
    kinds: frozenset[str]
    told: str | None = None
    other: str | None = None


def _saying(forms: str, kinds: str, told: str | None = None, other: str | None = None) -> Saying:
    return Saying(forms, frozenset(kinds.split()), told, other)


SAYING_VERBS: dict[str, dict[str, Saying]] = {
    "en": {
        "say": _saying(r"says|said", "tells speaker header", r"said\s+to", r"say"),
        "tell": _saying(r"tells|told", "tells speaker", r"tells|told|tell", r"tell|telling"),
        "report": _saying(r"reports|reported", "tells"),
        "recall": _saying(r"recalls|recalled", "tells speaker"),
        "believe": _saying(r"believes|believed", "clause"),
        "claim": _saying(r"claims|claimed", "clause"),
        "write": _saying(r"writes|wrote", "clause turn header", r"wrote\s+to"),
        "explain": _saying(r"explains|explained", "clause speaker"),
        "confirm": _saying(r"confirms|confirmed", "clause"),
        "add": _saying(r"adds|added", "clause inverted"),
        "stress": _saying(r"stresses|stressed", "clause"),
        "insist": _saying(r"insists|insisted", "clause"),
        "note": _saying(r"notes|noted", "clause"),
        "emphasise": _saying(r"emphasi[sz]es|emphasi[sz]ed", "clause"),
        "continue": _saying(r"continues", "inverted"),
        "talk": _saying(r"talked(?:\s+about)?", "talk"),
        "speak": _saying(r"spoke(?:\s+about)?", "talk"),
        "recount": _saying(r"recounted", "talk"),
        "testify": _saying(r"testified", "talk reports", None, r"testif(?:y|ies|ying)"),
        "describe": _saying(r"described", "talk"),
        "inform": _saying(r"informed", "reports", r"informed"),
        "ask": _saying(r"asked|asks", "turn"),
        "reply": _saying(r"replied", "turn"),
        "answer": _saying(r"answered", "turn"),
        "text": _saying(r"texted", "turn"),
        "call": _saying(r"called", "turn"),
        "whisper": _saying(r"whispered", "turn"),
        "shout": _saying(r"shouted", "turn"),
    },
    "fr": {
        "dire": _saying(r"m['’]a[ \t]+dit|a[ \t]+dit|dit|disent", "tells speaker", r"a[ \t]+dit[ \t]+à"),
        "raconter": _saying(r"a[ \t]+raconté|raconte", "tells speaker", r"a[ \t]+raconté[ \t]+à"),
        "affirmer": _saying(r"affirme", "tells"),
        "écrire": _saying(r"a[ \t]+écrit|écrit", "clause header", r"a[ \t]+écrit[ \t]+à"),
        "souligner": _saying(r"souligne", "clause"),
        "préciser": _saying(r"précise", "clause"),
        "expliquer": _saying(r"a[ \t]+expliqué|explique", "clause speaker"),
        "ajouter": _saying(r"ajoute", "clause"),
        "insister": _saying(r"insiste", "clause"),
        "déclarer": _saying(r"a[ \t]+déclaré", "talk"),
        "répondre": _saying(r"a[ \t]+répondu|répond", "turn"),
        "témoigner": _saying(r"témoign\w*", "reports"),
        "apprendre": _saying(r"a[ \t]+appris[ \t]+à", "", r"a[ \t]+appris[ \t]+à"),
        # told in confidence ("m'a confié que …"): read only where the one told is named (`told_participles`)
        "confier": _saying(r"a[ \t]+confié", ""),
    },
    "ru": {
        "сказать": _saying(r"сказал\w*", "tells speaker", r"сказал\w*"),
        "говорить": _saying(r"говорит|говорил[аи]?", "tells speaker", None, r"говор\w*"),
        "рассказать": _saying(r"рассказ\w+", "tells talk", r"рассказ(?:ал|ывал)\w*"),  # either aspect
        "сообщить": _saying(r"сообщ\w+", "clause", r"сообщил\w*"),
        "написать": _saying(r"пишет|написал\w*", "clause turn header", r"написал\w*", r"писал\w*"),
        "подчеркнуть": _saying(r"подч[её]ркивает", "clause"),
        "вспоминать": _saying(r"вспоминает", "clause"),
        "добавлять": _saying(r"добавляет", "clause"),
        "уточнять": _saying(r"уточняет", "clause"),
        "отмечать": _saying(r"отмечает", "clause"),
        "ответить": _saying(r"ответил[аи]?", "turn"),
        "спросить": _saying(r"спросил[аи]?", "turn"),
        "позвонить": _saying(r"позвонил[аи]?", "turn"),
        "свидетельствовать": _saying(r"свидетельств\w*", "reports"),
        "заявить": _saying(r"заяв\w*", "reports"),
    },
    # Chinese: the verb after a speaker's name (阿依古丽说…, 艾力告诉我…)
    "zh": {"说": _saying("说", "speaker"), "讲": _saying("讲", "speaker"), "告诉": _saying("告诉", "speaker")},
    # Kazakh and Uyghur (Arabic script and the Latin of its keys): the verb after a quote, its teller after it
    # («», – дейді Айгүл», «деді ол»)
    "kk": {"де": _saying(r"дейді|деді|деген|дейтін", "speaker"), "айт": _saying(r"айтты|айтады", "speaker"),
           "жаз": _saying(r"жазды|жазады", "speaker")},
    "ug": {"دې": _saying(r"دېدى|دەيدۇ|دېگەن|d[éë]di|deydu|d[éë]gen", "speaker"),
           "ئېيت": _saying(r"ئېيتتى|ئېيتىدۇ|[éë]ytti|[éë]ytidu", "speaker"),
           "ياز": _saying(r"يازدى|yazdi", "speaker")},
}
EUROPEAN = ("en", "fr", "ru")


def saying_forms(*kinds: str, languages: tuple[str, ...] = EUROPEAN, told: bool = False, other: bool = False) -> str:
    """The one view of `SAYING_VERBS` every rule reads: regular-expression text, one alternation with no group,
    of the forms of the verbs of `languages` that have one of `kinds` (any verb when no kind is given).
    `told`: the forms with whom it is told to after them, of the verbs that have them (kinds then narrow
    nothing unless given); `other`: with their other forms too."""
    wanted = frozenset(kinds)
    found = []
    for language in languages:
        for verb in SAYING_VERBS[language].values():
            if wanted and not wanted & verb.kinds:
                continue
            if told:
                found += [verb.told] if verb.told else []
                continue
            found += [verb.forms] if verb.forms else []
            found += [verb.other] if other and verb.other else []
    return "|".join(found)


# Verbs of hearing, learning or being told, the one list (issue 11, h-heard57): their subject is the one
# who comes to know what the clause under them reports, never whom the act inside it happened to; that act
# is its own clause's subject's, or the topic's ("his wife X heard that he was sentenced", « X a appris que »,
# «X узнала, что», 阿娜尔得知他被判, «Бибігүл оның сотталғанын естіді», ... بىلدى). English, French and
# Russian put the verb before its clause (`violations._HEARD`); Chinese before it too, right after its
# subject (`han`); Kazakh and Uyghur after the clause made a noun (`turkic.ActPersons`). Forms, as
# regular-expression text with no group; Uyghur in Arabic script and its Latin. Hearsay with no one
# certain («деп естідім», 听说 as a hedge) is `ZH_HEDGE` and `unreal_after`'s, not this list's.
HEARING_VERBS: dict[str, str] = {
    "en": r"heard|learned|learnt|found out",
    "fr": r"a appris|ont appris|avait appris|avaient appris",
    "ru": r"узнал\w*|услышал\w*",
    "zh": r"听说|听到|听闻|得知|获悉|获知",
    # естіді "heard", естіп қалды, біліп қалды "found out", білді "learned", хабардар болды "was told"
    "kk": r"есті(?:ді|дім|дік|діңіз|ген|п)\w*|біліп\s+қал\w*|біл(?:ді|дім|дік)|хабардар\s+бол\w*",
    # ئاڭلىدى / anglidi "heard", بىلدى / bildi "learned", بىلىپ قالدى / bilip qaldi "found out"
    "ug": r"ئاڭلى(?:دى|دىم|دۇق|غان|پ)\w*|بىل(?:دى|دىم|دۇق)\w*|بىلىپ\s+قال\w*|"
          r"angli(?:di|dim|duq|ghan|p)\w*|bil(?:di|dim|duq)\w*|bilip\s+qal\w*",
}


def hearing_forms(*languages: str) -> str:
    """The forms of `HEARING_VERBS` of `languages`: one alternation with no group."""
    return "|".join(HEARING_VERBS[language] for language in languages)


def told_participles(languages: tuple[str, ...] = ("fr",)) -> str:
    """A view of `SAYING_VERBS` for the clitic that says who was told before the auxiliary (« m'a dit »,
    « nous avait raconté »): the participle of every form written with the auxiliary ("a[ \\t]+dit" gives
    "dit"), one alternation with no group."""
    found: list[str] = []
    for language in languages:
        for verb in SAYING_VERBS[language].values():
            for form in (verb.forms, verb.told or ""):
                found += [word for word in re.findall(r"(?:^|\|)a\[ \\t\]\+(\w+)", form) if word not in found]
    return "|".join(found)


# Whoever says or writes what a sentence reports is its teller, not the one it tells of ("His son says he
# …", "X recalls that they beat her", «… — пишет X»); a hearer after "told" ("told me") belongs to the
# verb. Some say only before a clause: "wrote that …", but "wrote a self-criticism", "confirmed the arrest"
# (`SAYING_THAT`). Read by the violation rules (a teller named before the act) and by the pronoun rules of
# `subjects` (a relative telling, a quoted writer).
_HEARER_OF_A_TELLER = r"(?:\s+(?:us|me|them|reporters|journalists))?"
_SAYING_ALWAYS = rf"(?:{saying_forms('tells')}){_HEARER_OF_A_TELLER}"
_SAYING_OF_A_CLAUSE = saying_forms("clause")
SAYING = rf"(?:{_SAYING_ALWAYS}|{_SAYING_OF_A_CLAUSE})"
# Words that tell who reports an act, never the act itself: a verb of saying (SAYING), of telling or
# testifying, and the word of a source ("according to", « selon »). The act's words a trained
# classifier's proposal is given are never one of these (the teller is not whom the act happened to).
REPORTING = rf"(?:{SAYING}|{saying_forms('tells', 'clause', 'reports', other=True)}|according|selon)"
# Words that name whose account a line gives ("according to X", « d'après X », «со слов X»): a line
# made of such words and a name names the teller, never the one the clauses after it are about
# (`subjects._named_alone`).
SOURCE_OF_WORDS = re.compile(r"\b(?:according to|as told by|in the words of|selon|d['’]après|со слов|по словам)\b",
                             re.IGNORECASE)
# A verb of saying that says here: one of the second kind only before "that", a comma, a colon or a quote.
SAYING_THAT = (rf"(?:{_SAYING_ALWAYS}|(?:{_SAYING_OF_A_CLAUSE})(?=\s*,?\s*(?:that|que|qu['’]|что)\b|\s*[,:;\"“«—–]))")


# Verbs (lemmas, as the parsers of en, fr and ru give them) that put or keep someone in a place of
# custody: "held", « détenu », «держали»; "sent", « emmené », «отправили». A place named with such a
# verb over it is where its subject or object is held; a place a verb of going or visiting names ("I went
# to the station where he was held") is the one of the relative clause's person (`violations`).
# The English verbs of the arrest itself: with an object they tell it ("police detained me"); their passive
# may tell the stay instead ("was detained for three weeks": `events._parsed_frames`).
ARREST_VERBS = frozenset({"detain", "arrest"})
CUSTODY_VERBS = ARREST_VERBS | frozenset("""hold keep lock imprison intern jail confine incarcerate send take transfer
move put place bring
détenir enfermer garder retenir interner emprisonner incarcérer envoyer emmener transférer placer mettre
conduire arrêter
держать содержать содержаться сидеть задержать заключить отправить увезти перевести поместить арестовать
забрать""".split())


# Verbs of going to see someone (lemmas of the en, fr and ru parsers): their object is who was visited
# ("went to Turpan to visit her aunt", « pour voir sa tante », «навестить тётю»), a bystander of what
# happens to the visitor (`subjects.bystander`).
VISITING_VERBS = frozenset("visit see voir visiter revoir навестить навещать проведать повидать повидаться "
                           "увидеть видеть".split())
# Prepositions whose object is a host or a beneficiary, not the one an act is done to: « chez sa tante »,
# "for his sister" (`subjects.bystander`).
BYSTANDER_CASES = frozenset("chez for pour для".split())
# Dwellings and workplaces (lemmas and words, en, fr, ru): their owner, when a preposition governs them, is
# where an act happened, not whom ("seized at his aunt's house", `subjects.bystander`).
HOME_NOUNS = frozenset("""house home flat apartment room shop store office yard gate door farm restaurant
    maison domicile appartement logement chambre magasin boutique bureau cour porte ferme restaurant
    дом квартира комната магазин лавка офис двор ворота дверь ферма ресторан""".split())


# The relations of a verb's subject in the parse, active or passive, as spaCy ("nsubjpass") and
# Universal Dependencies ("nsubj:pass") name them.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "nsubj:pass")


# Lemmas of the events read from the parse (`events._parsed_frames`): who a frame's person can be, the verbs
# and nouns of each frame (taking, leading, holding, questioning, moving, freeing, being in custody, a
# sentence given or got), and what makes a verb no such frame (an errand, a job, a time word).
PERSON_WORDS = frozenset(
    "i me he him she her we us they them je moi il le la lui elle nous les eux ils elles "
    "my his our their mon ma mes son sa ses leur notre мой моя моего моей наш свой "
    "я меня мне мной он его него ему ним нём нем она её ее неё нее ей ней мы нас нам нами они их них им ними".split())
# Who takes people away; "they", «on» and a Russian verb without subject («меня взяли») leave them unnamed.
AGENT_WORDS = frozenset(
    "police policeman policemen officer official cadre agent man men soldier authority authorities security "
    "they policier gendarme fonctionnaire homme ils on militaire "
    "полиция полицейский сотрудник офицер чиновник человек мужчина они военный".split())
# Agents of the state by their class, never "they", «on» or a man unnamed: those that make a plain verb
# of taking or holding someone an arrest (`STATE_TAKING_VERBS`; issue 11, h-custody68). Russian verbs are left
# out: measured on the spent sets, «его сняли …» went to the wrong person (the pronoun's owner unnamed).
STATE_AGENT_WORDS = frozenset(
    "police policeman policemen officer official cadre soldier authority authorities security guard "
    "policier gendarme fonctionnaire militaire douanier "
    "полиция полицейский сотрудник офицер чиновник военный пограничник милиционер силовик".split())
# Plain verbs of taking, holding or removing someone (no word of arrest in them): an arrest only with an
# agent of the state as subject or as the passive's agent, before any custody of the person, and with no
# destination or purpose after them (`events._parsed_frames`): "officers kept him aside", « des policiers l'ont
# retenu »; not "a neighbour took him to the station", nor officers who bring someone to an
# office for a few questions (a summons, or a custody told by its place).
STATE_TAKING_VERBS = frozenset("take remove hold keep "
                               "garder retenir enlever sortir descendre".split())
# Verbs that tell the event with a person as their object (or passive subject) whoever the subject is.
TAKING_VERBS = frozenset("seize apprehend abduct kidnap nab snatch handcuff "
                         "appréhender interpeller enlever kidnapper rafler menotter embarquer "
                         "схватить арестовать задержать похитить скрутить".split())
# Verbs of moving someone that tell an arrest only with agents as subject, before any custody.
LEADING_VERBS = frozenset("bundle drag haul escort lead pull grab shove "
                          "emmener amener prendre chercher conduire pousser traîner "
                          "взять увести увезти забрать вывести затолкать тащить забирать уводить увозить".split())
FRENCH_OBJECT_CLITICS = frozenset("m' me l' le la les t' te".split())
# «взяли на работу»: hired (not «на учёбу»: the name a camp gives itself)
WORK_NOUNS = frozenset("работа работу work job travail".split())
# Where someone is led that is no custody: a clinic, a meeting, home ("officials escorted her to
# the clinic", « conduite à l'hôpital », «отвели в больницу»): what is done there is its own act.
ERRAND_NOUNS = frozenset("clinic hospital doctor maternity ward surgery meeting class ceremony wedding funeral home house "
                         "clinique hôpital médecin dispensaire maternité réunion cérémonie mariage maison domicile "
                         "больница больницу клиника клинику поликлиника поликлинику врач врачу роддом собрание "
                         "свадьба свадьбу похороны дом домой".split())
COMING_VERBS = frozenset("come wait arrive return venir passer revenir attendre прийти приехать явиться зайти ждать поджидать".split())
HOLDING_VERBS = frozenset("confine jail imprison intern incarcerate cage lock "
                          "enfermer incarcérer emprisonner interner séquestrer écrouer "
                          "запереть заточить заключить упечь".split())
QUESTIONING_VERBS = frozenset("interrogate question grill quiz interroger questionner cuisiner "
                              "допросить допрашивать расспрашивать расспросить опросить".split())
MOVING_VERBS = frozenset("transfer relocate shift move drive send take bus transport bring carry "
                         "transférer déplacer conduire emmener envoyer amener transporter "
                         "перевести перевезти этапировать отправить увезти отвезти".split())
TRANSFERRING_VERBS = frozenset("transfer relocate shift transférer déplacer этапировать перевести перевезти".split())
REGAINING_VERBS = frozenset("regain recover remettre rendre retrouver recouvrer обрести выйти".split())
FREEDOM_NOUNS = frozenset("freedom liberty liberté свобода свободу".split())
ANOTHER_WORDS = frozenset("another different other new second autre nouveau другой новый иной второй".split())
FREEING_VERBS = frozenset("free release discharge liberate libérer relâcher relaxer освободить отпустить выпустить".split())
LEAVING_VERBS = frozenset("walk come get leave return go step emerge sortir partir rentrer revenir quitter "
                          "выйти вернуться уйти освободиться".split())
BEING_VERBS = frozenset("be remain stay end land languish sit être rester trouver croupir "
                        "находиться быть оказаться сидеть остаться".split())
GIVING_VERBS = frozenset("give hand impose infliger дать".split())  # the person is the one given to
GETTING_VERBS = frozenset("get receive serve écoper prendre recevoir получить".split())  # the person is the subject
TERM_NOUNS = frozenset("sentence term peine срок".split())
YEAR_NOUNS = frozenset("year years an ans год лет".split())
CUSTODY_NOUNS = frozenset("camp prison jail cell cellule bagne".split())
# Russian by stem: the lemmatiser does not always give the base form ("лагере" -> "лагер")
CUSTODY_STEM_RU = re.compile(r"(?:лагер|тюрьм|тюрем|сизо|изолятор|колони[яиюей])", re.I)
# A centre or school named by a camp's kind ("a vocational training centre", «центр перевоспитания»):
# the state's words for both are the `noun_words` and `kind_words` of vocab/euphemisms.yaml (en, fr,
# ru); the plain words here ("compound"; "centr", a truncated form kept from the first list, 71c644c4).
CENTRE_NOUNS = frozenset(euphemism_words("noun_words", ("en", "fr", "ru"))) | {"compound", "centr"}
CENTRE_KINDS = frozenset(euphemism_words("kind_words", ("en", "fr", "ru"))) | {"detention", "détention", "internement"}
EVENT_NOUNS = {
    "arrest": "arrest", "arrestation": "arrest", "interpellation": "arrest", "арест": "arrest",
    "задержание": "arrest", "detention": "detention", "internment": "detention", "imprisonment": "detention",
    "incarceration": "detention", "confinement": "detention", "détention": "detention", "internement": "detention",
    "incarcération": "detention", "emprisonnement": "detention", "release": "release", "libération": "release",
    "освобождение": "release", "interrogation": "interrogation", "questioning": "interrogation",
    "interrogatoire": "interrogation", "допрос": "interrogation", "transfer": "transfer", "transfert": "transfer",
    "death": "death", "décès": "death", "mort": "death", "смерть": "death", "гибель": "death",
    "disappearance": "disappearance", "disparition": "disappearance", "исчезновение": "disappearance",
}
# What an event noun does when the sentence tells that it happened: its verb ("my internment
# began"), the verb it undergoes ("subi un interrogatoire") or the time word before it ("during").
HAPPENING_VERBS = frozenset("begin start come happen occur last follow continue end commencer durer survenir "
                            "начаться произойти случиться длиться продолжаться".split())
UNDERGOING_VERBS = frozenset("undergo suffer endure face survive subir пережить пройти перенести".split())
TIME_PREPOSITIONS = frozenset("during after before since upon following until pendant après avant depuis lors durant "
                              "после до".split())
ANSWERING_VERBS = frozenset("answer reply respond call write répondre appeler écrire отвечать ответить звонить писать".split())
HEARSAY_WORDS = frozenset("people some others someone rumour rumor rumours rumors gens certains rumeur люди говорят слухи".split())
CONTACT_NOUNS = frozenset("contact touch word news trace nouvelle nouvelles contact связь вести".split())


# A journey read from the parse (`events._parsed_travels`): verbs of travel by lemma, their prefixes, the
# verbs of a journey back, and the prepositions of where to and where from.
TRAVEL_VERBS = frozenset("go travel fly return come cross move head journey emigrate flee leave depart arrive relocate "
                         "aller partir venir voyager arriver retourner rentrer fuir émigrer "
                         "ехать ездить езжать лететь летать бежать вернуться возвращаться эмигрировать "
                         "отправиться прибыть".split())
MOTION_PREFIX = re.compile(r"^(?:r[eé]|r(?=[aeiouy])|пере|при|вы|по|съ|въ|за|от|до|у|с|в)(?=\w{3})")
# Journeys back by the verb itself: "return", « rentrer », «вернуться», and French « re- » on a verb of
# going (« repartir », « revenir »: to go again where one came from).
BACK_VERBS = frozenset("return retourner rentrer revenir вернуться возвращаться".split())
FRENCH_AGAIN_PREFIX = re.compile(r"^r[eé]?(?=[aeiouyp])")
# Prepositions of direction: "to Kashgar", « à Kachgar », « en Chine », «в Кульджу», «на родину».
TOWARD_PREPOSITIONS = ("to", "into", "for", "toward", "towards", "à", "au", "aux", "en", "vers", "pour", "в", "во", "на")
FROM_PREPOSITIONS = ("from", "de", "du", "des", "depuis", "из", "от")  # where a journey began


def motion_lemma(lemma: str) -> bool:
    """Whether a verb's lemma is one of travel (`TRAVEL_VERBS`), itself or with its prefix set aside."""
    lemma = lemma.lower()
    return lemma in TRAVEL_VERBS or MOTION_PREFIX.sub("", lemma, count=1) in TRAVEL_VERBS


def back_lemma(lemma: str) -> bool:
    """Whether a verb of travel tells a journey back: "return", or French « re- » before a verb of going."""
    lemma = lemma.lower()
    return lemma in BACK_VERBS or (lemma not in TRAVEL_VERBS and FRENCH_AGAIN_PREFIX.sub("", lemma, count=1) in TRAVEL_VERBS)


# What makes a verb of going no journey told as made (`events._parsed_travels`): an infinitive or a modal
# ("he should fly back to Aksu", « on lui a ordonné de repartir »), or a clause of cause ("held because he
# had flown to Cairo", « parce qu'elle avait voyagé en Turquie »): the accusation.
INFINITIVE_MARKS = frozenset("to de d' d’ à pour must should would could can may might shall will 'll 'd".split())
CAUSE_MARKS = frozenset("because parce car puisque потому".split())


# A check that ends where it began: a phone, papers or bags looked through at a border or a checkpoint
# ("they checked my phone and let me go", «просмотрели телефон и отпустили», « ils ont fouillé mon
# sac puis m'ont relâchée »): the one let go after it was in no custody.
CHECKED = re.compile(
    r"\b(?:checked|searched|inspected|went through|looked through|scrolled through)\b"
    r"|\b(?:проверил[аи]?|просмотрел[аи]?|осмотрел[аи]?|досмотрел[аи]?|обыскал[аи]?|пролистал[аи]?)\b"
    r"|\b(?:fouillée?s?|contrôlée?s?|vérifiée?s?|fouillé|contrôlé|vérifié)\b", re.I)
# A journey that takes people along ("took her children to Istanbul"): its verbs (`events._taken_abroad`).
TAKING_SOMEONE_VERBS = frozenset({"take", "bring", "fetch"})
# The spouse of someone abroad is of that household ("her husband", «её муж»): the family abroad.
SPOUSE_WORDS = frozenset({"husband", "wife", "spouse"})


# Words that tell a death natural: an illness, old age, at home (`roles.natural_death`).
NATURAL_DEATH_WORDS = re.compile(
    r"\b(?:illness|disease|stroke|cancer|heart attack|natural causes|old age|at home|passed away|before any of|"
    r"long before|before the camps|maladie|naturelle|à la maison|chez (?:elle|lui|eux|soi)|болезн\w*|инсульт\w*|"
    r"своей смертью|дома)\b", re.I)
# Words of custody that make a death in the same clause no natural one (`roles.natural_death`).
CUSTODY_WORDS = re.compile(
    r"\b(?:camps?|prison|jail|custody|detention|detained|cell|police|tortur\w*|beaten|guards?|"
    r"détention|prison|лагер\w*|тюрьм\w*|заключени\w*|под стражей)\b", re.I)


# Words the person rules of `subjects` read: who a bare noun or pronoun can stand for, and the verbs of
# being told something or of taking a thing.
# Kin words that, bare, name anyone: « cette femme » (this woman), « une fille » (a girl).
KIN_ALSO_PEOPLE = frozenset({"femme", "femmes", "fille", "filles"})
# Words that describe too many people to stand for one ("the man", "the woman").
TOO_COMMON_NOUNS = frozenset("man woman person people boy girl one child homme femme personne".split())
DEFINITE_WORDS = frozenset("the this that ce cet cette le la l' l’".split())
# Participles that do not agree with the "l'" before them: the causative « la police l'a fait signer »
# (« fait » is said of a woman too), « l'a laissé partir ».
UNAGREED_PARTICIPLES = frozenset({"fait", "laissé"})
SUBJECT_PRONOUNS = frozenset("he she il elle он она".split())
# Verbs whose first-person subject or hearer only comes to know what the clause under them tells ("we
# heard that she …", "I was told he …", « on nous a dit qu'elle … », « nous avons appris qu'il … »): by lemma, beside
# `subjects._TELLING`'s forms and `HEARING_VERBS`.
TOLD_LEMMAS = frozenset("tell inform hear learn dire apprendre entendre raconter informer сказать узнать "
                        "услышать сообщить".split())
# Pronouns that stand for a thing or a fact, never a person ("could not leave it", « ça », «это»): the
# object of a verb that names no one it happened to (h-codes42).
THING_PRONOUNS = frozenset("it this that these those ça cela ceci это этого этому".split())
# Subjects that name nobody: "… and now no one knows where he is" keeps the head clause's person.
NO_ONE_WORDS = frozenset({"no", "nobody", "noone", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                         "personne", "nul", "никто", "кто-то", "все", "кто-нибудь"})
# Pronouns that stand for a person ("in her", « sur lui », «у неё», "you", "himself"), not "it" (en, fr, ru; lower
# case): the one list of `subjects` (a thing put in or taken from someone) and `acts.object_class` (acted on).
PERSONAL_PRONOUNS = frozenset("""me him her us them you myself himself herself themselves
me moi le la les lui leur eux elle elles nous vous
меня мне его ему него нему её ее ей неё нее ней нём нем нас нам них ним их им вас вам""".split())
# Verbs of taking: told of a thing, they take no one ("the passport was taken", « on lui a confisqué
# son téléphone »); "a sack was pulled over her head" is an arrest told by a thing, "spent eight
# months" a stay told by one: those verbs are not these.
THING_TAKING_VERBS = frozenset("take seize confiscate remove grab snatch hold keep collect pick "
                               "prendre saisir confisquer retirer garder enlever".split())
# Verbs of an act done to someone, who is their direct object ("X beat him", « X l'a frappé », «X избил
# его»), by language (lemmas): their active subject is the doer, neither the act's victim nor the one a
# following "he"/"she" goes on with when the object names or points to someone else (`subjects._doer`).
ACTS_ON_SOMEONE = {
    "en": frozenset("""beat hit kick slap punch whip flog torture shock electrocute burn strangle choke rape
        assault abuse humiliate insult threaten interrogate question handcuff shackle chain tie strip search
        sterilise sterilize inject drug starve arrest detain seize grab drag push kill shoot stab""".split()),
    "fr": frozenset("""battre frapper gifler fouetter torturer électrocuter brûler étrangler violer agresser
        humilier insulter menacer interroger menotter enchaîner attacher déshabiller fouiller stériliser
        injecter droguer affamer arrêter interpeller détenir saisir traîner pousser tuer abattre poignarder
        maltraiter""".split()),
    "ru": frozenset("""бить избить побить ударить ударять пинать избивать пытать мучить жечь душить задушить
        изнасиловать насиловать унижать оскорблять оскорбить угрожать допрашивать допросить заковать раздеть
        обыскать обыскивать стерилизовать колоть арестовать задержать схватить тащить толкнуть убить
        застрелить""".split()),
}
# Nouns for one person the text does not name: what happens to them is nobody's here.
SOMEONE_NOUNS = frozenset("""
woman man cellmate detainee prisoner inmate stranger boy girl neighbour neighbor
femme homme codétenu codétenue détenu détenue prisonnier prisonnière inconnu inconnue voisin voisine
женщина мужчина сокамерник сокамерница заключённый заключенный незнакомец сосед соседка
""".split())
# What joins two subjects of one verb: "X and I", « X et moi », «X и я» (the word before the second).
AND_WORDS = frozenset({"and", "et", "и"})
