"""Find the people a testimony names and link their mentions into persons.

Rules, in order (the language model of `ner`, where installed, adds its PERSON names of two
words or more to step 1 and vetoes the candidates it takes for something else; see `_confirmed`):
1. full names: two to four capitalised words, none of them an organisation word, title,
   ethnonym, month or place ("Omir Bekali"); a leading title or ethnonym is cut off
   ("Uyghur Alerk Ablikim", "Chairman Xi"), and so is a place the model found ("гражданка Китая
   Айгерим Болат"); Russian names are given in the nominative the model gives ("Ерлан Жаксылык");
2. cued single names: "named Tahir", "whose surname was Liu", "Yolwas, the deputy head";
3. parts: a word that is part of exactly one full name found in the text ("Sidik");
4. linking: forms of one name ("Omir Bekali", "Omer Bekali") are one person when
   `guwah.names.same_person_name` says so; a part joins the one full name that contains it;
5. kinship: "my brother, Abdurahman Bekri" (a relation to a named person), "her husband"
   (an unnamed relative, one per owner and relation), "my younger sister" joins the named
   sister already known; siblings share their parents;
6. speakers: the narrator of a first-person text (the person who introduces themselves, "My
   name is X", "Je m'appelle X", "Меня зовут X", even by a single given name; else the person
   named in its heading), and the person a paragraph quotes ("X said", "says X", "She said"
   after X) own its "I" and "my";
7. attributes stated next to a name: gender, ethnicity, age, birth date, citizenship, officials.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from guwah.extract.document import Doc, PersonRecord, Relation, SpanSet
from guwah.extract.lexicon import (
    COMPANY_FORMS,
    CREDENTIALS,
    ETHNONYMS,
    FORM_STAFF_LABELS,
    GENDERED_NOUNS,
    INVERSE,
    KIN,
    KIN_PATTERN,
    KIN_QUALIFIERS,
    KIN_QUALIFIERS_AFTER,
    NAMED_BUSINESSES_AND_PAPERS,
    NAMED_OCCASIONS,
    NOT_NAME,
    OFFICIAL_TITLES,
    ORGANISATION_WORDS,
    PEOPLE_NOUNS,
    PLACE_KIND_WORDS,
    ROLE_NOUNS,
    RU_KIN_ANY_FORM,
    RU_KIN_FORMS,
    RU_KIN_NOUNS,
    RU_ORGANISATION_NOUNS,
    SECOND_PERSON_POSSESSIVES,
    saying_forms,
)
from guwah.extract.lexicon import PRONOUN_GENDER as LEXICON_PRONOUN_GENDER
from guwah.extract.ner import ru_cases, ru_given_name_lemma, ru_noun_lemmas, ru_thing_noun
from guwah.names.given import given_name
from guwah.names.inflection import declined_beside_patronymic, fold, nominative_name, patronymic_sex
from guwah.names.settings import SAME_NAME_IN_DOCUMENT

# Kazakh Cyrillic letters beside the Russian alphabet: a Kazakh name in a Russian text is written
# with them («Сәуле Жұмабаева», «Әсел»).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІ"
# (an O' or D' before a family name: "D'Souza", "O'Brien", h-persons43)
_NAME_WORD = rf"(?:[DO]['’](?=[{_UPPER}]))?[{_UPPER}][a-zà-öø-ÿā-žа-яёәғқңөұүһі]+(?:[-'’][{_UPPER}a-zà-öø-ÿā-ž]\w*)?"
_FULL = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}(?![\w])")
_FULL_NAME = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}")
_A_CERTAIN = re.compile(r"(?:a certain|une? certaine?|некий|некая|некоего|некоей|некто)(?![\w-])")
_CUED = re.compile(
    rf"\b(?:named|called|nicknamed|surnamed|whose (?:sur)?name (?:was|is)|(?:sur)?name (?:was|is)|"
    rf"s'appelle|nommée?|по имени|по фамилии|зовут|"
    # "a certain X", « un certain X », «некий X»: a name the writer only half knows, but a person's
    rf"(?<![\w-])(?:{_A_CERTAIN.pattern}))\s+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)")
# A first-person self-introduction: the narrator, even when named by one given name only.
_SELF_NAMED = re.compile(
    rf"(?:\b(?:[Mm]y name is|I am|I'm|[Jj]e m['’]appelle|[Jj]e suis|[Mm]on nom est|[Мм]еня зовут|[Мм]оё имя|[Мм]ое имя)\s+)"
    # ("I am Alim's daughter": the name is the owner's of a kin word, not the speaker's, h-header65)
    rf"(?!(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD}['’]s\b)"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")
# The Kyrgyz and Kazakh patronymic words written apart after the father's name ("Asan uulu", «Асан
# кызы»): lower case, so no name word.
_PATRONYMIC_WORDS = ("uulu", "kyzy", "qyzy", "uly", "ogli", "oghli", "qizi", "уулу", "кызы", "қызы", "улы", "ұлы")
_PATRONYMIC_WORD = rf"(?:{'|'.join(_PATRONYMIC_WORDS)})"
# "Я, Нуртаева Айгуль Маратовна, …", "I, Aynur Tohti, …", "Я, Бакыт Асан уулу, …": a self-introduction by
# apposition; the father's name and the patronymic word may come first, as a Kyrgyz form writes it («Я,
# Асан уулу Бакыт, …»: the whole is the name).
_SELF_APPOSED = re.compile(
    rf"(?:^|(?<=[\n.!?:]\s)|(?<=[\n.!?:]))[ \t]*(?:Я|I),\s+({_NAME_WORD}[ \t]+{_PATRONYMIC_WORD}[ \t]+{_NAME_WORD}|"
    # («Я, Омарова Д. С., поясняю …»: a surname with initials, as a form's statement writes it)
    rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}|{_NAME_WORD}(?:[ \t]*[{_UPPER}]\.){{1,2}})(?:[ \t]+{_PATRONYMIC_WORD})?,")
# «Пишет вам сын X, Дильшат Y.», «Пишет Айгуль Y»: a letter's writer names themselves as the subject of
# «пишет» opening a sentence, past what they are to someone told before the comma (issue 11, h-ru58)
_SELF_WRITING = re.compile(
    rf"(?:^|(?<=[\n.!?]\s)|(?<=[\n.!?]))[ \t]*Пишет(?:[ \t]+(?:вам|Вам|тебе|вами))?[ \t]+"
    rf"(?:[а-яё]+(?:[ \t]+{_NAME_WORD}){{0,3}},[ \t]+)?({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")
# "Nous, X et Y, …", "We, X and Y, …", «Мы, X и Y, …»: two narrators who sign together.
_SELF_PLURAL = re.compile(
    rf"\b(?:Nous|We|Мы),\s+(?P<first>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})\s+(?:et|and|и)\s+"
    rf"(?P<second>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),")
# A given name and an initial ("Aynur T."), initials and a surname («А. М. Нуртаева»).
# (and a family name before two initials, the Russian official way: «Исмаилова Г. А.», h-persons43, in any case
# and of any form, where no name follows the initials: «возложить на проректора Мамбетову Г. С.», «Ректору …
# Иванову И. И.», «члены профкома Ли О. В.», h-persons48; «Ректор Т. Ж. Абдырахманов» is the initials' name)
_INITIALS = re.compile(
    # a middle initial between a given and a family name, the Latin way ("Laura K. Bennett", h-persons49)
    rf"(?<![\w.-])(?:(?!(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Rev|Mme|Mlle|Me)\.?[ \t]){_NAME_WORD}[ \t]+(?!I\.)[A-Z]\.[ \t]+{_NAME_WORD}(?![\w-])|"
    rf"{_NAME_WORD}(?:[ \t]+{_PATRONYMIC_WORD})?[ \t]+(?!I\.)[A-ZА-ЯЁ]\.(?![\w-])(?![ \t]*[{_UPPER}])|"
    r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая)[ \t]+[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.(?![\w-])|"
    r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.(?![\w-])(?![ \t]*[А-ЯЁ])|"
    rf"(?:[{_UPPER}]\.[ \t]?){{1,2}}{_NAME_WORD}(?![\w-]))")
# Titles of address written before a name, and the gender each tells (None: either): the one list
# behind every rule that skips or reads a title ("Ms Nasir", « M. X », «г-жа X», "her mother, Dr X",
# "MR X:" in a transcript's label). "M" is Monsieur only with its dot.
ADDRESS_TITLES = {"mr": "male", "monsieur": "male", "m": "male", "господин": "male", "г-н": "male",
                  "mrs": "female", "ms": "female", "miss": "female", "mme": "female", "mlle": "female", "madame": "female", "mademoiselle": "female",
                  "госпожа": "female", "г-жа": "female",
                  "mx": None, "dr": None, "prof": None, "me": None, "adv": None, "capt": None, "haji": None, "hajim": None}
_ADDRESS_GENDER = {title: gender for title, gender in ADDRESS_TITLES.items() if gender}
# Third-person singular pronouns and the gender each tells: the one list (`lexicon.PRONOUN_GENDER`), with the
# possessive "hers", which only the person rules read (a gender from "hers" beside a name).
PRONOUN_GENDER = {**LEXICON_PRONOUN_GENDER, "hers": "female"}


def _titles(titles, case=str.capitalize, m_needs_dot: bool = True) -> str:
    """An alternation of titles of address in the case given (Cyrillic ones as listed), "M" with its
    dot only unless m_needs_dot is False."""
    return "|".join((case(t) if t.isascii() else t) + (r"(?=\.)" if t == "m" and m_needs_dot else "")
                    for t in sorted(titles, key=len, reverse=True))


_LATIN_TITLES = [t for t in ADDRESS_TITLES if t.isascii()]
_TITLED = re.compile(
    rf"\b(?:Chairman|President|Secretary|Comrade|Officer|Imam|Professor|"
    rf"{_titles(t for t in _LATIN_TITLES if t in ('dr', 'adv', 'capt') or ADDRESS_TITLES[t] and t != 'm')})\.?\s+({_NAME_WORD})")
# "Ms Nasir": a title of address before a surname, and the gender it tells.
_ADDRESS = re.compile(rf"\b({_titles(t for t in _LATIN_TITLES if ADDRESS_TITLES[t])})\.?\s+$")
# French « M. Tursun Ablimit », « M. Ablimit »: Monsieur, not an initial (French text only).
_MONSIEUR = re.compile(rf"(?<![\w.-])M\.[ \t]+(?={_NAME_WORD})")
_TITLE_WORDS = "|".join(re.escape(t) for t in sorted(OFFICIAL_TITLES, key=len, reverse=True))
# "X, the deputy head of …": a title in apposition after a name.
_APPOSED_TITLE_TAIL = rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_TITLE_WORDS})\b"
_APPOSED_TITLE = re.compile(rf"({_NAME_WORD}){_APPOSED_TITLE_TAIL}")
# Between a kin word and the name after it: spaces, or a line's end when the next line is no field
# label ("… by her son" over "Entries: 5 · Sort: …" names no son; h-x32p).
_KIN_GAP = r",?(?:[ \t]+|[ \t]*\n[ \t]*(?![^\n:]{1,40}:))"
# A trade or role with its article between the kin word and the name (« son mari, le luthier X », "my
# uncle, the baker X"): the name is still the relative's.
_KIN_ROLE = r"(?:(?:[Tt]he|[Aa]n?|[Ll]e|[Ll]a|[Uu]ne?)[ \t]+[a-zà-öø-ÿ][\w-]+[ \t]+|[Ll]['’][a-zà-öø-ÿ][\w-]+[ \t]+)?"
# A title between a kin word and the name ("Her mother, Dr Meryem Osman"): not part of the name.
# An article opening a noun phrase ("his son\nLa requérante déclare", «DE SON FILS\nLe notaire»): a capital
# that opens a line or a sentence after a kin word, not the relative's name ("Le Minh" stays one).
_ARTICLE_OPENING = re.compile(r"(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es|[Tt]he|[Aa]n?)[ \t]+[a-zà-öø-ÿ]")
_KIN_TITLE = rf"(?:(?:{_titles(t for t in _LATIN_TITLES if t != 'm')})\.?\s+|M\.\s+)?"  # (« son mari, M. X »)
_KIN_AFTER_POSSESSIVE = (
    rf"\s+(?:((?i:{KIN_QUALIFIERS}))\s+)?"
    rf"((?i:{KIN_PATTERN}))\b(?!-in-law)(?:\s+(?i:{KIN_QUALIFIERS_AFTER}))?"
    # where the relative lives, set off before the name ("his uncle in Aksu, X", « mon oncle à Kachgar, X »)
    rf"(?:[ \t]+(?:in|from|à|de|в|из)[ \t]+{_NAME_WORD}(?=,[ \t]+{_KIN_TITLE}{_NAME_WORD}))?"
    rf"(?:(?:{_KIN_GAP}{_KIN_ROLE}|\s+(?:is|was)\s+){_KIN_TITLE}({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}))?")
_KIN = re.compile(rf"\b((?i:my|his|her|our|their|mon|ma|son|sa|notre|leur|мой|моя|мою|моего|моей|его|её|ее)){_KIN_AFTER_POSSESSIVE}")
# The writer's own possessives ("my", « mon », «моего»), of `_KIN` and of a letter's kin phrases.
_FIRST_PERSON_POSSESSIVES = ("my", "mon", "ma", "мой", "моя", "мою", "моего", "моей")
# A kin phrase in apposition after an unnamed one, that names the relative ("his wife, my aunt Hatice").
_KIN_APPOSED_AFTER = re.compile(
    rf",[ \t]+(?i:my|his|her|our|their|mon|ma|son|sa|notre|leur|мой|моя|его|её|ее)[ \t]+(?i:{KIN_PATTERN}),?[ \t]+(?=[{_UPPER}])")
# The possessives of the one a letter is written to (`lexicon.SECOND_PERSON_POSSESSIVES`) and a kin phrase after
# them: that person's relatives where a greeting names them (`_addressee_before`, h-x33p).
# "my neighbour X", "her cellmate, X", « mon voisin X »: a name given as someone's neighbour, friend or
# cellmate (lexicon.PEOPLE_NOUNS), like a kin word's, is someone else than the narrator (h-x34).
_PEOPLE_NOUN_WORDS = "|".join(sorted((re.escape(w) for w in PEOPLE_NOUNS), key=len, reverse=True))
_OF_SOMEONE = re.compile(
    rf"\b(?i:my|his|her|our|their|mon|ma|son|sa|notre|leur|мой|моя|мою|моего|моей|его|её|ее)\s+(?i:{_PEOPLE_NOUN_WORDS})\b"
    rf"{_KIN_GAP}{_KIN_ROLE}{_KIN_TITLE}({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")
_YOUR_KIN = re.compile(rf"\b((?i:{'|'.join(SECOND_PERSON_POSSESSIVES)})){_KIN_AFTER_POSSESSIVE}")
# "Elle épouse Ablet", "she married Ablet", «вышла замуж за Аблета»: the spouse, by a given name.
_MARRIES = r"\b(?:(?<=[Ee]lle )épouse|a épousé|married|marries|вышла замуж за|женился на)\s+"
_MARRIAGE = re.compile(rf"\b(?P<subject>[Ee]lle|[Ii]l|[Ss]he|[Hh]e|[Оо]на|[Оо]н)\s+(?:\w+\s+)?{_MARRIES}(?P<name>{_NAME_WORD})")
# The writer's own marriage to a named person ("the marriage between me and X", "I married X", « le mariage
# entre moi et X », « j'ai épousé X », «брак между мной и X», «я вышла замуж за X»): X is the writer's spouse,
# so that "my husband" or a bare «муж» told later is X (`_named_relatives`, issue 11).
_MARRIED_TO_ME = re.compile(
    r"(?:\b(?:marriage|divorce)[ \t]+(?:between[ \t]+(?:me|myself)[ \t]+and|to|with)"
    r"|\bmy[ \t]+(?:marriage|divorce)[ \t]+(?:to|with|from)|\bI[ \t]+(?:\w+[ \t]+)?(?:married|divorced)"
    r"|\b(?:mariage|divorce)[ \t]+(?:entre[ \t]+moi[ \t]+et|avec)|\bj['’]ai[ \t]+épousé"
    r"|(?<![\w-])брак\w*[ \t]+(?:между[ \t]+мной[ \t]+и|со?)|(?<![\w-])я[ \t]+(?:вышла[ \t]+замуж[ \t]+за|женился[ \t]+на))"
    r"[ \t]+(?:(?:Mr|Mrs|Ms|M|Mme|гражданин\w*)\.?[ \t]+)?(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
# Kin words written before a given name as a title of address, capitalised ("Uncle Memet").
_KIN_ADDRESS = ("Grandmother|Grandfather|Grandma|Grandpa|Granny|Uncle|Aunt|Auntie|Tante|Oncle|Grand-mère|"
                "Grand-père|Mamie|Mamy|Papi|Papy|Tonton|Tatie|Дядя|Дядю|Тётя|Тётю|Тетя|Тетю|Бабушка|Бабушку|Дедушка|Дедушку|"
                # a parent called by a kin word and the given name, as a family chat labels its senders («Мама
                # Айгуль:», "Tata Ayxan"; issue 11, h-persons72)
                "Mama|Мама|Маму|Papa|Папа|Папу|Tata|Тата")
_KIN_ADDRESS_WORDS = frozenset(_KIN_ADDRESS.casefold().split("|"))
# A relative named by a given name alone, cued by the kin word before it ("my husband Yerlan",
# "sa sœur cadette, Gulnisa"), by an age before it («8-летний Алихан») or a kin apposition after
# it ("Ayshem, the daughter of …"): a person although the name is one word.
_KIN_NAMED = re.compile(
    rf"\b(?i:my|his|her|our|their|mon|ma|son|sa|notre|leur|мой|моя|его|её|ее)\s+"
    rf"(?:(?i:{KIN_QUALIFIERS})\s+)?"
    rf"(?i:{KIN_PATTERN})\b(?!-in-law)(?:\s+(?i:{KIN_QUALIFIERS_AFTER}))?{_KIN_GAP}{_KIN_TITLE}({_NAME_WORD})(?![\w-])"
    rf"|(?<![\w-])\d{{1,2}}-летн(?:ий|яя|его|ей|юю|ему|им)\s+({_NAME_WORD})(?![\w-])"
    rf"|(?<![\w-])({_NAME_WORD})(?=,\s+(?:the\s+|la\s+|le\s+)?(?i:{KIN_PATTERN})\s+(?:of|de|du)\s+[{_UPPER}])"
    rf"|{_MARRIES}({_NAME_WORD})(?![\w-])"
    # "Grandmother Asiye", "Uncle Memet", « Tante Aynur », «Дядя Ерлан»: a kin word used as a title
    # (in any case: a chat writes "uncle Tokhtasin", «тётя Гуля» too)
    rf"|(?<![\w-])(?i:{_KIN_ADDRESS})[ \t]+({_NAME_WORD})(?![\w-])"
    # "an old man from our street, Tursun, who …", "une femme du village, Aynur, 40 ans"
    rf"|\b(?i:woman|man|girl|boy|femme|homme|fille|garçon|женщина|мужчина|девушка|парень|{KIN_PATTERN})\b"
    rf"[^,.;:\n]{{0,40}},\s+({_NAME_WORD})(?=,)"
    # "Ilham, my cousin, …", «Жанар, моя сестра, …», "Anise (1940-2021), his wife": a kin phrase in
    # apposition after a given name
    # (not across a line break before a capital: "Bonjour,\nMon frère …" is a greeting, then a new sentence)
    rf"|(?<![\w-])({_NAME_WORD})(?=(?:\s*\([^()\n]{{1,24}}\))?,(?:[ \t]+|[ \t]*\n\s*(?=[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]))"
    rf"(?i:my|his|her|our|their|mon|ma|son|sa|notre|leur|мой|моя|его|её|ее)\s+"
    rf"(?:(?i:{KIN_QUALIFIERS})\s+)?"
    rf"(?i:{KIN_PATTERN})\b(?!-in-law))"
    # "Qelbinur and her daughter Dildar", "Aysha et son mari": the owner of a kin phrase joined by "and"
    rf"|(?<![\w-])({_NAME_WORD})(?=\s+(?:and|et|и)\s+(?i:his|her|their|son|sa|ses|leur|его|её|ее|их)\s+"
    rf"(?:(?i:younger|elder|older|little|eldest|youngest|two|three|deux|trois)\s+)?(?i:{KIN_PATTERN})\b(?!-in-law))"
    # "the sister of Mutellip", « la sœur de Mutellip »: the one a kin noun is of, named by one word (h-x28p)
    rf"|(?<![\w-])(?i:the|la|le|l['’])?\s*(?i:{KIN_PATTERN})\s+(?:of|de|d['’])\s*({_NAME_WORD})(?![\w'’-])(?![ \t]+{_NAME_WORD})"
    # a given name quoted with where the one is from: "Meryem, from Ghulja" (a list of cellmates, h-x28p)
    rf"|[\"“«„][ \t]*({_NAME_WORD}),?[ \t]+(?:from|de|d['’]|из)[ \t]*(?=[{_UPPER}][^\"”»\n]{{0,30}}[\"”»])"
    # a chat's sender label "Zhanna (Nurlan's wife):", "Aysha (my aunt)": a given name and whose kin she is
    rf"|(?<![\w-])({_NAME_WORD})(?=[ \t]*\((?:{_NAME_WORD}['’]s|(?i:my|his|her|our|mon|ma|son|sa))[ \t]+(?i:{KIN_PATTERN})\))")
# A record's field "Husband, X" or "Mother: X" at the start of a line.
_KIN_FIELD = re.compile(
    rf"^[ \t]*(?P<kin>Husband|Wife|Father|Mother|Son|Daughter|Brother|Sister|Mari|Épouse|Père|Mère|Fils|Fille|Frère|Sœur)"
    rf"[ \t]*[,:][ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})", re.M)
_RU_CLOSE_RELATIONS = {KIN[word][0] for word in RU_KIN_NOUNS[:9]}  # (`lexicon.RU_KIN_NOUNS`: the first nine)
# «о своём муже», «её брате», «моей сестры»: a possessive (any case of мой and свой, or его/её) and a kin
# noun in any case, one qualifier between at most; the noun's relation is read from its lemma
# (`kin_relation`), so a form `lexicon.KIN` does not list is still kin (issue 11).
_KIN_RU_ANY_CASE = re.compile(
    r"(?<![\w-])((?i:мо(?:й|я|ю|его|ей|ему|им|ём|ем)|сво(?:й|я|ю|его|ей|ему|им|ём|ем)|его|её|ее))[ \t]+"
    rf"(?:((?i:младш\w+|старш\w+))[ \t]+)?((?i:{RU_KIN_FORMS}))(?![\w-])()")
_RU_MY_FORM = re.compile(r"мо(?:й|я|ю|его|ей|ему|им|ём|ем)", re.I)
# «я рассказал о своём брате»: свой is the subject's; a first-person subject before it makes it the narrator's.
_RU_FIRST_SUBJECT = re.compile(r"(?<![\w-])(?:я|мы)(?![\w-])", re.I)


def kin_relation(word: str) -> tuple[str, str | None] | None:
    """(relation, gender) of a kin word (`lexicon.KIN`), a Russian one in any case through natasha's
    lemmas («муже» → husband); None when the word is no kin word."""
    found = KIN.get(word.lower())
    if found is None and re.fullmatch("[а-яё]+", word.lower()):
        found = next((KIN[lemma] for lemma in ru_noun_lemmas(word) if lemma in KIN), None)
    return found


_BARE_KIN_RU = re.compile(
    rf"(?<![\w-])()()((?i:{'|'.join(w for w in KIN if re.fullmatch('[а-яё]+', w) and KIN[w][0] in _RU_CLOSE_RELATIONS)}))(?![\w-])"
    # («Отец — X, 1956 г. р.»: a CV's or a form's line, the dash for the comma)
    rf"(?:(?:,?\s+|[ \t]+[—–][ \t]+)({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}))?")
# «брат мужа, X», «мать жены»: a kin word with another in the genitive after it names the relative of a
# relative, not the narrator's; neither word makes the narrator's relative (and X is not the husband).
_KIN_GENITIVE_RU = r"(?:отца|матери|мамы|мужа|жены|брата|сестры|сына|дочери|дяди|тёти|тети|деда|бабушки)"
_KIN_CHAIN_RU = re.compile(rf"[ \t]+{_KIN_GENITIVE_RU}(?![\w-])", re.I)
_KIN_CHAIN_BEFORE_RU = re.compile(
    rf"(?<![\w-])(?:{'|'.join(RU_KIN_NOUNS)})[ \t]+$", re.I)
# "her three children", «двое детей», "ses deux fils": the children as one group of relatives.
_KIN_GROUP = re.compile(
    r"\b(my|his|her|our|their|mes|ses|leurs|nos|мои|его|её|ее)\s+"
    r"(?:two|three|four|five|six|seven|eight|deux|trois|quatre|cinq|six|sept|huit|двое|трое|четверо|пятеро|\d)\s+"
    r"(?:(?:little|young|small|baby|petits?|petites?|jeunes|маленьких)\s+)?"
    r"(children|sons|daughters|babies|kids|boys|girls|enfants|fils|filles|детей|сыновей|дочерей)\b", re.I)
# "my parents", "both his brothers", « mes parents », «моих родителей»: a pair or siblings as one group.
_KIN_PLURAL = re.compile(
    r"\b(?:both\s+)?(my|his|her|our|their|mes|ses|nos|leurs|мои|моих|моим|наши|наших|его|её|ее|их)\s+"
    r"(?:(?:two|elder|younger|older|deux|grands?|petits?|младших|старших)\s+)?"
    r"(parents|brothers|sisters|frères|sœurs|soeurs|родител\w*|брать\w*|братьев|сёстр\w*|сестёр|сестер)\b", re.I)
_PLURAL_RELATION = {"pare": "parents", "brot": "brothers", "sist": "sisters", "frèr": "brothers", "sœur": "sisters",
                    "soeu": "sisters", "роди": "parents", "брат": "brothers", "сёст": "sisters", "сест": "sisters"}
# A custody act told of the group in its clause: only then is the group a person of the text.
_PLURAL_CUSTODY = re.compile(
    r"[^.;:!?]{0,40}?\b(?:(?:were|have been|had been)\s+(?:both\s+|all\s+)?(?:taken|arrested|detained|sent|held|"
    r"sentenced|interned|jailed|imprisoned)|disappeared|vanished|went missing|"
    r"ont\s+(?:tous\s+(?:les\s+)?deux\s+)?(?:été\s+(?:arrêtés|emmenés|détenus|condamnés|internés|envoyés)|disparu)|"
    r"(?:были|был\w*)\s+(?:арестован\w*|задержан\w*|осужден\w*|осуждён\w*)|арестовали|задержали|забрали|увезли|"
    r"пропали|исчезли)\b", re.I)
# … or in the next sentence, told of the group by a French plural object pronoun (« Mes parents vivaient à
# Ghulja. En 2018, on les a emmenés », « on leur a confisqué … »), which stands for the group (h-en59).
_THEM_CUSTODY = re.compile(
    r"\bl(?:es|eur)\s+(?:a|ont|avait|avaient)\s+(?:tous\s+(?:les\s+)?deux\s+)?(?:emmené|arrêté|détenu|condamné|interné|"
    r"envoyé|enfermé|interrogé|battu|frappé|confisqué|pris|retiré)", re.I)
# "Kamil's mother, Hanzohre Tursun", "Kamil's son Dilshat": a named person's relative, named in apposition
# (the comma optional, as after "my son", h-kin57).
_NAMES_KIN = re.compile(
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})['’]s\s+(?:(?i:younger|elder|older|eldest|youngest|late)\s+)?"
    rf"((?i:{KIN_PATTERN}))\b(?!-in-law)(?:,\s+|[ \t]+)(?=[{_UPPER}])")
# «Жена Ербола, Айгерим …», «Мать Нурлана, Гульжан Касымова, …»: a kin word in the nominative, the
# owner's name in the genitive, then the relative's name in apposition (Russian "Kamil's mother, X").
_KIN_NAMES_RU = re.compile(
    rf"(?<![\w-])((?i:{'|'.join(w for w in RU_KIN_NOUNS if w in KIN)}))[ \t]+"
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?),[ \t]+(?=[{_UPPER}])")
# "his son told the radio. The son, Kamil Tohti, …": the relative told of before gets a name.
_THE_KIN_NAMED = re.compile(rf"\b(?:[Tt]he|[Ll]e|[Ll]a)\s+((?i:{KIN_PATTERN})),\s+(?=[{_UPPER}])")
# "Dilnur Kasim's husband": the kin word after a name's possessive (the owner: the person span before it).
_OWNERS_KIN = re.compile(rf"['’]s\s+(?:(?i:younger|elder|older|eldest|youngest|late)\s+)?(?P<kin>(?i:{KIN_PATTERN}))\b(?![-'’])")
_KIN_TELLS = re.compile(rf"\s+(?:\w+\s+)?(?:{saying_forms(other=True)}|states|stated)\b", re.I)
# "the husband of X" (« le mari de X », « la sœur d'X »: the French complement, the same)
_KIN_OF = re.compile(rf"\b(?:[Tt]he\s+)?(?:\d+-year-old\s+)?((?i:{KIN_PATTERN}))(?:\s+of\s+(?:(?:our\s+)?member\s+)?|\s+de\s+|\s+d['’])({_NAME_WORD})")
# The speaker rules read the views of the one list of verbs of saying (`lexicon.SAYING_VERBS`): "said X"
# ("…," continues X), "X said", "She said", "A woman … told". A French or Russian speaker after the verb only
# past a quote's end (« …, raconte Aynur », «…, — сказала Айгуль»): «рассказал Гульнар, что …» names the
# hearer, in the dative.
_SPEECH_AFTER = re.compile(rf"(?:\b(?:{saying_forms('speaker', 'inverted', 'talk', languages=('en',))}|according to)|"
                           rf"[,—–»”][ \t]*(?:{saying_forms('speaker', 'inverted', languages=('fr', 'ru'))}))"
                           rf"\s+({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)")
_SPEECH_BEFORE = re.compile(
    rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?P<apposition>,[^.,]{{0,60}},)?\s+(?:{saying_forms('speaker', 'talk')})\b")
_PRONOUN_SPEECH = re.compile(rf"\b(She|He|Elle|Il|Она|Он)\s+(?:{saying_forms('speaker')})\b")
# "… told me", "He told us", «… сказал мне»: the teller is a witness, but the paragraph's "I" is the
# hearer, not the teller (h-attrib45: a writer's own acts went to "my brother X, who …, told me")
_TO_ME = re.compile(r"\s+(?:to\s+)?(?:me|us|мне|нам)\b", re.I)
_TO_ME_INSIDE = re.compile(r"(?<![\w'’])[mM]['’]a[ \t]+\w+$")  # « Il m'a dit »: the hearer inside the verb, told me
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:A|An|Another|Une|Un|Une autre)\s+(?:([A-Z][a-z]+)\s+)?(woman|man|mother|father|femme|homme)\b"
    r"(?!\s+named)(?!\s+(?:who|that|qui)\s+(?:had\s+)?(?:shared|was held|had been held|was with|was in|avait partagé|a partagé)\b)"
    rf"(?=[^.]{{0,80}}\b(?:{saying_forms('speaker', 'talk')}))")
# A case heading of an NGO annex or a list: a short line that ends in a name in capitals ("Case 4 —
# ABLET TURSUN"), followed by a line that describes a person (a gender word, "born", an age).
_UPPER_HEADING = re.compile(
    rf"^(?:[^\n]{{0,40}}?[—–:-][ \t]*)?(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,3}})[ \t]*$",
    re.M)
_DESCRIBES_PERSON = re.compile(
    r"\b(?:male|female|man|woman|born|aged|née?|homme|femme|мужчина|женщина|родил\w*)\b|,\s*\d{1,3}\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine|je|j'|moi|mon|ma|mes|я|меня|мне|мой|моя|мою)\b", re.I)
_HEADING_CHARS = 400
# "I want to add the name of my father. X, born in 1950, …", « le nom de mon père. X, né en 1954 »,
# «имя моего отца: X»: the name that opens the next sentence is that relative's, not the narrator's.
_NAME_OF_KIN = re.compile(
    rf"\b(?:the\s+name\s+of|le\s+nom\s+de|имя)\s+(?P<kin>(?:my|mon|ma|моего|моей)\s+(?:{KIN_PATTERN}))\s*[.:]\s+", re.I)


# What may stand between a name and a kin phrase in apposition after it: "Abdulvahit Rozi, born 1971,
# my uncle", "Mahinur Rozi (1965?), my aunt", « X, née en 1970, ma tante », «X, 1966 г. р., мой дядя»; or
# the bracket the phrase opens, "X (wife of Y)", « X (frère de Y) » (issue 11).
_APPOSED_BEFORE = re.compile(
    r"(\w)[’']?(?:\s*\([^()\n]{1,24}\)|,\s+(?:born|b\.|aged|née?|âgée?\s+de|родил(?:ся|ась))\s+(?:in\s+|en\s+|в\s+)?"
    r"\d{1,4}\??(?:\s+(?:ans|года?|г\.))?|,\s+\d{4}\s+(?:г\.\s*р\.|года\s+рождения))?(?:,|[ \t]*\()\s*$")


def _apposed_before(text: str, start: int) -> int | None:
    """The offset of the last letter of a name right before a kin phrase in apposition at `start`
    ("Ilham, my cousin", "Abdulvahit Rozi, born 1971, my uncle"), else None."""
    window = max(0, start - 60)
    match = _APPOSED_BEFORE.search(text, window, start)
    return match.start(1) if match else None


# A form's field that says how the person of its name field is kin to the one filling it in
# ("Relationship: my grandmother" over or under "Name: X"; « Lien de parenté : ma grand-mère »,
# «Степень родства: моя бабушка»): the kin phrase alone on its line (issue 11, h-pron58).
_KIN_FIELD_LINE = re.compile(
    r"^[ \t]*(?:[-*•–][ \t]+)?(?:Relationship|Relation|Kinship|Relation(?:ship)? to (?:you|the applicant|the writer)|"
    r"Lien(?: de parenté)?|Parenté|Степень родства|Родство|Кем приходится(?:[ \t]+\w+)?)[ \t]*:[ \t]*"
    rf"(?P<kin>(?i:my|mon|ma|мой|моя)\s+(?i:{KIN_PATTERN}))[ \t]*[.;]?[ \t]*$", re.M | re.I)


# A writer introduced as a named person's relative, the way a relative answers a form or a letter addressed
# to that person ("I am the wife of X", "I, Y, daughter of X", « je suis l'épouse de X », « Je soussignée Y,
# épouse de X », «Я, Y, супруга X», «являюсь женой X»): the word says what the writer is to X.
_INTRODUCED_AS_KIN = re.compile(
    r"(?:\bI\s+am|\bI,[^\n.;:]{1,60}?,|\bje\s+suis|\bje\s+soussignée?[^\n.;:]{0,60}?,?|(?<!\w)я,[^\n.;:]{1,60}?,?"
    r"|(?<!\w)я\s+(?:являюсь|—|-))\s+(?:the\s+|l['’]|la\s+|le\s+)?"
    r"(?P<kin>wife|husband|son|daughter|mother|father|sister|brother|épouse|époux|fils|fille|mère|père|sœur|frère"
    r"|супруга|супругой|супруг|супругом|жена|женой|муж|мужем|сын|сыном|дочь|дочерью|мать|матерью|отец|отцом"
    r"|сестра|сестрой|брат|братом)(?![\w-])", re.I)
# What the writer is to X -> what X is to the writer (either parent, child or sibling: the kin word the
# writer uses later, "my father", says which).
_WRITER_TO_OWNER = {"wife": ("husband",), "husband": ("wife",), "son": ("father", "mother"),
                    "daughter": ("father", "mother"), "mother": ("son", "daughter"), "father": ("son", "daughter"),
                    "sister": ("brother", "sister"), "brother": ("brother", "sister")}
# A relation to a form's filer in brackets right after a name ("Tursun Imin (the applicant's husband)",
# «X (супруг заявителя)», « X (époux de la demandeuse) »): the filer is the writer, so the kin word says what X is to
# the writer, as `_INTRODUCED_AS_KIN` does the other way round (issue 11).
_FILER = (r"(?:applicant|declarant|claimant|petitioner|заявителя|заявительницы|demandeur|demandeuse|déclarant"
          r"|déclarante|requérant|requérante)")
_KIN_OF_FILER = re.compile(
    rf"[ \t]*(?:\(|,|[ \t][—–-])[ \t]*(?:(?:the[ \t]+)?(?i:{_FILER})['’]s[ \t]+(?P<kin>\w+)"
    rf"|(?P<kin2>\w+)[ \t]+(?:of[ \t]+the[ \t]+|de[ \t]+la[ \t]+|du[ \t]+|de[ \t]+l['’]|de[ \t]+)?(?i:{_FILER}))"
    rf"(?:[ \t]*\)|(?=[ \t]*(?:[,.;\n]|$)))")
# a form's field of the relation to the filer, a bare kin word ("Relationship to applicant: husband", «Кем
# приходится заявителю: муж», « Lien avec le demandeur : époux »): the person of the nearest name field is that kin
_FILER_KIN_FIELD = re.compile(
    r"^[ \t]*(?:Relation(?:ship)?[ \t]+to[ \t]+(?:the[ \t]+)?(?:applicant|declarant|claimant)"
    r"|Кем[ \t]+приходится[ \t]+(?:заявителю|заявительнице)"
    r"|Lien(?:[ \t]+de[ \t]+parenté)?[ \t]+avec[ \t]+(?:le[ \t]+demandeur|la[ \t]+demandeuse|le[ \t]+déclarant|la[ \t]+déclarante))"
    r"[ \t]*:[ \t]*(?P<kin>\w+)[ \t]*[.;]?[ \t]*$", re.M | re.I)
# A bare kin word in brackets right after a name ("B2. Alimjan X (brother)", « X (père) », «X (брат)»): a form's
# or a list's way of saying what X is to the one who fills it in, as `_KIN_OF_FILER` says it with the filer named
# (issue 11).
_BARE_KIN_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<kin>[\w-]+)[ \t]*\)")
# a spouse word without a gender: the named person's gender says which
_SPOUSE_OF_FILER = frozenset({"spouse", "conjoint", "conjointe"})
_RU_KIN_CASES = {"супругой": "супруга", "супругом": "супруг", "женой": "жена", "мужем": "муж", "сыном": "сын",
                 "дочерью": "дочь", "матерью": "мать", "отцом": "отец", "сестрой": "сестра", "братом": "брат"}


def introduced_as_kin(doc: Doc) -> list[tuple[int, tuple[str, ...], str]]:
    """(offset, relations, person id) for each writer introduced as a named person's relative
    (`_INTRODUCED_AS_KIN`): the relations X has to the writer, X the first person named within 60
    characters after the kin word in the same sentence."""
    text = doc.text
    cached = doc.__dict__.get("_introduced_as_kin")
    if cached is not None:
        return cached
    found = []
    for match in _INTRODUCED_AS_KIN.finditer(text):
        word = match.group("kin").lower()
        relation = KIN.get(_RU_KIN_CASES.get(word, word), (None,))[0]
        if relation not in _WRITER_TO_OWNER:
            continue
        sentence = doc.sentences[doc.sentence_index(match.start("kin"))]
        limit = min(sentence.end, match.end() + 60)
        owner = next((pid for (s, _e), pid in doc.person_spans_in(match.end(), limit)
                      if doc.person(pid).names and not re.search(r"[.;:\n]", text[match.end():s])), None)
        if owner is None:
            continue
        relations = _WRITER_TO_OWNER[relation]
        if len(relations) > 1:
            # "I am the daughter of X": X is the father or the mother, by X's gender, else by the
            # writer's first kin phrase of the two after it ("my father"); then not the other one
            gender = doc.person(owner).attributes.get("gender", (None,))[0]
            by_gender = [r for r in relations if KIN[r][1] == gender]
            used = next((kin_relation(m.group(3))[0] for m in _KIN.finditer(text, match.end())
                         if not m.group(4) and m.group(1).casefold() in _FIRST_PERSON_POSSESSIVES
                         and (kin_relation(m.group(3)) or (None,))[0] in relations), None)
            relations = tuple(by_gender[:1]) or ((used,) if used else ())
        if relations:
            found.append((match.start("kin"), relations, owner))
    named_kin = []  # (kin word's start, the word, the person it is said of)
    for match in _KIN_OF_FILER.finditer(text):
        before = [pid for (_s, e), pid in doc.person_spans_in(max(0, match.start() - 80), match.start())
                  if e <= match.start() and not text[e:match.start()].strip() and doc.person(pid).names]
        if before:
            kin = "kin" if match.group("kin") else "kin2"
            named_kin.append((match.start(kin), match.group(kin), before[-1]))
    for match in _FILER_KIN_FIELD.finditer(text):
        if person_id := _nearest_name_field(doc, match):
            named_kin.append((match.start("kin"), match.group("kin"), person_id))
    for (_s, end), person_id in doc.person_spans:
        bracket = _BARE_KIN_BRACKET.match(text, end)
        if bracket and doc.person(person_id).names and kin_relation(bracket.group("kin")):
            named_kin.append((bracket.start("kin"), bracket.group("kin"), person_id))
    for start, word, person_id in named_kin:
        word = word.lower()
        gender = doc.person(person_id).attributes.get("gender", (None,))[0]
        found_kin = kin_relation(word) if word not in _SPOUSE_OF_FILER else None
        if found_kin is None and word in _SPOUSE_OF_FILER:
            found_kin = {"male": ("husband",), "female": ("wife",)}.get(gender)
        if found_kin:
            found.append((start, (found_kin[0],), person_id))
    found.sort(key=lambda item: item[0])
    doc.__dict__["_introduced_as_kin"] = found
    return found


def _named_by_name_of_kin(doc: Doc) -> dict[int, str]:
    """The start of each "my <kin>" of `_NAME_OF_KIN` -> the id of the person named right after it;
    and of each kin field of a form (`_KIN_FIELD_LINE`) -> the person of the name field nearest to it by
    lines, above or below, in its block (no blank line between): "Relationship: my grandmother" and
    "Name: X Y" on the next line make X Y the grandmother."""
    found = {}
    text = doc.text
    for match in _NAME_OF_KIN.finditer(text):
        person_id = person_at(doc, match.end())
        if person_id and doc.person(person_id).names:
            found[match.start("kin")] = person_id
    # "I am the wife of X. … My husband cannot sign": the writer's kin phrase after the introduction is X
    introductions = introduced_as_kin(doc)
    if introductions:
        for match in _KIN.finditer(text):
            if match.group(4) or match.group(1).casefold() not in _FIRST_PERSON_POSSESSIVES:
                continue
            relation = (kin_relation(match.group(3)) or (None,))[0]
            owners = {pid for start, relations, pid in introductions if start < match.start() and relation in relations}
            if len(owners) == 1:
                found.setdefault(match.start(), owners.pop())
    for match in _KIN_FIELD_LINE.finditer(text):
        if person_id := _nearest_name_field(doc, match):
            found[match.start("kin")] = person_id
    return found


def _nearest_name_field(doc: Doc, match: re.Match) -> str | None:
    """The person of the name field (`_NAME_FIELD`) nearest by lines to a form's field `match`, above or below, in
    its block (no blank line between); None where none, or two are as near."""
    text = doc.text
    start = text.rfind("\n\n", 0, match.start())
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", match.end())
    end = len(text) if end < 0 else end
    line = text.count("\n", 0, match.start())
    fields = [(abs(text.count("\n", 0, m.start()) - line), pid) for m in _NAME_FIELD.finditer(text, start, end)
              if (pid := person_at(doc, m.end())) and doc.person(pid).names]
    if not fields:
        return None
    nearest = min(distance for distance, _ in fields)
    named = {pid for distance, pid in fields if distance == nearest}
    return named.pop() if len(named) == 1 else None


def _is_name_word(word: str) -> bool:
    return word.casefold() not in NOT_NAME and not word.isupper()


# Words of NOT_NAME that are also common given names: a religion's name is a given name in Central Asia
# ("Islam Karimov"). Such a word is a name word beside another name word, and the religion alone.
_RELIGION_GIVEN_NAMES = frozenset({"islam"})


def _given_beside_name(words: list[str], index: int) -> bool:
    """Whether words[index] is a religion's name (`_RELIGION_GIVEN_NAMES`) read as a given name: a word
    of a name stands right before or after it ("Islam Karimov", "Karimov Islam"), not alone ("Islam")."""
    if words[index].casefold() not in _RELIGION_GIVEN_NAMES:
        return False
    return any(0 <= i < len(words) and re.fullmatch(_NAME_WORD, words[i]) and _is_name_word(words[i])
               for i in (index - 1, index + 1))


def _overlaps(span, spans) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(span)
    return any(s < span[1] and span[0] < e for s, e in spans)


_COMPANY_BEFORE = re.compile(r"(?<![\w-])(\w{2,5})[ \t]*[«\"“„]$")
# A legal form in capitals right before a name, quoted or not («ИП Тохтиев», "LLC Nurbek"), or as its first word.
_COMPANY_FORM_BEFORE = re.compile(r"(?<![\w-])(\w{2,5})[ \t]*[«\"“„]?[ \t]*$")


def _a_firms_name(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a firm's: after or opening with a company's legal form written in
    capitals (`COMPANY_FORMS`: «ИП Тохтиев» is a sole trader's business; French « sa » is no « SA »)."""
    words = text[start:end].split()
    if len(words) > 1 and words[0].isupper() and words[0].casefold() in COMPANY_FORMS:
        return True
    form = _COMPANY_FORM_BEFORE.search(text, max(0, start - 12), start)
    return bool(form) and form.group(1).isupper() and form.group(1).casefold() in COMPANY_FORMS


# Nouns of things that a name cue follows ("an organisation called X", "a channel named X", "a village
# called X"): X is no person.
_THING_NOUNS = ORGANISATION_WORDS | PLACE_KIND_WORDS | set("""
organization organisation channel account page website site app campaign movement programme program operation
book film song poem podcast show newspaper magazine brand shop restaurant organisation's
organisme chaîne association groupe mouvement livre канал организация организации группа движение книга
""".split())
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t,]*$")


def _names_a_thing(text: str, cue_start: int) -> bool:
    """Whether the word before a name cue ("called", "named") is a thing's noun (`_THING_NOUNS`)."""
    before = _WORD_BEFORE.search(text, max(0, cue_start - 40), cue_start)
    return bool(before) and before.group(1).casefold() in _THING_NOUNS


# A Russian full name with its patronymic, in any case: «Нуртаева Айгуль Маратовна», «Ахметовой Мадины Нурлановны».
_RU_FULL_NAME = re.compile(r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овн|евн|ичн)[а-яё]{0,3}")


# The words after a capitalised sequence: one word, or lower-case Russian adjectives and the noun they agree with.
_FOLLOWING_WORD = re.compile(r"\s+([^\W\d_]+)")
_RU_ADJECTIVE = re.compile(r"[а-яё]+(?:ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ое|ее|ую|юю|ым|им|ых|их|ыми|ими)")


def _organisation_follows(text: str, end: int) -> bool:
    """Whether the word after `end`, or the noun after the Russian adjectives there, is an organisation word
    (`ORGANISATION_WORDS`, every case form of its Russian nouns). A Russian noun names the sequence's
    organisation only after a capitalised adjective, in a case other than the nominative: «Ректору Казахского
    национального университета», not «отца Ерлана Жаксылыка полиция задержала» (the next clause's subject)."""
    last = text[:end].split()[-1:] or [""]
    for _ in range(4):
        following = _FOLLOWING_WORD.match(text, end, end + 40)
        if not following:
            return False
        word = following.group(1)
        if word.casefold() in ORGANISATION_WORDS:
            return not re.match(r"[а-яё]", word.casefold()) or (
                bool(_RU_ADJECTIVE.fullmatch(last[0].casefold())) and word.casefold() not in RU_ORGANISATION_NOUNS)
        if not _RU_ADJECTIVE.fullmatch(word):
            return False
        end = following.end()
    return False


_LAST_WORD = re.compile(r"[ \t,]+([^\W\d_][\w.]*?)\.?$")


def _before_credentials(text: str, start: int, end: int) -> int:
    """Where a name ends before the credentials written after it (`CREDENTIALS`: "Chloe Barker RN" → "Chloe
    Barker"); `end` where none follows its words."""
    while (last := _LAST_WORD.search(text, start, end)) and last.group(1).replace(".", "") in CREDENTIALS \
            and len(text[start:last.start()].split()) >= 2:
        end = last.start()
    return end


# A column's gap inside a form's line: a tab, or two spaces or more ("Case officer: X Y   Opened: …"). No name of
# the tuning texts has one between its words; every one there parts a field from the next (h-persons66:
# "Case officer: X Y   Opened: …" made "X Y Opened" a name).
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*|[ \t]{2,}")


def _line_around(text: str, at: int) -> str:
    """The line of `text` that holds offset `at`."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _clean_full(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a capitalised sequence into runs of name words (titles, ethnonyms, places, credentials removed),
    never across a column's gap (`_COLUMN_GAP`) in a form's line (one with a field's colon): a table's row
    without labels may write a name's parts in two cells ("Memet<tab>Tursun" under "Given name<tab>Surname")."""
    if (gap := _COLUMN_GAP.search(doc.text, start, end)) is not None and ":" in _line_around(doc.text, start):
        return _clean_full(doc, start, gap.start()) + _clean_full(doc, gap.end(), end)
    end = _before_credentials(doc.text, start, end)
    runs, run = [], []
    place_spans = doc.__dict__.get("_place_set")
    if place_spans is None:
        # Places the rules found, and the places the model found ("гражданка Китая Айгерим Болат").
        # An entity across a line break ("the Camp\n\nZulpiye") is the model reading a heading into the text.
        # Not a two-word "place" ending in a family name the model gives a person elsewhere ("Adil
        # Yasin" as a place beside "Qeyser Yasin" as a person: the small model's guess).
        entities = doc.analysis.entities if doc.analysis else []
        family_names = {e.text.split()[-1] for e in entities if e.label == "PERSON" and len(e.text.split()) > 1}
        rules_places = SpanSet(span for span, _ in doc.place_spans)
        model_places = [(e.start, e.end) for e in entities if e.label in _PLACE_LABELS and "\n" not in e.text
                        and not (len(e.text.split()) > 1 and e.text.split()[-1] in family_names)
                        and not _reads_as_name(doc, e.start, e.end, rules_places)]
        place_spans = SpanSet([span for span, _ in doc.place_spans] + model_places)
        doc.__dict__["_place_set"] = place_spans
        doc.__dict__["_model_places"] = model_places
    words = doc.text[start:end].split()
    if any(word.casefold().strip("’'") in ORGANISATION_WORDS for word in words):
        return []
    # ОсОО «X», LLC "X": a company's name after its legal form
    form = _COMPANY_BEFORE.search(doc.text, max(0, start - 12), start)
    if form and form.group(1).casefold() in COMPANY_FORMS:
        return []
    # A holiday, a campaign or a doctrine ("Teachers' Day", "Strike Hard Campaign"), a firm or a paper ("Rozi
    # Trading", "Driver Licence") is no person.
    if words and words[-1].casefold().strip(".,;:!?\"'’”") in NAMED_OCCASIONS | NAMED_BUSINESSES_AND_PAPERS:
        return []
    # "Kazakh Foreign Ministry …" may continue on lower-case words: look one word further; in Russian, past
    # the adjectives that agree with the noun («Ректору Казахского национального университета»).
    if _organisation_follows(doc.text, end):
        return []
    # In a run that reads as a personal name, a place of the model made of given names does not cut
    # it ("Tahir Nasir": "Tahir" a LOC of the small French model); the rules' places do.
    if _reads_as_name(doc, start, end):
        place_spans = SpanSet([span for span, _ in doc.place_spans] + [
            (s, e) for s, e in doc.__dict__["_model_places"] if not (start <= s and e <= end and any(
                (found := given_name(w)) is not None and not found[0].word for w in doc.text[s:e].split()))])
    if _RU_FULL_NAME.fullmatch(doc.text, start, end) and all(_is_name_word(w) for w in words):
        # «Ахметовой Мадины Нурлановны»: surname, given name and patronymic are one person's name,
        # whatever place a word of it spells alone («Мадины», the genitive of Medina)
        place_spans = SpanSet()
    pinyin = _pinyin_name(words)
    for index, word in enumerate(re.finditer(r"\S+", doc.text[start:end])):
        s, e = start + word.start(), start + word.end()
        if not run and doc.language == "ru" and _opening_noun_before_genitive(doc, s, e, end):
            continue
        if (_is_name_word(word.group()) or pinyin and word.group().casefold() in _PINYIN_ETHNONYMS
                or _given_beside_name(words, index)) \
                and word.group().casefold() not in HONORIFICS and word.group().casefold() not in _KIN_ADDRESS_WORDS \
                and not _overlaps((s, e), place_spans) and not _opening_verb(doc, s):
            run.append((s, e))
            if re.search(r"\w['’]s$", word.group()):
                # "Grandma Patigül's Lagman": a possessive ends the name; what follows is what is hers
                runs.append((run[0][0], run[-1][1]))
                run = []
        else:
            if run:
                runs.append((run[0][0], run[-1][1]))
            run = []
    if run:
        runs.append((run[0][0], run[-1][1]))
    return runs


# Ethnonyms that are also Chinese surnames and given names (韩 Han, 辉/慧 Hui): inside a name written
# wholly in pinyin ("Zhang Hui", "Han Wei") they are the name's, elsewhere the people's ("Hui Muslims").
_PINYIN_ETHNONYMS = frozenset({"han", "hui"})


def _pinyin_name(words: list[str]) -> bool:
    """Two or three capitalised words, each one or two pinyin syllables (`guwah.names.chinese`): a
    Chinese name in pinyin ("Zhang Hui", "Li Jianhui")."""
    from guwah.names.chinese import pinyin_inventory, segment

    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    return all(0 < len(segment(w.lower(), pinyin_inventory()) or ()) <= 2 for w in words)


# Turkic and Arabic honorifics written beside a given name ("Ablet Aka", "Haji Ablet",
# «Қайрат мұғалім»): never part of the name.
HONORIFICS = {"aka", "akam", "ака", "aga", "ağa", "ага", "apa", "апа", "acha", "hede", "hajim", "haji", "hajji",
              "хаджи", "ependi", "efendi", "bey", "hanim", "xanim", "ханым", "hoja", "xoja", "molla", "mugallim",
              "muellim", "мұғалім", "ағай", "апай"}


# An honorific joined to a given name by a hyphen and declined with it («Касыма-ака» in the accusative,
# «Турдакуном-акой» in the instrumental, «Хашиму-ака»): the name is a person's, the honorific no part of
# it. The Cyrillic honorifics of `HONORIFICS` that end in -а take the case endings of that declension.
_HYPHEN_HONORIFIC = re.compile(
    rf"(?<![\w-])(?P<name>[{_UPPER}][a-zà-öø-ÿā-žа-яёәғқңөұүһі]+)-"
    rf"(?:(?:{'|'.join(sorted((h[:-1] for h in HONORIFICS if h.endswith('а') and re.fullmatch('[а-яё]+', h)), key=len, reverse=True))})"
    rf"(?:а|и|ы|е|у|ой|ою)|хаджи|ependi|efendi|aka|akam|apa|haji|hajim)(?![\w-])")
# A Russian kin noun in any case («жене», «с женой», «сыну», «дочерью»), before a lone given name in
# apposition («жене, Гулайым», «с женой Патем»): the name is the relative's.
_RU_KIN_ANY = (r"(?:муж(?:а|у|ем|е)?|жен(?:а|ы|е|у|ой|ою)|сын(?:а|у|ом|е)?|доч(?:ь|ери|ерью)|брат(?:а|у|ом|е)?|"
               r"сестр(?:а|ы|е|у|ой)|от(?:ец|ца|цу|цом|це)|мат(?:ь|ери|ерью)|мам(?:а|ы|е|у|ой)|дяд(?:я|и|е|ю|ей)|"
               r"т[её]т(?:я|и|е|ю|ей)|внук(?:а|у|ом|е)?|внучк(?:а|и|е|у|ой)|племянни(?:к|ка|ку|ком|ке|ца|цы|це|цу|цей))")
_RU_KIN_LONE = re.compile(rf"(?<![\w-])(?P<kin>(?i:{_RU_KIN_ANY})),?[ \t]+(?P<name>{_NAME_WORD})(?![\w-])(?![ \t]+{_NAME_WORD})"
                          # «Жена Айбола, Айнагуль …»: a name with the relative's in apposition after it is the owner's
                          rf"(?!,[ \t]+[{_UPPER}])")


# A family name written in capitals beside given names in title case, the French (and official) way
# ("Rahima MAHMUT", "MAHMUT Rahima", "Abdul-Ahad OMAR"): one run, one name.
_CAPITAL_FAMILY = rf"[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]{{2,}})?"
# (A title of address is no given name: « Madame HOSHUR Reyhan » is the family name first after the title, h-persons50.)
_GIVEN_AND_CAPITALS = re.compile(
    rf"(?<![\w-])(?:(?!(?:{_titles(_LATIN_TITLES)})\.?[ \t]+{_CAPITAL_FAMILY}[ \t]+{_NAME_WORD})"
    rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+{_CAPITAL_FAMILY}(?:[ \t]+{_CAPITAL_FAMILY})?"
    rf"|{_CAPITAL_FAMILY}(?:[ \t]+{_CAPITAL_FAMILY})?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?![\w-])")


def _capital_family_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Names written with the family name in capitals beside title-case given names
    (`_GIVEN_AND_CAPITALS`), where the language model takes the run for a person's or its first given
    name is a common one; none of its words a common, organisation, place or ethnonym word. Issue 11,
    h-x32p: a French sentence naming "Prénom NOM" gave no person."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    model_persons = SpanSet((e.start, e.end) for e in (doc.analysis.entities if doc.analysis else ()) if e.label == "PERSON")
    found = []
    for match in _GIVEN_AND_CAPITALS.finditer(text):
        s, e = match.span()
        # a title of address before it says a person's name whatever the given name ("Mme Mükerrem SAWUT",
        # h-persons48), and is no word of it
        title = re.match(rf"(?:{_titles(_LATIN_TITLES)})\.?[ \t]+(?=\S)", text[s:e])
        if title and len(text[s + title.end():e].split()) >= 2:
            s += title.end()
        # a kin word before it says a person's name as a title does (« papi KAMIL Rozi », "my aunt OSMAN Hevva")
        titled = bool(title) or _ADDRESS.search(text[max(0, s - 12):s]) is not None \
            or _KIN_BEFORE.search(text, max(0, s - 20), s) is not None
        if _before_credentials(text, s, e) != e:
            continue  # "Chloe Barker RN": given names and a credential, no family name in capitals
        words = [w[:1] + w[1:].lower() for w in text[s:e].split()]
        # after a title the whole name may be in capitals ("Mme AYNUR TOHTI"): the title alone says a person
        given = next((w for w in text[s:e].split() if not w.isupper()), None)
        known = given_name(given) if given else None
        if places.overlaps((s, e)) or _any_word_in(words, *_NOT_IN_A_NAME, ETHNONYMS) \
                or not (titled or model_persons.overlaps((s, e)) or known and not known[0].word):
            continue
        # A given name of the list (not also a word) before a family name in capitals is sure whatever the
        # language model says: it reads a word in capitals as an acronym («Patient : Ilyas ABDUREHIM», h-persons43).
        found.append((s, e, "titled" if titled else "given_caps" if known and not known[0].word else "caps"))
    return found


def _russian_given_names(doc: Doc, singles) -> list[tuple[int, int, str]]:
    """Given names alone that Russian grammar marks as a person's: before a hyphenated honorific
    (`_HYPHEN_HONORIFIC`, any case), or after a kin noun in any case (`_RU_KIN_LONE`) where the
    language model also takes the word for a person's name or the name list knows it (no longer list of
    names: the kin noun and the model are the signals). Issue 11, h-x32p."""
    if doc.language != "ru":
        return []
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    model_names = SpanSet((s, e) for s, e, _how in singles)
    found = []
    for match in _HYPHEN_HONORIFIC.finditer(text):
        s, e = match.span("name")
        if _is_name_word(match.group("name")) and not places.overlaps((s, e)):
            found.append((s, e, "honorific"))
    for match in _RU_KIN_LONE.finditer(text):
        s, e = match.span("name")
        word = match.group("name")
        # «Жена Айбола»: a name declined in a case the kin noun is not in is its owner, not in apposition
        declined = ru_cases(word, name=True)
        if declined and not declined & ru_cases(match.group("kin")):
            continue
        if _is_name_word(word) and not places.overlaps((s, e)) and (model_names.overlaps((s, e)) or given_name(word)):
            found.append((s, e, "kin"))
    return found


def _opening_verb(doc: Doc, start: int) -> bool:
    """A capitalised verb or function word that opens a sentence («Бить Аскара не били», «Поскольку
    Сәуле Жұмабаева …»), by the model's part of speech."""
    if doc.analysis is None or doc.language == "en" or not re.search(r"(?:^|[.!?:»\n])\s*$", doc.text[max(0, start - 3):start]):
        return False
    tokens = doc.analysis.tokens_in(start, start + 1)
    return bool(tokens) and tokens[0].pos in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP", "PRON", "DET", "PART")


def _opening_noun_before_genitive(doc: Doc, start: int, end: int, run_end: int) -> bool:
    """A capitalised Russian common noun that opens a sentence before a given name in the genitive («Дом
    Арслана обыскали», «Судьба Тахира неизвестна»): the name's owner's thing, never a word of the name, whatever
    word it is (`ru_common_noun`: the dictionary's, never a name's reading; h-persons44). A line's first word
    so read is none of the name after it, in whatever case («Просьба Ляззат:», «Ищем Айбола», «Членство
    Рахимова А.»: a heading's or a notice's opening word; h-ru56)."""
    from guwah.extract.ner import ru_cases, ru_common_noun

    if not re.search(r"(?:^|[.!?:»\n])\s*$", doc.text[max(0, start - 3):start]):
        return False
    following = re.match(r"\s+(\w+)", doc.text[end:run_end])
    if not following or not ru_common_noun(doc.text[start:end]):
        return False
    return "gent" in ru_cases(following.group(1), name=True) or not doc.text[doc.text.rfind("\n", 0, start) + 1:start].strip()


_PLACE_LABELS = ("GPE", "LOC")


# The word lists of which no word of a person's name is one: common words, organisations' and
# places' kind words ("Tursun Village", "ABLET COMPANY").
_NOT_IN_A_NAME = (NOT_NAME, ORGANISATION_WORDS, PLACE_KIND_WORDS)


def _any_word_in(words: list[str], *word_lists: Collection[str]) -> bool:
    """Whether a word of a candidate name, casefolded, is in one of `word_lists` (sets or dicts of
    casefolded words, such as `_NOT_IN_A_NAME`'s): then the candidate is no person's name."""
    return any(word.casefold() in word_list for index, word in enumerate(words) for word_list in word_lists
               if not _given_beside_name(words, index))


def _reads_as_name(doc: Doc, start: int, end: int, rules_places: SpanSet | None = None) -> bool:
    """Whether a place the language model names at [start, end) reads as a personal name: two to
    four capitalised words of which one is a common given name that is no common word (the name
    lexicon, `guwah.names.given`), none a place-kind word and no place the rules found there
    ("Gulpiye Tursun est enseignante": the small French model's LOC). The small models take
    unfamiliar Uyghur and Kazakh names for places on text they were not trained on."""
    if rules_places is None:
        rules_places = SpanSet(span for span, _ in doc.place_spans)
    if rules_places.overlaps((start, end)) or not _FULL_NAME.fullmatch(doc.text, start, end):
        return False
    words = doc.text[start:end].split()
    if _any_word_in(words, *_NOT_IN_A_NAME):
        return False
    return any((found := given_name(w)) is not None and not found[0].word for w in words)
_STRONG = ("self", "cued", "titled", "kin", "heading", "inverted", "turn", "addressee", "signed", "honorific", "passport",
           "given_caps", "staff")  # candidates the rules are sure of, whatever the model says


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _model_verdict(doc: Doc, start: int, end: int) -> str | None:
    """"person" when the model names a person here, "not" when it sees a place, organisation or
    site, or no proper noun at all (a headline: "Student Dies"), else None."""
    analysis = doc.analysis
    if analysis is None:
        return None
    entities = analysis.entities_in(start, end)
    if any(e.label == "PERSON" for e in entities):
        return "person"
    for entity in entities:
        shared = min(end, entity.end) - max(start, entity.start)
        if entity.label in _PLACE_LABELS and 2 * shared >= end - start \
                and not _reads_as_name(doc, max(start, entity.start), min(end, entity.end)) \
                and not _reads_as_name(doc, start, end):
            return "not"
        # The small model often calls an unfamiliar two-word name an organisation: believe it only
        # when the organisation goes on past the name ("Radio Free Asia", "Huawei Technologies"); a
        # possessive's ending is no word of more ("Rozi Tursun's" as ORG is the name alone, h-zh58).
        entity_end = entity.end - len(owner.group()) if (owner := _POSSESSIVE_END.search(doc.text, entity.start, entity.end)) \
            else entity.end
        if entity.label in ("ORG", "FAC") and entity.start <= start and end <= entity.end and (
                re.search(r"\w", doc.text[entity.start:start]) or re.search(r"\w", doc.text[end:entity_end])):
            return "not"
    tokens = analysis.tokens_in(start, end)
    if tokens and not any(token.pos == "PROPN" for token in tokens):
        return "not"
    return None


# Words of a heading in capitals that no person's name holds: articles, conjunctions, prepositions and
# possessives (« CHERS MEMBRES ET AMIS », "NOTES FOR THE FAMILY", «НАШИ ДЕЙСТВИЯ»), and a greeting's words.
# (A name's own particles, "de", "van", "al", are not among them.)
CAPITALS_NOT_IN_A_NAME = frozenset("""
and or of the for to in on at with from our your their my his her a an
et ou des les aux au en pour par sur dans avec nos vos notre votre leur leurs mes ses une un la le
и или в во на по для от из о об с со наш наша наши ваш ваши мой моя мои его её их
""".split())


def _upper_case_headings(doc: Doc) -> list[tuple[int, int, str]]:
    """Names in capitals that head a case ("Case 2 — ABLET TURSUN" over "Uyghur, male, born 1970."): the
    heading's line below describes a person in its first sentence, and no word of the heading is a
    common, organisation or place-kind word, nor a word no name holds (`CAPITALS_NOT_IN_A_NAME`:
    « CHERS MEMBRES ET AMIS » over a paragraph that names another woman « née en 1972 », h-persons42)."""
    found = []
    for match in _UPPER_HEADING.finditer(doc.text):
        s, e = match.span("name")
        words = doc.text[s:e].split()
        if _any_word_in(words, *_NOT_IN_A_NAME, CAPITALS_NOT_IN_A_NAME, GREETING_WORDS):
            continue
        following = doc.text[match.end():match.end() + 200].lstrip("\n")
        first_line = re.split(r"(?<=[.!?])\s", following.split("\n", 1)[0][:100], maxsplit=1)[0]
        if _DESCRIBES_PERSON.search(first_line) and not _overlaps((s, e), SpanSet(span for span, _ in doc.place_spans)):
            found.append((s, e, "heading"))
    return found


_UPPER_RUN = re.compile(rf"(?<![\w-])[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,3}}(?![\w-])")


# The words that open a letter's greeting, in every case (English, French, Russian, Kazakh): the one list
# behind `_GREETING` (a name greeted) and `_SALUTATION` (where a letter inside a text starts); two
# lists before (h-x33p). Their possessive before them: "My dear", « Ma chère », « Mes chers ».
GREETING_WORDS = ("dear", "dearest", "cher", "chère", "chers", "chères", "très cher", "très chère",
                  "дорогой", "дорогая", "дорогие", "милый", "милая", "родной", "родная", "родные",
                  "уважаемый", "уважаемая", "любимый", "любимая", "қымбатты", "құрметті", "ардақты", "сүйікті")
_GREETING_WORD = rf"(?:(?i:my|ma|mon|mes)[ \t]+)?(?i:{'|'.join(sorted(GREETING_WORDS, key=len, reverse=True))})"
# A letter's greeting on its own line: "Dear Dilnur,", "My dear Aziz!", « Chère Aynur, », «Дорогой Ерлан!»,
# «Уважаемая Гульнар Серикова,», «Қымбатты Асқар!»; a title of address skipped ("Dear Mr Tursun,").
_GREETING = re.compile(
    rf"^[ \t]*{_GREETING_WORD}[ \t]+"
    rf"(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Mlle)\.?[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*[,!:]?[ \t]*$",
    re.M)


# Whom a formal letter greets by office, not name ("Dear Consul,", « Monsieur le Consul », «Уважаемый Посол»).
_GREETED_OFFICES = frozenset("""consul ambassador senator councillor councilor commissioner president chair chairman
    chairwoman secretary officer colleague colleagues friend friends member members committee board team
    consul ambassadeur sénateur président présidente députée député коллега коллеги друзья посол консул депутат
    customer customers client clients passenger passengers patient patients subscriber subscribers user users guest
    guests applicant applicants candidate candidates resident residents parent parents
    клиент клиенты пассажир пассажиры абонент пользователь
    """.split())  # and a form letter's reader by what they are to the sender ("Dear Customer,")


def _addressees(doc: Doc) -> list[tuple[int, int, str]]:
    """Names in a letter's greeting (`_GREETING`), in the first lines of a text: the person written to,
    whom a letter may name nowhere else (issue 11, h-x30p). Not a common word ("Dear Sir", "Dear
    Editor"), a title or role ("Dear Consul"), a kin word («Дорогая мама»: a relative, `_kinship`'s), or a
    place. A name after a title of address ("Dear Ms X,") only where the text names X elsewhere too: a
    formal letter's recipient named in its greeting alone (a member of parliament, an official) is no
    person of the testimony, as the golds have it."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for match in _GREETING.finditer(text, 0, min(len(text), _HEADING_CHARS + 400)):
        s, e = match.span("name")
        words = text[s:e].split()
        if places.overlaps((s, e)) or _any_word_in(words, NOT_NAME, KIN, _ASKING, ORGANISATION_WORDS, OFFICIAL_TITLES,
                                                   ROLE_NOUNS, _GREETED_OFFICES):
            continue
        if match.group("title") and len(re.findall(rf"(?<![\w-]){re.escape(text[s:e])}(?![\w-])", text)) < 2:
            continue
        found.append((s, e, "addressee"))
    return found


def named_as_addressee(doc: Doc) -> set[str]:
    """Ids of the persons a letter's greeting names (`_addressees`), and of those a Russian
    application's heading names above its sender's «от» line, in the dative, in the same block
    («Ректору …\nпрофессору X\nот выпускницы …»: whom it is written to, as a greeting would)."""
    found = {pid for s, e, _how in _addressees(doc) if (pid := person_at(doc, s))}
    return found | set(_heading_addressees(doc, above=False))


def _heading_addressees(doc: Doc, above: bool = True) -> list[str]:
    """Ids of the named persons a Russian letter's heading names above its sender's «от» line, in
    the dative: in the «от» line's own block («Ректору …\nпрофессору X\nот выпускницы …»), or, when the
    «от» line opens its block and `above`, in the block right above it when that block opens with a word
    read only as a dative, never a nominative («Директору …\nX\nг. …\n\nот Y»; not a case's heading,
    «Дело № 12, судья X», nor «В … суд»), in their order. (The block above is not `named_as_addressee`'s:
    the person model keeps whom that names, and a court's or an office's addressee is no person of the
    testimony unless the letter tells of their kin.)"""
    text = doc.text
    sender = _SENDER_LINE.search(text, 0, min(len(text), _HEADING_CHARS))
    if sender is None:
        return []
    block = text.rfind("\n\n", 0, sender.start()) + 1
    if not text[block:sender.start()].strip():
        if not above:
            return []
        block = text.rfind("\n\n", 0, max(0, block - 1)) + 1  # the block above, up to the text's start
        first = re.match(r"\s*([^\W\d_]+)", text[block:sender.start()])
        if first is None or "datv" not in ru_cases(first.group(1)) or "nomn" in ru_cases(first.group(1)):
            return []
    return list(dict.fromkeys(pid for _span, pid in doc.person_spans_in(block, sender.start()) if doc.person(pid).names))


def addressee_before(doc: Doc, offset: int) -> str | None:
    """Id of the person the last greeting before offset names ("Dear Arslan, … you"; `_addressees`), else
    the one person a Russian letter's heading names in the dative above its «от» line
    (`_heading_addressees`: «Директору X … Ваш брат …»), or None: whom the letter's "you" and "your"
    are. The golds' convention (v6, v13, v15, v32): the one written to, named in a private letter's
    greeting or a heading, is a person of the text, the relative whose "your father" the letter speaks
    of, and the victim of what is done to "you"; never the narrator (h-x33p)."""
    found = [person_at(doc, s) for s, _e, _how in _addressees(doc) if s < offset]
    if found:
        return found[-1]
    heading = [pid for pid in _heading_addressees(doc) if any(s < offset for (s, _e), p in doc.person_spans if p == pid)]
    return heading[0] if len(heading) == 1 else None


# A title before a name that says the name is a person's: a title of address ("Mrs X", "Adv. X", "Capt.
# X", «г-жа X»; not an honorific that may be a name's own word, haji), « Maître X », "Professor X".
_PERSON_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_titles(t for t in ADDRESS_TITLES if t not in ('haji', 'hajim'))}|Maître|Professor|Rev)\.?[ \t]+$")


_ASKING_LABEL = re.compile(r"^[ \t]*([^\W\d_]+)[ \t]*:[^\n]*", re.M)  # "Chair: …", "Moderator: …"


def named_with_a_title(doc: Doc) -> set[str]:
    """Ids of the named persons one of whose mentions, a name of two words or more (not "Mrs X" of
    "Mrs X Y" read apart), follows a title of address or rank
    (`_PERSON_TITLE_BEFORE`: "a lawyer, Ms X", "Tenant: Mrs X", "the master, Capt. X", « Maître X »)
    outside the text's frame (a byline's "Me X, avocate", `_frame_spans`; a line labelled with an
    asking or presiding role, "Chair: Prof. X"), a headline ("Where is Dr X?", a person the text names
    again) and a letter's greeting (whom "Dear Ms X," greets is `_addressees`' to judge): a title says
    the name is a person's, one the text names. Issue 11 (h-persons42): on the spent v18 and v20 sets such lawyers, tenants and
    a ship's master were dropped by the person model."""
    text = doc.text
    apart = (_frame_spans(doc), SpanSet(_headline_lines(text)), SpanSet(m.span() for m in _GREETING.finditer(text)),
             SpanSet(m.span() for m in _ASKING_LABEL.finditer(text) if m.group(1).casefold() in _ASKING))
    found = set()
    for (s, e), pid in doc.person_spans:
        if pid in found or not doc.person(pid).names or any(spans.overlaps((s, e)) for spans in apart):
            continue
        if len(text[s:e].split()) > 1 and _PERSON_TITLE_BEFORE.search(text, max(0, s - 16), s):
            found.add(pid)
    return found


# (upper-cased whole: `_titles` cases only the Latin titles, and a label writes Г-Н, Г-ЖА too)
_LABEL_TITLE = re.compile(rf"(?:{_titles((t for t in ADDRESS_TITLES if t not in ('me', 'haji', 'hajim', 'господин', 'госпожа')), str.upper, False).upper()})\.?[ \t]+")
_MIN_TURNS = 3  # lines opened by a speaker's label from which a text reads as a transcript


def _turn_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """Names in capitals that make a transcript's speaker labels («АЛМАС ЕРЖАНОВ: Я …», "MR
    MEMETJAN HOSHUR: I …"; a title of address skipped), where at least `_MIN_TURNS` lines open with a
    label in capitals (`SPEAKER_TURN`): a speaker a transcript names nowhere else is named there (issue
    11, h-x30p). Not an asking label (`_ASKING`: "Q", «ВЕДУЩИЙ»), nor one with a common, organisation or
    place-kind word; the name has two to four words, or one after a title."""
    text = doc.text
    turns, mixed = [], []
    for line in re.finditer(r"^[^\n]*", text, re.M):
        turn = SPEAKER_TURN.match(text, line.start())
        if turn and turn.group("label").isupper():
            turns.append(turn)
        elif turn and not turn.group("stamp"):  # (a chat's senders are `_chat_labels`')
            mixed.append(turn)
    places = SpanSet(span for span, _ in doc.place_spans)
    found = _mixed_case_turn_labels(doc, mixed, len(turns) + len(mixed), places)
    if len(turns) < _MIN_TURNS:
        return found
    for turn in turns:
        s, e = turn.span("label")
        title = _LABEL_TITLE.match(text, s)
        if title and title.end() < e:
            s = title.end()
        words = text[s:e].split()
        least = 1 if title or _first_word_of_a_name(text, words) else 2
        if not least <= len(words) <= 4 or not all(re.fullmatch(rf"[{_UPPER}][{_UPPER}'’-]+", w) for w in words) \
                or places.overlaps((s, e)) or _CAPITALS_AFTER_LABEL.match(text, turn.end()) \
                or _any_word_in(words, _ASKING, *_NOT_IN_A_NAME):
            continue
        found.append((s, e, "turn"))
    return found


# A hearing's or a record's speaker label: a title of address or a hearing's office, then a surname, then a full
# stop or a colon, at a line's start ("Ms. TURSUN. I was …", "Chairman BELLWOOD. The Commission …", "Mr. Tursun:
# I …"); the name is in capitals where a full stop closes the label (a sentence may open "Mr. Tursun. …").
_HEARING_TITLES = rf"{_titles(t for t in _LATIN_TITLES if t not in ('me', 'haji', 'hajim', 'm'))}|" \
    r"Chairman|Chairwoman|Chairperson|Chair|Co-?[Cc]hair(?:man|woman)?|Senator|Representative|Commissioner|Judge|Ambassador|" \
    r"Witness|Г-н|Г-жа|Господин|Госпожа|Свидетель|Свидетельница|Председатель|Судья"
_HEARING_LABEL = re.compile(
    rf"^[ \t]*(?P<title>{_HEARING_TITLES})\.?[ \t]+(?P<name>[{_UPPER}][\w'’-]+(?:[ \t]+[{_UPPER}][\w'’-]+)?)"
    rf"[ \t]*(?P<stop>[.:])[ \t]+(?=\S)", re.M)


def _hearing_labels(text: str) -> list[re.Match]:
    """The speaker labels of a hearing's transcript (`_HEARING_LABEL`: "Ms. TURSUN. …", "Senator HALE. …",
    "Mr. Tursun: …"), where at least `_MIN_TURNS` lines open with one: a surname of two letters or more, in
    capitals where a full stop closes the label, no common, asking, organisation or place-kind word."""
    found = []
    for match in _HEARING_LABEL.finditer(text):
        words = match.group("name").split()
        if any(len(w) < 2 for w in words) or match.group("stop") == "." and not match.group("name").isupper() \
                or _any_word_in([w[:1] + w[1:].lower() for w in words], _ASKING, *_NOT_IN_A_NAME):
            continue
        found.append(match)
    return found if len(found) >= _MIN_TURNS else []


def _hearing_names(doc: Doc) -> list[tuple[int, int, str]]:
    """The surnames of a hearing's speaker labels (`_hearing_labels`), not a place: the witness a hearing
    names only as "Ms. TURSUN." over her turns is a person (issue 11, h-speakers76)."""
    places = SpanSet(span for span, _ in doc.place_spans)
    return [(*m.span("name"), "turn") for m in _hearing_labels(doc.text) if not places.overlaps(m.span("name"))]


# Two words in capitals after a label in capitals: a heading's title ("NORTHWIND INSIGHTS: FOCUS GROUP
# TRANSCRIPT"), not a speaker's words; its label is the issuer of the record, no person (h-persons47).
_CAPITALS_AFTER_LABEL = re.compile(rf"[{_UPPER}][{_UPPER}'’-]+[ \t]+[{_UPPER}][{_UPPER}'’-]+(?![\w'’-])")


def _first_word_of_a_name(text: str, words: list[str]) -> bool:
    """Whether a one-word speaker label in capitals ("CHLOE") is, in title case, the first word of a name
    of two words the text writes in mixed case ("Handing over: Chloe Barker"): a transcript labels its
    speakers by the given name of the full name its header gives (h-persons47)."""
    if len(words) != 1 or len(words[0]) < 3:
        return False
    word = words[0][:1] + words[0][1:].lower()
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}[ \t]+{_NAME_WORD}", text))


def _mixed_case_turn_labels(doc: Doc, turns: list[re.Match], count: int, places: SpanSet) -> list[tuple[int, int, str]]:
    """Speakers' names in mixed case in a transcript's labels ("Mihrigul: …", "Gulnar Tursun: …", «Арман: …»),
    where at least `_MIN_TURNS` lines open with a label (`count`, any case): a label that opens two lines or
    more (a speaker talks more than once; a form's field is written once), of one to three name words, none a
    common, asking, role, kin, organisation or place-kind word, nor a place, and a word of it a common given
    name (`guwah.names.given`, not also a word) or named a person by the language model somewhere in the
    text. A speaker who is a person is a person; a label ("Q", "Interviewer", "Branch Manager") is not
    (issue 11, h-persons45: in spoken records the interviewee named only in mixed-case labels was lost)."""
    if count < _MIN_TURNS:
        return []
    text = doc.text
    labels = Counter(" ".join(turn.group("label").split()) for turn in turns)
    modelled = {w for e in doc.analysis.entities if e.label == "PERSON" for w in text[e.start:e.end].split()} \
        if doc.analysis else set()
    found = []
    for turn in turns:
        s, e = turn.span("label")
        words = text[s:e].split()
        if labels[" ".join(words)] < 2 or not 1 <= len(words) <= 3 or places.overlaps((s, e)) \
                or not all(re.fullmatch(_NAME_WORD, w) and _is_name_word(w) for w in words) \
                or _any_word_in(words, _ASKING, KIN, ROLE_NOUNS, PEOPLE_NOUNS, _PARENT_LABELS, *_NOT_IN_A_NAME):
            continue
        if any(((known := given_name(w)) and not known[0].word) or w in modelled for w in words):
            found.append((s, e, "turn"))
    return found


def _chat_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """The senders' names in a chat's timed lines ("[12:03] Aygul: …", «[14.10.2021 19:10] Администратор
    Алина: …», `SPEAKER_TURN` with its time), where at least two lines are so opened: the name words at
    the label's end (a role before them is left out), one to three, none a common, asking,
    organisation or place-kind word, nor a place. Issue 11 (h-persons42): a chat's senders, named only
    in their labels, were no persons, and their "my brother" went to no one. A label of one word is a
    sender's name only when the name list knows it as a given name (a clinic's «Ак-Тиш» is none)."""
    text = doc.text
    turns = [turn for line in re.finditer(r"^[^\n]*", text, re.M)
             if (turn := SPEAKER_TURN.match(text, line.start())) and turn.group("stamp")]
    if len(turns) < 2:
        return []
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for turn in turns:
        found += _bracketed_sender(doc, turn, places)
        s, e = turn.span("label")
        words = list(re.finditer(r"\S+", text[s:e]))
        while words and (words[0].group().casefold() in ROLE_NOUNS or words[0].group().casefold() in _ASKING):
            words.pop(0)
        if not 1 <= len(words) <= 3:
            continue
        s, e = s + words[0].start(), s + words[-1].end()
        names = [w.group() for w in words]
        if not all(re.fullmatch(_NAME_WORD, w) and _is_name_word(w) for w in names) or places.overlaps((s, e)) \
                or _any_word_in(names, _ASKING, *_NOT_IN_A_NAME):
            continue
        known = given_name(names[0]) if len(names) == 1 else None
        if len(names) == 1 and not (known and not known[0].word):
            continue  # a word alone only when it is a given name («Ак-Тиш», a clinic's label, is not)
        found.append((s, e, "turn"))
    return found


# A message's header field that names who sent, received or forwarded it ("From: Dilnur <…>", "À : Memet",
# «Кому: Нурлан», "Forwarded from Nurlan"), and a lone name that signs the text on its last line ("— Dilnur").
_MESSAGE_FIELD = re.compile(
    rf"^[ \t]*(?:(?i:from|to|cc|sender|recipient|de|à|a|pour|expéditeur|destinataire|от кого|от|кому|отправитель|"
    rf"получатель|копия)[ \t]*:|(?i:forwarded(?:[ \t]+message)?[ \t]+from|reply[ \t]+from|message[ \t]+from|"
    rf"transféré[ \t]+de|переслано[ \t]+от|сообщение[ \t]+от)[ \t]*:?)"
    rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?=[ \t]*(?:[<(,;]|$))", re.M)
_LAST_LINE_NAME = re.compile(rf"(?:^|\n[ \t]*\n|,[ \t]*\n)[ \t]*(?:[-—–~][ \t]*)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
                             rf"[ \t]*\s*$")


# An account that is no one: a group's or a service's own label in a message's header or a chat's line.
_ACCOUNT_WORDS = frozenset("""
admin admins administrator administrators bot bots channel support system team operator service noreply no-reply
administrateur modérateur modératrice équipe opérateur canal
админ администратор администрация модератор бот канал поддержка оператор система
""".split())


def _message_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Who a message's header fields name (`_MESSAGE_FIELD`) and the lone name that signs its last line
    (`_LAST_LINE_NAME`, after a blank line or a sign-off's comma): a given name of the name list (not also a
    word) or one the language model names a person, with no role, asking, kin, organisation or place-kind word,
    nor a place. Issue 11 (h-persons72): a mail's or a forwarded post's sender named by a given name alone was
    no person; "From: Records office", "Forwarded from Kashgar News" name no one."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    modelled = SpanSet(sorted((e.start, e.end) for e in doc.analysis.entities if e.label == "PERSON")) \
        if doc.analysis else SpanSet()
    found = []
    last = _LAST_LINE_NAME.search(text, max(0, len(text) - 120))
    for match in [*_MESSAGE_FIELD.finditer(text), *([last] if last else [])]:
        s, e = match.span("name")
        words = text[s:e].split()
        known = given_name(words[0])
        if not (known and not known[0].word) and not modelled.overlaps((s, e)):
            continue
        if places.overlaps((s, e)) or not all(map(_is_name_word, words)) \
                or _any_word_in(words, _ASKING, _ACCOUNT_WORDS, KIN, ROLE_NOUNS, PEOPLE_NOUNS, *_NOT_IN_A_NAME):
            continue
        found.append((s, e, "signed"))
    return found


# The name in brackets after a chat label's office or role ("Support (Dana K.):"): a given name, then a
# name word or an initial.
_BRACKETED_SENDER = re.compile(rf"\([ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|[{_UPPER}]\.)){{1,2}})[ \t]*\)")


def _bracketed_sender(doc: Doc, turn: re.Match, places: SpanSet) -> list[tuple[int, int, str]]:
    """The sender a chat's timed label names in brackets after an office or a role («[14:05] Служба
    поддержки (Дана К.): …», "[10:02] Support (Dana K.): …"): a given name of the name list, then a name
    word or an initial; no kin, role, asking, organisation or place-kind word, nor a place (issue 11,
    h-persons72: a bank chat's officer, named only there, was lost)."""
    text = doc.text
    bracket = _BRACKETED_SENDER.search(text, turn.end("label"), turn.end())
    if not bracket:
        return []
    s, e = bracket.span("name")
    words = text[s:e].split()
    known = given_name(words[0])
    if not (known and not known[0].word) or places.overlaps((s, e)) \
            or _any_word_in(words, _ASKING, KIN, ROLE_NOUNS, PEOPLE_NOUNS, *_NOT_IN_A_NAME):
        return []
    return [(s, e, "turn")]


def _upper_case_names(doc: Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names in capitals in a caption, a speaker label or a list ("[Caption: ABLET TURSUN, 52]",
    "ABLET TURSUN: I was …"): a run of two to four words in capitals is a name when a word of it,
    in title case, is a word of a name the text writes in mixed case (`found`: "Tursun" of "Kamil
    Tursun"), or when its line is written in mixed case and its first word is a common given name
    (`guwah.names.given`, not also a word: "MEMET EMIN, a farmer, was …", «АЙГЕРИМ ТОКТАРОВА, 45
    лет»), and none of its words is a common, organisation or place word. A line all in capitals
    (a shouted headline) names no one this way."""
    text = doc.text
    words_of_names = {w for s, e, _how in found if not text[s:e].isupper()
                      for w in text[s:e].split() if len(w) >= 3 and w.casefold() not in NOT_NAME}
    places = SpanSet(span for span, _ in doc.place_spans)
    taken = SpanSet(sorted((s, e) for s, e, _how in found))
    names = []
    for match in _UPPER_RUN.finditer(text):
        s, e = match.span()
        words = [w[:1] + w[1:].lower() for w in text[s:e].split()]
        # a Kyrgyz or Kazakh name with its patronymic word between given names ("ЖАНЫБЕК УУЛУ ЭРМЕК") reads as one
        kyrgyz = len(words) >= 3 and any(w.casefold() in _PATRONYMIC_WORDS for w in words[1:-1])
        if taken.overlaps((s, e)) or places.overlaps((s, e)) \
                or not (kyrgyz or set(words) & words_of_names or _given_in_mixed_line(text, s, e, words)) \
                or _any_word_in(words, *_NOT_IN_A_NAME):
            continue
        names.append((s, e, "caps"))
    return names


_CAPITALS_CLOSED = re.compile(r"[ \t]*(?:[,(:;\n]|[.!?](?:\s|$)|$)|[ \t]+(?:was|were|is|has|had|est|était|a été|"
                              r"был|была|было)\b")
_KIN_BEFORE = re.compile(rf"\b(?i:{KIN_PATTERN}),?[ \t]+$")


def _given_in_mixed_line(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a run of capitals at [start, end) opens with a common given name (not also a common
    word) in a line that has lower-case letters too (so not a headline in capitals), and reads as a
    name: every word a given name or a family form, or the run closed by punctuation ("MEMET EMIN,
    a farmer"), or after a kin word ("my father MEMET EMIN"); not "the GULNAR CAFE in …"."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    line = text[left:right if right >= 0 else len(text)]
    found = given_name(words[0])
    if found is None or found[0].word or not any(c.islower() for c in line):
        return False
    return all(given_name(w) or _FAMILY_FORM.search(w.lower()) for w in words[1:]) \
        or bool(_CAPITALS_CLOSED.match(text, end)) or bool(_KIN_BEFORE.search(text, left, start))


# A list's headword with the family name first, in capitals, then a comma and the given name
# ("1. TURSUN, Gulnaz (f), b. 1975", "- HOSHUR, Memet Ali; 63"): a register's, an index's, a
# database's way of writing a name, at the start of its line, or after a form's name field ("Full name:
# KURBANOVA, Shahida", h-persons43).
_INVERTED = re.compile(
    rf"^[ \t]*(?:(?:\d+|[a-z])[.)][ \t]*|[-*•–][ \t]*|(?i:[\w'’ ]{{0,20}}name|nom(?:[ \t]+complet)?|имя|фио)"
    rf"[^:\n\d]{{0,30}}:[ \t]*)?(?P<name>(?P<family>[{_UPPER}][{_UPPER}'’-]+),[ \t]+"
    rf"(?P<given>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?))(?=[ \t]*(?:[(,;:]|$))", re.M)


# A name the way a passport, a ticket or a visa writes it: the family name in capitals, a slash, the given
# names in capitals ("TURSUNOVA/AYGUL MS"), or the family name in capitals before the given names, then a
# title of address in capitals ("KASYMOV Erlan MR"). The title stays out of the name.
_PASSPORT_TITLE = r"(?:MR|MRS|MS|MISS|MSTR|MX|DR)"
_PASSPORT_NAME = re.compile(
    rf"(?<![\w/-])(?P<name>(?P<family>{_CAPITAL_FAMILY})/(?P<given>[{_UPPER}]{{2,}}"
    rf"(?:[ \t]+(?!{_PASSPORT_TITLE}(?![\w-]))[{_UPPER}]{{2,}})?))"
    rf"(?P<title>[ \t]+{_PASSPORT_TITLE})?(?![\w/-])"
    rf"|(?<![\w/-])(?P<name2>(?P<family2>{_CAPITAL_FAMILY})[ \t]+(?P<given2>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?))"
    rf"[ \t]+{_PASSPORT_TITLE}(?![\w-])")


def _passport_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Names written as a passport or a ticket writes them (`_PASSPORT_NAME`): "FAMILY/GIVEN" with a
    title after it or a given name the name list knows, "FAMILY Given MR"; no word of it a common,
    organisation or place-kind word, nor a place. Issue 11 (h-persons42): a baggage report's
    "Passenger name:" field on the spent v18 set gave no person."""
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for match in _PASSPORT_NAME.finditer(doc.text):
        slashed = match.group("name") is not None
        span = match.span("name" if slashed else "name2")
        family = match.group("family" if slashed else "family2")
        given = match.group("given" if slashed else "given2").split()
        words = [w[:1] + w[1:].lower() for w in [family, *given]]
        if places.overlaps(span) or _any_word_in(words, *_NOT_IN_A_NAME, ETHNONYMS):
            continue
        if slashed and not match.group("title") and not given_name(words[1]):
            continue
        found.append((*span, "passport"))
    return found


def _passport_form(text: str, start: int, end: int) -> str | None:
    """"Aygul Tursunova" for "TURSUNOVA/AYGUL" or "KASYMOV Erlan" written as `_passport_names` reads them."""
    match = _PASSPORT_NAME.match(text, start)
    if match is None or end not in (match.end("name") if match.group("name") else -1, match.end("name2")):
        return None
    slashed = match.group("name") is not None
    family, given = match.group("family" if slashed else "family2"), match.group("given" if slashed else "given2")
    return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in [*given.split(), family])


# The same headword within a line, where a record's fields or a spoken list name people so: after a field's
# label anywhere on its line ("Line 2 user: ABDUREHIM, ALIM", "Date: … | Holder: TURSUN, Gulnaz"), the given
# name in capitals too; or before an age anywhere ("Room 4, MORGAN, Helen, 77, hip fracture"). A
# register's name is followed by its fields, and a person's age by nothing else (h-persons47: a ward's
# handover and a call's account fields on the spent v24 set).
_INVERTED_WORD = rf"(?:{_NAME_WORD}|[{_UPPER}][{_UPPER}'’-]+)"
# (A form may go on to its next field on the same line: "Applicant: ABDUREHIM, Alim Date of birth: …", or give
# the given name as an initial after a label: "Witness: TOHTI, A." — an initial with a family name is a name;
# a title of address in brackets after it, "KERIMOVA, Dilnur (Ms)", tells a person's name, h-form61; a gap of
# two spaces or a tab is a column's edge, the next field's ("Member: HOSHUR, Alim      Member no.: …"), h-header65.)
_NEXT_FIELD = rf"[ \t]+[{_UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_()]+){{0,3}}(?:\(s\))?[ \t]*:"
_TITLE_AFTER = re.compile(r"[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|M)\.?\)")
_INVERTED_IN_LINE = re.compile(
    rf"(?:(?:^|(?<=\|))[ \t]*[^\W\d_][^:|\n]{{0,40}}:[ \t]*|(?<=[,:])[ \t]+|^[ \t]*)"
    rf"(?P<name>(?P<family>[{_UPPER}][{_UPPER}'’-]+),[ \t]+(?P<given>{_INVERTED_WORD}(?:[ \t](?![ \t]){_INVERTED_WORD})?"
    rf"|(?P<initial>[{_UPPER}]\.)))"
    rf"(?P<aged>[ \t]*,[ \t]*\d{{1,3}}(?![\d/:-]|\.\d))?(?=[ \t]*(?:[(,;:|]|\.(?:\s|$)|$)|{_NEXT_FIELD}|[ \t]{{2,}}|\t|"
    rf"(?<=\.)(?:\s|$))", re.M)
# A roll of names (a register, a list read out, an index): at least three lines opened by a headword,
# each closed by a full stop or the line's end.
_ROLL_END = re.compile(r"[ \t]*(?:\.(?:[ \t]|$)|$)", re.M)
_MIN_ROLL = 3


def _roll_line(text: str, match: re.Match) -> bool:
    """Whether the headword `match` of `_INVERTED_IN_LINE` opens its line, unlabelled, and a full stop or
    the line's end closes it ("TOHTI, ABLET." or "TOHTI, ABLET. Teacher, Ghulja.")."""
    return not text[match.start():match.start("name")].strip() and _ROLL_END.match(text, match.end("name")) is not None
_INVERTED_FORM = re.compile(rf"(?P<family>[{_UPPER}][{_UPPER}'’-]+),[ \t]+(?P<given>{_INVERTED_WORD}(?:[ \t]+{_INVERTED_WORD})?"
                            rf"|[{_UPPER}]\.)")


def _inverted_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Candidates of `_INVERTED` ("HOSHUR, Memet"), and of `_INVERTED_IN_LINE` after a field's label or
    before an age: no word of it a common, kin, role, organisation or place-kind word, nor a place; after a
    label (with no age) only where the given name is one the name list knows or the language model reads
    as a person's ("ACME, Limited" is a company's), or the family name is one another such headword of the
    text holds ("ABDUREHIM, MERYEM" … "ABDUREHIM, ALIM")."""
    places = SpanSet(span for span, _ in doc.place_spans)
    found = _inverted_in_line(doc, places)
    for match in _INVERTED.finditer(doc.text):
        family, given = match.group("family"), match.group("given").split()
        if len(family) < 2 or family.casefold() in NOT_NAME or family.casefold() in ORGANISATION_WORDS \
                or family.casefold() in PLACE_KIND_WORDS or places.overlaps(match.span("name")) \
                or not all(_is_name_word(word) for word in given):
            continue
        # after a field's label ("Full name:", "Company name:") only a given name of the list or one the
        # language model reads as a person's: "ACME, Limited" is a company's
        labelled = ":" in doc.text[match.start():match.start("name")]
        known = given_name(given[0])
        if labelled and not (known and not known[0].word) \
                and _model_verdict(doc, *match.span("name")) != "person":
            continue
        found.append((*match.span("name"), "inverted"))
    return found


def _inverted_in_line(doc: Doc, places: SpanSet) -> list[tuple[int, int, str]]:
    """The headwords of `_INVERTED_IN_LINE` (see `_inverted_names`)."""
    text = doc.text
    sure, unsure, rolled = [], [], []
    for match in _INVERTED_IN_LINE.finditer(text):
        labelled = ":" in text[match.start():match.start("name")]
        # a line opened by the headword and a full stop ("TOHTI, ABLET. Teacher, Ghulja." in a roll of names)
        alone = _roll_line(text, match)
        if not (labelled or match.group("aged") or alone):
            continue
        titled = bool(_TITLE_AFTER.match(text, match.end("name")))
        if match.group("initial"):
            # "TOHTI, A.": only after a field's label, the family name no common word
            family = match.group("family")
            if labelled and len(family) >= 3 and _is_name_word(family[:1] + family[1:].lower()) \
                    and not places.overlaps(match.span("name")) \
                    and not _any_word_in([family], KIN, ROLE_NOUNS, ETHNONYMS, *_NOT_IN_A_NAME):
                sure.append(match)
            continue
        family, given = match.group("family"), match.group("given").split()
        words = [w[:1] + w[1:].lower() for w in [family, *given]]
        if len(family) < 2 or places.overlaps(match.span("name")) or not all(_is_name_word(w) for w in words) \
                or _any_word_in(words, KIN, ROLE_NOUNS, ETHNONYMS, *_NOT_IN_A_NAME):
            continue
        if match.group("aged"):
            sure.append(match)
            continue
        known = given_name(given[0])
        (sure if titled or known and not known[0].word or _model_verdict(doc, *match.span("name")) == "person"
         else rolled if alone else unsure).append(match)
        # (a lone headword in capitals whose given name nothing confirms: "STATUS, PENDING")
    families = {m.group("family") for m in sure}
    # a roll: lines of headwords alone, at least three of them, one confirmed, the others with it
    alone_sure = [m for m in sure if _roll_line(text, m)]
    roll = rolled if alone_sure and len(alone_sure) + len(rolled) >= _MIN_ROLL else []
    return [(*m.span("name"), "inverted") for m in sure + roll + [m for m in unsure if m.group("family") in families]]


# A form that asks the family name and the given names in fields of their own, on one line or on lines
# that follow each other ("Surname: TOHTI" / "Given name(s): Alim", « NOM : ABDULLA  Prénom : Aziz »,
# «Фамилия: Касымова» / «Имя: Гульнар» / «Отчество: …»), or in one field whose label puts the family name
# first («Фамилия, имя: Касымова Гульнар», "Surname, given names: Tohti Alim"): one person, named given
# names first (h-form61, issue 11).
_FAMILY_LABEL = r"(?:surname|family[ \t]+name|last[ \t]+name|nom(?:[ \t]+de[ \t]+famille)?|фамилия|тегі)"
_GIVEN_LABEL = r"(?:given[ \t]+names?(?:\(s\))?|first[ \t]+names?(?:\(s\))?|forenames?(?:\(s\))?|prénoms?(?:\(s\))?" \
               r"|имя|аты)"
_PATRONYMIC_LABEL = r"(?:patronymic|отчество|әкесінің[ \t]+аты)"
_FIELD_VALUE = rf"(?P<value>{_INVERTED_WORD}(?:[ \t]+{_INVERTED_WORD}){{0,2}})(?=[ \t]*$|[ \t]{{2,}}|\t|[ \t]*[,;/|])"
_NAME_PART_FIELD = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=[\t/|]))[ \t]*(?P<label>(?i:{_FAMILY_LABEL}|{_GIVEN_LABEL}|{_PATRONYMIC_LABEL}))"
    rf"[ \t]*:[ \t]*{_FIELD_VALUE}", re.M)
_FAMILY_FIRST_FIELD = re.compile(
    rf"^[ \t]*(?i:{_FAMILY_LABEL}),[ \t]*(?i:{_GIVEN_LABEL})(?:,[ \t]*(?i:{_PATRONYMIC_LABEL}))?[ \t]*:[ \t]*"
    rf"(?P<family>{_INVERTED_WORD})[ \t]+(?P<given>{_INVERTED_WORD}(?:[ \t]+{_INVERTED_WORD})?)(?=[ \t]*$|[ \t]*[,;(])",
    re.M)


def _title_cased(word: str) -> str:
    return word[:1] + word[1:].lower() if word.isupper() else word


def _split_name_fields(doc: Doc) -> list[tuple[str, list[tuple[int, int]]]]:
    """The persons of `_NAME_PART_FIELD` and `_FAMILY_FIRST_FIELD`: (the name given names first, its spans).
    A family field pairs with the given-name field of its own line or of the next two lines (either
    before the other); a patronymic field goes after the given name. No word of a value a common, kin,
    role, organisation or place-kind word."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)

    def plain(span) -> bool:
        words = [_title_cased(w) for w in text[span[0]:span[1]].split()]
        return not places.overlaps(span) and all(_is_name_word(w) for w in words) \
            and not _any_word_in(words, KIN, ROLE_NOUNS, ETHNONYMS, *_NOT_IN_A_NAME)

    found = []
    for match in _FAMILY_FIRST_FIELD.finditer(text):
        if plain(match.span("family")) and plain(match.span("given")):
            given = [_title_cased(w) for w in match.group("given").split()]
            found.append((" ".join([*given, _title_cased(match.group("family"))]),
                          [match.span("family"), match.span("given")]))
    fields = []  # (kind, line number, span)
    for match in _NAME_PART_FIELD.finditer(text):
        label = match.group("label").casefold()
        kind = "family" if re.fullmatch(_FAMILY_LABEL, label) else "given" if re.fullmatch(_GIVEN_LABEL, label) \
            else "patronymic"
        if plain(match.span("value")):
            fields.append((kind, text.count("\n", 0, match.start("value")), match.span("value")))
    used = set()
    for kind, line, span in fields:
        if kind != "family" or span in used:
            continue
        near = [f for f in fields if f[2] not in used and abs(f[1] - line) <= 2]
        given = min((f for f in near if f[0] == "given"), key=lambda f: abs(f[1] - line), default=None)
        if given is None:
            continue
        spans = [span, given[2]]
        patronymic = min((f for f in near if f[0] == "patronymic"), key=lambda f: abs(f[1] - line), default=None)
        if patronymic is not None:
            spans.append(patronymic[2])
        used.update(spans)
        words = [_title_cased(w) for s, e in spans[1:] for w in text[s:e].split()]
        found.append((" ".join([*words, *[_title_cased(w) for w in text[span[0]:span[1]].split()]]), spans))
    return found


def _join_split_names(doc: Doc, by_form: dict[str, PersonRecord]) -> None:
    """Make one person of each name `_split_name_fields` reads: the person already of that name, or of a
    mention inside its fields (a given name the rules took alone), else a new one; its fields are its mentions."""
    for form, spans in _split_name_fields(doc):
        holders = []
        for span, person_id in list(doc.person_spans):
            if any(_overlaps(span, [field]) for field in spans) and person_id not in holders:
                holders.append(person_id)
        person = by_form.get(form) or _same_name(doc, form) \
            or (doc.person(holders[0]) if holders else None) or doc.new_person()
        for other in holders:
            if other != person.id:
                _merge(doc, person, doc.person(other))
        # the fields' words are the person's mentions, in place of what the rules took inside them
        doc.person_spans = [(span, pid) for span, pid in doc.person_spans
                            if not (pid == person.id and any(_overlaps(span, [f]) for f in spans))]
        person.mentions = [m for m in person.mentions if not any(_overlaps(m, [f]) for f in spans)]
        for span in spans:
            person.add_mention(span)
            doc.add_person_span(span, person.id)
        if form not in person.names:
            person.names.insert(0, form)
        by_form[form] = person


def _name_form(doc: Doc, start: int, end: int) -> str:
    """The name as written, or its nominative where the model gives one («Ерлана Жаксылыка» → «Ерлан Жаксылык»);
    a name in capitals or in lower case in title case ("ABLET TURSUN", "ablet tursun" → "Ablet Tursun");
    an inverted headword in the given-name-first order ("HOSHUR, Memet" → "Memet Hoshur")."""
    inverted = _INVERTED_FORM.fullmatch(doc.text, start, end)
    if inverted:
        family, given = inverted.group("family"), inverted.group("given").split()
        return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in given) + " " + family[:1] + family[1:].lower()
    if (passport := _passport_form(doc.text, start, end)) is not None:
        return passport
    form = " ".join(doc.text[start:end].split())
    if form.isupper() or form.islower():
        form = " ".join(word[:1].upper() + word[1:].lower() for word in form.split())
        words = form.split()
        if len(words) >= 3 and words[-2].casefold() in _PATRONYMIC_WORDS:
            # "ЖАНЫБЕК УУЛУ ЭРМЕКА" → "Жаныбек уулу Эрмек": the patronymic word in lower case, the given name
            # after it in the nominative (in Russian, where it is declined)
            last = (ru_given_name_lemma(words[-1]) if doc.language == "ru" else None) or words[-1]
            return " ".join([*words[:-2], words[-2].lower(), last])
        return (_ru_patronymic_nominative(form) if doc.language == "ru" else None) or form
    if _GIVEN_AND_CAPITALS.fullmatch(form):  # "Rahima MAHMUT" → "Rahima Mahmut"
        words = form.split()
        if words[0].isupper():  # "MAHMUT Rahima" (the family name first, the French way) → "Rahima Mahmut"
            words = [w for w in words if not w.isupper()] + [w for w in words if w.isupper()]
        return " ".join(word[:1] + word[1:].lower() if word.isupper() else word for word in words)
    if doc.language == "ru" and (hyphened := _HYPHEN_HONORIFIC.match(doc.text, start)) and hyphened.end("name") == end:
        lemma = ru_given_name_lemma(form)  # «Касыма-ака» → «Касым»
        if lemma:
            return lemma
    if doc.analysis is not None and doc.language == "ru":
        for entity in doc.analysis.entities_in(start, end):
            if entity.label == "PERSON" and (entity.start, entity.end) == (start, end) and entity.normal \
                    and entity.normal != form and not _masculinised(doc.text, start, form, " ".join(entity.normal.split())):
                return " ".join(entity.normal.split())
        if (feminine := _ru_feminine_accusative(doc, start, end, form)) is not None:
            return feminine
        # a woman's declined name the model did not take whole («протокол опроса Жумабаевой Асель
        # Маратовны»): the reading of declined names that `guwah.names` compares by, where a surname or a
        # patronymic shows a woman's oblique case (a surname in -ова is also a man's genitive: left as it is)
        words = form.split()
        nominative = nominative_name(tuple(fold(w) for w in words)) \
            if len(words) > 1 and any(_RU_FEMININE_OBLIQUE.search(w) for w in words) else None
        if nominative is not None and len(nominative) == len(words):
            return " ".join(w[:1] + n[1:] for w, n in zip(words, nominative, strict=True))
        if (beside_patronymic := _ru_patronymic_nominative(form)) is not None:
            return beside_patronymic
    return form


def _ru_patronymic_nominative(form: str) -> str | None:
    """A name with a Turkic patronymic that the model did not take whole, in the nominative
    («жена Ерлана Нурболулы» → «Ерлан Нурболулы», «ГУЛЬНАРУ ЕРЛАНКЫЗЫ» → «Гульнару…» → «Гульнара
    Ерланкызы»): the reading `guwah.names` compares by (`declined_beside_patronymic`), kept where
    natasha's morphology reads each changed word as a given name in an oblique case, and a woman's
    as the form of that nominative («Сауле Ерланкызы», «Муса Нурболулы» stay as they are); else None."""
    words = form.split()
    nominative = declined_beside_patronymic(tuple(fold(w) for w in words))
    if nominative is None:
        return None
    feminine = any(patronymic_sex(n) == "f" for n in nominative)
    for word, base in zip(words, nominative, strict=True):
        if fold(word) == base:
            continue
        if not ru_cases(word, name=True):
            return None
        if feminine and (ru_given_name_lemma(word) or "").casefold() != base:
            return None
    return " ".join(w[:1] + n[1:] for w, n in zip(words, nominative, strict=True))


_RU_FEMININE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")
_RU_FEMININE_OBLIQUE = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)(?:ой|ою)|(?:вн|чн)(?:ы|ой|ою|е))$")
_RU_FEMININE_PATRONYMIC = re.compile(r"(?:вна|чна|кызы|қызы)$", re.I)
_RU_FEMININE_LABEL = re.compile(r"[ \t]*[А-ЯЁ][а-яё]+л(?:а|ась)[ \t]*:")


def _masculinised(text: str, start: int, form: str, normal: str) -> bool:
    """Whether the model's nominative misreads a woman's name in the nominative: a patronymic in -вна
    changed, or a woman's surname turned into a man's
    («Ахметова Гульмира Сериковна» → «Ахметов …», «Г. Жунусова» → «Г. Жунусов»): a surname in
    -ова/-ева/-ина is a woman's in the nominative or a man's in the genitive or accusative, and
    the model (which reads a surname after initials as a genitive) takes the man's. The man's is
    kept only when the rest of the name was declined with it («Ерлана Сейтова» → «Ерлан Сейтов»),
    or, after initials alone, unless the line shows a woman's signature."""
    words, normals = form.split(), normal.split()
    if len(words) != len(normals):
        return False
    if any(re.search(r"(?:вна|чна)$", w) and w != n for w, n in zip(words, normals, strict=True)):
        return True  # a woman's patronymic in the nominative: the name is in it («Ерлановна», never «Ерлановен»)
    surnames = [i for i, (w, n) in enumerate(zip(words, normals, strict=True))
                if _RU_FEMININE_SURNAME.search(w) and n == w[:-1]]
    if not surnames:
        return False
    others = [(w, n) for i, (w, n) in enumerate(zip(words, normals, strict=True)) if i not in surnames]
    if any(w != n for w, n in others):
        return False  # the given name was declined too: a man's name in an oblique case
    full = [w for w, _n in others if len(w.rstrip(".")) > 1]
    if any(_RU_FEMININE_PATRONYMIC.search(w) for w in full):
        return True
    if full:  # a given name left as it is ends in a consonant or -а/-я only in the nominative
        return all(w[-1].casefold() not in "иеоуюэы" for w in full)
    # initials alone: a woman's where the name opens its line (a signature) or the line opens with a
    # woman's verb as its label («Составила: … Г. Жунусова»); else a man's in the genitive («жалобе Турсунова А.»)
    line = text[text.rfind("\n", 0, start) + 1:start]
    return not line.strip() or bool(_RU_FEMININE_LABEL.match(line))


_RU_FEMININE_ACCUSATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")
_RU_FEMININE_PATRONYMIC_ACCUSATIVE = re.compile(r"(?:овн|евн|ичн)у$")


def _ru_feminine_accusative(doc: Doc, start: int, end: int, form: str) -> str | None:
    """A woman's name in the accusative that the model leaves as it is, in the nominative
    («Гульнару Саидову» → «Гульнара Саидова», «сестру Айгуль Касымову» → «Айгуль Касымова»,
    «Асель Маратовну Жумабаеву»), or None. The surname in -ову is a woman's accusative or a man's
    dative; it is a woman's when every other word is one too: a given name in -у/-ю whose lemma
    ends in -а/-я, a patronymic in -овну, or a given name in a consonant or -ь, which a man's name
    in the dative never is («Тимуру Сабитову» stays as it is)."""
    words = form.split()
    if len(words) < 2 or not any(_RU_FEMININE_ACCUSATIVE.search(w) for w in words):
        return None
    lemmas = {t.text: t.lemma.casefold() for t in doc.analysis.tokens_in(start, end)}
    out = []
    for word in words:
        if _RU_FEMININE_ACCUSATIVE.search(word) or _RU_FEMININE_PATRONYMIC_ACCUSATIVE.search(word):
            out.append(word[:-1] + "а")
        elif word.endswith(("у", "ю")) and lemmas.get(word) == word[:-1].casefold() + ("а" if word.endswith("у") else "я"):
            out.append(word[:-1] + ("а" if word.endswith("у") else "я"))
        elif word[-1].casefold() in "бвгджзйклмнпрстфхцчшщь" and len(word) > 2:
            out.append(word)
        else:
            return None
    return " ".join(out)


def _possessives_of_named(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The possessives ("Rozi Tursun's house") of a full name the document names elsewhere as a candidate, where
    no candidate covers them: a name's possessive is the name's mention, whatever word follows it ("house",
    "school": `_organisation_follows`) and whatever the model calls it (an ORG, `_model_verdict`), h-zh58."""
    text = doc.text
    taken = SpanSet((s, e) for s, e, _how in candidates)
    forms = {" ".join(text[s:e].split()) for s, e, _how in candidates if len(text[s:e].split()) > 1}
    found = []
    for form in sorted(forms):
        pattern = r"(?<![\w'’-])" + r"\s+".join(map(re.escape, form.split())) + r"(?=['’]s(?!\w))"
        for match in re.finditer(pattern, text):
            if not taken.overlaps(match.span()):
                found.append((*match.span(), "possessive"))
                taken.add(match.span())
    return found


# The cue of a trading name after its owner's ("trading as", "t/a", "d/b/a", « exerçant sous l'enseigne »).
_TRADING_AS = re.compile(r"(?<![\w-])(?:(?i:trading|doing[ \t]+business)[ \t]+as|t/a|d/b/a|(?i:exerçant[ \t]+sous)[ \t]+"
                         r"(?:le[ \t]+nom(?:[ \t]+commercial)?|l['’]enseigne))[ \t]+[«\"“']?")


def find_persons(doc: Doc) -> None:
    """Fill doc.persons, doc.person_spans and doc.speakers."""
    text = doc.text
    candidates: list[tuple[int, int, str]] = []  # (start, end, how)

    for match in _FULL.finditer(text):
        for s, e in _clean_full(doc, *match.span()):
            if " " in text[s:e].strip() or "\t" in text[s:e]:
                candidates.append((s, e, "full"))
    # The model's own names, where capitalised and of two words or more: its single words are too
    # often something else ("Tuschinski", a cinema; "Ed."), but see `_lone_given_names`; lower case
    # is rarely a name here.
    singles: list[tuple[int, int, str]] = []  # the model's one-word names: candidates of the person model only
    for entity in doc.analysis.entities if doc.analysis else ():
        if entity.label == "PERSON":
            for s, e in _clean_full(doc, entity.start, entity.end):
                if _FULL_NAME.fullmatch(text, s, e):
                    candidates.append((s, e, "model"))
                elif re.fullmatch(_NAME_WORD, text[s:e]) and _is_name_word(text[s:e]):
                    singles.append((s, e, "single"))
    dropped_things: list[tuple[int, int]] = []
    for pattern, how, group in ((_CUED, "cued", 1), (_SELF_NAMED, "self", 1), (_SELF_APPOSED, "self", 1),
                                (_SELF_PLURAL, "self", "first"), (_SELF_PLURAL, "self", "second"),
                                (_TITLED, "titled", 1), (_APPOSED_TITLE, "titled", 1)):
        for match in pattern.finditer(text):
            s, e = match.span(group)
            words = [w for w in text[s:e].split() if _is_name_word(w)]
            # ("a certain" is its own article: the noun before it is another phrase's, « du canton, un certain X »)
            if how == "cued" and not _A_CERTAIN.match(text, match.start()) and _names_a_thing(text, match.start()):
                dropped_things.append((s, e))
                continue
            if words and not _overlaps((s, e), SpanSet(span for span, _ in doc.place_spans)):
                candidates.append((s, e, how))
    # "Aynur T.", «А. М. Нуртаева», «Дело А. Бекова»: a name with initials.
    for match in _INITIALS.finditer(text):
        s, e = match.span()
        if doc.language == "fr" and _MONSIEUR.match(text, s):
            # « M. Tursun Ablimit »: the title, then the name (one word alone: « M. Ablimit »)
            s = _MONSIEUR.match(text, s).end()
            if not _FULL_NAME.match(text, s):
                candidates.append((s, e, "titled"))
            continue
        if not _overlaps((s, e), SpanSet(span for span, _ in doc.place_spans)) and \
                all(_is_name_word(w) for w in re.findall(rf"{_NAME_WORD}", text[s:e])):
            candidates.append((s, e, "initials"))
    for match in _KIN_NAMED.finditer(text):
        group = next(g for g in range(1, _KIN_NAMED.groups + 1) if match.group(g))
        s, e = match.span(group)
        if text[s:e].casefold() not in NOT_NAME and not _overlaps((s, e), SpanSet(span for span, _ in doc.place_spans)) \
                and not _ARTICLE_OPENING.match(text, s):
            candidates.append((s, e, "kin"))
    # "an organisation called X": X is the thing's name, whoever else reads it as a person's; so is the name a
    # sole trader trades under ("A. Niyaz trading as Silk Road Foods")
    dropped_things += [(m.end(), m.end() + 1) for m in _TRADING_AS.finditer(text)]
    candidates = [c for c in candidates if not _overlaps(c[:2], dropped_things)]
    # "Statement of Agreed Facts": what a statement is of when it is no one's
    candidates = [c for c in candidates if not _a_statements_subject(text, c[0], c[1])]
    candidates += _lower_case_kin_names(doc)
    candidates += _lone_given_names(doc, singles, candidates)
    candidates += _joined_given_names(doc, candidates)
    candidates += _cued_given_names(doc, candidates)
    candidates += _children_named(doc)
    # "Erkin Tursun's father": the possessive ending is not part of the name.
    candidates = [(s, e - 2 if re.search(r"\w['’]s$", text[s:e]) else e, how) for s, e, how in candidates]
    candidates += _possessives_of_named(doc, candidates)
    candidates += _signers(doc)
    candidates += _russian_given_names(doc, singles)
    candidates += _capital_family_names(doc)
    candidates += _staff_given_names(doc)
    raw = candidates
    not_headlines = _not_headlines(doc, raw)
    not_places = _not_places(doc, not_headlines)
    candidates = not_places + _upper_case_headings(doc) + _inverted_names(doc) + _subjects_in_capitals(doc) \
        + _turn_labels(doc) + _hearing_names(doc) + _chat_labels(doc) + _message_names(doc) + _addressees(doc) + _passport_names(doc)
    candidates = _confirmed(doc, candidates)
    candidates += _upper_case_names(doc, candidates)
    candidates += _aged_capitals_in_a_field(doc)
    _record_dropped(doc, raw, not_headlines, not_places, candidates, singles)

    candidates = [c for c in candidates if not _a_firms_name(text, c[0], c[1])]
    # Longest spans first; drop spans inside others.
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    spans: list[tuple[int, int]] = []
    chosen = SpanSet()
    for s, e, _how in candidates:
        if not chosen.overlaps((s, e)):
            spans.append((s, e))
            chosen.add((s, e))

    # Link name forms into persons; forms with initials last, to the full name they abbreviate.
    by_form: dict[str, PersonRecord] = {}
    initials = [span for span in spans if _INITIALS.fullmatch(text, *span) and re.match(r"\w\.", text[span[0]:span[1]])]
    for s, e in [span for span in spans if span not in initials] + initials:
        form = _name_form(doc, s, e)
        # one word after a title of address is one person per title's gender: "Mrs Yasin" and "Mr Yasin" are two
        titled = _title_gender(text, s) if len(form.split()) == 1 else None
        key = f"{form}\x00{titled}" if titled else form
        person = by_form.get(key) or (_abbreviated(doc, form) if (s, e) in initials else _same_name(doc, form))
        if person is None and doc.language == "ru" and _SURNAME_INITIALS.fullmatch(form):
            # «из объяснения Мамутова А.» after «Мамутов Абдувели»: the official way, the surname before
            person = _abbreviated(doc, form)
        if person is None:
            person = doc.new_person()
        if form not in person.names:
            person.names.append(form)
        by_form[key] = person
        doc.add_person_mention(person, (s, e))
    _join_split_names(doc, by_form)

    # Parts of full names ("Sidik" for "Kalbinur Sidik"), when only one person has that part.
    owners: dict[str, set[str]] = {}
    for person in doc.persons:
        for name in person.names:
            parts = name.split()
            if len(parts) > 1:
                for part in parts:
                    owners.setdefault(part, set()).add(person.id)
    taken = SpanSet([span for span, _ in doc.person_spans] + [span for span, _ in doc.place_spans])
    for part, ids in owners.items():
        if len(ids) != 1 or part.casefold() in NOT_NAME or len(part) < 3:
            continue
        owner = doc.person(next(iter(ids)))
        # In Russian also the given name in another case («Аскара», «Аскару» of «Аскар»).
        ending = r"(?:а|у|ом|е|ым|ой|ою|ы|я|ю|ем|ей|и)?" if doc.language == "ru" and len(part) >= 4 else ""
        form = re.escape(part) + ending
        if ending and part.endswith(("а", "я")) and part[:-1] not in owners:
            # a word in -а/-я declines its last letter away («Гульнара» -> «Гульнару», «Гульнары», «Гульнарой»),
            # unless that stem is someone else's name (a man's «Омаров» beside a woman's «Омарова»)
            form = rf"(?:{form}|{re.escape(part[:-1])}(?:у|ы|е|ой|ою|ю|и|ей|ёй))"
        if part[1:].islower() and any(part.upper() in text[s:e].split() and not text[s:e].isupper()
                                      for s, e in owner.mentions):
            # a family name the document sets apart in capitals beside a given name that is not ("ABLIZ Ilyar"
            # … "M. ABLIZ est parti"): so alone too; a heading wholly in capitals sets nothing apart (h-header65)
            form = rf"(?:{form}|{re.escape(part.upper())})"
        owner_gender = gender(doc, owner.id)
        for match in re.finditer(rf"(?<![\w-]){form}(?![\w-])", text):
            if match.group() != part and match.group() in owners:
                continue  # another person's own name («Нуртаева» beside «Нуртаев»)
            if _title_gender(text, match.start()) not in (None, owner_gender) and owner_gender:
                continue  # "Mr Yasin" beside "Aygul Yasin": her husband, not her (the next step makes him a person)
            if _named_as_father(text, match.start(), part, owner):
                continue  # "my father, Sabit" beside "Gulnar Sabit": her parent, not her (`_named_as_father`)
            if _a_firms_name(text, *match.span()):
                continue  # «ИП Тохтиев», a sole trader's firm named after him: no mention of the man
            if not _overlaps(match.span(), taken):
                person = _ru_oblique_owner(doc, match.span(), part, owner) or owner
                doc.add_person_mention(person, match.span())
                if part not in person.names:
                    person.names.append(part)

    # A one-word name a cue gave ("my younger brother Almas", "a man named Tahir"): its other
    # occurrences are that person's too, where no other person holds the word.
    cued = {text[s:e] for s, e, how in candidates if how in ("kin", "cued", "self", "staff") and len(text[s:e]) >= 3
            and re.fullmatch(_NAME_WORD, text[s:e]) and text[s:e].casefold() not in NOT_NAME}
    taken = SpanSet([span for span, _ in doc.person_spans] + [span for span, _ in doc.place_spans])
    for word in sorted(cued):
        holders = {p.id for p in doc.persons if word in p.names} | owners.get(word, set())
        if len(holders) != 1:
            continue
        owner = doc.person(next(iter(holders)))
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if not _overlaps(match.span(), taken):
                doc.add_person_mention(owner, match.span())
                taken.add(match.span())

    # A person known only by one word ("Chairman Xi") joins the one full name holding it, not across a title's
    # gender ("Mr Yasin" is not "Aygul Yasin", nor "Mme Dolkun" her brother "Rahim Dolkun").
    for person in list(doc.persons):
        if all(len(name.split()) == 1 for name in person.names):
            holders = owners.get(person.names[0], set()) - {person.id}
            holder = doc.person(next(iter(holders))) if len(holders) == 1 else None
            if holder and _same_gender(doc, person, holder) \
                    and not any(_named_as_father(text, start, person.names[0], holder) for start, _end in person.mentions):
                _merge(doc, holder, person)
    doc.person_spans.sort()
    _name_fields(doc)
    _not_of_the_text(doc)
    _genders_from_context(doc)
    _addressed_by_surname(doc)
    _speakers(doc)
    _kinship(doc)
    _named_after_kin(doc)
    _focal_kin(doc)
    _shared_name_words(doc)
    _turns(doc, next((p.id for p in doc.persons if p.narrator), None))  # "Mom: …" once relations are known
    _attributes(doc)
    _role_nouns(doc)
    _answers(doc)  # once the role nouns tell the text's subject ("the claimant")
    _the_witness(doc)
    for person in doc.persons:
        person.mentions.sort()
    doc.person_spans.sort()


_KIN_LOWER = re.compile(
    rf"\b(?i:my|his|her|our|mon|ma|son|sa|notre|мой|моя|моего|мою|его|её|ее)\s+(?i:{KIN_PATTERN})\b,?\s+"
    rf"(?P<name>[a-zà-öø-ÿā-žа-яёәғқңөұүһі]+(?:[ \t]+[a-zà-öø-ÿā-žа-яёәғқңөұүһі]+){{1,2}})")


# A father's kin word right before a name in apposition ("my father, X", « son père, X », «отец X»).
_FATHER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(w for w, (relation, _gender) in KIN.items() if relation == 'father')}),?[ \t]+$")


def _named_as_father(text: str, start: int, part: str, holder: PersonRecord) -> bool:
    """Whether the name word `part` at `start` names a father ("my father, Sabit", « son père, Sabit ») and is only
    the last word of the full names of `holder` ("Gulnar Sabit"): in Uyghur naming a son or daughter takes up
    the given name of their father as surname, so that word, told of a father, names the holder's parent and
    not the holder (issue 11, h-victim60)."""
    if not _FATHER_BEFORE.search(text, max(0, start - 30), start):
        return False
    full = [name.split() for name in holder.names if len(name.split()) > 1]
    return bool(full) and all(words[-1] == part and words[0] != part for words in full)


def _lower_case_kin_names(doc: Doc) -> list[tuple[int, int, str]]:
    """A name written in lower case after a kin phrase, as a hurried post writes it ("my dad
    abdurehim tursun was taken"): the longest run of two or three words after it that are all common
    given names (`guwah.names.given`, none of them also a common word)."""
    found = []
    for match in _KIN_LOWER.finditer(doc.text):
        words = list(re.finditer(r"\S+", match.group("name")))
        count = 0
        for word in words:
            entry = given_name(word.group())
            if entry is None or entry[0].word:
                break
            count += 1
        if count >= 2:
            start = match.start("name")
            found.append((start, start + words[count - 1].end(), "kin"))
    return found


def _lone_given_names(doc: Doc, singles, candidates) -> list[tuple[int, int, str]]:
    """The model's one-word names that are a common Uyghur or Kazakh given name
    (`guwah.names.given`: "Abdukerim", «Рустему») and no word of another name of the text: a person
    called by the given name alone. Not a given name that is part of a full name in the text, even
    in another spelling ("Mamatjan" beside "Memetjan Tursun", "Osman" beside "Zeynep Osman": the
    linking steps decide those), nor a family name made of one («Сапарова»)."""
    text = doc.text
    entries = {found[0] for s, e, _how in candidates for word in text[s:e].split()
               if (found := given_name(word.strip(".,’'")))}
    lone = []
    for s, e, _how in singles:
        found = given_name(text[s:e])
        if found and found[0] not in entries and not _FAMILY_FORM.search(text[s:e]):
            lone.append((s, e, "given"))
    return lone


# A person called by one word, a given name said once, in running talk (issue 11, h-persons45: on spoken records,
# interviews and voice messages, names said once by a given name alone were lost where the language model
# saw no person): the word with a cue that says it is someone's name —
# - a people noun owned before it: "my neighbour Patigul", « ma voisine Aynur », «моя подруга Айгуль»;
# - a people noun in apposition after it: "Patime, her neighbour, …", "Aygul, a friend of ours";
# - a verb of saying after it: "Dilnur said", « Aynur m'a dit », «Арман сказал»;
# - a spoken greeting before it: "Hi Rahima,", « Salut Aynur », «Привет, Айгуль».
_OWNER = r"(?i:my|his|her|our|their|your|mon|ma|son|sa|notre|leur|ton|ta|мой|моя|мою|моей|моему|моего|его|её|ее|наш|наша|нашу|нашей)"
# Words that say "you" in the clause after an addressed name.
_ADDRESSED_YOU = "you|your|tu|toi|vous|ton|ta|tes|votre|ты|тебя|тебе|тобой|вы|вас|вам|твой|твоя|ваш|сен|сіз|сенің|сіздің"
# Kin words of address written after a given name (Uyghur, Kazakh, Kyrgyz, Uzbek, in Latin and Cyrillic; lower case:
# a word in capitals after a name is more often the family name).
_KIN_AFTER_NAME = ("aka|akam|hede|hedem|acha|apa|apay|apam|uka|ukam|ata|ana|aga|agha|apke|"
                   "ака|апа|апай|апке|аға|ага|ата|әже|тәте|жеңге|эже|байке|хеде|ача|ука")
_GIVEN_CUES = re.compile(
    rf"{_OWNER}[ \t]+(?:(?i:old|best|close|former|ancien|ancienne|vieil|vieille|старый|старая|старую)[ \t]+)?"
    rf"(?i:{_PEOPLE_NOUN_WORDS}),?[ \t]+(?P<owned>{_NAME_WORD})(?![\w'’-])"
    rf"|(?<![\w'’-])(?P<apposed>{_NAME_WORD}),[ \t]+(?:{_OWNER}|(?i:a|an|the|un|une|le|la))[ \t]+"
    rf"(?:(?i:old|best|close|former)[ \t]+)?(?i:{_PEOPLE_NOUN_WORDS})(?![\w-])"
    rf"|(?<![\w'’-])(?P<speaker>{_NAME_WORD})[ \t]+(?:{saying_forms('speaker', 'turn', 'talk')})(?![\w-])"
    rf"|(?<![\w-])(?i:hi|hello|hey|salam|salaam|assalamu alaykum|bonjour|salut|привет|здравствуй(?:те)?|салам),?[ \t]+"
    rf"(?P<greeted>{_NAME_WORD})(?=[ \t]*[,!.?\n])"
    # a name that opens a line, a sentence or a chat's dash-turn, set off by a comma before a clause that says
    # "you": the one addressed ("Dilnur, did you hear …", «Айгерим, ты слышала …», after a chat's label "Aygul: Dilnur,
    # did you …"; issue 11, h-persons72)
    rf"|(?:^|(?<=[.!?…:][ \t])|(?<=^[-—–][ \t]))(?P<called>{_NAME_WORD}),[ \t]+"
    rf"(?=[^.!?\n]{{0,40}}(?<![\w'’-])(?i:{_ADDRESSED_YOU})(?![\w'’-]))"
    # a given name with the Turkic kin word of address after it ("Patime hede", "Erkin aka", «Айгүл апай»)
    rf"|(?<![\w'’-])(?P<honoured>{_NAME_WORD})[ \t]+(?:{_KIN_AFTER_NAME})(?![\w'’-])", re.M)


def _cued_given_names(doc: Doc, candidates) -> list[tuple[int, int, str]]:
    """One-word names with a cue of `_GIVEN_CUES` ("cued"): not a common, kin, role, organisation or
    place-kind word, no place, and no word of a longer name (a name word right before or after it), nor a
    word of a full name among `candidates` ("Nurahmet says" beside "Nurahmet Sawut" and "Arslan Nurahmet":
    the linking steps decide those).
    A word before a verb of saying or after a greeting only when it is a common given name
    (`guwah.names.given`, not also a word) or the language model names a person there ("Police said",
    "Hi Mum" are no one)."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    persons = SpanSet(sorted((e.start, e.end) for e in doc.analysis.entities if e.label == "PERSON")) \
        if doc.analysis else SpanSet()
    in_full_names = {w for s, e, _how in candidates for w in text[s:e].split() if len(text[s:e].split()) > 1}
    found = []
    for match in _GIVEN_CUES.finditer(text):
        group = next(g for g in ("owned", "apposed", "speaker", "greeted", "called", "honoured") if match.group(g))
        s, e = match.span(group)
        word = text[s:e]
        if word in in_full_names or places.overlaps((s, e)) \
                or _any_word_in([word], *_NOT_IN_A_NAME, KIN, ROLE_NOUNS, _ASKING, PEOPLE_NOUNS) \
                or not _is_name_word(word) or len(word) < 3 \
                or (before := re.search(rf"({_NAME_WORD})[ \t]+$", text[max(0, s - 40):s])) \
                and not (group == "honoured" and not given_name(before.group(1))) \
                or re.match(rf"[ \t]+{_NAME_WORD}", text[e:e + 40]) and group != "owned":
            continue
        if group in ("speaker", "greeted", "called"):
            known = given_name(word)
            if not (known and not known[0].word) and not persons.overlaps((s, e)):
                continue
        found.append((s, e, "cued"))
    return found


_JOINED = re.compile(rf"(?<![\w-])({_NAME_WORD})[ \t]+(?:and|et|и)[ \t]+(?=[{_UPPER}])")


def _joined_given_names(doc: Doc, candidates) -> list[tuple[int, int, str]]:
    """A common given name joined by "and" to a full name ("Nurgul et Yusup Qadir", two children
    who share the family name): a person by the given name alone, cued as a kin phrase is."""
    text = doc.text
    starts = {s for s, _e, _how in candidates if " " in text[s:_e].strip()}
    found = []
    for match in _JOINED.finditer(text):
        s, e = match.span(1)
        given = given_name(text[s:e])
        if given is not None and not given[0].word and match.end() in starts and text[s:e].casefold() not in NOT_NAME:
            found.append((s, e, "cued"))
    return found


# "her two sons, Ablet and Memet", « ses deux enfants, Batur et Nurgul », «детям, Асель и
# Арману»: a plural kin noun, then two given names in apposition — each a relative named by one word.
# A form's household line gives each child's age in brackets or after a comma: « ses deux filles, Nurgul (9 ans) et
# Mihray (4 ans) », "2 children (Dilnur, 9; Ilham, 6)"; "our boys, X and Y" (h-form61).
_CHILD_AGE = r"(?:[ \t]*\(\d{1,2}(?:[ \t]+(?:ans?|years?|yrs?|лет|года?|г\.))?\))?"
_CHILDREN_NAMED = re.compile(
    rf"(?<![\w-])(?i:children|sons|daughters|kids|boys|girls|brothers|sisters|grandchildren|enfants|fils|filles|"
    rf"garçons|frères|sœurs|petits-enfants|дет(?:и|ей|ям|ьми)|сыновь(?:я|ям|ями)|сыновей|дочер(?:и|ей|ям)|братья(?:м)?|"
    rf"сёстры|сестры)"
    rf"(?:(?:[ \t]+[^\W\d][\w'’-]*){{0,3}},[ \t]+({_NAME_WORD}){_CHILD_AGE},?[ \t]+(?:and|et|и)[ \t]+({_NAME_WORD})"
    rf"|[ \t]*\(({_NAME_WORD}),[ \t]*\d{{1,2}};[ \t]*({_NAME_WORD}),[ \t]*\d{{1,2}}\))(?![\w-])")


def _children_named(doc: Doc) -> list[tuple[int, int, str]]:
    """The two given names of `_CHILDREN_NAMED`, cued as a kin phrase is, unless a word is no name."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for match in _CHILDREN_NAMED.finditer(text):
        spans = [match.span(1), match.span(2)] if match.group(1) else [match.span(3), match.span(4)]
        if all(_is_name_word(text[s:e]) and text[s:e].casefold() not in NOT_NAME and not places.overlaps((s, e))
               for s, e in spans):
            found += [(s, e, "kin") for s, e in spans]
    return found


def named_as_children(doc: Doc) -> set[str]:
    """Ids of the persons named by a given name in apposition to a plural kin noun (`_CHILDREN_NAMED`:
    « Les enfants, Batur et Nurgul »): kin the rules are sure of, even with no owner to tie them to."""
    return {pid for s, _e, _how in _children_named(doc) if (pid := person_at(doc, s))}


# A family name in Russian or Kazakh form, in any case (Сапарова, Tursunov, Ерланұлы).
_FAMILY_FORM = re.compile(r"(?:ов|ев|ёв|ин|ова|ева|ина|ұлы|улы|қызы|кызы|ov|ev|ova|eva|uly|qizi|oghli)\w{0,4}$")


def _record_dropped(doc: Doc, raw, not_headlines, not_places, confirmed, singles) -> None:
    """Keep, for the person model (`roles_model.candidates`), the candidates a filter dropped, as
    doc.__dict__["_dropped_names"]: [(start, end, why)], why "headline", "place", "unconfirmed" or
    "single" (a one-word name of the language model, which the rules never take alone); "frame" is
    added by `_not_of_the_text`."""
    dropped: list[tuple[int, int, str]] = []
    for stage, before, after in (("headline", raw, not_headlines),
                                 ("place", not_headlines, not_places), ("unconfirmed", not_places, confirmed),
                                 ("single", singles, confirmed)):
        kept = SpanSet(sorted({(s, e) for s, e, _how in after}))
        dropped += [(s, e, stage) for s, e, _how in before if not kept.overlaps((s, e))]
    doc.__dict__["_dropped_names"] = dropped


# The frame of a text, not its story: the chair, counsel or host of a hearing or a programme named
# in a speaker label ("CHAIR (Judge X):"), the author named in a byline ("By X", "· Me X, avocate au
# barreau de …").
_FRAME_LABEL = re.compile(
    r"^[ \t]*(?:CHAIR(?:MAN|WOMAN|PERSON)?|PRESIDING|COUNSEL|(?:CO-)?HOST|INTERVIEWER|MODERATOR|PRESENTER|JUDGE|"
    r"PRÉSIDENTE?|ANIMATEUR|ANIMATRICE|ВЕДУЩ(?:ИЙ|АЯ)|ПРЕДСЕДАТЕЛЬ)\b[^\n:]{0,80}:", re.M)
_PROFESSION = (r"(?:lawyer|attorney|barrister|solicitor|journalist|reporter|correspondent|editor|columnist|researcher|"
               r"avocate?|journaliste|correspondante?|rédact(?:eur|rice)|chercheu(?:r|se)|"
               r"адвокат|журналист(?:ка)?|корреспондент|редактор)")
_BYLINE = re.compile(
    # "By X" opens its line or follows a separator: "Testimony given by X" names the witness
    rf"(?:(?:^|[·|—–])[ \t]*(?P<by>(?:By|Par|Автор:?|Texte\s*:))|^|[·|—–])[ \t]*(?:(?:Me|Dr|Mr|Ms|Mrs|Mme)\.?[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?P<profession>,[ \t]+(?:an?[ \t]+|the[ \t]+)?{_PROFESSION}\b)?",
    re.M)
_BYLINE_LINES = 4
# A republication or source line: what follows it on its line is the outlet that carried the text, an
# organisation, never a person ("Republished by the Example Outlet.", "Source: …", "Originally published by
# …", « Publié par … », «Источник: …»). The one list of these cue words; a line that opens with one.
_PUBLISHER_LINE = re.compile(
    r"^[ \t]*(?i:(?:(?:originally|first|also)[ \t]+)?(?:re)?(?:published|printed)[ \t]+(?:\w+[ \t]+)?by|"
    r"reprinted[ \t]+(?:with[ \t]+permission[ \t]+)?from|courtesy[ \t]+of|sources?[ \t]*:|"
    r"(?:re)?publiée?[ \t]+(?:initialement[ \t]+|d['’]abord[ \t]+)?(?:par|dans|sur)|paru[ \t]+dans|"
    r"источник(?:и)?[ \t]*:|(?:впервые[ \t]+|перво(?:начально)?[ \t]+)?опубликовано[ \t]+(?:в|на)|перепечатано[ \t]+из)"
    r"[ \t]*(?P<outlet>[^\n]+)", re.M)


# Who translated the text: a translator who certifies it in the first person ("I, X, certified
# translator, certify …", « Je soussignée X, traductrice … », «Я, X, переводчик …») or a credit line
# ("Translated by X", « Traduit par X », «Перевод: X»). The frame of a translated letter, not its story.
_TRANSLATOR = re.compile(
    rf"(?:(?<![\w-])(?:I|Je(?:[ \t]+soussignée?)?|Я),?[ \t]+(?P<certifier>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),?[ \t]+"
    rf"(?:(?:an?|une?|the)[ \t]+)?(?:[\w-]+[ \t]+){{0,2}}?"
    rf"(?i:translator|interpreter|traducteur|traductrice|interprète|переводчи(?:к|ца)))"
    rf"|^[ \t]*(?i:translated[ \t]+by|translation[ \t]*:|traduit[ \t]+par|traduction[ \t]*:|перевод(?:ил|ила)?[ \t]*:?)[ \t]+"
    rf"(?P<credit>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})", re.M)


def _frame_spans(doc: Doc) -> SpanSet:
    """Speaker labels of a hearing's chair and counsel or a programme's host, bylines in the first
    lines ("By X", "X, journalist"), the outlet a republication line names (`_PUBLISHER_LINE`) and
    the translator who certifies or is credited with the text (`_TRANSLATOR`)."""
    text = doc.text
    frame = SpanSet(m.span() for m in _FRAME_LABEL.finditer(text))
    for match in _TRANSLATOR.finditer(text):
        frame.add(match.span("certifier") if match.group("certifier") else match.span("credit"))
    for match in _PUBLISHER_LINE.finditer(text):
        frame.add(match.span("outlet"))
    head_end = _head_end(text)
    first_person = _told_in_first_person(text)
    for match in _BYLINE.finditer(text, 0, head_end):
        if match.group("profession") or match.group("by") and not first_person:
            frame.add(match.span("name"))
    return frame


def _head_end(text: str) -> int:
    """The offset where the text's first `_BYLINE_LINES` lines end (its length when it has fewer)."""
    head_end = -1
    for _ in range(_BYLINE_LINES):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            return len(text)
    return head_end


# Quoted words: what someone else says, not the text's own voice.
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"\n]*\"")
_FIRST_PERSON_SHARE = 0.02  # first-person words per word from which a text is told in the first person


def _told_in_first_person(text: str) -> bool:
    """Whether the text outside quotation marks says "I", "my" … for more than one word in fifty
    (a memoir, a blog post, a letter; not a report that quotes its witnesses)."""
    own = _QUOTED.sub(" ", text)
    return len(_FIRST_PERSON.findall(own)) > _FIRST_PERSON_SHARE * max(1, len(own.split()))


# A credit in a text's first lines: "a memoir by X", "Posted by X on …", "By X | date", « par X ».
_CREDIT_CUE = re.compile(r"(?<![\w-])(?:[Bb]y|[Pp]ar|[Аа]втор:?)[ \t]+$")


def _credited(doc: Doc) -> str | None:
    """The named person a credit in the first lines gives (`_CREDIT_CUE`), else None. Only a
    first-person text's credit names its narrator; whom a report's byline names is its reporter."""
    text = doc.text
    head_end = _head_end(text)
    for (start, _end), person_id in doc.person_spans:
        if start < head_end and _CREDIT_CUE.search(text, max(0, start - 12), start) and doc.person(person_id).names:
            return person_id
    return None


_NAME_FIELD = re.compile(r"^[ \t]*(?:(?:Name|Nom|Имя|Full name|Other names?|Alias)\b|Ф\.?[ \t]?И\.?[ \t]?О\b\.?)[^:\n]{0,40}:"
                         r"[ \t]*(?=\S)", re.M | re.I)
# A legal form's party field names the person the form is about, as a name field does: "Appellant: Mr X",
# « Requérante : Mme X », «Заявитель: X» (the label alone, or with a bracket: "Applicant (1):"); a label
# that only mentions the party ("Representative for the appellant:") is another person's field. The
# title after the colon is skipped (the person's mention starts at the name). A medical or social record's
# subject field is one too («Освидетельствуемый: X», «Пациент: X», h-custody68).
_PARTY_FIELD = re.compile(
    r"^[ \t]*(?:Appellant|Applicant|Claimant|Complainant|Petitioner|Plaintiff|Deponent|Requérante?|Demandeur|"
    r"Demanderesse|Plaignante?|Заявитель(?:ница)?|Истец|Истица|Освидетельствуем(?:ый|ая)|Пациент(?:ка)?|Больно(?:й|я))[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:[ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|M|Mme|Mlle|г-н|г-жа)\.?[ \t]+)?(?=\S)", re.M | re.I)
# A form's or a record's field that lists the people it is about or who took part: "Customers: X and Y",
# "Participants: X, Y, Z", « Présents : Mmes X, Y », «Участники: X, Y», «Командированный: X» (issue 11,
# h-persons41: on the spent v17–v19 sets such names, in a "LABEL:" line as bylines are, were dropped by the
# person model). Every name on the field's line is that field's. Labels of the text's frame (a byline, a
# host, an interviewer, a translator, a representative) are not among them.
PEOPLE_FIELD_LABELS = (
    "client", "clients", "customer", "customers", "patient", "passenger", "passengers", "participant", "participants",
    "attendee", "attendees", "attending", "present", "members", "committee", "contact", "owner", "owners", "tenant",
    "tenants", "landlord", "guide", "crew leader", "principal applicant", "dependant", "dependants", "dependent",
    "dependents", "children", "spouse", "sponsor", "sponsors", "arbiter", "chief arbiter", "witness", "witnesses",
    "student", "students", "employee", "traveller", "travellers",
    # a member's, a carer's, a tutor's, a referee's field, and a name's parts (h-persons43: "Member name: X",
    # "Named carers: X, Y", "Care coordinator: X" were dropped by the person model on the spent v21 set)
    "member", "preferred", "first", "given", "family", "coordinator", "care coordinator", "carer", "carers",
    "named carers", "tutor", "personal tutor", "referee", "coach", "caseworker", "key worker", "social worker",
    "élève", "salarié", "salariée", "enseignant", "enseignante", "orthophoniste", "médecin",
    "ученик", "ученица", "врач", "куратор",
    "présents", "présentes", "présent", "présente", "absents", "excusés", "participante", "participantes", "cliente",
    "patiente", "témoin", "témoins", "témoins déclarés", "bénéficiaire", "locataire", "propriétaire", "enfants",
    "conjoint", "conjointe", "époux", "épouse", "demandeur d'emploi", "demandeuse d'emploi",
    "участник", "участники", "участница", "присутствовали", "присутствующие", "клиент", "клиентка", "пациент",
    "пациентка", "командированный", "командированная", "командированные", "проводник", "свидетель", "свидетели",
    "дети", "супруг", "супруга", "получатель")
_PEOPLE_FIELD = re.compile(
    r"^[ \t]*(?:[-*•–][ \t]+)?(?:" + "|".join(re.escape(label).replace(r"\ ", "[ \t]+") for label in
                                       sorted(PEOPLE_FIELD_LABELS, key=len, reverse=True))
    + r")(?:[ \t]+(?:names?|nom|имя|ФИО))?[ \t]*(?:\([^)\n]{0,60}\))?[ \t]*:[ \t]*(?P<value>[^\n]+)", re.M | re.I)
# A name in capitals with an age in brackets, in such a field ("Participants: P1 OMAR (52) · P2 ZUHRA (47)").
_CAPITALS_AGED = re.compile(rf"(?<![\w-])[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{0,2}}(?=[ \t]*\(\d{{1,3}}\))")


def _aged_capitals_in_a_field(doc: Doc) -> list[tuple[int, int, str]]:
    """Names in capitals, each with an age in brackets, on the line of a field that lists who took part
    (`_PEOPLE_FIELD`: "Participants (first names only): P1 DANIEL (34) · P2 SUN-HEE (29)"), a word alone too:
    a record's list of its speakers (h-persons47: a focus group's on the spent v24 set). No word of it a
    common, kin, role, organisation or place-kind word, nor a place."""
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for field in _PEOPLE_FIELD.finditer(doc.text):
        for match in _CAPITALS_AGED.finditer(doc.text, *field.span("value")):
            words = [w[:1] + w[1:].lower() for w in match.group().split()]
            if len(match.group()) < 3 or places.overlaps(match.span()) or not all(_is_name_word(w) for w in words) \
                    or _any_word_in(words, KIN, ROLE_NOUNS, ETHNONYMS, *_NOT_IN_A_NAME):
                continue
            found.append((*match.span(), "field"))
    return found


# A form's or a record's field that names who handled it for the office that keeps it (`lexicon.FORM_STAFF_LABELS`):
# every gold of v20–v22 holds such staff persons of the text and none a victim. The name is the first on the line.
# A field starts a line, follows a "|" that parts the fields of a header line ("Date: 9 June | Moderator: X")
# or a sentence's end (« Enregistré place de la République. Reporter : X. ») or a column's gap, a tab or two spaces
# ("Ref.: 0412   Case officer: X   Opened: …", h-persons66),
# its label may carry up to two words before the staff word ("Uyghur–German interpreting: X"), and its value
# ends at the line's end or the next "|" (h-persons47: the spoken records of the spent v24 set).
_STAFF_FIELD = re.compile(
    r"(?:^|(?<=\|)|(?<=[.!?][ \t])|(?<=\t)|(?<=[ \t]{2}))[ \t]*(?:[-*•–][ \t]+)?(?:[^\W\d_][\w'’–-]*[ \t]+){0,2}?(?:"
    + "|".join(re.escape(label).replace(r"\ ", "[ \t]+") for label in sorted(FORM_STAFF_LABELS, key=len, reverse=True))
    + r")(?:[ \t]+(?:on|for|of|du|de|по)[ \t]+[^:\n|]{1,30})?[ \t]*:[ \t]*(?P<value>[^\n|]+)", re.M | re.I)
# What may stand in a staff field's value before the name: a title or a staff word, two words at most
# ("Received by: Sgt. X", «Принял: мастер-приёмщик X»), or a post in lower case («Составила: главный
# специалист отдела кадров X»). A name further on is what the field's line says ("Reporter: We
# spoke to Gulnar, whose brother X …"), not who holds the field.
_STAFF_BEFORE_NAME = re.compile(r"[ \t]*(?:(?:[\w'’.-]+[ \t]+){0,2}|(?:[a-zà-ÿа-яё][\w'’.-]*[ \t]+){0,8})")
_STAFF_GIVEN = re.compile(rf"[ \t]*(?:({_NAME_WORD})(?=[ \t]*(?:[(;|]|$))|"
                          rf"({_NAME_WORD}[ \t]+[{_UPPER}]\.(?:[ \t]?[{_UPPER}]\.)?)(?=[ \t]*(?:[(;|,]|$)))", re.M)


def _staff_fields(text: str):
    """The matches of `_STAFF_FIELD`, one more found inside another's value («Классный руководитель: X.
    Расшифровала: Y»)."""
    position = 0
    while (match := _STAFF_FIELD.search(text, position)) is not None:
        yield match
        position = match.start("value")


def _turn_label(field: re.Match) -> bool:
    """Whether a staff field's label is in capitals ("INTERPRETER: …"): a transcript's speaker label, whose
    line is what the speaker says."""
    label = field.string[field.start():field.start("value")]
    return label.isupper()


def named_as_a_chat_sender(doc: Doc) -> set[str]:
    """Ids of the persons named as the sender of a time-stamped chat message ("[12/03/2019, 20:05] Saltanat
    (Nurlan's wife): …", `SPEAKER_TURN` with its stamp): an exported chat's sender is someone who wrote in it,
    whatever else the text tells of them (a speaker label is never a pronoun's antecedent, `subjects`, so
    a sender may be given nothing)."""
    found = set()
    for line in re.finditer(r"^.*$", doc.text, re.M):
        turn = SPEAKER_TURN.match(doc.text, line.start())
        if turn is None or turn.group("stamp") is None:
            continue
        start, end = turn.span("label")
        label = doc.text[start:end].rstrip(" \t")
        found.update(pid for (s, e), pid in doc.person_spans_in(start, start + len(label))
                     if s == start and e == start + len(label))
    return found


def named_as_staff(doc: Doc) -> set[str]:
    """Ids of the persons a form's staff field names (`_STAFF_FIELD`: the first name of its value, within
    its first words, `_STAFF_BEFORE_NAME`; not after a speaker's label in capitals, `_turn_label`), and those
    an office's signature block names (`_posts_signed`)."""
    found = set()
    text = doc.text
    for match in _staff_fields(text):
        start, end = match.span("value")
        inside = sorted((span, pid) for span, pid in doc.person_spans if start <= span[0] and span[1] <= end)
        if inside and _STAFF_BEFORE_NAME.fullmatch(text, start, inside[0][0][0]) and not _turn_label(match):
            found.add(inside[0][1])
    return found | _posts_signed(doc) | court_staff(doc)


# Who serves a hearing or a filing, named with the cue in running text and no field's colon: counsel "for the
# respondent", a judge "presiding", an interpreter or a lawyer before the name ("Q (Ms X, for the respondent):",
# "Judge X presiding", "interpreter Mr X", « l'interprète, Mme X », «в присутствии адвоката X»). On the spent
# v26 set such counsel and lawyers were dropped by the person model, and one was given a witness's relative's
# act (h-persons49). Staff: a person of the text, never a victim (`roles_model.standing`).
_PARTY = (r"(?:the[ \t]+)?(?:respondent|claimant|applicant|appellant|petitioner|complainant|defendant|prosecution|"
          r"defen[cs]e|accused|state|government|crown|home[ \t]+office|secretary[ \t]+of[ \t]+state)")
_STAFF_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:(?:(?:lead|junior|senior)[ \t]+)?counsel[ \t]+|appearing[ \t]+)?for[ \t]+{_PARTY}\b|[ \t]+presiding\b"
    rf"|,[ \t]*(?:avocate?|conseil)[ \t]+(?:de|du|des)[ \t]+|,[ \t]*представител\w*[ \t]+)", re.I)
_STAFF_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:[Ee]mployment|[Dd]istrict|[Pp]residing|[Tt]ribunal|[Ii]mmigration)[ \t]+[Jj]udge|[Ii]nterpreter|[Cc]ourt[ \t]+clerk|"
    rf"[Cc]ounsel|interprète|greffière|greffier|переводчик\w*|адвокат\w*|защитник\w*)"
    rf",?[ \t]+(?:(?:{_titles(t for t in _LATIN_TITLES if ADDRESS_TITLES[t])})\.?[ \t]+|M\.[ \t]+)?$")


_STAFF_BEFORE_ONE = re.compile(rf"(?:{_STAFF_BEFORE.pattern[:-1].replace(',?[ ', '[ ')})(?P<name>{_NAME_WORD})(?=[ \t]*(?:[,;:)(]|$|[ \t]presiding\b))",
                               re.M)


def court_staff(doc: Doc) -> set[str]:
    """Ids of the named persons a hearing's or a filing's staff cue names (`_STAFF_AFTER`, `_STAFF_BEFORE`)."""
    text = doc.text
    found = set()
    for (start, end), pid in doc.person_spans:
        if pid in found or not doc.person(pid).names or not re.match(_NAME_WORD, text[start:end]):
            continue
        if _STAFF_AFTER.match(text, end) or _STAFF_BEFORE.search(text, max(0, start - 40), start):
            found.add(pid)
    return found


# An office's signature block at a record's end (a decision's, an order's, a note's): a post and a name, on one
# line set apart by a wide gap («Ректор          Т. Ж. Абдырахманов») or on two lines («Sophie Marchal» over
# « Directrice des ressources humaines »). A post: up to six words, capitalised, no digit, no sentence's end, no
# place (h-persons48: the spent v25 set's institutional records, whose signers the person model dropped).
# A post on its own line may be a mandate's whole title, a comma inside ("Independent Expert on the rights of
# older persons", "Partner, for X and Co"); after the name on its line, after a comma ("X, Notary Public, State of Y"):
# h-persons49, the spent v26 set's filings, whose signers the person model dropped.
_SIGNATURE_BLOCK_LINES = 6
_POST_WORDS, _POST_LINE_WORDS = 6, 10
_POST_LINE = re.compile(r"[ \t]*[^\W\d_][^\n\d.!?:;]{1,90}?[ \t]*")
_POST_BEFORE = re.compile(r"[ \t]*[^\W\d_][^\n\d.!?:;,]{1,60}?(?:[ \t]{2,}|\t)")
_POST_AFTER = re.compile(r",[ \t]*(?P<post>[^\W\d_][^\n\d.!?:;,]{1,60}?)[ \t]*(?:,[^\n]*)?")


def _posts_signed(doc: Doc) -> set[str]:
    """Ids of the persons named alone at a line's end, in a record's last lines, with a post beside them
    (`_POST_BEFORE`) or on the line just before or after (`_POST_LINE`); never its narrator (a letter's
    writer signs it too), nor one the rules hold a victim ("Gulnar Tohti" over "Former detainee")."""
    text = doc.text
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)][-_SIGNATURE_BLOCK_LINES:]
    places = SpanSet(span for span, _ in doc.place_spans)
    found = set()

    def post(start: int, end: int, pattern: re.Pattern, most: int = _POST_WORDS) -> bool:
        words = text[start:end].split()
        return bool(pattern.fullmatch(text, start, end)) and 0 < len(words) <= most and text[start:end].strip()[:1].isupper() \
            and not places.overlaps((start, end)) and not doc.person_spans_in(start, end) \
            and not _any_word_in(words[:1], KIN, ETHNONYMS)

    for number, (start, end) in enumerate(lines):
        inside = doc.person_spans_in(start, end)
        signer = doc.person(inside[0][1]) if len(inside) == 1 else None
        if signer is None or signer.narrator or "victim" in signer.roles:
            continue
        (name_start, name_end), person_id = inside[0]
        if text[name_end:end].strip():
            after = _POST_AFTER.fullmatch(text, name_end, end)
            if after and not text[start:name_start].strip() and post(*after.span("post"), _POST_LINE):
                found.add(person_id)
            continue
        if text[start:name_start].strip():
            beside = post(start, name_start, _POST_BEFORE)
        else:
            beside = any(post(*lines[other], _POST_LINE, _POST_LINE_WORDS) and text.count("\n", *sorted((lines[other][0], start))) == 1
                         for other in (number - 1, number + 1) if 0 <= other < len(lines))
        if beside:
            found.add(person_id)
    return found


def _staff_given_names(doc: Doc) -> list[tuple[int, int, str]]:
    """A one-word name, or a family name with initials («Расшифровала: Ким Е. В., секретарь»), that opens a
    staff field's value (its label not in capitals, `_turn_label`), closed by a bracket, a semicolon, a "|"
    or the line's end ("Agent: Dean (agent 2291)", "Interpreting: Timur (volunteer)"): a staff member named by a given
    name alone, whom no other rule takes (h-persons47). Not a common, role, kin, organisation or place-kind
    word, nor a place."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for match in _staff_fields(text):
        name = _STAFF_GIVEN.match(text, match.start("value"))
        if name is None or _turn_label(match):
            continue
        s, e = name.span(1 if name.group(1) else 2)
        word = text[s:e].split()[0]
        if len(word) < (3 if name.group(1) else 2) or not _is_name_word(word) or places.overlaps((s, e)) \
                or _any_word_in([word], KIN, ROLE_NOUNS, PEOPLE_NOUNS, _ASKING, ETHNONYMS, *_NOT_IN_A_NAME):
            continue
        found.append((s, e, "staff"))
    # a family name alone after a hearing's staff cue ("Before: Employment Judge X", "interpreter Ms X, who …")
    for match in _STAFF_BEFORE_ONE.finditer(text):
        s, e = match.span("name")
        if not _is_name_word(match.group("name")) or places.overlaps((s, e)) \
                or _any_word_in(re.split(r"[-'’]", match.group("name")), KIN, ROLE_NOUNS, PEOPLE_NOUNS, ETHNONYMS,
                                *_NOT_IN_A_NAME):
            continue
        found.append((s, e, "staff"))
    return found


# A statement's maker named in its title or an exhibit list's entry: "Witness statement of X", "Statement by
# X", "Affidavit of X", « Témoignage de X », « Attestation de Mme X », «Показания X», «Заявление X» — a witness
# (issue 11, h-x28p: an exhibit list names its witnesses so, once, and then tells "the witness"). The title of
# address is skipped; "Declaration" is left out ("the Universal Declaration of Human Rights").
_STATEMENT_OF = re.compile(
    r"(?<![\w-])(?:(?:[Ww]itness(?:['’]s)?[ \t]+|[Ss]worn[ \t]+|[Ww]ritten[ \t]+)?(?:[Ss]tatement|STATEMENT)|"
    r"[Aa]ffidavit|AFFIDAVIT|[Tt]estimony|[Dd]eposition)[ \t]+(?:of|by|from|OF|BY)[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?<![\w-])(?:[Tt]émoignage|[Aa]ttestation|[Dd]éposition|[Dd]éclaration)[ \t]+(?:écrite[ \t]+)?de[ \t]+"
    r"(?:(?:M|Mme|Mlle)\.?[ \t]+)?(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?<![\w-])(?:[Пп]оказания|[Зз]аявление|[Оо]бъяснение|[Сс]видетельство)[ \t]+(?:свидетеля[ \t]+|свидетельницы[ \t]+)?"
    r"(?=[А-ЯЁ])")


# What a court's statement is "of" when it is no one's ("Statement of Agreed Facts", "Statement of Reasons").
_STATEMENT_THINGS = frozenset("""
agreed fact facts reason reasons case claim truth evidence grounds account accounts defence defense costs means
income assets compatibility intent principles purpose understanding issues position further additional
supplementary amended revised joint written
faits motifs moyens cause
""".split())


def _a_statements_subject(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands right after a statement's title and holds a word of what such a
    statement is of ("Statement of Agreed Facts", "Affidavit of Means")."""
    title = _STATEMENT_OF.search(text, max(0, start - 60), start + 1)
    return bool(title and title.end() == start
                and any(w.casefold() in _STATEMENT_THINGS for w in re.findall(r"[^\W\d_]+", text[start:end])))


def _statement_maker_at(doc: Doc, start: int) -> str | None:
    """The person whose mention starts at `start` right after a statement's title, unless a word of the
    name is a word of the statement's subject ("Statement of Agreed Facts") or never a name."""
    pid = person_at(doc, start)
    if pid is None:
        return None
    span = next(((s, e) for s, e in doc.person(pid).mentions if s == start), None)
    if span is None:
        return None
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", doc.text[span[0]:span[1]])]
    if any(w in _STATEMENT_THINGS or w in NOT_NAME or w in ORGANISATION_WORDS for w in words):
        return None
    return pid


_THE_WITNESS = re.compile(r"(?<=\b[Tt]he )witness(?![\w-])|(?<=\b[Ll]e )témoin(?![\w-])|(?<=\b[Ll]a )témoin(?![\w-])")


def _the_witness(doc: Doc) -> None:
    """"The witness" (« le témoin ») of a text that names a statement's maker in a title or an exhibit's
    entry ("Witness statement of X", `_STATEMENT_OF`) is that maker: the one named in the same line, else
    the first maker named before it (a bundle's first statement is its main witness's). Issue 11, h-x30p."""
    text = doc.text
    makers = [(m.start(), pid) for m in _STATEMENT_OF.finditer(text) if (pid := _statement_maker_at(doc, m.end()))]
    if not makers:
        return
    for match in _THE_WITNESS.finditer(text):
        if person_at(doc, match.start()) is not None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        same_line = [pid for start, pid in makers if line_start <= start < match.start()]
        earlier = [pid for start, pid in makers if start < match.start()]
        owner = same_line[-1] if same_line else earlier[0] if earlier else None
        if owner is not None:
            doc.add_person_mention(doc.person(owner), match.span())


def named_as_a_statements_maker(doc: Doc) -> set[str]:
    """Ids of the persons named as the maker of a statement, an affidavit or a testimony in its title or
    an exhibit's entry (`_STATEMENT_OF`): "Witness statement of X", « Témoignage de X », «Показания X»."""
    return {pid for m in _STATEMENT_OF.finditer(doc.text) if (pid := _statement_maker_at(doc, m.end()))}


# Any form's field whose value is a name, or a list of names, and nothing else: "Chief examiner: X.", "Table 4: X
# (1950) – Y (1890)", « Témoin : X (née Y) », «Лечащий врач: Прохоренко В. Л.», «Члены совета: X, Y» (issue 11,
# h-persons66: on the spent v38 set and the earlier ones such names, one to a field whatever its label, were dropped
# by the person model: 24 of its 64 drops). The label opens a line or a column (after a "|", a tab or two spaces),
# has up to five words and is not in capitals (a transcript's speaker label, whose line is speech). The value is
# cut into items at a comma, a semicolon, a dash between spaces, "and", a column gap; an item counts when a person's
# mention opens it (after a title of address) and ends it, but for a bracket and a full stop: "Subject: X was
# detained" names X in a sentence, not as the field's value.
_ANY_FIELD = re.compile(
    r"(?:^|(?<=\|)|(?<=\t)|(?<=[ \t]{2}))[ \t]*(?:[-*•–][ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’.()–-]*(?:[ \t][\w'’.()–-]+){0,4}?)[ \t]*:[ \t]+(?P<value>[^\n|]+)", re.M)
# Who made the record, or speaks for its person, is its frame, as a byline is, and no field of its people
# ("Labels of the text's frame" at `PEOPLE_FIELD_LABELS`): "Prepared by:", « Rédigé par : », «Составил:» (a label
# ending with "by" or "par", or a Russian verb in the past), an interviewer, a translator, a representative, a
# byline's credit ("Story and photos:", « Texte : », «Фото:»).
_FRAME_FIELD_LABEL = re.compile(r".*[ \t](?:by|par)|.*[а-яё]{3}(?:л|ла|ли)|.*(?<![\w-])(?:interviewer|translator|"
                                r"translated|host|author|story|photos?|photographs?|pictures|images|text|texte|"
                                r"words|reporting|byline|credits?|текст|фото|"
                                r"representative|counsel|solicitor|lawyer|intervieweu(?:r|se)|"
                                r"traduct(?:eur|rice)|avocat|avocate|représentante?|интервьюер|переводчи(?:к|ца)|"
                                r"автор|представител[ья]|адвокат)(?![\w-]).*", re.I)
_FIELD_ITEM_END = re.compile(r"[ \t]{2,}|\t|[,;]|[ \t][–—-][ \t]|[ \t](?:and|et|и)[ \t]")
_FIELD_ITEM_TITLE = re.compile(rf"(?:{_titles(ADDRESS_TITLES)})\.?[ \t]+")
_FIELD_ITEM_CLOSED = re.compile(r"[ \t]*(?:\([^()\n]*\)[ \t]*)?\.?[ \t]*")


def _named_as_a_fields_value(doc: Doc) -> set[str]:
    """Ids of the persons an item of a field's value names and nothing else (`_ANY_FIELD`, `_FIELD_ITEM_END`)."""
    text = doc.text
    found = set()
    for field in _ANY_FIELD.finditer(text):
        if field.group("label").isupper() or _FRAME_FIELD_LABEL.fullmatch(field.group("label")):
            continue
        start, end = field.span("value")
        cuts = [start] + [m.end() for m in _FIELD_ITEM_END.finditer(text, start, end)]
        for index, cut in enumerate(cuts):
            item_end = next((m.start() for m in _FIELD_ITEM_END.finditer(text, cut, end)), end)
            at = cut + len(text[cut:item_end]) - len(text[cut:item_end].lstrip())
            title = _FIELD_ITEM_TITLE.match(text, at, item_end)  # a mention with its title or without
            mention = next(((s, e, pid) for offset in (at, title.end() if title else at)
                            for (s, e), pid in doc.person_spans_in(offset, offset + 1)), None)
            if mention is None and index == 0:
                break  # a value that opens with no name is no list of names ("Address: 14 X Road, Y, Z")
            if mention is None or _abbreviates_another(doc, *mention):
                continue
            if mention[1] > item_end:  # a mention over a cut ("ROZI, Adil"): the item ends at the next cut after it
                item_end = next((m.start() for m in _FIELD_ITEM_END.finditer(text, mention[1], end)), end)
            if _FIELD_ITEM_CLOSED.fullmatch(text, mention[1], item_end) and _reads_as_a_persons_name(doc, *mention[:2]):
                found.add(mention[2])
    return found


_FIELDS_LABEL_BEFORE = re.compile(r"(?:^|(?<=\|)|(?<=\t)|(?<=[ \t]{2}))[ \t]*[^\W\d_][^:\n|]{0,40}:[ \t]*$", re.M)


def _unnamed_field_values(doc: Doc, before: int) -> set[str]:
    """Ids of the persons whose mention before offset `before` opens a field's value ("Pitch: Riverside
    Arcade") without a person's name's marks (`_reads_as_a_persons_name`)."""
    text = doc.text
    return {pid for (s, e), pid in doc.person_spans if s < before
            and _FIELDS_LABEL_BEFORE.search(text, text.rfind("\n", 0, s) + 1, s)
            and not _reads_as_a_persons_name(doc, s, e)}


def _abbreviates_another(doc: Doc, start: int, end: int, pid: str) -> bool:
    """Whether a mention with initials ("Signed: A. Hamit") may stand for another person of the text, one
    whose name holds its family name ("Abduqadir Hamit"): that one, or a relative of the same name."""
    if not _INITIALS.fullmatch(doc.text, start, end):
        return False
    family = {w for w in re.findall(r"[^\W\d_][\w'’-]+", doc.text[start:end]) if len(w) > 1}
    return any(person.id != pid and family & set(name.split()) for person in doc.persons for name in person.names)


def _reads_as_a_persons_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention has a person's name's own marks, whatever its place: initials with a family name ("K.
    Brandt", «Ким Е. В.»), a listed given name, a family name's ending (`_FAMILY_FORM`), or the language model's
    person there. A field's value in title case may be the name of anything ("Pitch: Riverside Arcade")."""
    text = doc.text
    if _INITIALS.fullmatch(text, start, end):
        return True
    words = [w[:1] + w[1:].lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text[start:end])]
    if _any_word_in(words, *_NOT_IN_A_NAME):
        return False
    return any((found := given_name(w)) is not None and not found[0].word for w in words) \
        or (len(words) > 1 and any(_FAMILY_FORM.search(w.lower()) for w in words)) \
        or _model_verdict(doc, start, end) == "person"


_TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$", re.M)
_NAME_HEADER = re.compile(r"[ \t]*(?:name|full name|nom|nom complet|имя|ф\.?\s?и\.?\s?о\.?)[ \t]*", re.I)


def named_in_a_field(doc: Doc) -> set[str]:
    """Ids of the persons a form's name field names ("Name: X", « Nom : X », «ФИО: X» at a line's
    start, `_NAME_FIELD`; a party field, "Appellant: Mr X", `_PARTY_FIELD`), or a table's name column ("| No. | Name | Born |" over "| 1 | X | 1970 |":
    the cell under the header cell "Name", « Nom », «ФИО» in each row of that table), or a field that lists
    the people a record is about or who took part ("Participants: X, Y", `_PEOPLE_FIELD`: every name on its line),
    or a record's headword, the family name first, after a field's label or before an age (`_INVERTED_IN_LINE`),
    or the fields of a family name and given names (`_split_name_fields`)."""
    text = doc.text
    found = {pid for pattern in (_NAME_FIELD, _PARTY_FIELD) for m in pattern.finditer(text)
             if (pid := person_at(doc, m.end()))}
    for match in _PEOPLE_FIELD.finditer(text):  # "Participants: X, Y and Z": every name on the line
        start, end = match.span("value")
        found |= {pid for span, pid in doc.person_spans if start <= span[0] and span[1] <= end}
    # a record's headword with its age or after a field's label ("Bed 10, TOKHTI, Parida, 58", `_INVERTED_IN_LINE`)
    found |= {pid for match in _INVERTED_IN_LINE.finditer(text)
              if (match.group("aged") or ":" in text[match.start():match.start("name")])
              and (pid := person_at(doc, match.start("name")))}
    # a family name and given names asked in fields of their own ("Surname:" / "Given name(s):", `_split_name_fields`)
    found |= {pid for _form, spans in _split_name_fields(doc) if (pid := person_at(doc, spans[0][0]))}
    found |= _named_as_a_fields_value(doc)  # any field whose value is names alone ("Chief arbiter: X")
    column, previous_end = None, -1
    for row in _TABLE_ROW.finditer(text):
        if row.start() > previous_end + 1:  # a new table: its first row is its header
            column = None
        previous_end = row.end()
        cells = row.group("cells").split("|")
        if column is None:
            column = next((i for i, cell in enumerate(cells) if _NAME_HEADER.fullmatch(cell)), -1)
            continue
        if 0 <= column < len(cells):
            start = row.start("cells") + sum(len(c) + 1 for c in cells[:column])
            cell = cells[column]
            offset = start + len(cell) - len(cell.lstrip())
            if (pid := person_at(doc, offset)) is not None:
                found.add(pid)
    return found


def _name_fields(doc: Doc) -> None:
    """"Name (Latin): A" over "Name (Chinese): B": one record's person in two spellings."""
    text = doc.text
    fields = [m for m in _NAME_FIELD.finditer(text) if person_at(doc, m.end())]
    for first, second in zip(fields, fields[1:], strict=False):
        between = text[first.end():second.start()]
        if between.count("\n") == 1:
            keep, drop = doc.person(person_at(doc, first.end())), doc.person(person_at(doc, second.end()))
            if keep is not drop and drop in doc.persons and keep in doc.persons:
                _merge(doc, keep, drop)


def _not_of_the_text(doc: Doc) -> None:
    """Drop the persons named only in the text's frame (chair, counsel, host, byline)."""
    frame = _frame_spans(doc)
    for person in list(doc.persons):
        if person.mentions and all(frame.overlaps(span) for span in person.mentions):
            doc.__dict__.setdefault("_dropped_names", []).extend((s, e, "frame") for s, e in person.mentions)
            doc.persons.remove(person)
            doc.person_spans = [(span, pid) for span, pid in doc.person_spans if pid != person.id]


def _addressed_by_surname(doc: Doc) -> None:
    """"Ms Nasir" where several full names hold "Nasir" (two sisters, their father Nasir
    Tohti): the title makes it a surname, so it is the person whose last name it is, of the
    title's gender, named nearest before (else first after)."""
    text = doc.text
    for person in list(doc.persons):
        if person not in doc.persons or len(person.names) != 1 or len(person.names[0].split()) != 1:
            continue
        word, first = person.names[0], min(person.mentions)
        title = _ADDRESS.search(text[max(0, first[0] - 12):first[0]])
        if title is None or (title.group(1) == "M" and doc.language != "fr"):
            continue
        gender = _ADDRESS_GENDER[title.group(1).lower()]
        holders = [p for p in doc.persons if p is not person and p.attributes.get("gender", (gender,))[0] == gender
                   and _same_gender(doc, person, p) and any(len(n.split()) > 1 and n.split()[-1] == word for n in p.names)]
        if not holders:
            continue
        before = [(max(s for s, _ in p.mentions if s < first[0]), p) for p in holders if any(s < first[0] for s, _ in p.mentions)]
        chosen = max(before, key=lambda item: item[0])[1] if before else min(holders, key=lambda p: min(p.mentions))
        _merge(doc, chosen, person)


_SENTENCE_END = ".!?:;…»\"”)"


# A library catalogue's subject heading or a page's breadcrumb: three terms or more of one to five words
# each, set apart by long dashes or double hyphens ("Uyghurs — Persecution — China — Xinjiang", h-x32p).
_SUBJECT_TERM = rf"[{_UPPER}][^\s—|·:;!?,]*(?:[ \t]+[^\s—|·:;!?,]+){{0,3}}"
_SUBJECT_HEADING = re.compile(rf"{_SUBJECT_TERM}(?:[ \t]+(?:—|--)[ \t]+{_SUBJECT_TERM}){{2,}}\.?")


# A post's or a forwarded message's header line: who wrote, forwarded or is answered (issue 11, h-persons72).
_MESSAGE_HEADER = re.compile(
    r"(?i:posted|written|sent|shared|forwarded|reposted|published|publié|publiée|envoyé|envoyée|transféré|partagé)"
    r"[ \t]+(?i:by|from|par|de)[ \t]|(?i:forwarded[ \t]+message[ \t]+from|repl(?:y|ying)[ \t]+to|in[ \t]+reply[ \t]+to|"
    r"réponse[ \t]+à|en[ \t]+réponse[ \t]+à|переслано[ \t]+от|пересланное[ \t]+сообщение[ \t]+от|в[ \t]+ответ[ \t]+на|"
    r"ответ[ \t]+для|опубликовал[аи]?)[ \t]")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are headlines or page furniture: four words or more, four in five
    long words capitalised, with no sentence end ("Kazakh Farmer Dies in Custody at Re-Education Camp"),
    and subject headings or breadcrumbs (`_SUBJECT_HEADING`)."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        long_words = [w for w in words if len(w) > 3]
        # (a line that ends with a comma goes on: a letter's sender, «от Касымовой Айнур Ерлановны,»)
        if _SUBJECT_HEADING.fullmatch(line):
            lines.append(match.span())  # a catalogue's subject heading or a breadcrumb: terms, no sentence
            continue
        if len(words) < 4 or not long_words or line.endswith((*_SENTENCE_END, ",")) or re.search(r"[.!?]\s", line):
            continue
        if re.match(r"[\w ()'’./-]{1,40}:\s+\S", line):
            continue  # a record's field ("Name (Latin): Erlan Maratuly"), not a headline
        if _MESSAGE_HEADER.match(line):
            continue  # a post's or a message's header ("Posted by X (@x) on 4 June"), whose name is its writer's
        if sum(1 for w in long_words if w[0].isupper()) >= 0.8 * len(long_words):
            lines.append(match.span())
    return lines


def _not_headlines(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop names seen only in headlines: a headline is no sentence about a person ("Student
    Dies"); a name a headline shares with the text stays."""
    headlines = SpanSet(_headline_lines(doc.text))
    if not _overlaps((0, len(doc.text)), headlines):
        return candidates
    text = doc.text
    outside = {" ".join(text[s:e].split()) for s, e, _how in candidates if not headlines.overlaps((s, e))}
    first_person = _told_in_first_person(text)
    kept = []
    for s, e, how in candidates:
        if not headlines.overlaps((s, e)) or how == "signed":
            kept.append((s, e, how))
            continue
        if first_person and _CREDIT_CUE.search(text, max(0, s - 12), s):
            kept.append((s, e, how))  # "a memoir by X" over a first-person text: its writer, no headline word
            continue
        # Keep, of a headline's capitalised run, the longest name the text itself uses.
        inner = [m for name in outside for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[s:e])]
        if inner:
            best = max(inner, key=lambda m: len(m.group()))
            kept.append((s + best.start(), s + best.end(), how))
    return kept


def _not_places(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop capitalised words that name a place by the word after them ("Yengi Bazar township")."""
    kept = []
    for s, e, how in candidates:
        following = re.match(r"[ \t]+(\w+)", doc.text[e:e + 30])
        if following and following.group(1).casefold() in PLACE_KIND_WORDS:
            continue
        if any(word.casefold() in ("bazar", "bazaar") for word in doc.text[s:e].split()):
            continue
        kept.append((s, e, how))
    return kept


def _confirmed(doc: Doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop the rule-made names that the model takes for a place, an organisation, a site or no name.

    A name form is kept when the model calls any of its occurrences a person, and wherever the
    rules are strong: a self-introduction, a kinship phrase ("my brother, X"), "named X".
    """
    if doc.analysis is None:
        return candidates
    text = doc.text
    strong = SpanSet()
    for pattern in (_KIN, _BARE_KIN_RU) if doc.language == "ru" else (_KIN,):
        for match in pattern.finditer(text):
            if match.group(4):
                strong.add(match.span(4))
    verdicts = [_model_verdict(doc, s, e) for s, e, _how in candidates]
    confirmed_forms = {" ".join(text[s:e].split()) for (s, e, _how), verdict in zip(candidates, verdicts, strict=True)
                       if verdict == "person"}
    # "Adil Yasin, Qeyser Yasin and Miradil Yasin": a family name the model gives a person, shared
    # by a full name it takes for a place, makes that name a person's too (the small model's guess).
    family_names = {form.split()[-1] for form in confirmed_forms if len(form.split()) > 1}
    kept = []
    for (s, e, how), verdict in zip(candidates, verdicts, strict=True):
        words = text[s:e].split()
        if verdict == "not" and how not in _STRONG and not strong.overlaps((s, e)) \
                and " ".join(words) not in confirmed_forms and not (len(words) > 1 and words[-1] in family_names):
            continue
        kept.append((s, e, how))
    return kept


# Two full names in one document are one person's from the in-document cut of guwah.names.settings
# (lower than `guwah names compare`'s: one text spells one person several ways).
IN_DOCUMENT_THRESHOLD = SAME_NAME_IN_DOCUMENT


def _same_name(doc: Doc, form: str) -> PersonRecord | None:
    from guwah.names import compare_names, name_forms
    from guwah.names.given import different_given_names

    def full(name: str) -> bool:
        # two words, and two the names layer reads: "Mrs Tohti" and "Mahire Abla" are a name of one
        # part to it (a title, a term of address: `guwah.names.forms.without_titles`), which would
        # agree in part with every full name sharing it
        return len(name.split()) >= 2 and len(name_forms(name).words) >= 2

    if not full(form):
        return None
    if doc.language == "ru":
        # An oblique form the model left inflected («Динаре Оспановой» beside «Динара Оспанова»).
        stems = [_ru_stem(word) for word in form.split()]
        for person in doc.persons:
            if any([_ru_stem(word) for word in name.split()] == stems for name in person.names):
                return person
    best, best_score = None, IN_DOCUMENT_THRESHOLD
    for person in doc.persons:
        # a parent and a child, or two relatives of one family name with two given names (Nurlan and
        # Yerlan Sadykov score 0.74: close spellings, two persons)
        if any(_parent_and_child(form, name) or different_given_names(form, name) for name in person.names):
            continue
        for name in person.names:
            if full(name):
                score = compare_names(form, name)
                if score >= best_score:
                    best, best_score = person, score
    return best


_SURNAME_INITIALS = re.compile(r"[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ]\.){1,2}")


def _abbreviated(doc: Doc, form: str) -> PersonRecord | None:
    """The one person whose full name «А. М. Нуртаева», «А. Бекова» or «Бекова А.» abbreviates: the same
    surname (in any case) and a given name that opens with the first initial."""
    words = form.replace(".", ". ").split()
    *letters, surname = words if words[0].endswith(".") else (*words[1:], words[0])
    stem, initials = _ru_stem(surname), [letter[0].casefold() for letter in letters]

    def fits(name: str) -> bool:
        words = name.split()
        others = [w[0].casefold() for w in words if _ru_stem(w) != stem]
        return len(words) > 1 and len(others) < len(words) and others[:len(initials)] == initials

    found = [p for p in doc.persons if any(fits(name) for name in p.names)]
    return found[0] if len(found) == 1 else None


_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|uly|ulı|ulu|uli|qyzy|kyzy|qizi|ұлы|улы|қызы|кызы)$", re.I)


def _patronymic_of(word: str, given: str) -> bool:
    """Whether `word` is a patronymic made from the given name `given` ("Maratuly" from Marat,
    «Бахытович» from Бахыт, «Маратовна» from Марат)."""
    match = _PATRONYMIC.search(word)
    if match is None or len(given) < 3:
        return False
    root = word[:match.start()].casefold()
    return root == given.casefold() or (len(root) >= 3 and given.casefold().startswith(root) and len(given) - len(root) <= 1)


def _parent_and_child(a: str, b: str) -> bool:
    """Whether one name's patronymic is made from a word of the other ("Erlan Maratuly" and "Marat
    Sadykov"): a parent and a child, never one person however close the spellings."""
    def child_of(child: list[str], parent: list[str]) -> bool:
        # the child's patronymic from a word of the parent's name, and a given name of the child's
        # own that the parent's name lacks ("Zhanar Bolatkyzy" is "Zhanar Bolat", not her child)
        return any(_patronymic_of(x, y) for x in child for y in parent if x not in parent) and \
            any(w not in parent and not _PATRONYMIC.search(w) for w in child)

    words_a, words_b = a.split(), b.split()
    return child_of(words_a, words_b) or child_of(words_b, words_a)


_RU_OBLIQUE = ("obj", "iobj", "obl", "nmod")


def _ru_oblique_owner(doc: Doc, span, part: str, owner: PersonRecord) -> PersonRecord | None:
    """«Касымова заставили»: a surname that is a woman's in the nominative and a man's in the
    accusative or genitive; as an object it is the man's («Касымов»), when he is named."""
    if doc.language != "ru" or not part.endswith(("а", "я")) or not doc.analysis:
        return None
    tokens = doc.analysis.tokens_in(*span)
    if not tokens or tokens[0].dep.split(":")[0] not in _RU_OBLIQUE:
        return None
    male = [p for p in doc.persons if p is not owner and any(part[:-1] in name.split() for name in p.names)]
    return male[0] if len(male) == 1 else None


_RU_ENDINGS = ("ого", "ому", "ой", "ым", "ом", "ей", "ою", "а", "у", "е", "ы", "ю", "я", "и")


def _ru_stem(word: str) -> str:
    """A Russian name word without its case ending: «Оспановой», «Оспанова», «Оспанов» -> «оспанов»."""
    word = word.casefold()
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def person_at(doc: Doc, offset: int) -> str | None:
    for (s, e), person_id in doc.person_spans_in(max(0, offset - 200), offset + 1):
        if s <= offset < e:
            return person_id
    return None


def _mentions_before(doc: Doc, offset: int, limit_chars: int = 1500):
    """Person ids mentioned before offset, nearest first."""
    for (_start, e), person_id in reversed(doc.person_spans_in(max(0, offset - limit_chars - 200), offset)):
        if e <= offset and offset - e <= limit_chars:
            yield person_id


_SEX_FIELD = re.compile(r"^[ \t]*(?:Sex|Gender|Sexe|Genre|Пол)[ \t]*:[ \t]*(F|M|female|male|féminin|masculin|Ж|М|жен\w*|муж\w*)\b",
                        re.M | re.I)


_SEX_MARK = re.compile(r"[ \t]*\((f|m|F|M|ж|м|Ж|М)\)")  # "HOSHUR, Memet (m)", "Айгуль Серикова (ж)"
_POSSESSIVE_KIN = re.compile(r"\b(?:my|his|her|their|our|mon|ma|son|sa|leur|notre|мой|моя|его|её|ее|их|наш|наша)\s+"
                             r"(?:[\w-]+\s+)?$", re.I)


_OWNER_OF_KIN = re.compile(rf"['’]s?[ \t]+(?:(?i:younger|elder|older|eldest|youngest|late|own)[ \t]+)?(?i:{KIN_PATTERN})(?![\w-])")


def _genders_from_context(doc: Doc) -> None:
    text = doc.text
    for (s, e), person_id in doc.person_spans:
        person = doc.person(person_id)
        before = text[max(0, s - 40):s].lower()
        noun = re.search(r"(\w+)\s+(?:named|called|whose (?:sur)?name was)\s*$|(\w+),?\s*$", before)
        word = noun and (noun.group(1) or noun.group(2))
        # "a woman named X"; a kin noun after a possessive, right before the name, tells it too
        # ("His wife, X", « sa femme X », «его жена X»: the possessive is the spouse's, so a "he"
        # later in the sentence is not X's; «Жена Талгата»: the name is the owner's, not the wife's)
        gendered = word and (GENDERED_NOUNS.get(word) or (
            KIN[word][1] if word in KIN and _POSSESSIVE_KIN.search(before, 0, before.rfind(word)) else None))
        if gendered:
            person.set_attribute("gender", gendered, (s - len(before) + before.rfind(word), e))
        after = text[e:e + 200]
        marked = _SEX_MARK.match(after)  # a list's "(f)", "(m)" after the name
        if marked:
            female = marked.group(1).upper() in ("F", "Ж")
            person.set_attribute("gender", "female" if female else "male", (s, e + marked.end()))
        born = re.match(r"\s+(?:est |était |a été )?(née|né)\b|\s+(родилась|родился)\b", after)
        if born:
            female = (born.group(1) or born.group(2)) in ("née", "родилась")
            person.set_attribute("gender", "female" if female else "male", (s, e + born.end()))
        pronoun = re.match(r"[^.]*?[.;]\s+(She|He|Elle|Il(?! y\b| est\b| fait\b| faut\b)|Она|Он)\s", after) \
            or re.match(r",[^.]{0,120}?\b(she|he)\b", after)
        # a pronoun or a possessive after the name is the weakest cue: it may be someone else's ("Ablet … She
        # said"); a family name's ending or a given name the lexicon knows as the other gender's wins over it
        named = _surname_gender(person) or (None if _family_name_here(doc, person) else _lexicon_gender(person))
        if pronoun and named is not None and PRONOUN_GENDER[pronoun.group(1).lower()] != named:
            pronoun = None
        # ("X's father. He was given ten years": the pronoun after a possessive's kin noun is the kin's)
        if pronoun and "gender" not in person.attributes and not _OWNER_OF_KIN.match(after) \
                and not any(pid != person_id for _span, pid in doc.person_spans_in(e + 1, e + pronoun.start(1))):
            # (a pronoun after another person's name is that person's: "Spouse: X … Client: Y. She …")
            ps = e + pronoun.start(1)
            person.set_attribute("gender", PRONOUN_GENDER[pronoun.group(1).lower()], (s, ps + len(pronoun.group(1))))
        possessive = re.match(r"[^.]{0,80}?\b(her|his)\s+(?:" + KIN_PATTERN + r"|own|family)\b", after)
        if possessive and named is not None and ("female" if possessive.group(1) == "her" else "male") != named:
            possessive = None
        if possessive and "gender" not in person.attributes and not re.search(r"\b(?:he|she|his|her)\b", after[:possessive.start(1)]) \
                and not any(pid != person_id for _span, pid in doc.person_spans_in(e + 1, e + possessive.start(1))):
            ps = e + possessive.start(1)
            person.set_attribute("gender", "female" if possessive.group(1) == "her" else "male", (s, ps + len(possessive.group(1))))
    for match in _SEX_FIELD.finditer(text):
        # "Name: X" then "Sex: F" in a record: the record's person, named in the lines before.
        owners = [pid for (s, e), pid in doc.person_spans_in(max(0, match.start() - 300), match.start())
                  if doc.person(pid).names and "\n\n" not in text[e:match.start()]]
        if owners:
            female = match.group(1)[0].upper() in ("F", "Ж")
            doc.person(owners[-1]).set_attribute("gender", "female" if female else "male", match.span())
    for (s, e), person_id in doc.person_spans:
        person = doc.person(person_id)
        if "gender" not in person.attributes and _surname_gender(person):
            person.set_attribute("gender", _surname_gender(person), (s, e))


# A surname's ending tells the gender in Russian and in Kazakh patronymic surnames ("Оспанова",
# "Tolegenkyzy" are women's; "Оспанов", "Nurlanuly" men's); read in the nominative form only.
# A family name's ending, and a Russian patronymic's at the end of a form-order name ("Касымов Ерлан
# Бауыржанович", «Турсунова Зульфия Турсуновна»: h-attrib44).
_FEMALE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|овна|евна|ична|qyzy|kyzy|қызы|кызы|гызы)$", re.I)
_MALE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|ович|евич|uly|ulu|ұлы|улы|оглы)$", re.I)


def _surname_gender(person: PersonRecord) -> str | None:
    """The gender a family name's ending tells, read on the last word of the person's first full name,
    else on its first word where a form puts the family name first («Абдыкаримов Мукаш», «Кайратулы
    Асет»; a word of five letters or more: «Лин Хуэй» is no family name)."""
    full = [name.split() for name in person.names if len(name.split()) > 1]
    if not full:
        return None
    for word in (full[0][-1], full[0][0]):
        if word is full[0][0] and len(word) < 5:
            break
        if _FEMALE_SURNAME.search(word):
            return "female"
        if _MALE_SURNAME.search(word):
            return "male"
    return None


# A title of address right before a mention: "Mme Ehmet", "Mr Tursun", «госпожа Сабитова».
_ADDRESS_BEFORE = re.compile(
    rf"\b(?:(?P<female>{_titles(t for t, g in ADDRESS_TITLES.items() if g == 'female')})"
    rf"|(?P<male>{_titles((t for t, g in ADDRESS_TITLES.items() if g == 'male'), m_needs_dot=False)}))"
    r"\.?\s*$")


def _title_gender(text: str, start: int) -> str | None:
    """The gender of a title of address right before `start` ("Mrs Yasin": "female"), else None."""
    title = _ADDRESS_BEFORE.search(text, max(0, start - 10), start)
    return None if title is None else "female" if title.group("female") else "male"


def _same_gender(doc: Doc, one: PersonRecord, other: PersonRecord) -> bool:
    """Whether nothing says the two are of two genders: the titles before `one`'s mentions against
    `other`'s `gender` (a title, a family name's ending, a given name's)."""
    titled = {_title_gender(doc.text, start) for start, _end in one.mentions} - {None}
    if not titled:
        return True
    known = gender(doc, other.id) or next((KIN[match.group(1).lower()][1] for start, _end in other.mentions
                                           if (match := _KIN_APPOSED_BEFORE.search(doc.text, max(0, start - 50), start))
                                           and match.group(1).lower() in KIN), None)
    return known is None or titled == {known}


# A kin noun the name stands in apposition to, a few words before it ("her brother Rahim X", « Le frère de la
# requérante, Rahim X »): the relative's gender before the kinship rules run (`_same_gender`).
_KIN_APPOSED_BEFORE = re.compile(rf"(?<![\w-])((?i:{KIN_PATTERN}))(?:[ \t]+[\w'’-]+){{0,3}},?[ \t]+$")


def gender(doc: Doc, person_id: str) -> str | None:
    """A person's gender, "female", "male" or None: the one rule every stage reads (attribution's
    pronouns in `subjects`, kin possessors in `violations`). In order of sureness: a title of
    address before one of the person's mentions ("Mme Ehmet", "Mr Tursun"), a family name's ending
    (Qasymuly, Nurlanqyzy, Турсунова: `_surname_gender`), the gender read from the context
    (`_genders_from_context`: "a woman named X", "X (f)", « née », a pronoun after the name), else
    the given-name lexicon's for the first word of the name (`guwah.names.given`), when the entry
    is that word, not a name a letter apart."""
    person = doc.person(person_id)
    for start, _end in person.mentions:
        title = _ADDRESS_BEFORE.search(doc.text, max(0, start - 10), start)
        if title is not None:
            return "female" if title.group("female") else "male"
    return _surname_gender(person) or person.attributes.get("gender", (None,))[0] or _lexicon_gender(person)


def _family_name_here(doc: Doc, person: PersonRecord) -> bool:
    """Whether the person is named by one word that ends another person's full name in the document:
    a family name there ("Dr Musa" beside "Rena Musa"), whatever gender the lexicon gives it as a
    given name."""
    if not person.name or len(person.name.split()) > 1:
        return False
    word = person.name.casefold()
    return any(len(name.split()) > 1 and name.split()[-1].casefold() == word
               for other in doc.persons if other is not person for name in other.names)


def _lexicon_gender(person: PersonRecord) -> str | None:
    """The given-name lexicon's gender for the first word of the person's name (`guwah.names.given`),
    when the entry is that word: its phonetic key also joins names a letter apart ("Anar" reaches
    Жанар, a woman's name; Anar is also a man's), so the entry must be written with as many letters
    as the word without its ending; None when it is not so known."""
    entry = given_name(person.name.split()[0]) if person.name else None
    return entry[0].gender if entry and len(entry[0].name) == len(entry[1]) else None


def _pronoun_owner(doc: Doc, offset: int, gender: str | None, named: bool = False, skip: set[str] = frozenset()) -> str | None:
    """The nearest person mentioned before offset of a compatible gender; with `named`, not an
    unnamed relative ("His son X" after "his son said" is the father's son, not the son's son);
    never one of `skip`."""
    for person_id in _mentions_before(doc, offset):
        if person_id in skip:
            continue
        person = doc.person(person_id)
        if named and person.kin_of and not person.names:
            continue
        known = person.attributes.get("gender", (None,))[0]
        if gender is None or known in (None, gender):
            return person_id
    return None


_QUOTE = re.compile(r"[\"“”«»„]")


# "Gulnar Tursun, a teacher, said:" closing its paragraph: the paragraphs after it that open with a
# quotation mark are her words (a quote set off as a paragraph of its own).
_SAID_COLON_END = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
_OPENS_QUOTED = re.compile(r"\s*[\"“«„]")


def _quoted_after_colon(doc: Doc, introduced: dict[int, str], attributions: dict[int, list[str]]) -> dict[int, str]:
    """Paragraph -> speaker for the paragraphs wholly quoted right after one whose last words give the
    word to a named person ("X said:"): each following paragraph that opens with a quotation mark and
    names no speaker of its own, up to the first that does not."""
    firsts: dict[int, int] = {}
    for sentence in doc.sentences:
        firsts.setdefault(sentence.paragraph, sentence.start)
    found: dict[int, str] = {}
    for paragraph, person_id in introduced.items():
        after = paragraph + 1
        while after in firsts and after not in attributions and _OPENS_QUOTED.match(doc.text, firsts[after]):
            found[after] = person_id
            after += 1
    return found


def _speakers(doc: Doc) -> None:
    """Who says "I" in each sentence: the paragraph's quoted speaker, else the narrator."""
    text = doc.text
    # Unnamed speakers: "Another Kazakh woman talked about her husband …".
    for match in _UNNAMED_SPEAKER.finditer(text):
        if person_at(doc, match.start()):
            continue
        person = doc.new_person()
        doc.add_person_mention(person, match.span())
        gender = GENDERED_NOUNS.get(match.group(2).lower())
        if gender:
            person.set_attribute("gender", gender, match.span())
        if match.group(1) and match.group(1).lower() in ETHNONYMS:
            person.set_attribute("ethnicity", ETHNONYMS[match.group(1).lower()], match.span())
        person.roles.add("witness")
    doc.person_spans.sort()

    attributions: dict[int, list[str]] = {}  # paragraph -> speakers in order
    counts: Counter[str] = Counter()
    introduced: dict[int, str] = {}  # paragraph -> who "X said:" at its end gives the word to
    for pattern in (_SPEECH_AFTER, _SPEECH_BEFORE):
        for match in pattern.finditer(text):
            person_id = person_at(doc, match.start(1)) or person_at(doc, match.end(1) - 1)
            if "apposition" in match.groupdict() and match.group("apposition"):
                # "The father of X, a tailor named Y, said": Y speaks, not X.
                inside = doc.person_spans_in(*match.span("apposition"))
                person_id = inside[-1][1] if inside else person_id
            if person_id and (_TO_ME.match(text, match.end()) or _TO_ME_INSIDE.search(match.group())):
                doc.person(person_id).roles.add("witness")
            elif person_id:
                paragraph = doc.sentences[doc.sentence_index(match.start())].paragraph
                attributions.setdefault(paragraph, []).append(person_id)
                counts[person_id] += 1
                if pattern is _SPEECH_BEFORE and _SAID_COLON_END.match(text, match.end()):
                    introduced[paragraph] = person_id
    for match in _PRONOUN_SPEECH.finditer(text):
        gender = PRONOUN_GENDER[match.group(1).lower()]
        person_id = _pronoun_owner(doc, match.start(), gender)
        if person_id and _someone_unnamed_since(doc, person_id, match.start(), gender):
            continue  # "A man from his cell … He said …": the pronoun is his, not a person's
        if person_id and (_TO_ME.match(text, match.end()) or _TO_ME_INSIDE.search(match.group())):
            doc.person(person_id).roles.add("witness")
        elif person_id:
            paragraph = doc.sentences[doc.sentence_index(match.start())].paragraph
            attributions.setdefault(paragraph, []).append(person_id)

    narrator = _self_introduced(doc)
    first_person = len(_FIRST_PERSON.findall(text))
    words = max(1, len(text.split()))
    writer = narrator is not None  # the narrator named as the text's writer (not guessed from a heading or quotes)
    if narrator:
        pass
    elif first_person / words > 0.02 and _signed(doc):
        # A letter says "I" for whoever signs it, not for whom a heading or a salutation names.
        narrator, writer = _signed(doc), True
    elif first_person / words > 0.02 and _signature_field(doc):
        # … and a form's "I" is whoever signs it ("Signed: X  Date: …"), who may fill it in for the member its
        # name field names
        narrator, writer = _signature_field(doc), True
    elif first_person and _sender(doc):
        narrator, writer = _sender(doc), True  # «от X,» heading a complaint: its "I" is X
    elif _told_in_first_person(text) and _credited(doc):
        narrator, writer = _credited(doc), True  # "a memoir by X", "Posted by X": the writer who says "I"
    elif counts and counts.most_common(1)[0][1] >= 2:
        narrator = counts.most_common(1)[0][0]
    elif first_person / words > 0.02:
        # "my aunt X" names the narrator's relative, never the narrator.
        # and "Her husband, X", "Their daughter, X": a name given as anyone's relative is no narrator
        # (and "your brother X", «Ваш брат X»: the addressee's relative)
        relatives = SpanSet(m.span(4) for kin in (_KIN, _YOUR_KIN) for m in kin.finditer(text, 0, _HEADING_CHARS + 200)
                            if m.group(4))
        for match in _OF_SOMEONE.finditer(text, 0, _HEADING_CHARS + 200):
            relatives.add(match.span(1))
        # "Mahinur Rozi (1965?), my aunt", "Anise (1940-2021), his wife": the name a kin phrase stands in apposition to
        for match in _KIN.finditer(text, 0, _HEADING_CHARS + 200):
            at = _apposed_before(text, match.start())
            if at is not None and not match.group(4):
                relatives.add((at, at + 1))
        for person_id in _named_by_name_of_kin(doc).values():
            for span in [span for span, pid in doc.person_spans if pid == person_id]:
                relatives.add(span)
        # nor is one a staff field names ("Moderator: X", "Checked by: X": who ran or wrote down the record, h-persons47)
        staff = named_as_staff(doc)
        # nor one the text names as the writer's own relative further on ("HOLDER: X" over "… my father X set it
        # up …": the heading's X is the father, the "I" someone else; h-victim57)
        mine = SpanSet(m.span(4) for m in _KIN.finditer(text) if m.group(4) and m.group(1).casefold() in _FIRST_PERSON_POSSESSIVES)
        kin_of_writer = {pid for span, pid in doc.person_spans if mine.overlaps(span)}
        # nor the one the letter is written to («Уважаемый X!» over "… my husband …": the "I" writes to X, and
        # "my" is the writer's, never X's)
        kin_of_writer |= named_as_addressee(doc)
        # nor the one the writer introduces themselves as a relative of ("I am the wife of X")
        kin_of_writer |= {pid for _start, _relations, pid in introduced_as_kin(doc)}
        heading = [pid for (s, e), pid in doc.person_spans
                   if s < _HEADING_CHARS and doc.person(pid).names and not relatives.overlaps((s, e)) and pid not in staff
                   and pid not in kin_of_writer]
        # a name written in capitals as a headword before a page title in title case that reads as a name
        # ("Senior Spotlight" over "ZUMRET ABDULLA"; h-x30p). (A given name's preference was tried: it took
        # "my grandfather, X" of a heading over the writer's own name.)
        headword = [pid for (s, e), pid in doc.person_spans
                    if s < _HEADING_CHARS and pid in heading and text[s:e].isupper() and " " in text[s:e].strip()]
        # a form's own name field ("Name: TOHTI, Mahire") over another field's words taken for a name
        # before it ("Branch manager: …"): the form's first-person text is its holder's (h-attrib45)
        fielded = [pid for (s, e), pid in doc.person_spans
                   if pid in heading and any(m.end() == s for m in _NAME_FIELD.finditer(text, max(0, s - 60), s + 1))]
        # not a field's value in title case without a person's name's marks ("Pitch: Riverside Arcade" over
        # "Trader: X" heading a trader's letter, h-persons66), where another is there
        heading = [pid for pid in heading if pid not in _unnamed_field_values(doc, _HEADING_CHARS)] or heading
        if fielded or headword or heading:
            narrator = (fielded or headword or heading)[0]
    if narrator:
        doc.person(narrator).narrator = True
        doc.person(narrator).roles.add("witness")
    for person_ids in attributions.values():
        for person_id in person_ids:
            doc.person(person_id).roles.add("witness")
    quoted = _quoted_after_colon(doc, introduced, attributions)
    for paragraph, person_id in quoted.items():
        attributions[paragraph] = [person_id]
    # (a narrator who gave their name, signed, or is credited as the writer: "Posted by X")
    self_named = narrator is not None and writer
    for index, sentence in enumerate(doc.sentences):
        speakers = attributions.get(sentence.paragraph)
        speaker = speakers[0] if speakers else narrator
        if speakers and self_named and sentence.paragraph not in quoted \
                and not _QUOTE.search(text, sentence.start, sentence.end):
            # A narrator who gave their name tells "My aunt X told a relative that …": outside
            # quotation marks, "I" and "my" stay the narrator's.
            speaker = narrator
        if speaker:
            doc.speakers[index] = speaker
    _statements_headed(doc)
    _turns(doc, narrator)
    _messages(doc)
    # A reply in a thread by another account ("@handle · 3 Feb: … my uncle …"): not the narrator's words.
    another = doc.__dict__.setdefault("_said_by_another", set())  # sentences of an account not the narrator's
    handles = [(m.start(), m.group(1)) for m in _HANDLE_LINE.finditer(text)]
    for start, handle in handles[1:]:
        if handle == handles[0][1]:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for index, sentence in enumerate(doc.sentences):
            if start <= sentence.start < end:
                doc.speakers.pop(index, None)
                another.add(index)
    # A forum's posts ("user4471 wrote:" over the post): a post by another account than the thread's
    # first is not the narrator's, up to the next post (issue 11, h-persons42).
    posts = list(_WROTE.finditer(text))
    if len({m.group("sender").casefold() for m in posts}) >= 2:
        for number, post in enumerate(posts):
            if post.group("sender").casefold() == posts[0].group("sender").casefold():
                continue
            end = posts[number + 1].start() if number + 1 < len(posts) else len(text)
            for index, sentence in enumerate(doc.sentences):
                if sentence.start < end and post.end() < sentence.end:  # (a header may open its post's sentence)
                    doc.speakers.pop(index, None)
                    another.add(index)


# A message's sender in an exported thread: "From: X", « De : X », «От: X».
_FROM_FIELD = re.compile(r"^[ \t]*(?:From|De|От|Кімнен)[ \t]*:[ \t]*(?P<sender>[^\n]+)$", re.M)


def _messages(doc: Doc) -> None:
    """Who says "I" in each message of a thread of mails with two senders or more (each opened by a
    "From:" field): the person the field names, or no one where it names none ("From: Archive desk").
    One mail's header alone changes nothing (its writer is often a lawyer or a researcher writing of
    someone else: `_SENDER_LINE`). Issue 11, h-x30p: a thread's replies told in the first person went
    to the archive's clerk named in the first header. The blocks of a page of signed entries
    (`_entry_headers`) and a letter signed inside a frame (`_signed_letters`) are read the same way."""
    fields = list(_FROM_FIELD.finditer(doc.text))
    blocks = []
    if len({" ".join(m.group("sender").split()).casefold() for m in fields}) >= 2:
        blocks = [(field.span("sender"), field.end(), fields[number + 1].start() if number + 1 < len(fields) else len(doc.text))
                  for number, field in enumerate(fields)]
    blocks += _entry_headers(doc.text) + _signed_letters(doc.text)
    if not blocks:
        return
    said: dict[str, tuple[int, int]] = {}  # sender -> (their blocks told in the first person, first-person words)
    for sender, start, end in blocks:
        named = [pid for _span, pid in doc.person_spans_in(*sender) if doc.person(pid).names]
        if named:
            own = len(_FIRST_PERSON.findall(_QUOTED.sub(" ", doc.text[start:end])))
            blocks_told, words = said.get(named[-1], (0, 0))
            said[named[-1]] = (blocks_told + (own > 0), words + own)
            if own:
                doc.person(named[-1]).roles.add("witness")  # who tells in their own words
        for index, sentence in enumerate(doc.sentences):
            if start <= sentence.start < end:
                if named:
                    doc.speakers[index] = named[-1]
                else:
                    doc.speakers.pop(index, None)
    # The thread's narrator is the sender of the most blocks told in the first person, then who says "I"
    # most (a page's owner who writes twice, not a guest who writes at length), not whoever the first header names.
    if said and max(said.values())[0] > 0:
        teller = max(said, key=lambda pid: said[pid])
        for person in doc.persons:
            if person.narrator and person.id != teller:
                person.narrator = False
        doc.person(teller).narrator = True
        doc.person(teller).roles.add("witness")


# A line that opens one writer's entry in a page of several (a condolence or guest book, a comment
# thread): who writes, maybe a town, then a date, set apart by dashes, bars or middle dots; a number or
# "Entry n" may lead ("Entry 2 — Name, Town — 29 June 2021", "Name · Town · 3 May 2020", "@handle · 5 мар.
# 2022 г."). The writer may be no person ("A former student"): then the entry's "I" is no one's.
_ENTRY_HEADER = re.compile(
    r"^[ \t]*(?:[^\n—–|·]{1,24}?[ \t]+[—–|·][ \t]*)?(?P<who>[^\n—–|·,]{2,60}?)(?:,[ \t]*[^\n—–|·,]{1,40}?)?"
    r"[ \t]+[—–|·][ \t]*(?P<date>[^\n—–|·]{4,32}?)[ \t]*$", re.M)
# The date an entry's header ends with ("29 June 2021", "June 29, 2021", "5 мар. 2022 г.", "03.07.2021",
# "2021-07-03", "May 2020"), maybe a time after it.
_ENTRY_DATE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+[^\W\d]+\.?[ \t]+(?:19|20)\d\d|[^\W\d]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|"
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|[^\W\d]+[ \t]+(?:19|20)\d\d)(?:[ \t,]+[^\s—–|·]+){0,2}")
_MIN_ENTRIES = 2  # entry headers from which a page reads as several writers' entries


def _entry_headers(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """The entries of a page of several signed entries: (the writer's span in the header, the start
    and end of the entry's body). An entry runs from its header's line to the next header; a page
    with fewer than `_MIN_ENTRIES` headers, each followed by its own lines, has none (one dated
    heading is no entry). Issue 11, h-x32p: a condolence book's entries all went to one voice."""
    headers = []
    for match in _ENTRY_HEADER.finditer(text):
        if not _ENTRY_DATE.fullmatch(match.group("date")) or re.search(r"[.!?](?:\s|$)", match.group("who")):
            continue
        body = re.match(r"\n[ \t]*(?=[^\s])", text[match.end():match.end() + 200])
        if body:  # the entry's text on the next line
            headers.append(match)
    if len(headers) < _MIN_ENTRIES:
        return []
    return [(match.span("who"), match.end(), headers[number + 1].start() if number + 1 < len(headers) else len(text))
            for number, match in enumerate(headers)]


# A letter's sign-off inside a longer text (a letter quoted in a translator's certificate, a
# dossier): a short closing line ending in a comma, then a signature line of one to three name words,
# then a blank line; the letter runs from its salutation ("Dear X,", "My dear son,", « Cher … », «Дорогой
# …») or the text's start.
_SIGN_OFF = re.compile(
    rf"^[ \t]*[{_UPPER}][^\n,.!?]{{0,40}},[ \t]*\n[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*\n[ \t]*\n(?=[ \t]*\S)",
    re.M)
_SALUTATION = re.compile(rf"^[ \t]*{_GREETING_WORD}(?![\w-])[^\n]{{0,50}}[,!][ \t]*$", re.M)


def _signers(doc: Doc) -> list[tuple[int, int, str]]:
    """The names that sign an entry's header or a letter inside a longer text (`_entry_headers`,
    `_signed_letters`), even a given name alone: one to four name words and nothing else, no place."""
    text = doc.text
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for (s, e), _start, _end in _entry_headers(text) + _signed_letters(text):
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e -= len(text[s:e]) - len(text[s:e].rstrip())
        words = text[s:e].split()
        if re.fullmatch(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}", text[s:e]) and all(map(_is_name_word, words)) \
                and not places.overlaps((s, e)):
            found.append((s, e, "signed"))
    return found


def _signed_letters(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """Letters signed inside a longer text (`_SIGN_OFF`, with text after the signature): (the
    signature's span, the start and end of the letter). The frame's own "I" (a translator who
    certifies the letter) stays the frame's. Issue 11, h-x32p: a mother's letter, signed with her
    given name inside a certified translation, was told by the translator."""
    letters = []
    start = 0
    for match in _SIGN_OFF.finditer(text):
        salutations = list(_SALUTATION.finditer(text, start, match.start()))
        begin = salutations[-1].end() if salutations else start
        letters.append((match.span("name"), begin, match.start("name")))
        start = match.end()
    return letters


# A transcript's turn: a line opened by a speaker's label ("ERKIN: …", "GQ: …", "Mom: …",
# «СИНХРОН, Шынар Мухтаркызы: …», "HOST (voice-over): …").
# A chat's or a messenger export's line opens with its time ("[12:03] Aygul: …", "[14.10.2021 19:10] Алина: …",
# "03/05/2021, 21:14 - Dilnur: …"): the label after it is the sender's.
_CHAT_STAMP = (r"(?P<stamp>\[[^\]\n]{0,20}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,6}\]"
               r"|(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?=[ \t]*[-–]))[ \t]*(?:[-–][ \t]*)?")
SPEAKER_TURN = re.compile(rf"[ \t]*(?:{_CHAT_STAMP})?(?P<label>[A-ZÀ-ÖØ-ÞА-ЯЁ][^\n:.!?\[\]()]{{0,50}}?)[ \t]*"
                          r"(?:\([^)\n]{0,40}\))?[ \t]*:[ \t]+")
# Labels of whoever asks or presents: "I" in their lines is none of the people the text is about.
_ASKING = frozenset("""
host q question interviewer presenter anchor journalist reporter moderator narrator voice-over voiceover caller chair
chairman chairwoman chairperson
hôte question journaliste présentateur présentatrice animateur animatrice intervieweur
ведущий ведущая корреспондент журналист журналистка вопрос интервьюер модератор модераторка председатель
""".split())
# Labels that name the narrator's parent in a family chat ("Mom: …", "Dad: …").
_PARENT_LABELS = {"mom": "mother", "mum": "mother", "mama": "mother", "mother": "mother", "maman": "mother",
                  "мама": "mother", "dad": "father", "papa": "father", "father": "father", "папа": "father"}


def _turns(doc: Doc, narrator: str | None) -> None:
    """Who says "I" on a transcript's line opened by a speaker's label: the person the label names
    (a word of their name, or their initials: "ERKIN", "GQ"; the narrator's parent for "Mom"); no
    one for an interviewer's or presenter's label ("HOST", "Q", «КОРРЕСПОНДЕНТ»); unchanged for a
    label that names no one known ("Me", "A", a heading)."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        turn = SPEAKER_TURN.match(text, line_start)
        if turn is None or turn.end() > sentence.end:
            continue
        speaker = _turn_speaker(doc, turn.group("label"), narrator)
        if speaker == "":
            doc.speakers.pop(index, None)
        elif speaker is not None:
            doc.speakers[index] = speaker
    _hearing_turns(doc)


def _turn_break(line: str) -> bool:
    """Whether a line of a hearing ends the turn before it (`_hearing_turns`)."""
    return bool(line.strip()) and (line.lstrip()[:1] in "[(" or not any(c.islower() for c in line)
                                   or SPEAKER_TURN.match(line) is not None)


def _hearing_turns(doc: Doc) -> None:
    """Who says "I" and "we" in a hearing's turns (`_hearing_labels`): the person a label's surname names, in
    the label's line and in the paragraphs after it up to the next label, a heading with no small letter or a
    bracketed note; no one in a presiding officer's turn ("Chairman X.", `_ASKING`). Issue 11
    (h-speakers76): a witness's own acts told in her turns went to the chairman named first."""
    text = doc.text
    labels = _hearing_labels(text)
    if not labels:
        return
    starts = [m.start() for m in labels]
    for number, label in enumerate(labels):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        for line in re.finditer(r"[^\n]*", text[label.end():end]):  # the turn runs on over lines with no label
            if line.start() > 0 and _turn_break(line.group()):
                end = label.end() + line.start()
                break
        title = label.group("title").casefold()
        speaker = "" if title in _ASKING else person_at(doc, label.start("name"))
        if speaker and not doc.person(speaker).names:
            speaker = None
        for index, sentence in enumerate(doc.sentences):
            if sentence.end > label.end() and label.start() <= sentence.start < end:
                if speaker:
                    doc.speakers[index] = speaker
                elif speaker == "":
                    doc.speakers.pop(index, None)


# Labels of whoever answers in a record of questions and answers ("A:", « R : », «Ответ:»): the one questioned.
_ANSWERING = frozenset("a answer r réponse ответ жауап".split())
# Who assists or translates for the one questioned ("in the presence of counsel X", « assisté de Me X, avocat »,
# «в присутствии адвоката X»): named beside them, never the one who answers.
_ASSISTING = re.compile(r"(?<![\w-])(?:counsel|lawyer|solicitor|attorney|interpreter|avocate?|interprète|Me|Maître|"
                        r"адвокат\w*|переводчик\w*|защитник\w*)\.?[ \t]*$", re.I)
_ANSWERER_PRONOUN = re.compile(r"(?<![\w-])(?:(?P<male>he|il|он)|(?P<female>she|elle|она))(?![\w-])", re.I)


def _answers(doc: Doc) -> None:
    """Who says "I" on the answer lines of a record of questions and answers (`_ANSWERING` after an asking
    label, "Q: … / A: …", «Вопрос: … / Ответ: …»), where the label names no one: the one questioned, whom the
    line that opens the exchange names ("From the statement of X, given in the presence of counsel Y:"; not
    the counsel nor an official), or tells by a pronoun ("To the judge's questions he answers:": the last
    person of that gender named before it), else the one person the text is about by its role noun ("the
    claimant", `named_as_the_subject`); unchanged when none of these names anyone. A third-person record of a
    hearing has no narrator, so the answers' "I", "my mother" and subjectless clauses were nobody's (issue 11,
    h-attrib49)."""
    text = doc.text
    subjects = named_as_the_subject(doc)
    opening: int | None = None  # where the lines of the exchange being read began
    answerer: str | None = None
    for index, sentence in enumerate(doc.sentences):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        turn = SPEAKER_TURN.match(text, line_start)
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", turn.group("label"))] if turn else []
        if not words or not (words[0] in _ASKING or len(words) == 1 and words[0] in _ANSWERING):
            if turn is None or sentence.start < turn.end():
                opening = None
            continue
        if opening is None:
            opening = line_start
            answerer = _questioned(doc, opening, subjects)
        if words[0] in _ANSWERING and answerer is not None and index not in doc.speakers:
            doc.speakers[index] = answerer


def _questioned(doc: Doc, opening: int, subjects: set[str]) -> str | None:
    """The one an exchange of questions and answers opening at `opening` questions (`_answers`)."""
    text = doc.text
    intro = text.rfind("\n", 0, max(0, text[:opening].rstrip().__len__())) + 1
    line = (intro, len(text[:opening].rstrip()))

    def may_answer(pid: str, start: int) -> bool:
        person = doc.person(pid)
        return bool(person.names) and "official" not in person.roles and pid not in named_as_staff(doc) \
            and not _ASSISTING.search(text, max(0, start - 25), start)

    for (start, _end), pid in doc.person_spans_in(*line):
        if may_answer(pid, start):
            return pid
    pronoun = _ANSWERER_PRONOUN.search(text, *line)
    if pronoun is not None:
        wanted = "male" if pronoun.group("male") else "female"
        for (start, _end), pid in reversed(doc.person_spans_in(max(0, line[0] - 2000), line[0])):
            if may_answer(pid, start) and gender(doc, pid) == wanted:
                return pid
        return None
    return next(iter(subjects)) if len(subjects) == 1 else None


def _turn_speaker(doc: Doc, label: str, narrator: str | None) -> str | None:
    """The person id a turn's label names, "" for an asking label, None when it names no one."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", label)]
    if not words or len(words) > 4:
        return None
    if words[0] in _ASKING or words[-1] in _ASKING:
        return ""
    if len(words) == 1 and words[0] in _PARENT_LABELS:
        if narrator is None:
            return None
        wanted = _PARENT_LABELS[words[0]]
        parents = [r.person for r in doc.person(narrator).relations if r.relation == wanted]
        return parents[0] if len(set(parents)) == 1 else None
    scores: dict[str, int] = {}
    for person in doc.persons:
        for name in person.names:
            tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+", name)]
            score = sum(1 for w in words if len(w) > 1 and w in tokens)
            initials = "".join(t[:1] for t in tokens)
            if len(words) == 1 and label.strip().isupper() and 2 <= len(words[0]) <= 3 and words[0] == initials:
                score = max(score, 1)
            scores[person.id] = max(scores.get(person.id, 0), score)
    best = max(scores.values(), default=0)
    found = [pid for pid, score in scores.items() if score == best]
    if best and len(found) > 1 and len(words) == 1 and label.strip().isupper():
        # "SAWUT:" in a transcript is the family name of the one named in full ("Rozimemet Sawut"), not
        # a relative whose given name it also is ("his father Sawut Ghopur"): a capitalised label is a surname
        found = [pid for pid in found if any(len(tokens) > 1 and tokens[-1] == words[0] for tokens in
                                             ([t.casefold() for t in re.findall(r"[^\W\d_]+", name)]
                                              for name in doc.person(pid).names))]
    return found[0] if best and len(found) == 1 else None


# A line that opens with a social-media handle, or a name and a handle ("Aynur T. @aynur_t · …").
# A forum post's header on its own line: "user4471 wrote:", « aygul_k a écrit : », «Гость написал:».
_WROTE = re.compile(rf"^[ \t]*(?P<sender>[^\s:]{{2,40}}(?:[ \t]+[^\s:]{{1,40}}){{0,2}}?)[ \t]+"
                    rf"(?:{saying_forms('header', other=True)})[ \t]*:[ \t]*$", re.M)
_HANDLE_LINE = re.compile(r"^[^\n@]{0,40}?@(\w{2,})\b[^\n]{0,40}?[·:]", re.M)
_SOMEONE = re.compile(
    r"\b(?:a|an|another|one|some|un|une|un autre|une autre)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>man|woman|detainee|cellmate|prisoner|inmate|neighbou?r|stranger|guard|officer|homme|femme|détenu|détenue|voisin|voisine)\b",
    re.I)
_NOUN_GENDER = {"man": "male", "woman": "female", "homme": "male", "femme": "female", "détenu": "male",
                "détenue": "female", "voisin": "male", "voisine": "female"}


def _someone_unnamed_since(doc: Doc, person_id: str, offset: int, gender: str) -> bool:
    """Whether an unnamed "a man", "a former detainee" of that gender is told between the person's
    last mention before offset and offset (then "he" is that someone)."""
    last = max((e for (_s, e), pid in doc.person_spans_in(max(0, offset - 1500), offset) if pid == person_id and e <= offset),
               default=None)
    if last is None:
        return False
    return any(_NOUN_GENDER.get(m.group("noun").lower(), gender) == gender for m in _SOMEONE.finditer(doc.text, last, offset))


# A letter's closing: a short line ending in a comma ("With all my love,", «Обнимаю,», "Bien à
# vous,"), then the signature's line, which may name the signer through a kin word ("your uncle X").
_VALEDICTION = re.compile(r"\n[ \t]*(?:\S+[ \t]+){0,5}\S+,[ \t]*\n(?P<signature>[ \t]*[^\n]{1,80})\s*$")


def _signed(doc: Doc) -> str | None:
    """The named person who signs a letter at its end, else None."""
    tail = max(0, len(doc.text) - 400)
    match = _VALEDICTION.search(doc.text, tail)
    if match is None:
        return _signed_alone(doc)
    named = [pid for _span, pid in doc.person_spans_in(*match.span("signature")) if doc.person(pid).names]
    return named[-1] if named else None


# A form's signature field ("Signed: X", "Signature: X    Date: …", « Signé : X », «Подпись: X»): the name alone,
# or with a date's field after it on its line; not "Signed by", "Signed for …", nor a name with a post after it.
_SIGNATURE_FIELD = re.compile(r"^[ \t]*(?:Signed|Signature|Sign[ée]e?|Подпись)[ \t]*:[ \t]*(?=\S)", re.M | re.I)
_INITIALS_ONLY = re.compile(r"(?:[^\W\d_]{1,2}\.[ \t]*)+[^\W\d_]")
_AFTER_SIGNATURE_FIELD = re.compile(r"[ \t]*(?:(?:Date|Дата|Le|Fait)\b[^\n]*)?$", re.I)


def _signature_field(doc: Doc) -> str | None:
    """The named person a form's signature field names (`_SIGNATURE_FIELD`: the person whose mention opens its
    value, nothing but a date after it on the line), not a staff member (`named_as_staff`); the last such
    field; else None."""
    text = doc.text
    staff = None
    found = None
    for match in _SIGNATURE_FIELD.finditer(text):
        spans = doc.person_spans_in(match.end(), match.end() + 80)
        if not spans or spans[0][0][0] != match.end() or not doc.person(spans[0][1]).names:
            continue
        (_s, e), pid = spans[0]
        if all(_INITIALS_ONLY.match(name) for name in doc.person(pid).names):
            continue  # "Signed: A. Surname" joined to no one's full name: which of the family signed is not told
        line_end = text.find("\n", e)
        if not _AFTER_SIGNATURE_FIELD.fullmatch(text, e, len(text) if line_end < 0 else line_end):
            continue
        staff = named_as_staff(doc) if staff is None else staff
        if pid not in staff:
            found = pid
    return found


# What may follow a signature's name on its line: a patronymic word written apart, then ", a town".
# and a maiden or other name in brackets: "Aliya Brown (née Tursunqyzy)".
_AFTER_SIGNATURE = re.compile(rf"(?:[ \t]+(?:{'|'.join(_PATRONYMIC_WORDS)}))?[ \t]*(?:\([^()\n]{{1,40}}\))?"
                              rf"[ \t]*(?:,[ \t]*[^\W\d][^\n,]{{0,40}})?[ \t]*$", re.I)
_SIGNATURE_LINES = 3  # the last lines of a text where a signature with no valediction may stand


def _signed_alone(doc: Doc) -> str | None:
    """A letter signed with no valediction: one of its last lines, after a blank line, is a
    person's name alone ("Aigul Tursun kyzy" over "Bishkek"; "Aygul Tohti, Rennes" over an
    editor's note). The named person, else None."""
    text = doc.text
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))[-_SIGNATURE_LINES:]
    for line in lines:
        if not re.search(r"\n[ \t]*\n[ \t]*$", text[:line.start()]):
            continue  # a signature opens its paragraph
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        spans = doc.person_spans_in(start, line.end())
        if spans and spans[0][0][0] == start and doc.person(spans[0][1]).names \
                and _AFTER_SIGNATURE.match(text, spans[0][0][1], line.end()):
            return spans[0][1]
    return None


# «от X,» under the addressee of a Russian complaint. Not "From: X" (a memo's or a mail's header
# names its writer, often a lawyer or a researcher, not the person whose "I" the text is).
_SENDER_LINE = re.compile(r"^[ \t]*[Оо]т[ \t]+(?=\S)", re.M)


# The end of a heading's block: a blank line.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The lines an «от» phrase may run over before its name (the sender's description first).
_SENDER_LINES = 3


def _sender(doc: Doc) -> str | None:
    """The named person a Russian letter's sender line gives near its top («от Касымовой Айнур
    Ерлановны,», «от студентки 3 курса Нурлановой Айгерим»: the first name on the line; «от слушательницы
    курсов,» with the name on a line below it in the same block: a description
    in lower case runs on to its name, up to `_SENDER_LINES` lines; «от 12.03.2024» does not), else None."""
    text = doc.text
    for match in _SENDER_LINE.finditer(text, 0, min(len(text), _HEADING_CHARS)):
        blank = _BLANK_LINE.search(text, match.end())
        block_end = len(text) if blank is None else blank.start()
        line_end = match.end()
        for _line in range(_SENDER_LINES):
            next_end = text.find("\n", line_end + 1)
            line_end = block_end if next_end < 0 else min(next_end, block_end)
            for _span, person_id in doc.person_spans_in(match.end(), line_end):
                if doc.person(person_id).names:
                    return person_id
            if line_end >= block_end or not text[match.end()].islower():
                break  # only a description in lower case («от выпускницы …») runs on to a name below
    return None


# A line that heads a statement with its maker in the genitive, then a colon («Объяснение Д. К. Нуриевой
# (со слов заявительницы):», «Рассказ Айгуль:»): its first word is read by `_statements_headed`.
_HEADED_STATEMENT = re.compile(rf"^[ \t]*(?P<noun>[{_UPPER}][а-яё]+)[ \t]+(?P<name>[^\n():]{{2,60}}?)[ \t]*"
                               r"(?:\([^()\n]{0,60}\))?[ \t]*:[ \t]*$", re.M)


def _statements_headed(doc: Doc) -> None:
    """The speaker of a statement under a heading that names its maker in the genitive after a noun of a
    thing (`ru_thing_noun`: a document, «Объяснение X:», «Показания X:», «Рассказ X:»; not a person's noun,
    «Мать X:», whose speaker is the mother): the maker says "I" in the paragraph that follows (`doc.speakers`)."""
    if doc.language != "ru":
        return
    text = doc.text
    for match in _HEADED_STATEMENT.finditer(text, 0):
        pid = person_at(doc, match.start("name"))
        last = match.group("name").split()[-1]
        if pid is None or not doc.person(pid).names or not ru_thing_noun(match.group("noun")) \
                or "gent" not in ru_cases(last) or ru_cases(last) == {"nomn"}:
            continue
        begin = match.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
        paragraph = re.compile(r"\n[ \t]*\n").search(text, begin)
        end = paragraph.start() if paragraph else len(text)
        for index, sentence in enumerate(doc.sentences):
            if begin <= sentence.start < end:
                doc.speakers[index] = pid


def _self_introduced(doc: Doc) -> str | None:
    """The person who introduces themselves in the first person, outside quoted speech."""
    found = [m for pattern in (_SELF_NAMED, _SELF_APPOSED, _SELF_PLURAL, _SELF_WRITING)
             for m in pattern.finditer(doc.text, 0, min(len(doc.text), 3000))]
    for match in sorted(found, key=lambda m: m.start()):
        person_id = person_at(doc, match.start(1))
        if person_id is None:
            continue
        line_start = doc.text.rfind("\n", 0, match.start()) + 1
        if doc.text.count("«", line_start, match.start()) > doc.text.count("»", line_start, match.start()) or \
                doc.text.count("“", line_start, match.start()) > doc.text.count("”", line_start, match.start()):
            continue
        return person_id
    return None


# «по её словам», «по словам X», «со слов X»: whose account the rest of the sentence gives.
_SOURCE_RU = re.compile(r"(?<![\w-])(?:по[ \t]+(?P<pronoun>её|ее|его)[ \t]+словам|по[ \t]+словам[ \t]+|со[ \t]+слов[ \t]+)",
                        re.I)


def _source_before_ru(doc: Doc, offset: int) -> str | None:
    """Id of the teller a Russian sentence names before `offset` as the source of what it says («по её
    словам, …»: the nearest named woman before; «по словам X»: X), else None."""
    sentence = doc.sentences[doc.sentence_index(offset)]
    found = list(_SOURCE_RU.finditer(doc.text, sentence.start, offset))
    if not found:
        return None
    source = found[-1]
    if source.group("pronoun"):
        gender = "male" if source.group("pronoun").lower() == "его" else "female"
        return _pronoun_owner(doc, source.start(), gender, named=True)
    return person_at(doc, source.end())


def _unnamed_kin(doc: Doc, unnamed: dict[tuple[str, str], PersonRecord], owner_id: str, relation: str) -> PersonRecord:
    """The one unnamed relative of `owner_id` by `relation` ("my brother" told of twice is one brother): the
    record made before, or a new person with `kin_of` set, remembered in `unnamed`."""
    key = (owner_id, relation)
    relative = unnamed.get(key) or doc.new_person(kin_of=key)
    unnamed[key] = relative
    return relative


# A spouse word -> the gender of the one whose spouse it is ("wife of Y": Y a man), as `_kinship` reads
# "son mari" of a woman.
_SPOUSE_GENDER = {"wife": "male", "husband": "female"}


def _kinship(doc: Doc) -> None:
    text = doc.text
    unnamed: dict[tuple[str, str], PersonRecord] = {}
    # a person introduced as the writer's relative has the kin word's gender ("X (brother)": a man, whose
    # "her father" a later pronoun cannot be)
    for _start, relations, person_id in introduced_as_kin(doc):
        gender = KIN.get(relations[0], (None, None))[1] if len(relations) == 1 else None
        if gender and doc.person(person_id).mentions:
            doc.person(person_id).set_attribute("gender", gender, min(doc.person(person_id).mentions))

    def relate(owner: PersonRecord, relative: PersonRecord, relation: str, span) -> None:
        if relative.id == owner.id:
            return
        if not any(r.person == relative.id and r.relation == relation for r in owner.relations):
            owner.relations.append(Relation(relative.id, relation, span))
        relative.roles.add("relative")
        if owner.names:
            owner.roles.add("relative")  # a named person whose relative the text speaks of

    for match in _MARRIAGE.finditer(text):
        female = PRONOUN_GENDER[match.group("subject").lower()] == "female"
        owner_id = _pronoun_owner(doc, match.start(), "female" if female else "male")
        spouse_id = person_at(doc, match.start("name"))
        if owner_id and spouse_id and owner_id != spouse_id:
            owner, spouse = doc.person(owner_id), doc.person(spouse_id)
            relation = "husband" if female else "wife"
            spouse.set_attribute("gender", "male" if female else "female", match.span())
            owner.set_attribute("gender", "female" if female else "male", match.span())
            relate(owner, spouse, relation, match.span())
            if not any(r.person == owner.id for r in spouse.relations):
                spouse.relations.append(Relation(owner.id, "wife" if female else "husband", match.span()))
    _married_to_writer(doc, relate)
    for match in [*_NAMES_KIN.finditer(text), *(_KIN_NAMES_RU.finditer(text) if doc.language == "ru" else ())]:
        if match.re is _KIN_NAMES_RU:
            owner_id, relative_id = person_at(doc, match.start(2)), person_at(doc, match.end())
            word = match.span(1)
        else:
            owner_id, relative_id = person_at(doc, match.start(1)), person_at(doc, match.end())
            word = match.span(2)
            if owner_id is None and relative_id:
                owner_id = _owner_by_name_word(doc, match.span(1), relative_id)
        if owner_id and relative_id and owner_id != relative_id:
            relation, gender = KIN[text[word[0]:word[1]].lower()]
            relative = doc.person(relative_id)
            if gender:
                relative.set_attribute("gender", gender, word)
            relate(doc.person(owner_id), relative, relation, word)
    for match in _KIN_OF.finditer(text):
        word, _name = match.groups()
        owner_id = person_at(doc, match.start(2))
        if owner_id is None:
            continue
        relation, gender = KIN[word.lower()]
        owner = doc.person(owner_id)
        span = match.span(1)
        # "The father of X, a baker named Y,": Y is the father, not an unnamed one.
        owner_end = next((e for (s, e), pid in doc.person_spans_in(match.start(2), match.start(2) + 1) if pid == owner_id),
                         match.end(2))
        apposed = _APPOSED_NAME.match(text, owner_end)
        relative = doc.person(person_at(doc, apposed.end())) if apposed and person_at(doc, apposed.end()) else None
        # "Mahire Tohti, daughter of Gulnar and Ablet": the name before, in apposition, is the child
        before = _apposed_before(text, match.start())
        if relative is None and before is not None and person_at(doc, before) not in (None, owner.id):
            relative = doc.person(person_at(doc, before))
        # "2. HOSHUR, Memet (m), 63. Uncle of member X.": a list entry's kin phrase is its headword's
        headword = _INVERTED.match(text, text.rfind("\n", 0, match.start()) + 1)
        if relative is None and headword and person_at(doc, headword.start("name")) not in (None, owner.id):
            relative = doc.person(person_at(doc, headword.start("name")))
        if relative is None:
            relative = _unnamed_kin(doc, unnamed, owner.id, relation)
            doc.add_person_mention(relative, span)
        if gender:
            relative.set_attribute("gender", gender, span)
        if relation in _SPOUSE_GENDER:
            # "X (wife of Y)": Y is the husband, whose "her husband" a later pronoun cannot be
            owner.set_attribute("gender", _SPOUSE_GENDER[relation], span)
        relate(owner, relative, relation, span)
    for match in _OWNERS_KIN.finditer(text):
        # "Dilnur Kasim's husband was taken": a relative of the named owner, unnamed, who is told of
        # on his own (the name after, "X's husband, Y" or "X's husband Y", is `_NAMES_KIN`'s)
        owner_id = person_at(doc, match.start() - 1)
        if owner_id is None or person_at(doc, match.start("kin")) or doc.person(owner_id).kin_of:
            continue
        apposed = _APPOSED_NAME.match(text, match.end()) or re.compile(r"[ \t]+").match(text, match.end())
        if apposed and person_at(doc, apposed.end()) or _KIN_TELLS.match(text, match.end()):
            continue  # (nor a relative who only tells: "X's son says that his father …", whose "he" is X)
        relation, gender = KIN[match.group("kin").lower()]
        owner = doc.person(owner_id)
        span = match.span("kin")
        # "my uncle Tohti Ablet, Aysha's brother, …": the name the phrase stands in apposition to
        owner_start = next((s for (s, _e), pid in reversed(doc.person_spans_in(max(0, match.start() - 80), match.start()))
                            if pid == owner_id), match.start())
        before = _apposed_before(text, owner_start)
        named = person_at(doc, before) if before is not None else None
        if named not in (None, owner_id):
            relative = doc.person(named)
        else:
            relative = _unnamed_kin(doc, unnamed, owner.id, relation)
            doc.add_person_mention(relative, span)
        if gender:
            relative.set_attribute("gender", gender, span)
        relate(owner, relative, relation, span)
    for match in _KIN_FIELD.finditer(text):
        # "Husband, Marat Sadykov, interviewed …" in a record: the relative of the record's subject.
        relative_id = person_at(doc, match.start("name"))
        relation, gender = KIN[match.group("kin").lower()]
        owner_id = _pronoun_owner(doc, match.start(), {"husband": "female", "wife": "male"}.get(relation), named=True,
                                  skip={relative_id} if relative_id else set())
        if relative_id and owner_id:
            relative = doc.person(relative_id)
            if gender:
                relative.set_attribute("gender", gender, match.span("kin"))
            relate(doc.person(owner_id), relative, relation, match.span("kin"))
    _fathers_name(doc)
    matches = [(m, m.group(1)) for m in _KIN.finditer(text)]
    # (named only: an unnamed "your father" would be a person the golds do not list, most often one the
    # letter names by the name the addressee carries as a surname)
    matches += [(m, m.group(1)) for m in _YOUR_KIN.finditer(text) if m.group(4) and addressee_before(doc, m.start())]
    matches.sort(key=lambda item: item[0].start())
    if doc.language == "ru":
        covered = SpanSet(m.span() for m, _ in matches)
        matches += [(m, m.group(1)) for m in _KIN_RU_ANY_CASE.finditer(text)
                    if not covered.overlaps(m.span()) and kin_relation(m.group(3))]
        # Russian often leaves out "my": "Отец, Серик Ахметов, …", "что отец умер" (but «Ваш брат X» with no
        # addressee known is nobody's known relative, never the writer's).
        covered = SpanSet(m.span() for m, _ in matches)
        for your in _YOUR_KIN.finditer(text):
            covered.add(your.span())
        matches += [(m, "мой") for m in _BARE_KIN_RU.finditer(text) if not covered.overlaps(m.span())
                    and not _KIN_CHAIN_RU.match(text, m.end(3)) and not _KIN_CHAIN_BEFORE_RU.search(text, 0, m.start(3))]
        matches.sort(key=lambda item: item[0].start())
    previous: tuple[str, str, str, int] | None = None  # (possessive, owner, relative, sentence) of the last kin phrase
    officials = {p.id for p in doc.persons if p.names and _titled_official(doc, p)}
    named_next = _named_by_name_of_kin(doc)
    addressed = named_as_addressee(doc)
    for match, possessive in matches:
        _possessive, _qualifier, word, name = match.groups()
        if name and _REPORTED_BY_KIN.search(text, max(0, match.start() - 20), match.start()) \
                and "," in text[match.end(3):match.start(4)] and not _APPOSITION_CLOSED.match(text, match.end(4)):
            name = None  # "According to his wife, X was arrested": X is the one told of, not the wife
        relation, gender = kin_relation(word)
        sentence = doc.sentence_index(match.start())
        if possessive.lower().startswith("сво") and _RU_FIRST_SUBJECT.search(text, doc.sentences[sentence].start, match.start()):
            possessive = "моя"  # «я рассказал о своём брате»: the narrator's
        # "My uncle, Rustem Osman, her younger brother, …": the kin phrase in apposition after a
        # name is that person's, and its owner is someone else.
        apposed_at = _apposed_before(text, match.start())
        apposed_to = person_at(doc, apposed_at) if apposed_at is not None and not name else None
        if possessive.lower() in ("our", "their", "leur", "notre"):
            if name and person_at(doc, match.start(4)):
                doc.person(person_at(doc, match.start(4))).roles.add("relative")
                if possessive.lower() in ("their", "leur") and relation in ("son", "daughter"):
                    _couples_child(doc, match, relation, relate)
            if possessive.lower() in ("their", "leur") or not name:
                continue
        source = _source_before_ru(doc, match.start(3)) if match.re is _BARE_KIN_RU else None
        if source is not None:
            # «по его словам, брата увезли»: a bare kin word in what someone is reported to have said is
            # that teller's relative, not the writer's
            owner_id = source
        elif possessive.lower() in SECOND_PERSON_POSSESSIVES:
            owner_id = addressee_before(doc, match.start())
        elif possessive.lower() in (*_FIRST_PERSON_POSSESSIVES, "our", "notre") or _RU_MY_FORM.fullmatch(possessive):
            owner_id = doc.speakers.get(sentence)
            # (A Russian kin word without a possessive, given "мой" above, claims no narrator.)
            if owner_id is None and (name or apposed_to or match.start() in named_next) and match.start(1) < _HEADING_CHARS + 200 \
                    and possessive != "мой" and sentence not in doc.__dict__.get("_said_by_another", ()):
                # "my aunt X" in a text whose narrator is never named: the narrator, unnamed.
                owner_id = _unnamed_narrator(doc, match.span(1)).id
            elif owner_id is None and possessive != "мой" and addressed and doc.language == "ru" \
                    and not _inside_quotes(text, match.start()):
                # «Уважаемый X! … мой муж …»: a letter's "my" is its unnamed writer's, never the addressee's
                owner_id = _unnamed_narrator(doc, match.span(1)).id
        else:
            owner_gender = {"his": "male", "her": "female", "его": "male", "её": "female", "ее": "female"}.get(possessive.lower())
            # "son mari": French "son" has no gender, a husband's spouse has
            owner_gender = owner_gender or {"husband": "female", "wife": "male"}.get(relation)
            skip = {apposed_to} if apposed_to else set()
            # "An officer, Li Wei, told her that her husband …": an official titled as one owns no
            # relative the text speaks of when someone else of the possessive's gender came before.
            owner_id = _pronoun_owner(doc, match.start(), owner_gender, named=True, skip=skip | officials) \
                or _pronoun_owner(doc, match.start(), owner_gender, named=True, skip=skip)
            # "Her mother, X, … Her father, Y": one owner for kin phrases told one after another
            # with the same possessive, not the relative the first one named.
            if name and previous and previous[0] == possessive.lower() and owner_id == previous[2] \
                    and sentence - previous[3] <= 2:
                owner_id = previous[1]
            # "Her mother, X, …. In 2018 her mother was taken": the nearest woman is the mother
            # herself, named as the relative of someone else; that someone owns "her mother".
            # (Not when the owner has a named relative of that relation of their own: "his brother" of a
            # man whose brother X is named is X, though X's brother is the man himself.)
            holders = [p for p in doc.persons if any(r.person == owner_id and r.relation == relation for r in p.relations)]
            own = owner_id and any(r.relation == relation and doc.person(r.person).names
                                   for r in doc.person(owner_id).relations)
            if not name and not apposed_to and owner_id and not own and len(holders) == 1 and \
                    holders[0].attributes.get("gender", (owner_gender,))[0] in (owner_gender, None):
                apposed_to, owner_id = owner_id, holders[0].id
            if not (name and person_at(doc, match.start(4))) and not apposed_to and _capitals_line(text, match.start()):
                continue  # "STATEMENTS OF THE APPLICANT AND HER SON": a heading's possessive points at no one told before
        if owner_id is None:
            continue
        owner = doc.person(owner_id)
        kin_span = (match.start(), match.end(3))
        relative = doc.person(apposed_to) if apposed_to and apposed_to != owner_id else None
        if name:
            relative_id = person_at(doc, match.start(4))
            if relative_id:
                relative = doc.person(relative_id)
        elif (after := re.match(r",?[ \t]+", text[match.end():])) and person_at(doc, match.end() + after.end()):
            # a name the kin pattern does not read, in capitals or lower case ("my dad abdurehim tursun")
            relative = doc.person(person_at(doc, match.end() + after.end()))
        elif (after := _KIN_APPOSED_AFTER.match(text, match.end())) and person_at(doc, after.end()):
            # "his wife, my aunt Hatice": a second kin phrase in apposition names the relative (h-persons48)
            relative = doc.person(person_at(doc, after.end()))
        if relative is None and match.start() in named_next and named_next[match.start()] != owner.id:
            relative = doc.person(named_next[match.start()])
        if relative is None:
            named = [doc.person(r.person) for r in owner.relations if r.relation == relation and doc.person(r.person).names]
            if len(named) == 1:
                relative = named[0]
        if relative is None:
            relative = _unnamed_kin(doc, unnamed, owner.id, relation)
        relative.add_mention(kin_span)
        if person_at(doc, kin_span[0]) is None:
            doc.add_person_span(kin_span, relative.id)
        if gender:
            relative.set_attribute("gender", gender, kin_span)
        relate(owner, relative, relation, kin_span)
        previous = (possessive.lower(), owner.id, relative.id, sentence) if name else None
    _kin_named_in_oblique_case(doc, relate)
    _parent_words(doc, unnamed, relate)
    for match in _KIN_GROUP.finditer(text):
        possessive = match.group(1).lower()
        named = _named_after(doc, match.end())
        if possessive in ("my", "mes", "мои"):
            owner_id = doc.speakers.get(doc.sentence_index(match.start()))
        elif possessive in ("his", "her", "ses", "его", "её", "ее"):
            gender = PRONOUN_GENDER.get(possessive)
            owner_id = _pronoun_owner(doc, match.start(), gender)
        else:
            continue
        if owner_id is None:
            continue
        owner = doc.person(owner_id)
        if named:
            # "ses deux enfants, Nurgul et Yusup Qadir": the children named in apposition
            for child in named:
                found = given_name(child.names[0].split()[0]) if child.names else None
                gender = found[0].gender if found else None
                relate(owner, child, {"male": "son", "female": "daughter"}.get(gender, "children"), match.span())
            continue
        relative = _unnamed_kin(doc, unnamed, owner.id, "children")
        # Mentioned, but no person span: what happens to "her two children" is told of the
        # parent ("Her two children were placed in a boarding school": the family's separation).
        relative.add_mention(match.span())
        relate(owner, relative, "children", match.span())
    for match in _KIN_PLURAL.finditer(text):
        # "My parents were taken to a camp", «Моих родителей арестовали»: the pair or the siblings
        # as one relative, given a person span so that the act is theirs, not the narrator's.
        possessive, word = match.group(1).lower(), match.group(2).lower()
        index = doc.sentence_index(match.start())
        sentence = doc.sentences[index]
        following = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
        told = _PLURAL_CUSTODY.match(text, match.end(), sentence.end) or (
            following is not None and _THEM_CUSTODY.search(text, following.start, following.end))
        if person_at(doc, match.start(2)) or not told \
                or re.match(rf",?\s+(?:[{_UPPER}]|{_KIN_TITLE}[{_UPPER}])", text[match.end():match.end() + 12]):
            continue  # (named in apposition: "my parents, A and B, were …" are A and B)
        if possessive in ("my", "mes", "мои", "моих", "моим", "our", "nos", "наши", "наших"):
            owner_id = doc.speakers.get(doc.sentence_index(match.start()))
        else:
            gender = PRONOUN_GENDER.get(possessive)
            owner_id = _pronoun_owner(doc, match.start(), gender)
        if owner_id is None:
            continue
        relation = _PLURAL_RELATION[word[:4]]
        relative = _unnamed_kin(doc, unnamed, owner_id, relation)
        doc.add_person_mention(relative, match.span())
        relate(doc.person(owner_id), relative, relation, match.span())
    _family_of_named(doc)
    _fathers_name(doc)
    _patronymic_parents(doc, relate)
    _field_spouses(doc, relate)
    _field_kin(doc, relate)
    _addressee_through_spouse(doc, relate)
    _named_relatives(doc)
    _introduced_relatives(doc)
    # a relative these two join to a named person may be the named one another unnamed relative of the same
    # owner waits for: the join again, only then
    joined = _through_a_relative(doc)
    if _the_relative_named(doc) or joined:
        _named_relatives(doc)
    _each_others_relatives(doc)
    _spouse_by_surname(doc)
    _sibling_by_patronymic(doc)
    _share_parents(doc)
    doc.person_spans.sort()


_RU_SUBJECT_PRONOUNS = {"я": None, "мы": None, "он": "male", "она": "female"}  # None: the sentence's speaker


def _kin_named_in_oblique_case(doc: Doc, relate) -> None:
    """«я уехала с сыном Дильшатом», «вместе с мужем Эркином мы …», «Гульнара с дочерью Айгерим»: a Russian
    kin noun in an oblique case, with no possessive, and a name the parser attaches to it in apposition
    (`appos`, so «к сыну Айдара», the owner in the genitive, is not read): the name is the relative of the
    clause's subject, the noun's relation read by lemma (`kin_relation`) as the nominative's is. The subject
    is the first person or a person's name up the noun's heads, or the verb's subject (я/мы: the sentence's
    speaker; он/она: the nearest person of that gender). Issue 11, h-kin57."""
    analysis = doc.analysis
    if doc.language != "ru" or analysis is None:
        return
    tokens = analysis.tokens
    children: dict[int, list[int]] = {}
    for i, token in enumerate(tokens):
        if token.head != i:
            children.setdefault(token.head, []).append(i)

    def person_of(i: int) -> str | None:
        # a token's person, or that of a name in apposition or joined to it («Жена Аблета, Гульнара …»)
        return person_at(doc, tokens[i].start) or next(
            (person_at(doc, tokens[c].start) for c in children.get(i, ())
             if tokens[c].dep in ("appos", "conj", "flat:name") and person_at(doc, tokens[c].start)), None)

    for i, token in enumerate(tokens):
        if token.pos != "NOUN" or token.text.lower() in KIN or person_at(doc, token.start) \
                or (found := kin_relation(token.text)) is None:
            continue  # (a nominative form of `lexicon.KIN` is `_BARE_KIN_RU`'s; one already read is a person span)
        below = children.get(i, [])
        if any(tokens[c].dep in ("det", "nmod:poss") or tokens[c].pos == "DET" for c in below):
            continue  # «с моим сыном»: a possessive's (`_KIN_RU_ANY_CASE`)
        name = next((c for c in below if tokens[c].dep == "appos" and tokens[c].pos == "PROPN"
                     and c == i + 1 and person_at(doc, tokens[c].start)), None)
        if name is None:
            continue
        relative_id = person_at(doc, tokens[name].start)
        owner_id, at, seen = None, i, set()
        while owner_id is None and tokens[at].head != at and at not in seen:
            seen.add(at)
            at = tokens[at].head
            # (a kin noun up the heads is a fellow relative, «с женой X и сыном Y», not the owner)
            if tokens[at].pos in ("PROPN", "NOUN") and kin_relation(tokens[at].text) is None:
                owner_id = person_of(at)
            if owner_id is None and tokens[at].pos in ("VERB", "AUX", "ADV", "ADJ") or tokens[at].head == at:
                # the subject nearest the verb (a parse that joins two clauses gives the verb both subjects)
                subject = min((c for c in children.get(at, ()) if tokens[c].dep.startswith("nsubj")),
                              key=lambda c: abs(c - at), default=None)
                if subject is not None:
                    word = tokens[subject].text.lower()
                    if word in _RU_SUBJECT_PRONOUNS:
                        gender = _RU_SUBJECT_PRONOUNS[word]
                        owner_id = doc.speakers.get(doc.sentence_index(token.start)) if gender is None \
                            else _pronoun_owner(doc, tokens[subject].start, gender, named=True, skip={relative_id})
                    else:
                        owner_id = person_of(subject)
                    break
        if owner_id is None or owner_id == relative_id:
            continue
        relation, gender = found
        relative = doc.person(relative_id)
        if gender:
            relative.set_attribute("gender", gender, (token.start, token.end))
        doc.add_person_mention(relative, (token.start, token.end))
        relate(doc.person(owner_id), relative, relation, (token.start, token.end))


# A family that writes as "we" and names the one it writes about by what it is to him or her: "We are
# the sons and the wife of X", « Nous sommes l'épouse et les enfants de X », «Мы — жена и дети X».
# Group word -> the kin words the writers then use for X ("our father", "notre père", «наш отец»).
_FAMILY_GROUP = {
    **dict.fromkeys("children sons daughters son daughter enfants fils filles fille дети сыновья дочери сын дочь".split(),
                    ("father", "mother")),
    **dict.fromkeys("wife épouse femme жена".split(), ("husband",)),
    **dict.fromkeys("husband mari époux муж".split(), ("wife",)),
    **dict.fromkeys("brothers sisters siblings brother sister frères sœurs soeurs братья сёстры сестры брат сестра".split(),
                    ("brother", "sister")),
    **dict.fromkeys("grandchildren petits-enfants внуки".split(), ("grandfather", "grandmother")),
    **dict.fromkeys("family famille семья".split(), ("father", "mother", "husband", "wife")),
}
_GROUP_WORD = "|".join(sorted((re.escape(w) for w in _FAMILY_GROUP), key=len, reverse=True))
_FAMILY_OF = re.compile(
    rf"\b(?i:we|nous|мы)[ \t]*(?:(?i:are|sommes)|[—–-]|,)[ \t]*(?:(?i:the|l['’]|la|le|les)[ \t]*)?"
    rf"(?P<group>(?i:{_GROUP_WORD})(?:[ \t]*(?:,|(?i:and|et|и))[ \t]*(?:(?i:the|l['’]|la|le|les)[ \t]*)?(?i:{_GROUP_WORD}))*)"
    rf"[ \t]+(?:(?i:of|de|d['’])[ \t]*)?(?={_KIN_TITLE}[{_UPPER}])")
_OUR_KIN = re.compile(rf"\b(?i:our|notre|наш|нашего|нашему|нашим|наша|нашей|нашу)[ \t]+(?:(?i:beloved|dear|cher|chère)[ \t]+)?"
                      rf"((?i:{KIN_PATTERN}|papa|dad))\b(?![ \t]*,?[ \t]*[{_UPPER}])")


def _family_of_named(doc: Doc) -> None:
    """"We are the sons and the wife of X … our father was taken": each later "our father" (of the
    kin the group's words call for: children → father or mother, wife → husband) with no name after
    it is a mention of X, so that what happens to "our father" happens to X."""
    text = doc.text
    for match in _FAMILY_OF.finditer(text):
        name_at = match.end() + len(re.match(rf"{_KIN_TITLE}", text[match.end():]).group())
        owner_id = person_at(doc, name_at)
        if owner_id is None:
            continue
        words = re.findall(rf"(?i:{_GROUP_WORD})", match.group("group"))
        wanted = {kin for word in words for kin in _FAMILY_GROUP[word.casefold()]}
        # a wife among the writers makes X a man ("our father", not "our mother"), a husband a woman
        spouses = {_FAMILY_GROUP[word.casefold()][0] for word in words if len(_FAMILY_GROUP[word.casefold()]) == 1
                   and _FAMILY_GROUP[word.casefold()][0] in ("husband", "wife")}
        if len(spouses) == 1:
            male = spouses == {"husband"}
            wanted = {kin for kin in wanted if (kin in ("father", "husband", "brother", "grandfather")) == male}
        for kin in _OUR_KIN.finditer(text, match.end()):
            relation = KIN.get(kin.group(1).casefold(), ("father", "male") if kin.group(1).casefold() in ("papa", "dad")
                               else (None, None))[0]
            if relation in wanted and person_at(doc, kin.start(1)) is None:
                doc.add_person_mention(doc.person(owner_id), kin.span())


def _couples_child(doc: Doc, match: re.Match, relation: str, relate) -> None:
    """"Her husband, Yasin Qadir, … Their daughter, Aygul Yasin, …": the child named after "their"
    is the son or daughter of the couple the text named last before it (a person and their spouse,
    within the two sentences before); no couple, no relation."""
    child_id = person_at(doc, match.start(4))
    sentence = doc.sentence_index(match.start())
    window = doc.sentences[max(0, sentence - 2)].start
    for (_s, _e), person_id in reversed(doc.person_spans_in(window, match.start())):
        person = doc.person(person_id)
        if person_id == child_id or not person.names:
            continue
        spouses = [p for p in _spouses(doc, person) if p.names and p.id != child_id]
        if len(spouses) == 1:
            child = doc.person(child_id)
            for parent in (person, spouses[0]):
                if not any(r.person == parent.id for r in child.relations):
                    relate(parent, child, relation, match.span(3))
            return
        return


def _named_after(doc: Doc, offset: int) -> list[PersonRecord]:
    """The persons named in apposition right after `offset` (", A et B", ", A, B and C"), in order."""
    text = doc.text
    comma = re.match(r",[ \t]+", text[offset:offset + 4])
    if comma is None:
        return []
    position, found = offset + comma.end(), []
    while (person_id := person_at(doc, position)) is not None:
        person = doc.person(person_id)
        if person not in found:
            found.append(person)
        end = next(e for (s, e), pid in doc.person_spans_in(position, position + 1) if pid == person_id)
        joined = re.match(r"(?:,[ \t]+|[ \t]+(?:and|et|и)[ \t]+)", text[end:end + 6])
        if joined is None:
            break
        position = end + joined.end()
    return found


# "Papa a été emmené", "Dad was taken", «Маму вызвали»: a parent word used as a name, capitalised
# and with no possessive or article, is the narrator's parent; "Papa s'appelle X" names that parent.
_PARENT_WORD = re.compile(r"(?<![\w'’-])(Papa|Maman|Dad|Daddy|Mom|Mommy|Mum|Mummy|Папа|Папу|Папы|Папе|Мама|Маму|Мамы|Маме)"
                          r"(?![\w'’-])(?![ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:)")
_PARENT_NAMED = re.compile(r"[ \t]+(?:s['’]appelle|is called|is named|зовут)[ \t]+|['’]s name is[ \t]+")
_PARENT_OF_WORD = {"pap": "father", "dad": "father", "пап": "father", "mam": "mother", "mom": "mother", "mum": "mother",
                   "мам": "mother"}


def _parent_words(doc: Doc, unnamed: dict, relate) -> None:
    """The narrator's parent told by a parent word used as a name (`_PARENT_WORD`): one relative
    per parent, the named one where the text names them ("Papa s'appelle X") or the narrator's
    relation already does; the word's mentions are that person's."""
    text = doc.text
    found = [m for m in _PARENT_WORD.finditer(text)
             if not re.search(r"\b(?:my|his|her|our|their|the|a|mon|ma|son|sa|notre|le|la|un|une|мой|моя|его|её|ее|наш|наша)\s+$",
                              text[max(0, m.start() - 8):m.start()], re.I)
             and person_at(doc, m.start()) is None]
    if not found:
        return
    narrator = next((p for p in doc.persons if p.narrator), None)
    for match in found:
        owner_id = doc.speakers.get(doc.sentence_index(match.start())) or (narrator.id if narrator else None)
        if owner_id is None:
            continue
        owner = doc.person(owner_id)
        relation = _PARENT_OF_WORD[match.group(1)[:3].lower()]
        named = _PARENT_NAMED.match(text, match.end())
        relative = doc.person(person_at(doc, named.end())) if named and person_at(doc, named.end()) else None
        if relative is None:
            relative = next((doc.person(r.person) for r in owner.relations if r.relation == relation), None)
        if relative is None:
            later = [m for m in found if (n := _PARENT_NAMED.match(text, m.end())) and person_at(doc, n.end())
                     and _PARENT_OF_WORD[m.group(1)[:3].lower()] == relation]
            relative = doc.person(person_at(doc, _PARENT_NAMED.match(text, later[0].end()).end())) if later else None
        if relative is None:
            relative = _unnamed_kin(doc, unnamed, owner.id, relation)
        if relative.id == owner.id:
            continue
        doc.add_person_mention(relative, match.span())
        relative.set_attribute("gender", "male" if relation == "father" else "female", match.span())
        relate(owner, relative, relation, match.span())


# "According to his wife, X …", "Selon sa fille, X …", «По словам его жены, X …»: the kin phrase is
# the source, and the name after its comma opens the clause (unless a comma closes it as an apposition).
_REPORTED_BY_KIN = re.compile(r"(?:\baccording to|\bselon|\bd['’]après|\bпо словам)\s+$", re.I)
_APPOSITION_CLOSED = re.compile(r"\s*[,(—–]")
_APPOSED_NAME = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:named|called)\s+)?(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _fathers_name(doc: Doc) -> None:
    """A word that is a father's given name and his child's surname ("Tohti Kerim", father of
    "Mirzat Tohti"): alone, it names the child, as the press calls people by their surname."""
    text = doc.text
    taken = SpanSet([span for span, _ in doc.person_spans] + [span for span, _ in doc.place_spans])
    pairs = [(child, doc.person(r.person)) for child in doc.persons for r in child.relations
             if r.relation in ("father", "mother")]
    pairs += [(doc.person(r.person), parent) for parent in doc.persons for r in parent.relations
              if r.relation in ("son", "daughter")]
    for child, parent in pairs:
        if child not in doc.persons or parent not in doc.persons:
            continue
        child_surnames = {name.split()[-1] for name in child.names if len(name.split()) > 1}
        shared = child_surnames & {name.split()[0] for name in parent.names if len(name.split()) > 1}
        for part in shared:
            if part.casefold() in NOT_NAME or len(part) < 3:
                continue
            # "Ms Nurmemet", found alone before the relation was known: the child too.
            for alone in [p for p in doc.persons if p.names == [part] and p is not child and p is not parent]:
                _merge(doc, child, alone)
            for match in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text):
                if not taken.overlaps(match.span()):
                    named = child if _names_the_child(doc, match.span(), child) else parent
                    doc.add_person_mention(named, match.span())
                    taken.add(match.span())
                    if part not in named.names:
                        named.names.append(part)
    doc.person_spans.sort()


_PARENT_AFTER = re.compile(r"\b(?:his|her|their|son|sa|его|её|ее)\s+(?:father|mother|dad|mum|père|mère|отц\w*|отец|мать|матери)\b", re.I)


def _names_the_child(doc: Doc, span, child: PersonRecord) -> bool:
    """Whether a word that is a parent's given name and the child's surname names the child here:
    when the same sentence speaks of "his father" right after it ("Tohti went abroad against
    his father's wishes"), or tells the child's age. Otherwise the given name is the parent's, as
    a first-person narrator says it ("my father … Tohti was sentenced"): never the narrator."""
    if child.narrator:
        return False
    index = doc.sentence_index(span[0])
    sentence_end = doc.sentences[index].end
    parent_word = _PARENT_AFTER.search(doc.text, span[1], sentence_end)
    if parent_word and not doc.person_spans_in(span[1], parent_word.start()):
        return True
    return bool(re.search(r"\baged \d{1,2}\b|\bthe (?:boy|girl)\b", doc.text[doc.sentences[index].start:sentence_end]))


# A record's field that names the spouse of the record's person, a word `_KIN_FIELD` does not read (it
# tells no gender): "Spouse: KERIM, Abduweli", « Conjoint : X », «Супруг(а): X».
_SPOUSE_FIELD = re.compile(r"^[ \t]*(?:spouse|partner|conjointe?|époux|супруга?)[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:[ \t]*(?=\S)",
                           re.M | re.I)


def _named_in_field(doc: Doc, start: int, other: str) -> str | None:
    """The one named person (not `other`) whose name has a word of the field's value at `start`, to the
    line's end ("TOHTI, Mihrigul" read as no mention, and "Mrs Tohti" told later), else None."""
    end = doc.text.find("\n", start)
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", doc.text[start:len(doc.text) if end < 0 else end])}
    found = {p.id for p in doc.persons if p.id != other and p.names
             and any(w.casefold() in words for name in p.names for w in name.split())}
    return found.pop() if len(found) == 1 else None


def _field_spouses(doc: Doc, relate) -> None:
    """"APPLICANT: TOHTI, Mihrigul" … "Spouse: KERIM, Abduweli": the person of a record's spouse field is
    the spouse of the person its name or party field names, on an earlier line of the same block (no
    blank line between), so that "her husband" told later is that named person (`_named_relatives`);
    husband or wife by the record person's gender, nothing when it is not known."""
    text = doc.text
    for match in _SPOUSE_FIELD.finditer(text):
        spouse_id = person_at(doc, match.end())
        block = max(text.rfind("\n\n", 0, match.start()), 0)
        fields = [m for pattern in (_NAME_FIELD, _PARTY_FIELD) for m in pattern.finditer(text, block, match.start())]
        if spouse_id is None or not fields:
            continue
        field = max(fields, key=lambda m: m.start())
        owner_id = person_at(doc, field.end()) or _named_in_field(doc, field.end(), spouse_id)
        relation = {"female": "husband", "male": "wife"}.get(gender(doc, owner_id) or "") if owner_id else None
        if relation is None or owner_id == spouse_id:
            continue
        relate(doc.person(owner_id), doc.person(spouse_id), relation, match.span())
        doc.person(spouse_id).set_attribute("gender", "male" if relation == "husband" else "female", match.span())


# A kin word in brackets right after a name on a later line of a form's block ("Completed on the member's behalf
# by X (wife)", "Declarant: X (daughter)", «Заполнила: X (жена)»): X is that kin of the record's person.
_KIN_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?:(?:the[ \t]+)?(?:member|applicant|holder|subject|client)['’]s[ \t]+)?"
                              r"(?P<kin>[^\W\d_]+)[ \t]*\)")


# The lines that head a record or one entry of it with the person it is about, beside the name and party fields
# (`_NAME_FIELD`, `_PARTY_FIELD`): a subject line ("Re: X", « Objet : X », «Тема: X»), and a numbered entry of a
# register or a list opening with a name that sets a word apart in capitals ("№ 27. SURNAME Given, 1968 г. р.").
_SUBJECT_FIELD = re.compile(r"^[ \t]*(?:Re|Subject|Concerning|Regarding|Objet|Тема)[ \t]*:[ \t]*(?=\S)", re.M | re.I)
_ENTRY_HEAD = re.compile(r"^[ \t]*(?:№[ \t]*\d{1,5}|\d{1,4})[.)]?[ \t]+(?=\S)", re.M)


def _record_heads(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """(line start, end of its block, person id, whether a name or party field) of each line that heads the
    record or an entry of it with a named person (`focal_person`), in text order."""
    text = doc.text
    heads = []
    for pattern in (_NAME_FIELD, _PARTY_FIELD, _SUBJECT_FIELD, _ENTRY_HEAD):
        for match in pattern.finditer(text):
            owner_id = person_at(doc, match.end())
            if owner_id is None or not doc.person(owner_id).names:
                continue
            if pattern is _ENTRY_HEAD:
                span = next(span for span, pid in doc.person_spans_in(match.end(), match.end() + 1) if pid == owner_id)
                if span[0] != match.end() or not any(len(w) > 1 and w.isupper() for w in text[span[0]:span[1]].split()):
                    continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            blank = _BLANK_LINE.search(text, match.end())
            heads.append((line_start, len(text) if blank is None else blank.start(), owner_id,
                          pattern in (_NAME_FIELD, _PARTY_FIELD)))
    return sorted(heads)


def focal_person(doc: Doc, at: int | None = None) -> tuple[str, int, int] | None:
    """The record's focal person: the person it is about, as its own fields say so (labels are data here), not
    as the story tells it. The person a form's name or party field names ("Name of member: X", "Applicant: X"),
    a subject line names ("Re: X"), or a numbered entry of a register opens with ("№ 27. SURNAME Given, …"):
    at offset `at`, the last such head before it (an entry governs the text up to the next head); with no
    offset, the first name or party field of the text.

    Returns:
        (person id, where its head's line starts, the end of that head's block: the next blank line), or
        None when no head names a person (a narrative, a letter with no subject line).
    """
    heads = _record_heads(doc)
    if at is None:
        heads = [head for head in heads if head[3]][:1]
    else:
        heads = [head for head in heads if head[0] <= at][-1:]
    if not heads:
        return None
    line_start, block_end, owner_id, _field = heads[0]
    return owner_id, line_start, block_end


def _field_kin(doc: Doc, relate) -> None:
    """"Name of member: X" … "Form completed for the member by Y (wife)": the person named on a later line
    of the record person's block (`focal_person`) with a kin word in brackets right after the name
    (`_KIN_IN_BRACKETS`, a word of `lexicon.KIN`) is that kin of the record's person, so that the "my husband"
    Y tells of later is the record's person (`_named_relatives`); the record person's gender follows from a
    spouse's word. Nothing for the record person's own mention, or a field line with no label (a colon or a
    question mark before the name)."""
    text = doc.text
    found = focal_person(doc)
    if found is None:
        return
    owner_id, _head, block_end = found
    owner = doc.person(owner_id)
    line_after = text.find("\n", owner.mentions[0][1] if owner.mentions else 0)
    if line_after < 0:
        return
    for (s, e), pid in doc.person_spans_in(line_after, block_end):
        match = _KIN_IN_BRACKETS.match(text, e)
        kin = KIN.get(match.group("kin").casefold()) if match else None
        line_start = text.rfind("\n", 0, s) + 1
        if kin is None or pid == owner_id or not doc.person(pid).names or not re.search(r"[:?]", text[line_start:s]):
            continue
        relation, kin_gender = kin
        relate(owner, doc.person(pid), relation, (s, match.end()))
        if kin_gender:
            doc.person(pid).set_attribute("gender", kin_gender, (s, match.end()))
        spouse = {"wife": "male", "husband": "female"}.get(relation)
        if spouse:
            owner.set_attribute("gender", spouse, (s, match.end()))


# An address line that hands a letter to the addressee's spouse, under the addressee's name: «Y\nчерез
# супругу — X», "Y\nc/o his wife, X", « Y\naux bons soins de son épouse X ». The word tells the spouse's
# gender (супругу, жену, wife, épouse: a wife; супруга, мужа, husband, mari, époux: a husband).
_THROUGH_SPOUSE = re.compile(
    r"^[ \t]*(?:через|c/o|care of|via|aux bons soins de|par l['’]intermédiaire de)[ \t]+"
    r"(?:(?:his|her|their|son|sa|leur)[ \t]+)?"
    r"(?P<word>супругу|супруга|жену|мужа|wife|husband|spouse|épouse|époux|mari)[ \t]*[,:–—-]?[ \t]*(?=\S)",
    re.M | re.I)
_THROUGH_WIFE = frozenset({"супругу", "жену", "wife", "épouse"})
_THROUGH_HUSBAND = frozenset({"супруга", "мужа", "husband", "époux", "mari"})


def _addressee_through_spouse(doc: Doc, relate) -> None:
    """«Турсунову А. А.\nчерез супругу — Турсуновой М. Р.»: the person named right after the words
    (`_THROUGH_SPOUSE`) is the spouse of the one person named on the line above, so that her "my husband"
    told later is that addressee (`_named_relatives`). Nothing when the word tells no gender ("spouse")
    and the line above names no one or several."""
    text = doc.text
    for match in _THROUGH_SPOUSE.finditer(text):
        spouse_id = person_at(doc, match.end())
        above_end = text.rfind("\n", 0, match.start())
        above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
        if spouse_id is None or above_end <= 0:
            continue
        named = {pid for _span, pid in doc.person_spans_in(above_start, above_end) if pid != spouse_id}
        word = match.group("word").lower()
        relation = "wife" if word in _THROUGH_WIFE else "husband" if word in _THROUGH_HUSBAND else None
        if len(named) != 1 or relation is None:
            continue
        owner, spouse = doc.person(named.pop()), doc.person(spouse_id)
        relate(owner, spouse, relation, match.span())
        relate(spouse, owner, "husband" if relation == "wife" else "wife", match.span())
        spouse.set_attribute("gender", "female" if relation == "wife" else "male", match.span())
        owner.set_attribute("gender", "male" if relation == "wife" else "female", match.span())


def _married_to_writer(doc: Doc, relate) -> None:
    """"The marriage between me and X", «брак между мной и X» (`_MARRIED_TO_ME`): the named X is the spouse of
    the sentence's speaker, a husband or a wife by X's gender, else by the speaker's; nothing when neither
    gender is known, or X is the speaker."""
    for match in _MARRIED_TO_ME.finditer(doc.text):
        spouse_id = person_at(doc, match.end())
        writer_id = doc.speakers.get(doc.sentence_index(match.start())) if doc.sentences else None
        if spouse_id is None or writer_id is None or spouse_id == writer_id or not doc.person(spouse_id).names:
            continue
        writer, spouse = doc.person(writer_id), doc.person(spouse_id)
        gender = spouse.attributes.get("gender", (None,))[0] \
            or {"female": "male", "male": "female"}.get(writer.attributes.get("gender", (None,))[0])
        if gender not in ("male", "female"):
            continue
        relate(writer, spouse, "husband" if gender == "male" else "wife", match.span())
        if not any(r.person == writer.id for r in spouse.relations):
            spouse.relations.append(Relation(writer.id, "wife" if gender == "male" else "husband", match.span()))


def _introduced_relatives(doc: Doc) -> None:
    """"Abdukadir X (father)" in a form's list, then "her father was arrested": an unnamed relative joins
    the one person the text introduces as the writer's relative by the same relation (`introduced_as_kin`),
    when the relative's owner is not one of those the text introduces so (whose father may be another's)."""
    introduced = introduced_as_kin(doc)
    introduced_ids = {pid for _start, _relations, pid in introduced}
    for person in [p for p in doc.persons if p.kin_of and not p.names]:
        owner_id, relation = person.kin_of
        named = {pid for _start, relations, pid in introduced if relations == (relation,)}
        if len(named) == 1 and owner_id not in introduced_ids and owner_id not in named \
                and named <= {p.id for p in doc.persons}:
            _merge(doc, doc.person(named.pop()), person)


def _named_relatives(doc: Doc) -> bool:
    """"My mother" told before "my mother, Kulpash Amanqyzy" is named: the unnamed relative joins
    the one named person who has the same relation to the same owner. Passes until one joins nobody: a
    join may name another's owner ("her mother" of "my wife", once "my wife" is Gulnar), whatever the
    order the persons stand in. Whether any relative joined."""
    joined = False
    while _named_relatives_pass(doc):
        joined = True
    return joined


def _named_relatives_pass(doc: Doc) -> bool:
    """One pass of `_named_relatives`: whether a relative joined."""
    joined = False
    for person in [p for p in doc.persons if p.kin_of and not p.names]:
        owner_id, relation = person.kin_of
        if owner_id not in {p.id for p in doc.persons}:
            continue
        named = {r.person for r in doc.person(owner_id).relations
                 if r.relation == relation and r.person != person.id and doc.person(r.person).names}
        # or told from the other side: "his daughter, X" makes him X's father
        gender = {"father": "male", "mother": "female", "husband": "male", "wife": "female",
                  "brother": "male", "sister": "female", "son": "male", "daughter": "female"}.get(relation)
        named |= {other.id for other in doc.persons if other.names and other.id != owner_id
                  and other.attributes.get("gender", (gender,))[0] in (gender, None)
                  and any(r.person == owner_id and relation in INVERSE.get(r.relation, {}).values()
                          for r in other.relations)}
        if len(named) == 1:
            _merge(doc, doc.person(named.pop()), person)
            joined = True
    return joined


def _patronymic_parents(doc: Doc, relate) -> None:
    """"Erlan Maratuly" and "Marat Sadykov", «Нуртаева Айгуль Маратовна» and «Марат Нуртаев»: the
    one whose patronymic is made from the other's given name is the other's child."""
    named = [p for p in doc.persons if any(len(n.split()) > 1 for n in p.names)]
    for child in named:
        for parent in named:
            if child is parent or any(r.person == parent.id for r in child.relations):
                continue
            if any(_patronymic_of(word, given) for name in child.names for word in name.split()[1:]
                   for other in parent.names if len(other.split()) > 1 for given in other.split()
                   if word not in other.split()):
                relate(child, parent, "father", min(parent.mentions))
                parent.set_attribute("gender", "male", min(parent.mentions))
                relation = {"female": "daughter", "male": "son"}.get(child.attributes.get("gender", (None,))[0])
                if relation and not any(r.person == child.id for r in parent.relations):
                    parent.relations.append(Relation(child.id, relation, min(child.mentions)))


def _parents(doc: Doc, person: PersonRecord) -> list[PersonRecord]:
    ids = {r.person for r in person.relations if r.relation in ("father", "mother")}
    ids |= {p.id for p in doc.persons if any(r.person == person.id and r.relation in ("son", "daughter") for r in p.relations)}
    return [doc.person(i) for i in ids if i in {p.id for p in doc.persons}]


def _spouses(doc: Doc, person: PersonRecord) -> list[PersonRecord]:
    ids = {r.person for r in person.relations if r.relation in ("husband", "wife")}
    ids |= {p.id for p in doc.persons if any(r.person == person.id and r.relation in ("husband", "wife") for r in p.relations)}
    return [doc.person(i) for i in ids if i in {p.id for p in doc.persons}]


def _through_a_relative(doc: Doc) -> bool:
    """An unnamed relative whom the text names through another relation: "his grandmother" of a
    boy whose father's mother is named; "sa fille" of a grandmother whose grandchildren's mother is
    named; "his mother" of a boy whose father's wife is named. Merged when one person fits. Whether
    any was."""
    joined = False
    gender_of = {"mother": "female", "father": "male", "grandmother": "female", "grandfather": "male",
                 "daughter": "female", "son": "male"}
    for person in [p for p in doc.persons if p.kin_of and not p.names]:
        owner_id, relation = person.kin_of
        if owner_id not in {p.id for p in doc.persons} or relation not in gender_of:
            continue
        owner, gender = doc.person(owner_id), gender_of[relation]
        found: list[PersonRecord] = []
        if relation in ("grandmother", "grandfather"):
            found = [g for parent in _parents(doc, owner) for g in _parents(doc, parent)]
        elif relation in ("mother", "father"):
            found = [s for parent in _parents(doc, owner) for s in _spouses(doc, parent)]
        elif relation in ("daughter", "son"):
            # the owner is the grandparent of someone: the parents of that grandchild
            grandchildren = [p for p in doc.persons if any(
                r.person == owner.id and r.relation in ("grandmother", "grandfather") for r in p.relations)]
            found = [parent for child in grandchildren for parent in _parents(doc, child) if parent is not owner]
        found = [f for f in found if f.names and f is not person and f is not owner
                 and f.attributes.get("gender", (gender,))[0] == gender]
        if len({f.id for f in found}) == 1:
            _merge(doc, found[0], person)
            joined = True
    return joined


def _the_relative_named(doc: Doc) -> bool:
    """"His son told the radio. The son, Kamil Tohti, …": the unnamed relative told of last
    before "the son, X" is X. Whether one was."""
    joined = False
    for match in _THE_KIN_NAMED.finditer(doc.text):
        named_id = person_at(doc, match.end())
        if named_id is None:
            continue
        relation = KIN[match.group(1).lower()][0]
        earlier = [(max(s for s, _ in p.mentions if s < match.start()), p) for p in doc.persons
                   if p.kin_of and not p.names and p.kin_of[1] == relation and p.kin_of[0] != named_id
                   and any(s < match.start() for s, _ in p.mentions)]
        if earlier:
            _merge(doc, doc.person(named_id), max(earlier, key=lambda item: item[0])[1])
            joined = True
    return joined


_ROLE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
                   + r")(?![\w-])", re.I)
# Between a name and the role noun that describes it: "Alim Tursun, a retired teacher",
# "Mahire X (the applicant)", «Турсунов Алимжан, бывший учитель».
_ROLE_MODIFIER = (r"(?:a|an|the|un|une|le|la|l['’]|former|retired|young|ethnic|local|ancien|ancienne|"
                  r"jeune|бывший|бывшая|бывшего|бывшей|школьный|школьная|"
                  + "|".join(sorted(map(re.escape, ETHNONYMS), key=len, reverse=True)) + ")")
_NAME_THEN_ROLE = re.compile(rf"\s*[,(]\s*(?:{_ROLE_MODIFIER}\s*){{0,3}}$", re.I)
# (a form's party field may number the party and title the name, any title alike: "Applicant (1): Mx X",
# "Applicant: Mrs X" introduce the applicant as "Applicant: X" does; h-custody68)
_ROLE_THEN_NAME = re.compile(r"\s*(?:\([^)\n]{1,30}\)[ \t]*(?=:))?(?::\s*(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?[ \t]+)?|[,(]?\s*)")
# A kin noun whose role noun is the one it is kin of: the name after is the relative's, not the role's ("the
# brother of the applicant, X", « Le frère de la requérante, X », «Брат заявителя, X», «отец заявителя, X»).
_KIN_OF_ROLE = re.compile(
    rf"(?<![\w-])(?:(?i:{KIN_PATTERN})[ \t]+(?:of|de|du|des|d['’])(?:[ \t]+(?:the|la|le|l['’]|my|our|notre|ma|mon))?"
    rf"|(?i:{RU_KIN_ANY_FORM}))[ \t]*$")
# A later mention of the role stands for the person only with a definite article where the
# language has one ("the applicant", "la requérante"); Russian has none («заявитель задержан»).
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|\ble|\bla|\bl['’]|\bour|\bnotre)\s*$", re.I)
# The role nouns that name the one person a whole text is about: a lawyer's "client", a court's
# "applicant" (issue 11, h-x30p). A legal writer drops the article before them ("Client states that
# …", "ask client for …"), so a later one stands for the person without it too, unless a determiner
# makes it someone else ("a client from another office", "each applicant").
_SUBJECT_ROLES = frozenset({"client", "applicant", "appellant", "claimant", "complainant", "petitioner", "respondent",
                            "requérant", "plaignant", "заявитель", "заявительница", "доверитель", "подзащитный"})
_OTHER_BEFORE = re.compile(r"(?:\b(?:a|an|another|any|each|every|other|no|some|one|this|that|new|former|"
                           r"prospective|un|une|des|autre|chaque|aucun|ce|cet|cette)|\d)\s*$", re.I)
# "Re: Second meeting with client AIBEK TOLOMUSH UULU", «Заявитель: ТУРСУНОВ АЛИМЖАН»: a subject's
# name in capitals right after the role noun.
_SUBJECT_IN_CAPITALS = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(map(re.escape, (f for f, lemma in ROLE_NOUNS.items() if lemma in _SUBJECT_ROLES)),
                                         key=len, reverse=True))
    + rf")[ \t]*[,:]?[ \t]+(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,3}})(?![\w-])")


def _subjects_in_capitals(doc: Doc) -> list[tuple[int, int, str]]:
    """Candidates of `_SUBJECT_IN_CAPITALS` ("client ULANBEK …"): no word a common, organisation or
    place-kind word, not over a place."""
    places = SpanSet(span for span, _ in doc.place_spans)
    found = []
    for match in _SUBJECT_IN_CAPITALS.finditer(doc.text):
        s, e = match.span("name")
        words = doc.text[s:e].split()
        if places.overlaps((s, e)) or _any_word_in(words, *_NOT_IN_A_NAME):
            continue
        found.append((s, e, "cued"))
    return found


def named_as_the_subject(doc: Doc) -> set[str]:
    """Ids of the persons introduced with a subject role noun (`_SUBJECT_ROLES`: "client X", "the
    applicant, X") whom the text then calls by that noun again at least once (`_role_nouns`)."""
    return set(doc.__dict__.get("_subjects", ()))


def _role_nouns(doc: Doc) -> None:
    """Join a role noun to the named person it stands for.

    A role noun from `ROLE_NOUNS` introduced with a name -- before it ("The applicant, Mahire
    Abduweli", «Заявитель: Турсунов Алимжан», "teacher Alim Tursun") or in apposition after it
    ("Alim Tursun, a retired teacher", "Aynur X (the applicant)") -- makes that noun, and each
    later mention of it ("the applicant", "la requérante", «заявителя»), a mention of that person:
    the latest person introduced with the same role noun before it. A role nobody was introduced
    with stays nobody's ("the teacher" of a text that names no teacher)."""
    text = doc.text
    named = {p.id for p in doc.persons if p.names}
    introduced: list[tuple[int, str, str]] = []  # (offset, lemma, person id)
    later: list[tuple[int, int, str]] = []
    for match in _ROLE.finditer(text):
        lemma = ROLE_NOUNS[match.group().lower()]
        if person_at(doc, match.start()) is not None:
            continue  # already part of a person mention
        pid = None
        gap = _ROLE_THEN_NAME.match(text, match.end())
        after = doc.person_spans_in(gap.end(), gap.end() + 1)
        if after and after[0][1] in named and text[match.end():match.end() + 2] not in ("'s", "’s") \
                and not _KIN_OF_ROLE.search(text, max(0, match.start() - 40), match.start()):
            pid = after[0][1]
        else:
            for (_s, e), owner in reversed(doc.person_spans_in(max(0, match.start() - 80), match.start())):
                if e <= match.start() and owner in named and _NAME_THEN_ROLE.fullmatch(text, e, match.start()):
                    pid = owner
                break
        if pid is not None:
            introduced.append((match.start(), lemma, pid))
            doc.add_person_mention(doc.person(pid), match.span())
        else:
            later.append((match.start(), match.end(), lemma))
    subjects = doc.__dict__.setdefault("_subjects", set())
    for start, end, lemma in later:
        bare = lemma in _SUBJECT_ROLES and not _OTHER_BEFORE.search(text, max(0, start - 20), start)
        if not (doc.language == "ru" or bare or _DEFINITE_BEFORE.search(text, max(0, start - 8), start)):
            continue
        owners = [pid for offset, role, pid in introduced if role == lemma and offset < start]
        if owners:
            doc.add_person_mention(doc.person(owners[-1]), (start, end))
            if lemma in _SUBJECT_ROLES:
                subjects.add(owners[-1])


def _related_names(a: PersonRecord, b: PersonRecord) -> bool:
    """Whether two named persons' names tie them as family: a shared word ("Aynur Nasir",
    "Patigul Nasir"), or one's surname opening the other's given name ("Kamil Tohti",
    "Tohtijan Yasin")."""
    words_a = [n.split() for n in a.names if len(n.split()) > 1]
    words_b = [n.split() for n in b.names if len(n.split()) > 1]
    for x in words_a:
        for y in words_b:
            if set(x) & set(y):
                return True
            if (len(x[-1]) >= 4 and y[0].startswith(x[-1])) or (len(y[-1]) >= 4 and x[0].startswith(y[-1])):
                return True
    return False


def _each_others_relatives(doc: Doc) -> None:
    """"Her sister" of Patigul and "her younger sister" of Aynur, two women of one family: each
    is the other's unnamed sister (likewise a father's "his son" and the son's "his father")."""
    unnamed = [p for p in doc.persons if p.kin_of and not p.names]
    for first in unnamed:
        for second in unnamed:
            if first is second or first not in doc.persons or second not in doc.persons:
                continue
            (x_id, relation_x), (y_id, relation_y) = first.kin_of, second.kin_of
            if x_id == y_id or x_id not in {p.id for p in doc.persons} or y_id not in {p.id for p in doc.persons}:
                continue
            x, y = doc.person(x_id), doc.person(y_id)
            if not (x.names and y.names and _related_names(x, y)):
                continue
            # first is relation_x of X, so X is INVERSE[relation_x][X's gender] of first.
            x_gender = x.attributes.get("gender", (None,))[0]
            y_gender = y.attributes.get("gender", (None,))[0]
            x_is = INVERSE.get(relation_x, {})
            y_is = INVERSE.get(relation_y, {})
            if relation_y not in ({x_is.get(x_gender)} if x_gender else set(x_is.values())):
                continue
            if relation_x not in ({y_is.get(y_gender)} if y_gender else set(y_is.values())):
                continue
            if KIN.get(relation_x, (None, None))[1] not in (None, y_gender) and y_gender:
                continue
            if KIN.get(relation_y, (None, None))[1] not in (None, x_gender) and x_gender:
                continue
            _merge(doc, y, first)
            _merge(doc, x, second)


# A Russian patronymic in any case, by gender («Ерланович», «Ерлановичу», «Маратовна», «Маратовной»).
_RU_PATRONYMIC_ANY_CASE = re.compile(r"(?:(?P<male>ович|евич|ьич)|(?P<female>овн|евн|ичн))[а-я]{0,3}$", re.I)


def _family_word(name: str) -> tuple[str, str | None] | None:
    """(surname, gender or None) of a full name: a three-word Russian name with a patronymic puts its surname
    first or last («Касымова Айгуль Маратовна», «Айгуль Маратовна Касымова»), and its gender is the
    patronymic's, in any case («Касымову Бахыту Ерлановичу», an address in the dative); otherwise the last word
    and the gender of its ending (`_FEMALE_SURNAME`, `_MALE_SURNAME`). None for a name of one word."""
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) == 3:
        for patronymic_at, surname_at in ((2, 0), (1, 2)):
            found = _RU_PATRONYMIC_ANY_CASE.search(words[patronymic_at])
            if found:
                return words[surname_at], "male" if found.group("male") else "female"
    last = words[-1]
    return last, "female" if _FEMALE_SURNAME.search(last) else "male" if _MALE_SURNAME.search(last) else None


def _one_surname(female: str, male: str) -> bool:
    """Whether a woman's and a man's surnames are one family name in its two forms («Исмаилова», «Исмаилов»;
    Qasymova, Qasymov), in any case («Турсуновой», «Турсунову»)."""
    return female[:-1].casefold() == male.casefold() or _ru_stem(female) == _ru_stem(male) and len(_ru_stem(male)) >= 4


def _spouse_by_surname(doc: Doc) -> None:
    """«её муж» of «Гульнара Исмаилова» and a «Бакыт Исмаилов» named with no tie to her: a Russian
    or Kazakh surname that a wife and husband share in its women's and men's forms, in either order of a
    name with a patronymic («Я, Касымова Айгуль Маратовна, …, мой муж …» in a reply to a notice addressed to
    «Касымову Бахыту Ерлановичу»: her husband, issue 11, h-victim60)."""
    for person in [p for p in doc.persons if p.kin_of and not p.names and p.kin_of[1] in ("husband", "wife")]:
        owner_id, relation = person.kin_of
        if owner_id not in {p.id for p in doc.persons}:
            continue
        owner = doc.person(owner_id)
        gender = "male" if relation == "husband" else "female"
        owner_family = next((found for n in owner.names if (found := _family_word(n))), None)
        if owner_family is None or owner_family[1] is None or owner_family[1] == gender:
            continue
        candidates = []
        for other in doc.persons:
            if other is owner or other is person or not other.names \
                    or any(r.person == other.id for r in owner.relations) or any(r.person == owner.id for r in other.relations):
                continue
            family = next((found for n in other.names if (found := _family_word(n))), None)
            if family is None or family[1] != gender:
                continue
            female, male = (owner_family[0], family[0]) if gender == "male" else (family[0], owner_family[0])
            if _one_surname(female, male):
                candidates.append(other)
        if len(candidates) == 1:
            _merge(doc, candidates[0], person)


# A Russian patronymic, by gender: its father's name is what comes before the ending («Камилович»,
# «Камиловна»: Камилов-).
_RU_PATRONYMIC_ENDING = re.compile(r"(?<=[ое]в)(?:(?P<male>ич)|(?P<female>на))$")


def _ru_family_key(name: str) -> tuple[str, str, str] | None:
    """(surname in the men's form, father's name stem, gender) of a Russian full name of three words with a
    patronymic, either order («Нуриева Дилара Камиловна» → ("нуриев", "камилов", "female")), else None."""
    words = name.split()
    if len(words) != 3:
        return None
    for patronymic_at, surname_at in ((2, 0), (1, 2)):
        found = _RU_PATRONYMIC_ENDING.search(words[patronymic_at])
        if found:
            gender = "male" if found.group("male") else "female"
            surname = words[surname_at].casefold()
            if gender == "female":
                if not surname.endswith("а"):
                    return None
                surname = surname[:-1]
            return surname, words[patronymic_at][:found.start()].casefold(), gender
    return None


def _sibling_by_patronymic(doc: Doc) -> None:
    """«Брат» of «Нуриева Дилара Камиловна» and a «Нуриев Тимур Камилович» named with no tie to
    her: a brother or sister unnamed where the text names one person of the relative's gender with the
    owner's surname and patronymic (one father) is that person."""
    for person in [p for p in doc.persons if p.kin_of and not p.names and p.kin_of[1] in ("brother", "sister")]:
        owner_id, relation = person.kin_of
        if owner_id not in {p.id for p in doc.persons}:
            continue
        owner = doc.person(owner_id)
        keys = {key[:2] for name in owner.names if (key := _ru_family_key(name))}
        gender = "male" if relation == "brother" else "female"
        candidates = [other for other in doc.persons if other is not owner and other is not person and any(
            (key := _ru_family_key(name)) and key[:2] in keys and key[2] == gender for name in other.names)]
        if len(candidates) == 1 and not any(r.person == candidates[0].id for r in owner.relations):
            _merge(doc, candidates[0], person)


def _inside_quotes(text: str, offset: int) -> bool:
    """Whether `offset` stands inside quotation marks opened on its line («…», “…”): someone's quoted words."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("«", line_start, offset) > text.count("»", line_start, offset) \
        or text.count("“", line_start, offset) > text.count("”", line_start, offset)


def _unnamed_narrator(doc: Doc, span) -> PersonRecord:
    """The narrator who never gives a name, mentioned by their first "my"; one per text."""
    for person in doc.persons:
        if person.narrator:
            return person
    narrator = doc.new_person(narrator=True)
    narrator.roles.add("witness")
    narrator.add_mention(span)  # not a person span: "my" stays the start of "my cousin X"
    another = doc.__dict__.get("_said_by_another", ())  # another account's post: its "I" is not the narrator
    for index in range(len(doc.sentences)):
        if index not in another:
            doc.speakers.setdefault(index, narrator.id)
    return narrator


def _share_parents(doc: Doc) -> None:
    """Siblings have the same parents: merge "his mother" and "my mother" of a brother and sister."""
    for person in list(doc.persons):
        for relation in [r for r in person.relations if r.relation in ("brother", "sister")]:
            sibling = doc.person(relation.person)
            for parent_relation in ("mother", "father"):
                mine = [r for r in person.relations if r.relation == parent_relation]
                theirs = [r for r in sibling.relations if r.relation == parent_relation]
                if len(mine) == 1 and len(theirs) == 1 and mine[0].person != theirs[0].person:
                    keep, drop = doc.person(mine[0].person), doc.person(theirs[0].person)
                    if keep.names and drop.names:
                        continue
                    if drop.names and not keep.names:
                        keep, drop = drop, keep
                    _merge(doc, keep, drop)


# A relative's name told after the kin word, in the next clause or sentence, as talk gives it: "They took my
# father in 2018. His name is Tursun Ablet.", «Отца забрали в лагерь. Его зовут Серик.», « Mon frère a été
# arrêté. Il s'appelle Adil. » (issue 11, h-persons45).
_NAME_TOLD_AFTER = re.compile(
    r"(?<![\w-])(?:(?P<male>[Hh]is[ \t]+(?:full[ \t]+)?name[ \t]+(?:is|was)|[Hh]e[ \t]+(?:is|was)[ \t]+called|"
    r"[Ее]го[ \t]+(?:зовут|звали)|[Ii]l[ \t]+s['’]appel(?:le|ait))"
    r"|(?P<female>[Hh]er[ \t]+(?:full[ \t]+)?name[ \t]+(?:is|was)|[Ss]he[ \t]+(?:is|was)[ \t]+called|"
    r"[Ее][её][ \t]+(?:зовут|звали)|[Ee]lle[ \t]+s['’]appel(?:le|ait)))[ \t]+")
_KIN_GENDER = {relation: gender for relation, gender in KIN.values()}
_NAME_TOLD_REACH = 300  # characters back from "His name is" to the kin word it names


def _named_after_kin(doc: Doc) -> None:
    """An unnamed relative ("my father") and the person named by `_NAME_TOLD_AFTER` right after are one:
    the nearest person mentioned before the phrase, within `_NAME_TOLD_REACH` characters and not the
    narrator, when that person is unnamed, a relative of the gender the pronoun says, and the name is a
    person's no one else holds."""
    text = doc.text
    for match in _NAME_TOLD_AFTER.finditer(text):
        named_id = person_at(doc, match.end())
        if named_id is None:
            continue
        named = doc.person(named_id)
        before = [(span, pid) for span, pid in doc.person_spans
                  if match.start() - _NAME_TOLD_REACH <= span[0] and span[1] <= match.start() and pid != named_id
                  and not doc.person(pid).narrator]
        if not before or len(named.mentions) > 2 or named.kin_of:
            continue
        unnamed = doc.person(max(before)[1])
        gender = "male" if match.group("male") else "female"
        if unnamed.names or unnamed.kin_of is None or _KIN_GENDER.get(unnamed.kin_of[1]) != gender:
            continue
        named.kin_of = unnamed.kin_of
        _merge(doc, named, unnamed)


# A kin word's owner said before it ("his father", "the client's son", «его отец», «своего сына»), or a name right
# after it (its apposition, «отец Ильхама»'s owner): not a bare kin word.
_OWNED_KIN_BEFORE = re.compile(
    r"(?:['’]s?|(?<![\w-])(?:my|his|her|our|their|your|its|a|an|one|another|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|"
    r"votre|vos|un|une|мой|моя|мою|моего|моей|моему|мои|его|её|ее|их|наш\w*|ваш\w*|тво\w*|сво\w*|чей|чья|чьего))"
    r"[ \t]+(?:[\w-]+[ \t]+)?$", re.I)
_NAME_AFTER_KIN = re.compile(r"[ \t]*(?:,|[—–-])?[ \t]*[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_KIN_WORD = re.compile(rf"(?<![\w-])(?:{KIN_PATTERN}|{RU_KIN_ANY_FORM})(?![\w-])", re.I)


def _focal_kin(doc: Doc) -> None:
    """A bare kin word for the record's focal person (`focal_person`) is a mention of that person: in a record
    or an entry about X where a relative of X is named as the teller by the converse kin word ("as told by
    the son, Y:" … "father left for Kashgar", "father was given ten years"), "father" is X, not an unnamed
    father nor the nearest man named (Y). Each of these must hold: the kin word has no owner said before it
    and no name after it (`_OWNED_KIN_BEFORE`, `_NAME_AFTER_KIN`) and is no one's mention yet; the focal person
    is named, no narrator, and of the gender the kin word tells (known); a kin word with a name after it in the
    same entry, before it, makes its person the focal person's relative by the converse relation (the son's
    father: `lexicon.INVERSE`); and no other person of that gender is named in the entry before the kin word
    but such tellers (who may be the nearer antecedent the words meant is then not). Issue 11."""
    text = doc.text
    heads = _record_heads(doc)
    for index, (head, _block_end, focal_id, _field) in enumerate(heads):
        focal = doc.person(focal_id)
        focal_gender = gender(doc, focal_id)
        if focal.narrator or focal_gender is None:
            continue
        entry_end = heads[index + 1][0] if index + 1 < len(heads) else len(text)
        line_end = text.find("\n", head)
        own_end = max((e for (_s, e), pid in doc.person_spans_in(head, len(text) if line_end < 0 else line_end)
                       if pid == focal_id), default=head)
        tellers: dict[str, tuple[str, str]] = {}  # person id -> (the kin word's relation, its converse)
        for word in _KIN_WORD.finditer(text, own_end, entry_end):
            kin = kin_relation(word.group())
            if kin is None or person_at(doc, word.start()) is not None \
                    or _OWNED_KIN_BEFORE.search(text, max(0, word.start() - 30), word.start()):
                continue
            relation, kin_gender = kin
            if _NAME_AFTER_KIN.match(text, word.end()):
                named = [pid for (s, _e), pid in doc.person_spans_in(word.end(), word.end() + 6) if s >= word.end()]
                converse = INVERSE.get(relation, {}).get(focal_gender)
                if named and converse and named[0] != focal_id:
                    tellers[named[0]] = (relation, converse)
                continue
            if kin_gender != focal_gender or relation not in {converse for _told, converse in tellers.values()}:
                continue
            others = {pid for _span, pid in doc.person_spans_in(own_end, word.start())
                      if pid != focal_id and pid not in tellers and doc.person(pid).names
                      and gender(doc, pid) in (kin_gender, None) and "official" not in doc.person(pid).roles}
            if others:
                continue
            doc.add_person_mention(focal, word.span())
            for teller_id, (told, converse) in tellers.items():
                if converse == relation:  # the son named as the teller is the focal person's son
                    if not any(r.person == teller_id for r in focal.relations):
                        focal.relations.append(Relation(teller_id, told, word.span()))
                    doc.person(teller_id).roles.add("relative")


# A word for a family beside a name word: "the Tursun family", "Tursun's family", « la famille Tursun »,
# «семья Турсуна»: the word is a family name there, whatever the document's convention.
_FAMILY_WORD_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:family|families|household|clan)\b", re.I)
_FAMILY_WORD_BEFORE = re.compile(r"\b(?:famille|семь[яиеюёй]\w*)[ \t]+$", re.I)


def _as_family_name(text: str, start: int, end: int) -> bool:
    """Whether the name word at text[start:end] stands after a title of address ("Mr Abliz") or beside a
    word for a family ("the Abliz family"): a family name there."""
    return _title_gender(text, start) is not None or bool(_FAMILY_WORD_AFTER.match(text, end)) \
        or bool(_FAMILY_WORD_BEFORE.search(text, max(0, start - 20), start))


def _bare_occurrences(doc: Doc, word: str, taken: SpanSet):
    """The matches of `word` alone in the text: outside `taken` (the spans of names of two words and more, and
    places) and not read as a family name (`_as_family_name`)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text):
        if not taken.overlaps(match.span()) and not _as_family_name(doc.text, *match.span()):
            yield match


def _follows_surname_convention(doc: Doc, taken: SpanSet) -> bool:
    """Whether the document calls people by their family name, by its own evidence (issue 11): some word
    stands alone (`_bare_occurrences`) that is the last word of one person's full name and the first word
    of no one's. The English press does so ("Abliz said"); testimonies and letters call people by their
    given name ("my brother Ekremjan … Ekremjan was taken"), and a document without that evidence is read so."""
    firsts = {name.split()[0] for p in doc.persons for name in p.names if len(name.split()) > 1}
    lasts: dict[str, set[str]] = {}
    for person in doc.persons:
        for name in person.names:
            if len(name.split()) > 1:
                lasts.setdefault(name.split()[-1], set()).add(person.id)
    return any(len(ids) == 1 and word not in firsts and len(word) >= 3 and word.casefold() not in NOT_NAME
               and next(_bare_occurrences(doc, word, taken), None) is not None for word, ids in lasts.items())


def _bare_word_bearer(doc: Doc, word: str, holders: list[PersonRecord], surname_convention: bool,
                      span: tuple[int, int]) -> PersonRecord | None:
    """The one of `holders` (two persons or more whose full names hold `word`) that `word` alone at `span`
    names (issue 11: "Abliz" beside "Ekremjan Abliz" and "Abliz Hoshur"). The document decides
    (`_follows_surname_convention`): in one that calls people by their family name, the holder whose last
    word it is; otherwise the holder whose first (given) word it is. After a title of address or beside a
    word for a family ("Mr Abliz", "the Abliz family") it is a family name in any document. None unless
    exactly one holder bears the word in that place."""
    as_family = surname_convention or _as_family_name(doc.text, *span)
    bearers = [p for p in holders
               if any(len(n.split()) > 1 and n.split()[-1 if as_family else 0] == word for n in p.names)]
    return bearers[0] if len(bearers) == 1 else None


def _shared_name_words(doc: Doc) -> None:
    """A word of two persons' full names, alone in the text, to the one `_bare_word_bearer` reads it as; and a
    person known only by that word merged into that one. Run after the kinship rules, which read a parent's
    given name that is the child's family name by the sentence (`_fathers_name`)."""
    text = doc.text
    owners: dict[str, set[str]] = {}
    for person in doc.persons:
        for name in person.names:
            if len(name.split()) > 1:
                for part in name.split():
                    owners.setdefault(part, set()).add(person.id)
    shared = {part: ids for part, ids in owners.items()
              if len(ids) > 1 and part.casefold() not in NOT_NAME and len(part) >= 3}
    if not shared:
        return
    full = SpanSet([span for span, _ in doc.person_spans if len(text[span[0]:span[1]].split()) > 1]
                   + [span for span, _ in doc.place_spans])
    surname_convention = _follows_surname_convention(doc, full)
    taken = SpanSet([span for span, _ in doc.person_spans] + [span for span, _ in doc.place_spans])
    for part, ids in sorted(shared.items()):
        holders = [doc.person(pid) for pid in sorted(ids)]
        for alone in [p for p in doc.persons if p.names == [part]]:
            bearers = [_bare_word_bearer(doc, part, holders, surname_convention, span) for span in alone.mentions]
            bearer = bearers[0] if bearers else None
            if bearer is not None and all(b is bearer for b in bearers) and _same_gender(doc, alone, bearer):
                _merge(doc, bearer, alone)
        for match in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text):
            if taken.overlaps(match.span()):
                continue
            bearer = _bare_word_bearer(doc, part, holders, surname_convention, match.span())
            apposed = _apposed_to_own_kin(doc, match.end())
            if apposed is not None:
                # "Alim's daughter, Nur Alim": the owner of a kin word is not the relative apposed to it (one is
                # not one's own daughter); the word is the other holder's (h-header65)
                others = [p for p in holders if p.id != apposed]
                bearer = others[0] if len(others) == 1 and len(others) < len(holders) else None
            title = _title_gender(text, match.start())
            if bearer is None or (title and gender(doc, bearer.id) not in (None, title)):
                continue
            doc.add_person_mention(bearer, match.span())
            taken.add(match.span())
            if part not in bearer.names:
                bearer.names.append(part)
    doc.person_spans.sort()


def _owner_by_name_word(doc: Doc, span: tuple[int, int], relative_id: str) -> str | None:
    """"Alim's daughter, Nur Alim" with "HOSHUR, Alim" in the header: the one word before the possessive is
    a word of one person's full name other than the relative's (one is not one's own daughter); that person
    is the owner, the word a mention of theirs (h-header65). None where no one or more than one holds it."""
    word = doc.text[span[0]:span[1]]
    if " " in word or len(word) < 3 or word.casefold() in NOT_NAME:
        return None
    holders = [p for p in doc.persons if p.id != relative_id
               and any(len(n.split()) > 1 and word in n.split() for n in p.names)]
    if len(holders) != 1:
        return None
    doc.add_person_mention(holders[0], span)
    return holders[0].id


_OWN_KIN_APPOSED = re.compile(rf"['’]s[ \t]+(?i:{KIN_PATTERN}),[ \t]+")


def _apposed_to_own_kin(doc: Doc, end: int) -> str | None:
    """Id of the person named right after "'s <kin word>," when a name ends at `end` ("Alim's daughter, Nur
    Alim"): the relative the possessor owns, so someone other than the possessor; None otherwise."""
    match = _OWN_KIN_APPOSED.match(doc.text, end)
    return person_at(doc, match.end()) if match else None


def _merge(doc: Doc, keep: PersonRecord, drop: PersonRecord) -> None:
    for span in drop.mentions:
        keep.add_mention(span)
    for name in drop.names:
        if name not in keep.names:
            keep.names.append(name)
    keep.roles |= drop.roles
    for key, value in drop.attributes.items():
        keep.attributes.setdefault(key, value)
    keep.relations += [r for r in drop.relations if r.person != keep.id]
    for index, speaker in list(doc.speakers.items()):
        if speaker == drop.id:
            doc.speakers[index] = keep.id
    for person in doc.persons:
        if person.kin_of and person.kin_of[0] == drop.id:
            person.kin_of = (keep.id, person.kin_of[1])
    doc.person_spans = [(span, keep.id if pid == drop.id else pid) for span, pid in doc.person_spans]
    for person in doc.persons:
        for relation in person.relations:
            if relation.person == drop.id:
                relation.person = keep.id
        unique = []
        for relation in person.relations:
            if not any(r.person == relation.person and r.relation == relation.relation for r in unique):
                unique.append(relation)
        person.relations = unique
    doc.persons.remove(drop)


_ETHNIC = "|".join(sorted((re.escape(k) for k in ETHNONYMS), key=len, reverse=True))
_AGE = re.compile(r"\s*\((\d{1,3})\)")
_AGED_BEFORE = re.compile(r"(?<![\w-])(\d{1,3})[- ](?:year-old|-?летн(яя|юю|ей|ий|его|ему|им))\s+(?:[\w-]+\s+){0,2}$")
_ETHNIC_NEAR = re.compile(rf"^,?\s+(?:who is\s+)?(?:an?\s+)?(?:ethnic(?:ally)?\s+)?({_ETHNIC})\b(?!\s+(?:citizen|passport|consulate|government|diplomat))", re.I)
_ETHNIC_BEFORE = re.compile(rf"\b({_ETHNIC})\s+(?:(?:woman|man|Muslim|girl|boy)\s+(?:named\s+)?)?$", re.I)
_SELF_ETHNIC = re.compile(rf"\b(?:I am|I'm|My ethnicity is (?:indicated as|recorded as)?|je suis|я)\s+({_ETHNIC})\b", re.I)
_CITIZENS = re.compile(r"\b(Kazakhstan|Kazakh|Chinese|Kyrgyz|Kyrgyzstan|Turkish|Dutch|German|American|Uzbek)\s+citizens?\b", re.I)
# "X est née le 3 mars 1970", "X was born in 1981", «X родилась в 1975 году»: the date after.
# An apposition may stand between ("X, a teacher from Ghulja born in 1978, …", h-x34), not a relative
# clause ("X, whose son was born in 1990").
_BORN_AFTER = re.compile(r"(?:,\s+(?:an?|the|une?)\s+(?:(?!\b(?:who|whose|whom|that|which|qui|dont)\b)[^,.;:()\n]){1,40}?)?"
                         r",?\s+(?:est |était |a été |was |is )?(?:née?|born|родил(?:ась|ся))\b(?:\s+(?:le|en|on|in|в))?\s*")
_BORN = re.compile(r"(?:\bI was born|(?<![\w-])[Jj]e suis née?|(?<![\w-])[Яя] родил(?:ась|ся))(?![\w-])[^.]{0,80}?"
                   r"(?:\b(?:on|in|le|en|в)\s+)?(?=\S)")
# Where a person was born, told in the clause of "born": a place mention after the word, led by a
# preposition of place ("born in 1979 in Ghulja", «родился в Кульдже», "née à Aksou"), before the
# clause ends (a stop, a comma, "and", "but", "where": "born in 1979 and detained in Hotan" names no birthplace;
# "born and raised in Kashgar" does).
_BIRTH_CLAUSE_END = re.compile(r"[.,;:!?()\n]|\s(?:and(?!\s+(?:raised|grew))|but|then|where|when|et|mais|puis|où|и|но|а|где|когда)\s")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|at|near|à|en|au|près de|в|во|под)\s+$", re.I)
BIRTH_CLAUSE_CHARS = 80


def _birthplace(doc: Doc, start: int) -> tuple[str, tuple[int, int]] | None:
    """The place mention (its words as written, its span) that the clause of "born" beginning at
    `start` says the person was born in (`_BIRTH_CLAUSE_END`, `_PLACE_PREPOSITION`), if any."""
    end = min(len(doc.text), start + BIRTH_CLAUSE_CHARS)
    stop = _BIRTH_CLAUSE_END.search(doc.text, start, end)
    end = stop.start() if stop else end
    for (s, e), _place in doc.place_spans:  # in text order
        if s >= end:
            break
        if s >= start and e <= end and _PLACE_PREPOSITION.search(doc.text[max(0, s - 12):s]):
            return doc.text[s:e], (s, e)
    return None


# A birth year right after a name, in the forms of a register or a list: «X, 1984 года рождения», «X (1990
# г. р.)», Kazakh «X 1979 жылы туған», «X (2008 ж.т.)», Uyghur «X 1968-يىلى … تۇغۇلغان», Chinese «X，男，维吾尔族，
# 1971年出生» (issue 11, h-x28p; up to three short fields between a Chinese name and its year).
_BIRTH_YEAR_AFTER = re.compile(
    r"(?:[ \t]*[,(][ \t]*|[ \t]+)(?P<y>(?:19|20)\d\d)[ \t]*(?:(?:года|г\.)[ \t]*(?:рождения|р\.|рожд\.)"
    r"|(?:жылы|ж\.)[ \t]*(?:[^\s,.;()]+[ \t]+){0,2}?(?:туған\w*|т\.)"
    r"|[-–][ \t]*يىلى[ \t]*(?:[^\s،.]+[ \t]+){0,2}?تۇغۇلغان\w*)"
    r"|(?:[，,][ \t]*[^，,。\n\d]{1,8}){0,3}[，,][ \t]*(?P<zh>(?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:出生|生)")


def read_birth_years(doc: Doc) -> None:
    """Set the birth year (`_BIRTH_YEAR_AFTER`) of each named person whose mention it follows, in place;
    run by `_attributes` and, for Uyghur, Kazakh and Chinese, by `guwah.extract.regional.run`."""
    for (s, e), person_id in doc.person_spans:
        match = _BIRTH_YEAR_AFTER.match(doc.text, e)
        if match:
            person = doc.person(person_id)
            if person.names:
                person.set_attribute("birth_year", int(match.group("y") or match.group("zh")), (s, match.end()))
_COUNTRY = {"kazakhstan": "Kazakhstan", "kazakh": "Kazakhstan", "chinese": "China", "kyrgyz": "Kyrgyzstan",
            "kyrgyzstan": "Kyrgyzstan", "turkish": "Turkey", "dutch": "Netherlands", "german": "Germany",
            "american": "United States", "uzbek": "Uzbekistan"}


# "the village chief, X", "police officer named X", "начальник полиции X": a title in apposition.
_TITLE_BEFORE = re.compile(
    # (a title that ends in "of" takes its complement straight after it: "the head of the neighbourhood committee, X")
    rf"(?P<title>\b(?:{_TITLE_WORDS})(?:(?:\s+(?:of|de|du|des)|(?<=\bof))\s+(?:the\s+|la\s+|le\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+)?)"
    rf"(?:,(?:\s+(?:a|an)\s+(?:man|woman)\s+(?:named|called|whose\s+(?:sur)?name\s+(?:was|is))"
    rf"|\s+(?:a\s+certain|un\s+certain|une\s+certaine|некий|некая|некто))?"
    rf"|\s+(?:named|called|nommée?|по имени)"
    # "the workshop leader, a Mr X", "The Chief Executive, Mr X": a title of address between
    rf"|,\s+(?:(?:a|an|one)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Mme|M)\.?"
    # "a police officer, whom the witness names as X", "an officer he names as X", "he knew as X"
    rf"|(?:,\s+whom)?\s+(?:[\w-]+\s+){{1,3}}?(?:names|named|calls|called|identifies|identified|knew|knows|remembers)\s+as"
    # « un instructeur qu'elle appelle X », «следователь, которого она называет X»
    rf"|\s+qu['’](?:il|elle|ils|elles|on)\s+(?:appelle|appelait|nomme|nommait)"
    rf"|,\s+(?:которого|которую)\s+(?:он|она|они)\s+(?:называет|называл|называла|называли|зовёт|зовет))?\s*$", re.I)
# "a caller calling himself X of the county police": a doer who names himself.
# A caller naming himself, then his service: "a caller calling himself X of the county police", "This is
# X from the Kashgar police", « C'est X, de la police d'Aksou », «Это звонит X из полиции Кульджи»,
# «назвавшийся X, из отдела полиции» (issue 11, h-x28p: an official, not a victim or a witness).
_SELF_STYLED = re.compile(
    r"(?:\b(?:who\s+)?(?:calls|called)\s+(?:himself|herself)|\b(?:[Tt]his|[Ii]t)\s+(?:is|was)|\b[Ii]t['’]s|"
    r"\bintroduced\s+(?:himself|herself)\s+as|\b[Cc]['’](?:est|était)|\b[Ii]ci|\bs['’](?:est\s+)?présentée?\s+comme|"
    r"(?<![\w-])(?:[Ээ]то|[Зз]вонит|[Гг]оворит)(?:\s+(?:звонит|говорит|беспокоит))?|(?<![\w-])(?:назвавш|представивш)\w*(?:ся|сь))"
    r"\s+$")
_OF_THE_POLICE = re.compile(
    r",?\s+(?:(?:of|from|at)\s+the|(?:de|du|des)(?:\s+la)?|из|от)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:police|security\s+bureau|public\s+security|commissariat|sécurité\s+publique|"
    r"полиции|отдела|участка|бюро\s+общественной\s+безопасности|госбезопасности)", re.I)
_APPOSED_TITLE_AFTER = re.compile(_APPOSED_TITLE_TAIL, re.I)


def _titled_official(doc: Doc, person: PersonRecord) -> bool:
    """Whether an official's title stands in apposition to one of the person's names ("the
    village chief, X", "X, a police officer"): what `_attributes` gives the role "official" for."""
    return any(_titled_at(doc, s, e) for s, e in person.mentions)


def _titled_at(doc: Doc, start: int, end: int) -> bool:
    return _official_title_before(doc, start) or bool(_APPOSED_TITLE_AFTER.match(doc.text, end, end + 80)) \
        or bool(_SELF_STYLED.search(doc.text, max(0, start - 40), start) and _OF_THE_POLICE.match(doc.text, end)) \
        or doc.language == "ru" and bool(_RU_OFFICIAL_BEFORE.search(doc.text, max(0, start - 60), start)
                                         or _RU_OFFICIAL_AFTER.match(doc.text, end, end + 80))


# Russian has no article before a title in apposition: «участковый по фамилии Ли», «сотрудник полиции
# Ван», «представившийся Чжан Ли, сотрудником полиции уезда» (the policeman's title in any case).
_RU_POLICE = (r"(?:участков\w*|председател\w*|полицейск(?:ий|ого|ому|им)|следовател\w*|начальни(?:к|ц)\w*|заместител\w*|инспектор\w*|"
              r"сотрудник(?:а|у|ом)?[ \t]+(?:полиции|госбезопасности|МГБ|бюро\s+общественной\s+безопасности))")
# What the title is of, in the genitive, between it and the name: «начальник полиции X», «заместитель
# начальника поселкового участка X» (a past verb, «допрашивала», is no such word; no past tense ends in
# -лли: «председатель махалли X»).
_RU_TITLE_OF = r"(?:[ \t]+(?![а-яё]*[а-км-яё]л[аио]?[ \t])[а-яё]+(?:а|я|ы|и|ого|его|ой|ей|ых|их|ия|ии|бюро|МГБ)){0,4}"
_RU_OFFICIAL_BEFORE = re.compile(
    rf"(?<![\w-]){_RU_POLICE}{_RU_TITLE_OF}(?:[ \t]+по[ \t]+(?:фамилии|имени))?[ \t]*,?[ \t]*$", re.I)
_RU_OFFICIAL_AFTER = re.compile(rf",[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_RU_POLICE}", re.I)


def _official_title_before(doc: Doc, start: int) -> bool:
    """Whether a title stands right before the name, in apposition: not "a village official said
    that X", "officers returned the body of X" (the title is the subject of another verb)."""
    before = doc.text[max(0, start - 80):start]
    match = _TITLE_BEFORE.search(before)
    if match is None:
        return False
    offset = start - len(before)
    if doc.analysis is not None:
        between = doc.analysis.tokens_in(offset + match.start("title"), offset + match.end("title"))
        if any(token.pos in ("VERB", "AUX") for token in between):
            return False
    return not re.search(r"\b(?:and|with|to|by|et|и)\s*$", match.group())


def _attributes(doc: Doc) -> None:
    text = doc.text
    for (s, e), person_id in doc.person_spans:
        person = doc.person(person_id)
        if not person.names:
            continue
        age = _AGE.match(text, e)
        if age and 5 <= int(age.group(1)) <= 110:
            person.set_attribute("age", int(age.group(1)), (s, age.end()))
        # "19-year-old Memetjan Hoshur", «31-летняя гражданка Китая Айгерим Болат»
        aged = _AGED_BEFORE.search(text[max(0, s - 60):s])
        if aged and 5 <= int(aged.group(1)) <= 110:
            aged_start = s - len(text[max(0, s - 60):s]) + aged.start()
            person.set_attribute("age", int(aged.group(1)), (aged_start, e))
            if aged.group(2):
                gender = "female" if aged.group(2) in ("яя", "юю", "ей") else "male"
                person.set_attribute("gender", gender, (aged_start, e))
        near = _ETHNIC_NEAR.match(text[e:e + 60])
        if near:
            person.set_attribute("ethnicity", ETHNONYMS[near.group(1).lower()], (s, e + near.end()))
        before = _ETHNIC_BEFORE.search(text[max(0, s - 40):s])
        if before:
            value = ETHNONYMS[before.group(1).lower()]
            person.set_attribute("ethnicity", value, (s - (len(text[max(0, s - 40):s]) - before.start()), e))
        born = _BORN_AFTER.match(text, e)
        if born:
            for date in doc.dates_in(born.end(), born.end() + 40):
                if not date.relative:
                    person.set_attribute("birth_year", int(date.value[:4]), (s, date.end))
                    if date.precision == "day":
                        person.set_attribute("birth_date", date.value, (s, date.end))
                    break
            place = _birthplace(doc, born.end())
            if place:
                person.set_attribute("birthplace", place[0], (s, place[1][1]))
        before_text = text[max(0, s - 120):s]
        statement = _STATEMENT_OF.search(text, max(0, s - 60), s + 1)
        if statement and statement.end() == s and _statement_maker_at(doc, s) == person_id:
            person.roles.add("witness")
        if _titled_at(doc, s, e):
            person.roles.add("official")
        citizens = _CITIZENS.search(before_text[-40:])
        if citizens and not re.search(r"[.;]", before_text[-40:][citizens.end():]):
            person.set_attribute("citizenship", [_COUNTRY[citizens.group(1).lower()]], (s - 40 + citizens.start() if s >= 40 else citizens.start(), e))
    read_birth_years(doc)
    # Facts the speaker states about themselves.
    for index, speaker_id in doc.speakers.items():
        sentence = doc.sentence_text(index)
        base = doc.sentences[index].start
        person = doc.person(speaker_id)
        match = _SELF_ETHNIC.search(sentence)
        if match:
            person.set_attribute("ethnicity", ETHNONYMS[match.group(1).lower()], (base + match.start(), base + match.end()))
        citizen = re.search(r"\b(?:became|am|was)\s+an?\s+(Kazakh|Kazakhstan|Kyrgyz|Turkish|Dutch)\s+citizen\b", sentence)
        if citizen:
            person.set_attribute("citizenship", [_COUNTRY[citizen.group(1).lower()]], (base + citizen.start(), base + citizen.end()))
        born = _BORN.search(sentence)
        if born:
            for date in doc.dates:
                if base + born.start() <= date.start < base + len(sentence) and not date.relative:
                    person.set_attribute("birth_year", int(date.value[:4]), (base + born.start(), date.end))
                    if date.precision == "day":
                        person.set_attribute("birth_date", date.value, (base + born.start(), date.end))
                    break
            place = _birthplace(doc, base + born.start())
            if place:
                person.set_attribute("birthplace", place[0], (base + born.start(), place[1][1]))
    # Third-person citizenship: "her Kazakh citizenship".
    for match in re.finditer(r"\b(her|his)\s+(Kazakh|Kazakhstan|Kyrgyz|Chinese)\s+citizenship\b", text):
        owner = _pronoun_owner(doc, match.start(), PRONOUN_GENDER[match.group(1)])
        if owner:
            doc.person(owner).set_attribute("citizenship", [_COUNTRY[match.group(2).lower()]], match.span())


# What makes an unnamed relative a person of the text: a role the text gave them by what it tells.
_TOLD_ROLES = frozenset({"victim", "witness", "official", "perpetrator"})
# An unnamed relative with no act, role or turn is a figure of the account only when the text names
# them this often: twice is still in passing ("went to see my mother … at my mother's flat"), the
# sets that list named persons only have many such; a relative met three times recurs in the story.
RECURRING_KIN_MENTIONS = 3


def _capitals_line(text: str, offset: int) -> bool:
    """Whether the line holding `offset` is written in capitals only (a heading), with some letters."""
    line = text[text.rfind("\n", 0, offset) + 1:text.find("\n", offset) % (len(text) + 1)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def drop_passing_kin(doc: Doc) -> None:
    """Drop, in place, the unnamed relatives (`PersonRecord.kin_of`) that the finished rules tell
    nothing of: no violation, no event, no victim, witness, official or perpetrator role, no
    attribute but the gender the kin word gives, not a speaker, and fewer than `RECURRING_KIN_MENTIONS`
    mentions. Such a kin word only names a relation in passing ("a visit to his uncle", "at her
    sister's house", "his father's funeral", "left with my mother … my mother's flat"); a relative with
    an act ("police took her brother"), a role (a witness among them), a speaker's turn, or one the
    account keeps returning to stays a person, as issue 11 asks ("three children as relatives").

    Why: every annotated set under bench/data from v5 on lists named persons only, and its gold counts
    every unnamed relative as a false person; the older ones (dev, corpus, v2-v4) list unnamed
    relatives, mostly those the text tells an act of. Run after the roles (they decide "victim") and
    before the person model. The relations to a dropped person go with it."""
    told_by_events = {e.person for e in doc.events if e.person}
    speakers = set(doc.speakers.values())
    passing = {p.id for p in doc.persons
               if p.kin_of is not None and not p.names and not p.narrator and not p.violations
               and p.id not in told_by_events and p.id not in speakers and not (p.roles & _TOLD_ROLES)
               and not set(p.attributes) - {"gender"} and len(p.mentions) < RECURRING_KIN_MENTIONS
               and not _told_through_owner(doc, p)}
    if not passing:
        return
    doc.persons = [p for p in doc.persons if p.id not in passing]
    doc.person_spans = [(span, pid) for span, pid in doc.person_spans if pid not in passing]
    for person in doc.persons:
        person.relations = [r for r in person.relations if r.person not in passing]


def _told_through_owner(doc: Doc, person: PersonRecord) -> bool:
    """A kin group ("her three children", `_KIN_GROUP`) holds no person span, so what happens to it is
    told of the parent ("officers took her three babies away": the parent's family separation): the
    group is told of when one of its owner's acts has a mention of the group inside its evidence."""
    if person.kin_of[1] != "children" or not any(p.id == person.kin_of[0] for p in doc.persons):
        return False
    owner = doc.person(person.kin_of[0])
    return any(a <= s and e <= b for v in owner.violations for a, b in (v.evidence,) for s, e in person.mentions)
