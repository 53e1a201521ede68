"""Find events (arrest, detention, transfer, release, death, exit, return, …) with person, place,
facility and date.

A trigger phrase gives the type; `subjects.attribute` the person; the date is the one in the
sentence nearest the trigger, else (for custody events, which testimonies tell day by day) the
date of the sentence right before in its paragraph, else the latest day of the narrative in the
last paragraphs, never the document's own date; an undated stay begins with the person's arrest;
a duration in the sentence ("for eight days") gives the end date. A negated or hedged trigger
(`lexicon.negated`, `subjects.hedged`, shared with the violation rules) tells no event. Ways of
telling that no trigger phrase lists are read from the parse (lemmas and dependencies: "Events read
from the parse" below). Exit and return are travel across China's border: a person's side of the
border is followed through the text, and only a crossing counts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from guwah.extract.alternation import Alternation, prepared
from guwah.extract.document import DateMention, Doc, EventRecord, SpanMatch
from guwah.extract.lexicon import (
    AGENT_WORDS,
    ANOTHER_WORDS,
    ANSWERING_VERBS,
    ARREST_VERBS,
    BEING_VERBS,
    CAUSE_MARKS,
    CENTRE_KINDS,
    CENTRE_NOUNS,
    CHECKED,
    COMING_VERBS,
    CONTACT_NOUNS,
    CUSTODY_NOUNS,
    CUSTODY_STEM_RU,
    ENTRY_COLUMN_LABELS,
    ERRAND_NOUNS,
    EVENT_FIELD_LABELS,
    EVENT_NOUNS,
    FREEDOM_NOUNS,
    FREEING_VERBS,
    FRENCH_OBJECT_CLITICS,
    FROM_PREPOSITIONS,
    GETTING_VERBS,
    GIVING_VERBS,
    HAPPENING_VERBS,
    HEARSAY_WORDS,
    HOLDING_VERBS,
    INFINITIVE_MARKS,
    KIN_PATTERN,
    KIN_QUALIFIERS,
    LEADING_VERBS,
    LEAVING_VERBS,
    MOVING_VERBS,
    NEGATION_WORDS,
    OBJECT_CLASSES,
    PERSON_WORDS,
    PLURAL_GENERIC,
    QUESTIONING_VERBS,
    RECORD_SUBJECT_LABELS,
    REGAINING_VERBS,
    RU_KIN_FORMS,
    SPOUSE_WORDS,
    STATE_AGENT_WORDS,
    STATE_TAKING_VERBS,
    SUBJECT_DEPS,
    TAKING_SOMEONE_VERBS,
    TAKING_VERBS,
    TERM_NOUNS,
    TIME_PREPOSITIONS,
    TOWARD_PREPOSITIONS,
    TRANSFERRING_VERBS,
    UNDERGOING_VERBS,
    UNKNOWN_VALUES,
    UNREAL_HEADS,
    WHEREABOUTS_LABELS,
    WORK_NOUNS,
    YEAR_NOUNS,
    back_lemma,
    motion_lemma,
    negated,
    negated_after,
    relative_clauses,
    saying_forms,
    unconfirmed_after,
)
from guwah.extract.persons import kin_relation
from guwah.extract.subjects import (
    _my_kin,
    _official,
    answering_date,
    asked,
    attribute,
    hedged,
    participle_person,
    references,
    told_in_a_record,
    told_of_a_thing,
)
from guwah.vocab import euphemism

_OBJ = r"(?:me|him|her|us|them)"
# Who takes people away, when a testimony says "police came for her" instead of "arrested".
_AGENTS = r"(?:police(?:men)?|police officers|officers|officials|cadres|(?:state )?security(?: officers)?|they)"
# A relative named by a kin word ("took her father away"; not "took her phone away").
_KIN_WORD = (r"(?:(?:elder|older|younger|little|big) )?(?:father|mother|brother|sister|son|daughter|husband|wife|uncle|aunt|"
             r"cousin|nephew|niece|grand(?:father|mother|son|daughter)|parents|children|child)")
# A camp called a school ("a political school", "a so-called training school"): the kinds are the
# `before_school` field of vocab/euphemisms.yaml (en.camp_kind).
_SCHOOL = rf"{euphemism('en', 'camp_kind', 'before_school')}\s+school"
# Places of custody, named the way testimonies name them.
_CUSTODY_PLACE = r"(?:camp|cent(?:er|re)|prison|jail|police station|cell|basement)"
# "what officials call a …", "what the sign called a …": the state's name for a camp.
_WHAT_CALLED = r"(?:what\s+(?:[\w-]+\s+){1,3}call(?:s|ed)?\s+)?"
# Words that name a place of custody, some in quotes: "the Qaraqash \"education and training\" facility".
_NAMING_WORDS = r"(?:[\"“]?[\w-]+[\"”]?\s+){0,4}"
# A Russian verb of taking someone away with no one said, followed by when or the clause's end: the one the
# story is about is taken (an impersonal plural, «(его) забрали»); `_taken_unsaid` reads the parse.
_BARE_TAKING = re.compile(r"(?<![\w-])(?:[Зз]абрали|[Уу]везли)(?=\s*[.,;!]|\s+(?:прямо\s+)?(?:в|во)\s+(?:\d|[а-яё]+ре\b|ма[ея]\b|"
                          r"ию[нл][ея]\b|марте\b|августе\b)|\s+(?:ночью|утром|вечером|днём|днем|весной|летом|осенью|зимой)\b)")
# "Taken by police in 2018, released in 2019": a release told as a later clause of a sentence that a participle
# with no subject opens, its person that participle's (`subjects.participle_person`), in a case list or annex.
_CONTINUED_RELEASE = re.compile(r"(?<=[,;] )released(?= (?:in|on) )")
TRIGGERS = [
    ("arrest", re.compile(
        rf"\b(?:was|were|been|got) arrested\b|\barrested (?:by|for|on|in|{_OBJ}|the (?:boy|girl|young man|young woman|teenager))\b|\btook {_OBJ} (?:away|again)\b"
        # "taken away" is an arrest; "taken away to a camp" is a detention (below).
        rf"|\btaken away\b(?!\s+(?:to|into)\s+(?:an?|the|another)\s+(?:[\w-]+\s+){{0,2}}{_CUSTODY_PLACE})"
        # "Her uncle was taken in early spring 2019": taken, not to a place of custody, not to hospital.
        # (not a thing taken: "his phone was taken at the border")
        rf"|(?<!passport )(?<!passports )(?<!phone )(?<!papers )(?<!documents )(?<!card )(?<!ID )"
        rf"\b(?:was|were|had been|has been|have been)(?: both| all| also)? taken\b(?=\s+(?:in|on|at|from|by|last|early|late|one|that|the same|too|as well)\b|\s*(?:too\b|[,.;])|\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|later|before)\b)(?!\s+(?:in|into) (?:care|custody)\b)(?!\s+from\s+[^.;,]{{0,40}}\bto\b)"
        rf"(?![^.;]{{0,40}}\b(?:to|into)\s+(?:an?|the|another)\s+(?:[\w-]+\s+){{0,2}}(?:{_CUSTODY_PLACE}|hospital)\b)"
        # "drove him off", "drove me away": driven off by whoever came for the person
        rf"|\b(?:drove|driven) {_OBJ} (?:off|away)\b"
        # "they took her out of the classroom", "was dragged out of his car" (not out of a camp: that
        # is a release or a transfer)
        rf"|\b(?:took|pulled|dragged) {_OBJ} out of\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?{_CUSTODY_PLACE})"
        rf"|\b(?:was|were) (?:taken|pulled|dragged) out of\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?{_CUSTODY_PLACE})"
        # "she was pulled off a coach near Turpan", "they took him off the train"
        rf"|\b(?:(?:was|were) (?:taken|pulled|dragged|hauled)|(?:took|pulled|dragged|hauled) {_OBJ}) off (?:the|a|an|his|her|their|our|my) "
        rf"(?:[\w-]+ )?(?:bus|train|plane|flight|coach|ferry)\b"
        rf"|\btaken into custody\b|\b(?:picked|rounded) {_OBJ} up\b|\b(?:was|were|had been|has been|have been) (?:picked up|rounded up|seized|apprehended)\b"
        rf"|\b(?:policemen|police officers|police) came to (?:our|my|his|her) (?:house|home)\b|\b{_AGENTS} came (?:back )?for (?:(?:both|all) of )?{_OBJ}\b"
        # "officers took him from the shop"; "went to the meeting and never came back"
        # ("took her passport": "her" is no object there)
        rf"|\b(?:police(?:men)?|police officers|officers)\s+took (?:{_OBJ}|(?:my|his|her|their|our) {_KIN_WORD}|(?-i:Mum|Mom|Dad|[A-Z][a-z]+))"
        r"(?=\s*[,.;]|\s+(?:from|away|at|on|in|for|and|with|because)\b)"
        r"|\b(?:did not|didn['’]t|never) (?:come|came|return(?:ed)?) (?:back|home)\b|(?:(?<=\bhe )|(?<=\bshe ))(?:did not|didn['’]t) return(?=\s*[.;])"
        # "came to the shop and took him"
        rf"|\bcame to (?:the|our|my|his|her|their) (?:[\w-]+ ){{1,2}}and (?:took|arrested|detained) {_OBJ}(?=\s*[,.;]|\s+(?:away|from|to|with|in|on|at)\b)"
        # "officers came one evening and took him": police who came and took someone
        rf"|\b(?:police(?:men)?|police officers|officers)\s+came\s+(?:[\w-]+\s+){{0,3}}and\s+(?:took|arrested|detained)\s+{_OBJ}"
        r"(?=\s*[,.;]|\s+(?:away|from|with|in|on|at|and|because)\b)"
        # "Taken by police from a wedding": by the police, not a thing taken
        r"|\btaken by (?:the )?(?:police|officers|state security)\b"
        # "police arrested Kamil Tursun", "arrested his brother", "police came for her father",
        # "took my uncle away"; «l'ont emmené», "emmenée par la police"
        rf"|\barrested (?=(?:my|his|her|their|our)\s|[A-Z][a-z])|\b{_AGENTS} came (?:back )?for (?:my|his|her|their|our) {_KIN_WORD}\b"
        rf"|\btook (?:my|his|her|their|our) {_KIN_WORD} away\b|\b(?:l['’](?:a|ont|avaient|avait)|les ont) emmenée?s?\b(?!\s+(?:à|a)\s+l['’]hôpital\b)|\b(?:a|ont|avait|avaient) été emmenée?s?\b|\bemmenée?s? par la police\b"
        r"|(?:(?<=policiers )|(?<=police )|(?<=gendarmes )|(?<=agents ))(?:(?:sont |est )?venue?s?|viennent|vient) (?:(?:le|la|les|me|nous) chercher|(?:l['’]|les |me |m['’]|nous )arrêter)\b"
        r"|\bа?рестова\w*|\bзабрал\w* (?:его|её|ее|меня|нас|их)\b"
        r"|\bзабрали\s+(?:прямо\s+)?(?:из|с)\s+(?:дома|работы|рынка|базара|магазина|мечети|улицы|школы|офиса)\b"
        # «забрали прямо у тёти дома»: taken at someone's home (not «у неё забрали телефон»: a thing taken from her)
        r"|\bзабрали\s+(?:прямо\s+)?у\s+[\w-]+\s+(?:дома|на\s+работе|в\s+доме)\b"
        # «его забрали», not «у меня забрали паспорт» (a thing taken from the one named: no arrest of them);
        # «у» the preposition, not a word's last letter («в 2018 году его забрали»)
        r"|(?<!(?<![\w-])[Уу] )\b(?:его|её|ее|меня|нас|их) забрал\w*"
        # «Забрали в 2018 году.», «Увезли ночью»: a plural with neither subject nor object (`_taken_unsaid`)
        rf"|{_BARE_TAKING.pattern}"
        r"|\barrêtée?s?\b|\binterpellée?s?\b"
        # Being detained, handcuffed, «задержали» is the arrest; being held somewhere is the detention.
        rf"|\b(?:was|were|been|got) detained\b(?!\s+(?:for|since|until|in (?:an?|the)|there)\b)"
        rf"(?!\s+at\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}{_CUSTODY_PLACE})|\bhandcuffed {_OBJ}\b"
        # "was stopped at the airport … and held in a police facility": a stop that ends in custody
        r"|\b(?:was|were) stopped\b(?=[^.;]{0,80}\band\s+(?:then\s+)?(?:held|detained|locked up|handcuffed)\b)"
        r"|(?<!was )(?<!were )(?<!been )\bdetained (?:on|in) (?!an?\b|the\b|there\b)|\b(?:was|were) handcuffed\b|\bзадержа(?:л|ли|ла|н|на|ны)\b"
        # the participle with its date, as "detained in May 2018": «задержанный в мае 2018 года», «задержанная
        # в Кульдже в 2017 году» (not «другие задержанные», the detainees)
        r"|\bзадержанн(?:ый|ая|ого|ую|ой)\b(?=,?\s+(?:(?:в|во)\s+[А-ЯЁ][\w-]*\s+)?(?:(?:в|во)\s+)?(?:\d|(?:январ|феврал|март|апрел"
        r"|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|прошл|начал|конц|середин)\w*))", re.I), True),
    ("detention", re.compile(
        # "was detained" tells both the arrest (above) and the start of the detention.
        rf"\b(?:was|were|been|being|got|is|are) detained\b|\bdetained (?:on|in|since|for)\b|\b(?:was|were|been|being) held from\b"
        rf"|\bheld {_OBJ} (?:in|at)\b|\b(?:was|were) held at (?:an?|the)\b|\b(?:was|were) held(?: too| as well| again)?,?(?: for questioning)? for (?:\w+ ){{1,2}}(?:days?|weeks?|months?|years?)\b"
        rf"|\b(?:sent|taken|took|brought|transferred|put|placed|moved|locked|kept|drove|driven)\s+(?:{_OBJ}\s+)?(?:\w+\s+){{0,2}}(?:to|in|into)\s+{_WHAT_CALLED}"
        rf"(?:an?|the|another)\s+[\"“]?(?:so-called\s+)?{_NAMING_WORDS}(?:camp|cent(?:er|re)|prison|jail|police station|facility|compound|{_SCHOOL})\b(?!['’]s\b)"
        # "taken from her flat in Turpan to a camp": a taking from somewhere to custody (the arrest
        # at its origin: `_takings_are_arrests`); "transferred from … to" is a transfer, not this
        rf"|\b(?:sent|taken|took|brought|driven)\s+(?:{_OBJ}\s+)?from\s+[^.;,]{{1,50}}?\s+(?:to|into)\s+{_WHAT_CALLED}"
        rf"(?:an?|the|another)\s+[\"“]?(?:so-called\s+)?{_NAMING_WORDS}(?:camp|cent(?:er|re)|prison|jail|police station|facility|compound|{_SCHOOL})\b(?!['’]s\b)"
        # "taken away for \"study\"", "sent for political re-education": the state's word for a camp
        r"|\b(?:taken|sent)\s+(?:away\s+)?for\s+[\"“]?(?:political\s+)?(?:re-?education|study|studies|studying|training|transformation)\b"
        r"|\b(?:locked up|interned|imprisoned|incarcerated)\b|\bheld (?:there|in)\b|\blocked in (?:a|the) (?:\w+ )?(?:basement|cell)\b"
        # «держали два дня в отделении», «держат в «школе»»: held in a place of custody, some named in quotes
        # (not the noun «задержание»: «документы о задержании» names a detention, it tells none; nor the future or
        # the infinitive, «его задержат», «хотели задержать»: not told as done)
        r"|\bзадержа(?!ни[еяийю])(?!т\b|ть\b)\w*|\b(?:про)?(?:держ|содерж)(?:али|ат|ит)\s+(?:[\w-]+\s+){0,2}?в\s+[«\"“]?(?:лагере|тюрьме|СИЗО|изоляторе|полиции|отделении|участке|камере|школе|центре)\b"
        # «увезли в «учебный центр»», «был помещён в лагерь»: taken or put in one
        # («забрали в лагерь»: taken to one, the arrest too, `_takings_are_arrests`)
        r"|\b(?:отправил|увезл|увез|отвез|отвезл|привез|привезл|забрал|поместил|посадил|помещ[её]н)\w* (?:\w+ ){0,2}в [«\"“]?(?:так называем\w+ )?(?:[«\"“]?\w+ ){0,2}?[«\"“]?(?:(?:лагерь|тюрьму|СИЗО|изолятор|центр)\b|школу[»\"”])|\bпров[её]л\w* (?:\w+ ){0,2}в (?:лагере|тюрьме)\b"
        r"|\bdétenue?s?\b|\binternée?s?\b|\bincarcérée?s?\b|\bemprisonnée?s?\b|\benvoyée?s? dans un camp\b|\bse trouvait dans (?:un|le) (?:camp|centre de détention|prison)\b"
        r"|\bplacée?s? en (?:détention|garde à vue)\b"
        r"|\b(?:conduite?s?|emmenée?s?|amenée?s?|transportée?s?) (?:(?:le|la|ce|cette) (?:soir|nuit|jour|matin)(?: même)? |aussitôt |directement |ensuite |tout de suite |de force )?(?:au|à la|dans (?:un|une|le|la)) (?:camp|centre|prison)\b(?!\s+(?:commercial|culturel|sportif|médical|hospitalier|de santé|ville)\b)|\bpassée? (?:\w+ ){1,3}dans (?:un|une|le|la) (?:camp|prison|centre)\b", re.I), False),
    ("interrogation", re.compile(rf"\binterrogated\b|\binterrogation\b|\bfor questioning\b|\bquestion {_OBJ}\b|\bquestioned\b|\bдопрос\w*|\bдопраш\w*|\binterrogée?s?\b", re.I), False),
    ("transfer", re.compile(
        rf"\b(?:was|were) (?:moved|transferred) to another\b|\btaken from [A-Z]\w+ to\b|\btransferred to\b|\bmoved {_OBJ} to\b"
        # "moved to" a town or a camp while in custody; "later sent to a prison": a move between places of custody.
        rf"|\b(?:was|were) moved to\b|\b(?:later|afterwards|subsequently) (?:sent|moved)(?: {_OBJ})? to\b"
        # a labour transfer told as the ride: "the women were bussed to a textile plant", "put them on a
        # lorry to a glove factory"
        rf"|\b(?:(?:was|were) (?:bussed|trucked|driven|transported)|bussed {_OBJ}|put {_OBJ} on (?:a|the) (?:bus|train|truck|lorry))"
        rf"(?:\s+(?!every\b|each\b|daily\b)[\w-]+){{0,4}}?\s+to (?:a|an|the) (?:[\w-]+ ){{0,2}}(?:factory|factories|workshop|plant|mill|site)\b"
        r"|\bпереве(?:ли|ден\w*|дён\w*)\b|\btransférée?s?\b", re.I), False),
    # "he got ten years for …", "was given eight years in prison": a sentence told by its length.
    ("sentencing", re.compile(r"\b(?:got|was given|(?:had|has) been given|received)\s+(?!(?:many|several|some|a few)\s)(?:\w+[ -]){1,2}years?\b(?=\s*[.;]|\s+(?:in prison|in jail|for|of prison)\b)|\bsentenced\b"
        # "handed down the ten-year term", "is serving nine years", "was tried in 2018"
        r"|\bhanded down (?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:term|sentence)\b|\bserving (?:a |an )?(?:[\w-]+[ -]){1,2}years?\b"
        r"|\b(?:was|were) tried\b|\b(?:was|were|been) sent to prison\b|\bприговор\w*|\bосужден\w*|\bосудил\w*|\bcondamnée?s?\b", re.I), False),
    ("release", re.compile(
        rf"\breleased {_OBJ}\b|\b(?:was|were|been|got) released\b|\b(?:newly|recently) released\b|\bcame out (?:of|from|as)\b"
        rf"|\band (?:later |then )?released\b(?!\s+(?:{_OBJ}|a|an|his|her|their|on bail)\b)(?!\s+the\s+(?!following|next|same)\w)"
        rf"|{_CONTINUED_RELEASE.pattern}"
        rf"|\b(?:was|were|been|got) let (?:go|out)\b|(?:^|(?<=[.:;—–-] ))Released\b|\blet {_OBJ} (?:go|out)\b|\b(?:was|were) (?:sent|allowed to go) (?:back )?home\b|\b(?:and|then) (?:then )?let (?:go|out)\b"
        r"|\bосвобо\w*|\bвыш(?:ел|ла|ли) на свободу\b|\bотпустили\b|\bвыпустил\w*|\ben (?:est|suis|sont|était|étais) sortie?s?\b|\blibérée?s?\b|\brelâchée?s?\b"
        # « elle est sortie en mai 2019 »: out (of custody) at a date, not out of the country (« sortie en 2015 de Chine »)
        r"|\b(?:est|sont|était|étaient) sortie?s? (?=en (?:19|20)\d\d\b|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|le \d)"
        r"(?![^.;,]{0,30}\b(?:de|du) (?:Chine|pays|Xinjiang)\b)", re.I), False),
    ("death", re.compile(r"\bdied\b|(?<=\blost )(?:my|his|her|their|our) (?:father|mother|husband|wife|son|daughter|brother|sister)\b(?=,)|\b(?:did not|didn['’]t|never) wake up\b|\bnever woke up\b|\btortured to death\b|\bbeaten to death\b|\bwas killed\b|\bpassed away\b|\bhis death\b|\bher death\b|\bумер\w*|\bскончал\w*|\bпогиб\w*|\bdécédée?\b|\best morte?\b", re.I), False),
    ("disappearance", re.compile(
        r"\bdisappeared\b|\bwhereabouts (?:are |remain |is )?unknown\b|\b(?:has|have|had) not been seen since\b|\bnever (?:been )?seen again\b"
        r"|\b(?:nobody|no one) (?:has |had )?(?:ever )?(?:told|tells) (?:us|me|the family) where (?:he|she|they) (?:is|are|was|were)\b"
        # (not knowing which prison, or where in custody, a person is held tells where they are: held,
        # not gone; the tuning sets' writers list no disappearance for it, 5 in 6)
        r"|\b(?:we|I|the family) (?:still )?(?:do|does|did)(?: not|n['’]t) know (?:\w+ ){0,2}where\b(?!\s+(?:he|she|they)\s+(?:is|are|was|were)\s+held)"
        # The family's silence: "we never heard from him again", "no news of her since".
        rf"|\b(?:family|relatives|wife|husband|children|parents) (?:was|were) (?:never|not) told where\b"
        rf"|\b(?:has|have|had) not been heard (?:from|of) since\b|\b(?:has|have|had) heard nothing (?:from|of|about)\b"
        r"|\bno (?:one|relative|family member)s? (?:has|have|had) (?:ever )?(?:known|been told|learned) where\b"
        r"|\b(?:nobody|no one) (?:still )?knows where (?:he|she|they) (?:is|are)\b"
        # "his wife has not been able to find out where he is held"
        r"|\b(?:(?:has|have|had)(?: not|n['’]t) been able|(?:is|are|was|were) unable) to (?:learn|find out|discover|establish) where\b"
        rf"|\bnever heard (?:from|of|about) {_OBJ} again\b|\b(?:have|has|had)(?: not|n['’]t) heard (?:from|of|about) {_OBJ} since\b"
        r"|\bn['’](?:avons|ont|a) (?:plus )?(?:jamais )?(?:plus )?eu (?:aucune )?(?:de )?nouvelles? d(?:e lui|['’]elle|['’]eux)\b"
        r"|\bn['’](?:avons|ont|a) (?:plus )?rien su d(?:e lui|['’]elle|['’]eux)\b"
        r"|\bничего (?:\w+ ){0,2}не (?:слышали|знаем|знают)\b"
        r"|\bne (?:savons|savent|sait) (?:pas|plus) (?:\w+ )?(?:où|dans quel\w*)\b|\bне зна\w+,? где (?:он|она|они) (?:находится|находятся)\b|\bпропал\w*|\bисчез\w*|\bdisparue?s?\b"
        # no news told of the family, no one named after it (the parse reads "lost contact with him", «sans
        # nouvelles de lui»: `_no_word_of`): « la famille est sans nouvelles », « ignore où elle est »,
        # « ne donne plus signe de vie » (no sign of life), «связь с ним прервана», «не выходит на связь»
        r"|\b(?:est|sont|reste|restent|était|étaient|demeure|demeurent)\s+sans\s+(?:aucune\s+)?nouvelles?\b"
        r"|\bignor(?:e|ent|ait|aient)\s+(?:tout\s+de\s+son\s+sort|où\s+(?:il|elle)\s+(?:est|se trouve))\b"
        r"|\b(?:a|ont|avait|avaient)\s+cessé\s+de\s+(?:donner|montrer)\s+(?:signe|signes|des\s+nouvelles)\b|\bne\s+donn(?:e|ent|ait|aient)\s+plus\s+(?:signe|de\s+nouvelles)\b"
        r"|\bсвязь с (?:ним|ней|ними) (?:\w+ )?(?:прервана|прервалась|потеряна)\b|\bне выход(?:ит|ят|ил|ила|или) на связь\b", re.I), False),
]
# Events told in a way that names what they were, with that subtype ("summons": called in to the
# police, the first step of many detentions). A summons is an `interrogation`, as the writers of the
# tuning sets list one (v22's and v24's conventions), unless the person's arrest or detention is told in
# its sentence ("called to the village committee and held overnight": the arrest, `_summonses`); a summons
# to a clinic is none (what was done there is the act).
_NOT_POLICE = r"(?!\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:clinic|hospital|maternity|hôpital|clinique|больниц\w*|поликлиник\w*)\b)"
SUBTYPED_TRIGGERS = [
    ("interrogation", "summons", re.compile(
        # (not a civic duty abroad: "summoned for jury service", "summoned to serve on a jury")
        rf"\bsummoned (?:to|by|for)\b(?!\s+(?:jury\b|(?:military|national|jury)\s+service\b|serve\b)){_NOT_POLICE}"
        r"|\bcalled (?:in )?to the police(?: station| post)?\b|\b(?:was|were|been|being) called in\b"
        rf"|(?<=police )(?:kept |would keep )?call(?:ed|ing) (?:him|her|them|me|us|(?:my|his|her|their|our) {_KIN_WORD}"
        r"|(?-i:(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)) in\b"
        # "called her in to the police", "called his son to the police post"
        rf"|\bcalled (?:{_OBJ}|(?:my|his|her|their|our) {_KIN_WORD}) (?:in )?to the police(?: station| post)?\b"
        # « convoquée au commissariat », « convoqué lundi matin au poste », « convoquée à plusieurs reprises »
        r"|\bconvoquée?s? (?:[\w'’-]+ ){0,3}?(?:au|à la|à|par la|par le) (?:commissariat|police|poste|bureau)\b"
        r"|\bconvoquée?s? (?:à plusieurs reprises|plusieurs fois|régulièrement|chaque (?:semaine|mois))\b"
        r"|\bвыз(?:ва|ыва)\w* (?:\w+ )?(?:в|на) (?:полици\w*|участ\w*|отделени\w*|допрос|беседу)\b", re.I)),
]
# Events told as nouns ("after my arrest on …", "her release in 2019"): the possessive names the
# person. They often look back at an event told before, so they take a date from their own
# sentence only, never the narrative's latest date; "the conditions for my release" is no event.
_NOMINAL_BEFORE = (r"(?:^|(?<=after )|(?<=since )|(?<=upon )|(?<=on )|(?<=following )|(?<=before )|(?<=until )|(?<=, )"
                   # a catalogue's or a schedule's summary: "the statement recounts his arrest in a café and
                   # his detention until …"
                   r"|(?<=describes )|(?<=recounts )|(?<=recalls )|(?<=about )|(?<=and ))")
NOMINAL_TRIGGERS = [
    ("arrest", re.compile(rf"{_NOMINAL_BEFORE}\b(?:my|his|her|their|our) (?:own )?arrest\b(?!\s+warrant)|\bson arrestation\b"
                          r"|(?:^|(?<=после )|(?<=, ))(?:его|её|ее|моё|мое|их) (?:задержани[ея]|арест[ау]?)\b", re.I), "sentence"),
    ("detention", re.compile(rf"{_NOMINAL_BEFORE}\b(?:my|his|her|their|our) (?:own )?detention\b", re.I), "sentence"),
    ("release", re.compile(rf"{_NOMINAL_BEFORE}\b(?:my|his|her|their|our) (?:own )?release\b|\bsa libération\b", re.I), "sentence"),
    # A stay told by its length ("spent eleven months in the camp", "after four months in the …
    # detention centre"): the sentence's date is most often another event's (the release).
    ("detention", re.compile(r"\b(?:days|weeks|months|years?) (?:in|at|inside) (?:an?|the) (?:[\w-]+\s+){0,2}(?:camp|detention cent(?:er|re)|prison|jail)\b", re.I), "none"),
    # "spent two whole years inside a so-called training camp in 2018": a date after the stay is its own
    ("detention", re.compile(rf"\bspent\s+(?:[\w-]+\s+){{1,3}}(?:days?|weeks?|months?|years?)\s+(?:in|at|inside)\s+{_WHAT_CALLED}"
                             rf"(?:an?|the)\s+{_NAMING_WORDS}(?:camp|cent(?:er|re)|prison|jail|facility|compound)\b", re.I), "after"),
    # "who had spent 2017 inside a camp", "spent all of 2019 in the detention centre": a stay told by its year, dated by it
    ("detention", re.compile(rf"\bspent\s+(?:(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?|all\s+of\s+)?(?:19|20)\d\d\s+(?:in|at|inside)\s+"
                             rf"{_WHAT_CALLED}(?:an?|the)\s+{_NAMING_WORDS}(?:camp|cent(?:er|re)|prison|jail|facility|compound)\b", re.I),
     "sentence"),
]
# A detention told by a state, not by a taking: "has been in Kashgar prison since 2018", "was in the county
# detention centre", "is still held", « est toujours en prison », «был в лагере», «находится в тюрьме».
# Dated by its own sentence only ("since 2018"); kept only for a person whose detention nothing else
# tells (`_detentions_told_by_a_state`): the same stay told twice is one event. A state someone else
# reports ("a friend writes that my aunt is in a jail in Aksu"), or where someone is held as the object of
# not knowing ("nobody could say where he was held"), is no event (`_REPORTED_STATE`).
_NAMED_CUSTODY = (r"(?:(?:an?|the|a\s+so-called|this|that)\s+)?(?:(?:[A-Z][\w'’-]*|county|city|prefecture|township|No\.?|\d+"
                  r"|[\"“][^\"”\n]{1,30}[\"”]|so-called|political|re-?education|training|vocational|detention|internment"
                  r"|study|labou?r|high-security|local|same)\s+){0,4}")
STATE_TRIGGERS = [
    ("detention", re.compile(
        r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|stays?|stayed)\s+(?:still\s+|now\s+|also\s+)?"
        rf"(?:in|inside)\s+{_NAMED_CUSTODY}(?:camp|prison|jail|detention\s+cent(?:er|re)|{_SCHOOL}"
        r"|(?:re-?education|training|study|internment|transformation)\s+cent(?:er|re))s?\b(?!['’]s)"
        r"|(?:\b(?:is|are|was|were|remains?|remained)\s+still|\b(?:has|have|had)\s+(?:still\s+)?been)\s+held\b"
        r"(?!\s+(?:up|back|responsible|accountable|liable)\b)"
        r"|\b(?:est|sont|était|étaient|reste|restent|restait|demeure|demeurent)\s+(?:toujours\s+|encore\s+)?"
        r"(?:en\s+prison|en\s+détention|incarcérée?s?|emprisonnée?s?|dans\s+(?:un|une|le|la)\s+(?:camp|prison))\b"
        r"|\b(?:наход(?:ится|ятся|ился|илась|ились)|сид(?:ит|ят|ел|ела|ели)|был[аи]?|содерж(?:ится|атся|ался|алась|ались))\s+"
        r"(?:[\w-]+\s+){0,2}?в\s+(?:лагере|тюрьме|СИЗО|изоляторе|колонии)\b", re.I)),
]
# "One of the few who have been inside the camps": the camps in general, a thing seen or lived through
# (a teacher made to work there says it too), not a stay in one of them.
_CAMPS_IN_GENERAL = re.compile(r"\bthe\s+(?:camps|prisons|jails)\b", re.I)
_REPORTED_STATE = re.compile(rf"\b(?:{saying_forms('tells', 'clause', other=True)}|heard|hears|thinks?|thought|"
                             r"rumou?rs?|pense|croit|слышал\w*|дума\w*)\b[^.;]{0,40}$"
                             r"|\b(?:where|wherever|which|où|где)\s+\S+\s+$", re.I)
# "taken away" on a stretcher or after a death is not an arrest.
_CARRIED = re.compile(r"\b(?:died|dead|body|corpse|stretcher|ambulance|hospital)\b", re.I)
_JOURNEY_NOUN = (
    r"\b(?:my|his|her|their|our|(?-i:[A-Z][\w-]+)['’]s)\s+(?:(?:first|last|recent|latest|brief|short|final|own)\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?:return|trip|journey|visit)\s+(?:(?:back|home)\s+)?(?:to|into)\s+"
    r"|\b(?:son|sa|leur|mon|ma|notre)\s+(?:(?:premier|dernier)\s+)?(?:retour|voyage)\s+(?:de\s+(?:19|20)\d\d\s+)?(?:en|au|aux|à)\s+"
    r"|(?<![\w-])(?:(?:его|её|ее|их|моего|моей|своего|своей)\s+)?(?:возвращени[яеи]|поездк(?:а|и|е|у|ой))\s+"
    r"(?:домой\s+)?(?:в|во)\s+")
# A journey told as a noun and then not made: "her trip to Hami was cancelled", «поездку в Кашгар отменили»
_JOURNEY_NOUN_RE = re.compile(_JOURNEY_NOUN, re.I)
_JOURNEY_UNMADE = re.compile(r"[^.;:!?]{0,40}?(?:\b(?:was|were|had\s+been|got)\s+(?:cancell?ed|called\s+off|postponed|refused|denied"
                             r"|blocked)\b|\ba\s+(?:été\s+)?annulée?\b|(?<!\w)(?:отмен|не\s+состоял|сорвал))", re.I)
# A journey noun given as the reason for custody: «основанием стала его поездка в Казахстан», "because of his trip to"
_JOURNEY_AS_REASON = re.compile(r"(?:\b(?:because\s+of|over|for|reason\s+(?:was|is)|due\s+to|à\s+cause\s+de|pour)"
                                r"|(?<!\w)(?:основани\w*|причин\w*|повод\w*|из-за|за)(?:\s+(?:стал[аио]?|был[аио]?))?)\s+$", re.I)
_TRAVEL = re.compile(
    r"\b(?:moved|fled|emigrated|went|travell?ed|escaped|returned|came|left|arrived|landing|flew|crossed|deported|sent(?=\s+back\b)|"
    r"went to (?:study|work|live))\b(?:\s+(?:back|home))?(?:\s+the border)?\s+(?:to|for|in|into|at)\s+(?:study\s+in\s+)?|"
    r"\b(?:left|crossed)\s+(?:through|via)\s+|\breached\s+(?!by\b)|\b(?:travel) to\s+"
    # «выехала в Киргизию», «поехал из Бишкека в Кашгар», «выехал через перевал в Китай»
    r"|\b(?:уехал\w*|переехал\w*|бежал\w*|вернул\w*|возвратил\w*|выехал\w*|поехал\w*|прибыл\w*|приехал\w*)\s+"
    # («уехала с мужем в …», «выехал вместе с братом Ерланом из …»: the companion, `_with_companions`)
    r"(?:(?:вместе\s+)?со?\s+[а-яё]+(?:\s+[А-ЯЁ][\w-]*){0,2}\s+)?"
    r"(?:(?:из|через)\s+(?:[\w«»\"-]+\s+){1,3}?)?(?:домой\s+)?(?:в|во)\s+"
    # «перешёл границу в Хоргосе», «пересекли границу у Хоргоса»: where, as "crossed at"
    r"|\b(?:переш(?:ёл|ел|ла|ли)|пересе?к(?:ла|ли)?)\s+границу\s+(?:в|во|у|через)\s+"
    r"|\b(?:partie?s?|fuie?s?|rentrée?s?|retournée?s?|arrivée?s?)\s+(?:en|au|à|pour(?:\s+l[ae]|\s+l['’])?)\s+"
    # « passée au Kazakhstan », « passer la frontière en Kirghizie », « passé la frontière à Khorgos » (where, as "crossed at")
    r"|\bpass(?:ée?s?|er|ait|aient|ons|ent)\s+(?:la\s+frontière\s+(?:à|par|en|au|aux|vers)|en|au|aux)\s+"
    # a journey told as a noun (issue 11): its possessor is the traveller, its date the journey's: "after his
    # return to Ghulja", "her trip home to Kashgar in 2017", « après son retour à Hami », «после возвращения в
    # Кульджу», «во время поездки в Кашгар»; not "a return ticket to", "a school trip to" (no possessor)
    rf"|{_JOURNEY_NOUN}",
    re.I)
# Russian tells where to first, the verb after («в Алматы мы уехали в 2019 году», «в Турцию он переехал»): the
# place after «в», then the clause's subject and the verb of travel, no comma between; never where a second «в»
# and a name follow the verb, which the verb-first reading tells, nor a place in the prepositional case («в Кульдже
# он вернулся к работе»: where, not where to).
_TRAVEL_TO_BEFORE = re.compile(
    r"(?<![\w-])[вВ]о?\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)(?<![еЕ])(?<!ии)(?:\s+[^\W\d][\w-]*){0,3}?\s+"
    r"(?P<verb>(?:уехал|переехал|бежал|сбежал|вернул|возвратил|выехал|эмигрировал|перебрал)\w*)\b(?!\s+(?:в|во)\s+[А-ЯЁ])")


def _travels(doc: Doc, sentence):
    """(match, where the destination starts or None) of each journey told in the sentence, offsets in its
    text: `_TRAVEL` (the place after the verb, None), then `_TRAVEL_TO_BEFORE` (the verb's match, the
    place's offset before it), then `_parsed_travels` (a verb of travel and the place it goes to,
    by the parse)."""
    body = doc.text[sentence.start:sentence.end]
    for match in _TRAVEL.finditer(body):
        yield match, None
    for match in _TRAVEL_TO_BEFORE.finditer(body):
        yield _Span(match.start("verb"), match.end("verb"), match.group("verb")), match.start("place")
    for verb, place, origin, back in _parsed_travels(doc, sentence):
        yield _Span(verb.start - sentence.start, verb.end - sentence.start, verb.text, back, origin,
                    parsed=True), place - sentence.start


class _Span(SpanMatch):
    """A journey's trigger, read like a match's, with what the parse says of the journey."""

    def __init__(self, start: int, end: int, words: str, back: bool = False, origin: int | None = None,
                 parsed: bool = False):
        super().__init__(start, end, words)
        self.parsed = parsed  # read from the parse (`_parsed_travels`), not from the words
        self.back = back  # a journey back, by the verb's own form (`_parsed_travels`)
        self.origin = origin  # where the parse says the journey began (offset in doc.text), if it says


# "We left Hotan", « nous sommes parties », «мы уехали»: "we" the subject of the crossing itself includes the teller
# (not "we learnt from a woman arrived in Kazakhstan")
_WE_GO = re.compile(r"\b(?:we|nous(?:\s+(?:sommes|étions|avons))?|мы)\s+(?:(?:all|both|then|finally|tous|toutes|enfin|все|вместе)\s+)?$", re.I)
# "We with someone" (Russian says "my son and I" as «мы с сыном», «мы с Арманом»), right before the
# verb: the teller and that companion are the subject
# (the companion's kin noun, name and surname, then maybe when: «мы с братом Ерланом Сатыбалдиевым в 2019 году
# уехали», «мы с мужем летом 2016 года переехали»)
_WE_WITH = re.compile(r"(?<!\w)мы\s+со?\s+(?:(?:моим|моей|моими|своим|своей|своими|нашим|нашей)\s+)?(?P<who>[\w-]+)"
                      r"(?:\s+(?!(?:в|во|весной|летом|осенью|зимой)\s)[\w-]+){0,2}"
                      r"(?:\s+(?:(?:в|во)\s+(?:(?:начале|конце|середине|[а-яё]+е)\s+)?|(?:весной|летом|осенью|зимой)\s+)"
                      r"\d{4}(?:-м|\s+(?:году|года|г\.))?)?"
                      r"\s+(?:(?:все|вместе|тогда|потом|наконец|уже|сразу)\s+)?$", re.I)
_FROM_AFTER = re.compile(r"\s+(?:from|depuis|из)\s+(?:the\s+)?", re.I)
_CROSSED_AT = re.compile(r"crossed\s+(?:the\s+border\s+)?at\s+$|pass\w*\s+la\s+frontière\s+(?:à|par)\s+$"
                         r"|(?:переш|пересе?к)\w*\s+границу\s+(?:в|во|у|через)\s+$", re.I)
_DESTINATION = re.compile(r"\b(?:into|to)\s+(?:the\s+)?", re.I)
# A crossing made again and again ("many times a year", "twice a month", «каждый год») is a way of
# life, not one event: the person's side of the border is left as it was.
_HABITUAL = re.compile(r"\b(?:many|several|numerous|countless) times\b|\b(?:once|twice|\w+ times) a (?:year|month|week)\b|"
                       r"\b(?:every|each) (?:year|month|week|summer|winter|spring|autumn)\b|\bregularly\b|"
                       r"\bplusieurs fois\b|\bchaque (?:année|mois|semaine)\b|"
                       r"\b(?:каждый|каждую) (?:год|месяц|неделю)\b|\bмного раз\b|\bнесколько раз\b|\bрегулярно\b", re.I)
# Trips counted, right after the place ("had gone to Almaty twice", "to Turkey \"too often\""): more than one
_TRIPS_COUNTED = re.compile(r"[^.;,]{0,30}?\b(?:twice|too often|(?:two|three|four|five|several|many) times)\b", re.I)
# A trip told as the reason given for custody ("questioned her about why she had travelled to Egypt",
# "held for having flown to Dubai"): the accusation, not a crossing the story tells.
_REASON_FOR = re.compile(r"\b(?:because|why|for having|accused\s+(?:\w+\s+)?of having)\s+(?:(?:I|he|she|we|they)\s+)?(?:had\s+)?$",
                         re.I)
_NOT_REAL = re.compile(r"\b(?:planned|plan|hoped?|wanted|would|intended|wish|might|could|to go back)\b[^.]{0,30}$", re.I)
# A journey asked for, not made: "asked for two weeks' leave to travel to Almaty", "applied for a visa to go
# to Turkey", « une autorisation de se rendre », «разрешение выехать» (h-events49)
_ASKED_TO_GO = re.compile(r"\b(?:leave|permission|visa|request|authorisation|authorization|autorisation|разрешени\w*)\s+"
                          r"(?:to|de|d['’]|на)\s+(?:se\s+)?$", re.I)
# A condition, not a fact: "if they ever let her go", « s'il est libéré un jour », «если его отпустят»
_CONDITION = re.compile(r"(?:\b(?:if|unless)|\bs['’](?=il)|\bsi(?=\s+(?:un jour|jamais)\b)|(?<!\w)если)\b[^.,;:!?]{0,40}$", re.I)
# A sentence that opens on a condition ("If I go back, they will detain me", « S'il ne rentre pas, son père sera
# arrêté », «Если я вернусь в Китай, меня задержат»): the act in the clause after it is its consequence, supposed
# or threatened, not told as done; not a speaker's hedge on memory ("If I remember well, he was taken in May").
_CONDITION_OPENS = re.compile(r"^\W*(?:if|unless|si|s['’]ils?|если)\b(?!\s+(?:I|we|je|я|мы)\s+(?:\w+\s+)?(?:remember|recall|am not|'m not"
                              r"|me souviens|ne me trompe|me rappelle|помню|не ошибаюсь|правильно))[^.;:!?]*,", re.I)
# A release asked for, not done, up to a list's end: "we ask for three things: …, and her release", "calls for
# the release of", "demand his release", « réclament sa libération », «требуем его освобождения» (a release told
# as a noun only: "police demanded he sign and released him" tells one)
_ASKED_FOR = re.compile(r"\b(?:(?:ask|call|appeal|press|push|campaign)(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                        r"request(?:s|ed|ing)?|seek(?:s|ing)?|sought|to secure|réclam\w+|exig\w+|demand(?:e|ent|ons|é)|"
                        r"требу\w+|призыва\w+)\b[^.]{0,160}$", re.I)
_RELEASE_NOUN = re.compile(r"(?:\w+\s+)?release\b|освобожден\w*|(?:sa\s+)?libération\b", re.I)
# Leaving China itself (not a town in it): an exit.
_LEAVE = re.compile(r"\b(?:left|leave|fled|quitté|quitter|fui|покинул\w*|уехал\w* из|бежал\w* из)\s+(?:la\s+|le\s+|l['’])?", re.I)
# "left Ghulja for Almaty", "in 2019 she left with her son via Bishkek", "fled via Kyrgyzstan": the
# place abroad named after the way out (within a few words of the clause).
_LEFT_FOR = re.compile(r"\b(?:left|fled)\b(?:\s+(?!(?:for|to|through|via)\b)[^\s.;:!?]+){0,8}?\s+(?:for|to|through|via)\s+(?:the\s+)?")
# Leaving "the country" a person is held in: China, when the text has told the person held there.
_LEFT_COUNTRY = re.compile(r"\b(?:left|fled)\s+the\s+country\b|\bquitt(?:é|er|ait)\s+le\s+pays\b"
                           r"|\b(?:покинул\w*\s+страну|(?:уехал|выехал|бежал)\w*\s+из\s+страны)", re.I)
# Coming "here", where the testimony is told (abroad), after being held in China: "freed in 2018, he came
# here two years later", « elle est arrivée ici en 2020 », «приехала сюда в 2019 году».
_LEFT_COUNTRY_OR_CAME_HERE = re.compile(
    _LEFT_COUNTRY.pattern + r"|\b(?:came|arrived|fled|moved|got)\s+(?:over\s+)?here\b|\b(?:came|arrived|fled)\s+to\s+this\s+country\b"
    r"|\b(?:arrivée?s?|venue?s?)\s+ici\b|\b(?:приехал|прибыл|переехал)\w*\s+сюда\b", re.I)
# A journey back ("went back", "flew home", "returned", «вернулся»): the traveller was on the other
# side of the border before, when nothing else in the text says which side.
# Not "crossed back at Khorgos": a crossing names the post, and `_CROSSED_AT` reads it.
# « rentré à Kachgar », « retournée au Xinjiang », «поехал домой в Улугчат» say it too.
_BACK = re.compile(r"\b(?:(?:went|flew|came|travell?ed|moved)\s+(?:back|home)|returned|rentrée?s?|retournée?s?)\b"
                   r"|вернул|возвратил|(?<!\w)домой(?!\w)"
                   # the nouns: "his return to", "her trip back to", « son retour à », «возвращения в»
                   r"|\b(?:return|retour)\s+(?!ticket)|\b(?:trip|journey)\s+(?:back|home)\b|(?<!\w)возвращени", re.I)
# A journey into China told as a stay away from home (issue 11): its purpose a visit to family there ("went to
# Hami to see her aunt", "for his cousin's funeral", « partie à Hami pour voir sa tante »,
# «поехал в Турфан к больному дяде», «навестить отца»), or the traveller never back from it ("… and did not come
# back", « n'est jamais revenu », «так и не вернулся»). Read in the journey's clause, after its verb: one whose
# home is in China visits family in another town too, so only where the destination is in China and the
# traveller's side is not otherwise known (`_crossings`).
_FAMILY_WORDS = rf"(?:(?:{KIN_QUALIFIERS})\s+)?(?:{KIN_PATTERN}|parents|grandparents|relatives|family|in-laws)\b"
_VISIT_AWAY = re.compile(
    rf"\b(?:to\s+(?:visit|see|care\s+for|look\s+after|bury)|for)\s+(?:(?:his|her|their|my|our)\s+)?{_FAMILY_WORDS}"
    rf"(?!['’]s\s+(?!wedding|funeral|burial))"
    rf"|\bpour\s+(?:voir|revoir|rendre\s+visite\s+à|soigner|enterrer|assister\s+aux?\s+\w+\s+de)\s+"
    rf"(?:(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos)\s+)?(?:{KIN_PATTERN}|parents|grands-parents|famille|proches)\b"
    rf"|(?<!\w)(?:к|навестить|проведать|повидать|увидеть|на\s+похороны)\s+"
    rf"(?:(?:сво\w+|его|её|ее|их|мо\w+|наш\w+|больн\w+|престарел\w+|пожил\w+)\s+){{0,2}}"
    rf"(?:(?:младш|старш)\w+\s+)?(?:{RU_KIN_FORMS}|родител\w+|родн\w+|родственник\w+|семь\w+)(?!\w)"
    r"|\b(?:did\s+not|didn['’]t|never)\s+(?:come|came|return(?:ed)?)(?:\s+(?:back|home))?\b"
    r"|\bn['’](?:est|a|sont|ont)\s+jamais\s+(?:été\s+)?(?:revenue?s?|rentrée?s?|retournée?s?)"
    r"|(?<!\w)(?:так\s+и\s+)?не\s+(?:вернул|возвратил)\w*",
    re.I)
_CLAUSE_AFTER_JOURNEY = re.compile(r"[^.;:!?]{0,90}")


# Where a person's life is, told with a place after it in its clause: lives, works, studies, settled, is a
# citizen or resident there ("who lives in Istanbul", «гражданин Республики Казахстан», «живёт в Алматы»,
# « vit à Lyon »). With a place abroad after it, it puts the person abroad (`_placed`).
_LIFE_THERE = re.compile(
    r"\b(?:lives|lived|living|settled|works|worked|working|studies|studied|studying|resident|based|citizen|national)\b"
    r"|(?<!\w)(?:жив(?:у|ёт|ет|ём|ем|ут)|жил[аи]?|прожива\w*|работа(?:ю|ет|ем|ют|л|ла|ли)|уч(?:усь|ится|имся|атся|ился|илась|ились)|гражданин\w*"
    r"|гражданк\w*|граждан(?:е|ами)|постоянно|обосновал\w*)(?!\w)"
    r"|\b(?:vit|vivent|vivait|vivaient|habite\w*|travaill\w*|étudi\w*|citoyen\w*|ressortissant\w*|résid\w*|installée?s?)\b",
    re.I)
# Words of living told in a relative clause of someone unnamed, through what they said of themselves ("an
# officer, who claimed she works in Aksu"): that one's life, not the last named person's.
_SOMEONE_WHO = re.compile(r"\b(?:an?|another)\s+\w+(?:\s+\w+)?,?\s+who\s+\w+\s+(?:that\s+)?(?:he|she|they)\s*$", re.I)
_LIFE_PLACE_GAP = re.compile(r"[^.;:!?]{0,45}$")
# "returned from a visit to my uncle in Turkey": back inside China from the place named after.
_BACK_FROM = re.compile(r"\b(?P<verb>returned|came back|came home)\s+(?:home\s+)?from\b[^,;.]{0,50}?(?=\b[A-Z])")
# A birth date follows "born" in its own words: not past a finite verb of the sentence's predicate
# ("X, a teacher born in 1978, was arrested in March 2018": March 2018 is the arrest's, h-x34).
_BORN = re.compile(r"\b(?:born|née?|родил\w*)\b(?:(?!\b(?:was|were|is|are|has|had|got|a été|était|est|был\w*)\b)[^.;]){0,30}$",
                   re.I)
CUSTODY = {"arrest", "detention", "interrogation", "transfer", "release"}
# Acts of the authorities in China: their place is inside China, never where the teller lives
# abroad ("her brother in Istanbul says she was … sentenced in 2019"); the person held is in China then
# (`_Sides`, the side of the border each person is on).
IN_CHINA = CUSTODY | {"sentencing"}
_INHERIT_PARAGRAPHS = 2


def _inside_china(gazetteer_id: str | None) -> bool | None:
    """Whether a gazetteer entry is in China: None for no entry. A GeoNames entry (gn.) is a town
    of Xinjiang or a city of the world: its country says which ("Toronto" is no Xinjiang town)."""
    if not gazetteer_id:
        return None
    if gazetteer_id.startswith("gn."):
        from guwah.places.resolve import gazetteer

        entry = gazetteer().entries.get(gazetteer_id)
        country = (entry.extra.get("country") or "CN") if entry is not None else "CN"
        return country.upper() == "CN"
    if gazetteer_id.startswith(("xj", "country.cn", "city.cn")):
        return True
    if gazetteer_id.startswith(("country.", "city.")):
        return False
    return None


def _side_of(place) -> bool | None:
    """Whether a place of the text is in China (`_inside_china`); a city abroad that the gazetteer
    does not hold but GeoNames does ("arrived in Leeds", read by `places.find_places` where only a place
    can stand), or a country that CLDR names (`places.territory_of`: "Austria"), is outside it. None: not known."""
    inside = _inside_china(place.gazetteer_id)
    if inside is None and place.gazetteer_id is None:
        from guwah.places.geonames import world_city_names

        city = world_city_names().get(place.name)
        if city is not None:
            return city[2] == "CN"
        from guwah.extract.places import territory_of

        country = territory_of(place.name)
        if country is not None:
            return country == "CN"
        # a state, province or nation abroad ("came to Scotland", "to New Jersey"): not its codes ("WA")
        if place.name in _regions_abroad_named():
            return False
    return inside


@cache
def _regions_abroad_named() -> frozenset[str]:
    """The full names of `places.regions_abroad` (US states, Canada's provinces, the UK's nations …), not their codes."""
    from guwah.extract.places import regions_abroad

    return frozenset(name for name in regions_abroad() if len(name) > 3 and not name.isupper() and "." not in name)


# An end or a limit, not when the event happened; "from 2018 to 2019" starts at its first date.
_UNTIL = re.compile(r"\b(?:until|till|by|before|jusqu'au|до)\s+(?:the\s+)?$|\b(?:from|de)\s+\S+(?:\s+\S+){0,2}\s+(?:to|à)\s+$", re.I)
# "ran the bakery until 2019, when officers came for her": the end is the date of the clause it opens.
_WHEN_AFTER = re.compile(r",?\s+(?:when|at which point|quand|lorsque|когда)\b", re.I)


# Where someone lives or works since a date: a background of the sentence, not when its event
# happened ("X, who has lived in Oslo since 2015, said her brother was taken in May 2018").
_RESIDENCE = re.compile(
    r"\b(?:lived|lives|living|live|worked|works|working|resided|resides|settled|studied|studying|"
    r"vit|vivait|habite|habitait|travaille|живёт|живет|жил\w*|проживает|работает)\b"
    # up to a word that opens another time ("worked there until her release in July 2020": the release's)
    r"(?:(?!\b(?:until|till|before|after|when|jusqu|avant|après|quand|до|после|когда)\b)[^,;.()]){0,40}"
    r"\b(?:since|from|in|depuis|en|с|в)\s+(?:the\s+)?$", re.I)


# What tells the next step of a story after a trigger ("kept in a cell for a month … then in 2020 a judge
# gave him nine years", « puis en 2020 », «а затем в 2019 году»): a date after it is that step's, as is
# one after a semicolon ("was never freed; her sister was freed in 2021").
_NEXT_STEP = re.compile(r"\b(?:then|later|afterwards|subsequently|puis|ensuite|затем|потом|позже|позднее)\b", re.I)


def _sentence_date(doc: Doc, index: int, start: int, end: int) -> DateMention | None:
    """The date of a trigger: a date right after it ("detained on …"), else the nearest one; a
    date of where someone lives ("who has lived in Oslo since 2015") is no event's."""
    sentence = doc.sentences[index]
    text = doc.text
    # a date in a relative clause the trigger is not in is another act's ("questioned about his uncle,
    # whom police took in 2018"): the trigger's own clause dates it, or nothing in the sentence does
    other_clauses = [(s, e) for s, e in relative_clauses(text, sentence.start, sentence.end) if not s <= start < e]
    inside = [d for d in doc.dates_in(sentence.start, sentence.end)
              if not any(s <= d.start < e for s, e in other_clauses)
              if not (_UNTIL.search(text[max(sentence.start, d.start - 30):d.start])
                      and not (d.end <= start and _WHEN_AFTER.match(text, d.end)))
              and not (d.start >= end and (_NEXT_STEP.search(text, end, d.start) or ";" in text[end:d.start]))
              and not _BORN.search(text[max(sentence.start, d.start - 40):d.start])
              and not _RESIDENCE.search(text[max(sentence.start, d.start - 70):d.start])]
    cell = _row_cell(text, start, end)
    if cell is not None:
        # a table row's other cells are other fields (a birth year, an entry date): the act's own cell dates
        # it, even past a full stop of an abbreviation that ends the sentence inside the cell
        inside = [d for d in doc.dates_in(*cell) if not _BORN.search(text[max(cell[0], d.start - 40):d.start])]
        if not inside:
            return None
    if not inside:
        return answering_date(doc, index)  # "When did you come? — In 1975.": the answer's date
    for d in inside:
        if d.start >= end and re.fullmatch(r"\s+(?:on|in|since|le|en|в)\s+(?:the\s+)?", text[end:d.start]):
            return d
    for d in inside:
        # "arrested in Nilka County on 12 May 2017": a date later in the trigger's clause.
        if d.start >= end and d.start - end <= 40 and not re.search(r"[,;:]|\b(?:and|et)\b|(?<!\w)и(?!\w)", text[end:d.start]):
            return d

    def gap(d: DateMention) -> int:
        return d.start - end if d.start >= end else start - d.end

    return min(inside, key=gap)


def _row_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the cell of a table row ("4 | X | F | 1969 | … | given 7 years, Ct. 2019.03")
    that holds text[start:end]: from the separator before it to the one after it on its line; None
    when its line is no row (fewer than two separators)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end)
    if len(_CELL.findall(text, line_start, line_end)) < 2:
        return None
    left = max((m.end() for m in _CELL.finditer(text, line_start, start)), default=line_start)
    right = next((m.start() for m in _CELL.finditer(text, end, line_end)), line_end)
    return left, right


# A day named by the last one told ("was arrested that day", « ce jour-là », «в тот день»), even past a
# question of an interview or a heading.
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:very )?day\b|\bce jour-là\b|\bв тот (?:же )?день\b", re.I)


def _that_day(doc: Doc, index: int) -> DateMention | None:
    """The last date told before sentence `index` (no birth date, no document date) when the
    sentence names its time as "that day"; None otherwise."""
    sentence = doc.sentences[index]
    if not _THAT_DAY.search(doc.text, sentence.start, sentence.end):
        return None
    for d in reversed(doc.dates_in(0, sentence.start)):
        if _BORN.search(doc.text[max(0, d.start - 40):d.start]) or not _real(doc, d) \
                or (doc.document_date is not None and d.value == doc.document_date.isoformat()):
            continue
        return d
    return None


def _real(doc: Doc, mention: DateMention) -> bool:
    """Whether a date is when something happened, not a plan ("planned to go back the next day")."""
    sentence = doc.sentences[doc.sentence_index(mention.start)]
    return not _NOT_REAL.search(doc.text[sentence.start:mention.start])


def _narrative_date(doc: Doc, index: int) -> DateMention | None:
    sentence = doc.sentences[index]
    latest = None
    for d in reversed(doc.dates_in(0, sentence.start)):
        # A birth date ("née le 3 mars 1970") is no date of the narrative's custody.
        if _BORN.search(doc.text[max(0, d.start - 40):d.start]):
            continue
        # the document's own date (a dateline, a transcript's header) is when it was told
        if doc.document_date is not None and d.value == doc.document_date.isoformat():
            continue
        if d.end <= sentence.start and d.precision == "day" and _real(doc, d):
            latest = d
            break
    if latest is None or doc.sentence_index(latest.start) < index - 1:
        previous = _previous_sentence_date(doc, index)
        if previous is not None:
            return previous
    if latest is None:
        return None
    paragraph = doc.sentences[doc.sentence_index(latest.start)].paragraph
    return latest if sentence.paragraph - paragraph <= _INHERIT_PARAGRAPHS else None


# A clause told in the past before the narrative ("because she had studied in Egypt in 2014"): its
# date is the reason's, not when the next sentence's custody happened.
_EARLIER = re.compile(r"\b(?:had|'d)\s+(?:(?:already|once|never|just|previously)\s+)?(?:been\s+)?\w+(?:ed|en|t|wn)\b[^,;.]{0,40}$", re.I)


_LOOK_BACK = 2


def _previous_sentence_date(doc: Doc, index: int) -> DateMention | None:
    """"In May 2019 they summoned him to the station. He never came back.": the last date of the
    nearest sentence before with one, at most `_LOOK_BACK` sentences back ("In April two agents
    came. They explained nothing. They drove me to the centre."), in the same paragraph, at
    whatever precision it has; an end or a limit ("held until 2031") is no date to go on from."""
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        if doc.sentences[back].paragraph != doc.sentences[index].paragraph:
            return None
        before = doc.sentences[back]
        told = [d for d in doc.dates_in(before.start, before.end) if _real(doc, d)
                and not _BORN.search(doc.text[max(0, d.start - 40):d.start])
                and not _EARLIER.search(doc.text[max(before.start, d.start - 50):d.start])
                and not _UNTIL.search(doc.text[max(before.start, d.start - 30):d.start])
                and (doc.document_date is None or d.value != doc.document_date.isoformat())]
        if told:
            return told[-1]
    return None


def _end_date(doc: Doc, index: int, start: DateMention | None) -> DateMention | None:
    if start is None or start.precision != "day":
        return None
    sentence = doc.sentences[index]
    for duration in doc.durations:
        if duration.start >= sentence.end:
            break
        if sentence.start <= duration.start and duration.days:
            value = date.fromisoformat(start.value) + timedelta(days=duration.days)
            precision = "day" if re.fullmatch(r"P\d+[DW]", duration.value) else "month"
            return DateMention(duration.start, duration.end, value.isoformat()[: 10 if precision == "day" else 7], precision, True)
    return None


def find_events(doc: Doc) -> None:
    """Set `doc.events`: a list of `EventRecord`, one per type, person and date told, read from the trigger
    phrases, the parse (`doc.analysis`, when the text has one) and the crossings of China's border.

    Reads what the steps before have filled: `doc.sentences`, the persons and their spans, the places,
    facilities and dates. Each event has its type (`arrest`, `detention`, `release`, `exit`, …), the
    person's id (None when the text names no one), its evidence and trigger as (start, end) character
    offsets in `doc.text`, and where told a place id, a facility id, a date and an end date
    (`DateMention`). Replaces whatever `doc.events` held; raises no error of its own."""
    events: list[EventRecord] = []
    possible = _possible_sentences(doc)
    for index in range(len(doc.sentences)):
        for event_type, pattern, we_is_speaker in TRIGGERS:
            if possible(pattern, index):
                events += _trigger_events(doc, index, event_type, pattern, we_is_speaker, dating="narrative",
                                          held=events)
        for event_type, pattern, dating in NOMINAL_TRIGGERS:
            if possible(pattern, index):
                events += _trigger_events(doc, index, event_type, pattern, False, dating=dating)
        for event_type, subtype, pattern in SUBTYPED_TRIGGERS:
            if not possible(pattern, index):
                continue
            for event in _trigger_events(doc, index, event_type, pattern, False, dating="sentence"):
                event.subtype = subtype
                events.append(event)
    events += _homecomings(doc, events)
    events += _crossings(doc, events)
    events += _asked(doc)
    events += _record_fields(doc)
    events += _parsed_events(doc, events)
    events += _paired_events(doc, events)
    events = _without_back_clauses(doc, events)
    _date_disappearances(events)
    _date_from_another_event(doc, events)
    _date_stays(events)
    _date_same_time_as_before(doc, events)
    _facilities_of_later_custody(doc, events)
    events += _takings_are_arrests(doc, events)
    events += _kept_summonses(doc, events)
    events += arrests_open_detentions(doc, events)
    events += _stays_end_in_release(doc, events)
    events += _detentions_told_by_a_state(doc, events, possible)
    events = _questioned_not_held(doc, events)
    doc.events = _deduplicate(_back_references(doc, _summonses(doc, events)))


# A form's field at the start of its line: an item number ("1.", "II.", "(a)") or none, its label, a colon.
_FIELD_LINE = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)][ \t]*|\([a-z0-9]{1,3}\)[ \t]*)?"
                         r"([^\W\d][^:：\n|]{0,50}?)[ \t]*[:：][ \t]*(?=\S)", re.M)
_EVENT_FIELDS = tuple((kind, re.compile(text, re.I)) for kind, text in EVENT_FIELD_LABELS.items())
_ENTRY_COLUMN = re.compile(ENTRY_COLUMN_LABELS, re.I)
_SUBJECT_FIELD = re.compile(RECORD_SUBJECT_LABELS, re.I)
_WHEREABOUTS_FIELD = re.compile(WHEREABOUTS_LABELS, re.I)
_UNKNOWN_VALUE = re.compile(rf"(?:{UNKNOWN_VALUES})\b", re.I)
# What may stand between a field's colon and its date: "on", "approx.", « le », «с».
_BEFORE_VALUE = re.compile(r"[ \t]*(?:(?:on|since|from|approx\.?|about|c\.|le|en|depuis|с|около)[ \t]+)?")
_RECORD_SPAN = 300  # characters between two name fields of one record ("Family name:" over "First name:")
_CELL = re.compile(r"[|｜]")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _record_subject(doc: Doc, fields: list[tuple[int, int]]) -> str | None:
    """The person a record's name fields name (`fields`: the (start, end) of their values, a name
    told in parts on several lines: "Family name: X" over "First name: Y"): the person spoken of in
    a value, else the one whose every name word is in the values (the one whose name is the
    parts joined); None when no one person is."""
    # a full name spoken in one field ("Name: X Y")
    spoken = {pid for start, end in fields for span, pid in doc.person_spans_in(start, end)
              if len(doc.text[span[0]:span[1]].split()) >= 2}
    if len(spoken) == 1:
        return next(iter(spoken))
    # else the one whose every name is made of the fields' words: a relative who shares the family name
    # ("Sister: Y X") has a word of her own
    words = {w.lower() for start, end in fields for w in re.findall(r"\w{2,}", doc.text[start:end])}
    found = [person.id for person in doc.persons if person.names
             and all({w.lower() for w in re.findall(r"\w{2,}", name)} <= words for name in person.names)]
    return found[0] if len(found) == 1 else None


def _record_fields(doc: Doc) -> list[EventRecord]:
    """Events a record tells in its fields, of the person its name fields name: a field whose label
    names an act and whose value opens with a date ("Date of arrest: 2 May 2016", "RELEASE_DATE:
    2020-03", « Date de décès : … »; `lexicon.EVENT_FIELD_LABELS`), a place of detention said to
    be unknown ("Place of detention: not known, since 2020": a disappearance), and a table's
    rows under a header with a name column and such a column (`_table_rows`)."""
    text = doc.text
    events: list[EventRecord] = []
    names: list[tuple[int, int]] = []  # the values of the name fields of the last record
    in_names = False  # whether the field before was a name field: a name field after others opens a record
    for match in _FIELD_LINE.finditer(text):
        label, value, end = match.group(1).strip(), match.end(), _line_end(text, match.end())
        if _SUBJECT_FIELD.fullmatch(label):
            if not in_names or value - names[-1][1] > _RECORD_SPAN:
                names = []
            names.append((value, end))
            in_names = True
            continue
        in_names = False
        kind = next((kind for kind, pattern in _EVENT_FIELDS if pattern.fullmatch(label)), None)
        opening = _BEFORE_VALUE.match(text, value).end()
        when = next((d for d in doc.dates_in(value, end) if d.start == opening and not d.relative), None)
        if kind is None and _WHEREABOUTS_FIELD.fullmatch(label) and _UNKNOWN_VALUE.match(text, value):
            kind, when = "disappearance", next((d for d in doc.dates_in(value, end) if not d.relative), None)
        elif when is None:
            continue
        if kind is None or not names:
            continue
        person = _record_subject(doc, names)
        if person is not None:
            events.append(EventRecord(type=kind, person=person, evidence=(match.start(), end), date=when,
                                      trigger=(match.start(1), match.start(1) + len(label))))
    return events + _table_rows(doc)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the table row text[start:end], the empty edges of a row
    written "| a | b |" left out."""
    bounds = [start - 1] + [m.start() for m in _CELL.finditer(text, start, end)] + [end]
    cells = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [(a, b) for a, b in cells if text[a:b].strip() or (start < a and b < end)]


def _table_rows(doc: Doc) -> list[EventRecord]:
    """Events a table's rows tell by column: under a header row with a name column and a column
    whose label names an act ("Date of arrest") or a register's entry ("Entered"), each row's cell
    in that column dates that act of the person its name cell names ("# | Name | … | Entered |
    …" over "4 | X | … | 2016.11 | …": X's detention in November 2016). The header's cells are field
    labels, read by the same table as a form's."""
    text = doc.text
    events: list[EventRecord] = []
    at = 0
    while (line_end := _line_end(text, at)) <= len(text):
        header = _cells(text, at, line_end)
        row_start = line_end + 1
        if len(header) >= 3:
            labels = [re.sub(r"[\s*:]+", " ", text[a:b]).strip() for a, b in header]
            name_column = next((i for i, label in enumerate(labels) if _SUBJECT_FIELD.fullmatch(label)), None)
            columns = [(i, kind) for i, label in enumerate(labels) for kind, pattern in _EVENT_FIELDS
                       if pattern.fullmatch(label)]
            columns += [(i, "detention") for i, label in enumerate(labels) if _ENTRY_COLUMN.fullmatch(label)]
            if name_column is not None and columns:
                while row_start < len(text):
                    row_end = _line_end(text, row_start)
                    cells = _cells(text, row_start, row_end)
                    if re.fullmatch(r"[\s|:｜-]*", text[row_start:row_end]):  # the rule under a header
                        if "-" not in text[row_start:row_end]:
                            break
                    elif len(cells) != len(header):
                        break
                    else:
                        person = next((pid for _, pid in doc.person_spans_in(*cells[name_column])), None)
                        for column, kind in columns:
                            when = next((d for d in doc.dates_in(*cells[column]) if not d.relative), None)
                            if person is not None and when is not None:
                                events.append(EventRecord(type=kind, person=person, evidence=(row_start, row_end),
                                                          date=when, trigger=cells[column]))
                    row_start = row_end + 1
        if line_end >= len(text):
            break
        at = row_start
    return events


def _summonses(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The events less the summonses that are another event of their person in their sentence: an
    arrest or a detention ("called to the village committee, where officers handcuffed him", «её
    вызвали в отделение и увезли оттуда в лагерь»: the custody the summons began; the tuning sets'
    writers list it alone) or a questioning told in other words (« convoquée à la mairie puis
    interrogée toute la nuit »: one), there or at its date."""
    def sentence(event: EventRecord) -> int:
        return doc.sentence_index((event.trigger or event.evidence)[0])

    told = {(e.person, sentence(e)) for e in events
            if e.type in ("arrest", "detention") or (e.type == "interrogation" and e.subtype != "summons")}
    # the questioning told in a later sentence at the summons's date ("called to the station in June 2020.
    # Officers questioned her until dawn."): one event, not two
    asked = {(e.person, e.date.value) for e in events if e.type == "interrogation" and e.subtype != "summons" and e.date}
    return [e for e in events if e.subtype != "summons" or not (
        (e.person, sentence(e)) in told or (e.date is not None and (e.person, e.date.value) in asked)
        or (e.trigger and _KEPT_THERE.search(doc.text, e.trigger[1], doc.sentences[sentence(e)].end)))]


# Kept where one was summoned: "called to the village committee and held there for weeks", « convoquée
# à la mairie, elle ne revient jamais », « … n'en est jamais revenu », « les agents l'ont gardé deux jours »,
# «вызвали в отделение и так и не отпустили»: custody, not a questioning.
_KEPT_THERE = re.compile(r"\b(?:kept|held|detained) there\b|\bkept (?:him|her|them|me|us) (?:there|overnight)\b"
                         r"|\bne (?:rentre|revient|rentr[ea]it|reviendra)\s+(?:pas|jamais|plus)\b"
                         r"|\bn['’](?:en\s+)?(?:est|était) (?:pas|jamais|plus) (?:rentrée?|revenue?)\b"
                         r"|\b(?:l['’]|les\s)(?:a|ont|avait|avaient)\s+gardée?s?\b|\bне (?:вернул\w*|возвратил\w*|отпустил\w*)", re.I)


def _kept_summonses(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The arrests that summonses the person was kept at tell (`_KEPT_THERE`: "summoned to the police station
    on 3 May and never came back", « convoqué à la police, il n'en est jamais revenu », « convoquée à la
    mairie, les agents l'ont gardée deux jours »): the summons's person, date, place and words, where no arrest or detention of
    the person is told in its sentence (`_summonses` then drops the summons). Returns the new events only."""
    def sentence(event: EventRecord) -> int:
        return doc.sentence_index((event.trigger or event.evidence)[0])

    told = {(e.person, sentence(e)) for e in events if e.type in ("arrest", "detention")}
    return [replace(e, type="arrest", subtype=None) for e in events
            if e.subtype == "summons" and e.person is not None and e.trigger is not None
            and (e.person, sentence(e)) not in told
            and _KEPT_THERE.search(doc.text, e.trigger[1], doc.sentences[sentence(e)].end)]


def _questioned_not_held(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The events less the releases of a person only questioned or summoned right before them, in the
    release's sentence or the one before ("was questioned all night and then let go", "summoned to the
    police station twice. He was released each evening.", 被叫去谈话…晚上放回家), or only checked before
    them in the release's sentence (`CHECKED`: "at the border they checked my phone and let me go"): no
    custody of the person (arrest, detention, transfer, sentencing) is told anywhere, so the release ends
    none; the writers of the tuning sets list the questioning alone (v22's convention) and a check as
    no event."""
    held = {e.person for e in events if e.type in ("arrest", "detention", "transfer", "sentencing")}
    asked = [(e.person, (e.trigger or e.evidence)[0]) for e in events
             if e.type == "interrogation"]

    def right_after_questioning(release: EventRecord) -> bool:
        where = (release.trigger or release.evidence)[0]
        here = doc.sentence_index(where)
        if CHECKED.search(doc.text, doc.sentences[here].start, where):
            return True
        return any(person == release.person and start <= where and here - 1 <= doc.sentence_index(start)
                   for person, start in asked)

    return [e for e in events if not (e.type == "release" and e.person is not None and e.person not in held
                                      and right_after_questioning(e))]


def _detentions_told_by_a_state(doc: Doc, events: list[EventRecord], possible) -> list[EventRecord]:
    """The detentions told by a state (`STATE_TRIGGERS`: "has been in Kashgar prison since 2018") of the
    persons whose detention no other words tell (nor an arrest: `arrests_open_detentions`); the state
    of a stay told already is that stay, not a second one. Returns the new events only."""
    held = {e.person for e in events if e.type == "detention"}
    found = []
    for index in range(len(doc.sentences)):
        for event_type, pattern in STATE_TRIGGERS:
            if possible(pattern, index):
                found += [e for e in _trigger_events(doc, index, event_type, pattern, False, dating="sentence")
                          if e.person not in held and not _REPORTED_STATE.search(
                              doc.text, doc.sentences[index].start, e.trigger[0])
                          and not _CAMPS_IN_GENERAL.search(doc.text, e.trigger[0], e.trigger[1])]
    return found


# The end of a stay, right before its date: "kept until the autumn of 2021", "from 2016 to 2018",
# "between May and October 2019", « jusqu'en 2020 », «до июня 2018 года», «по ноябрь 2020».
_STAY_END = re.compile(
    r"(?:\b(?:until|till|up to)|\bjusqu['’]\s*(?:au|en|à|a|aux)?|(?<!\w)до)\s+(?:the\s+|l['’]|la\s+|le\s+)?$"
    r"|(?:\b(?:to|and|à|au|et)|(?<!\w)по)\s+(?:the\s+)?$", re.I)
# What opens the range an "and", "to" or «по» closes: "between", "from", « de », «с» before a date.
_RANGE_OPEN = re.compile(r"(?:\b(?:between|from|entre|de|du|des)|(?<!\w)с)\s+(?:the\s+|l['’])?$", re.I)


def _stays_end_in_release(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """"He was kept from late 2016 until the summer of 2019 in a school", «где она пробыла до июня
    2018 года»: a detention whose sentence gives its end after the trigger ("until …", "from … to
    …", "between … and …") ends in the person's release at that date, unless the person's release
    is told already after the detention (in its sentence or the next two) or the end is later than
    the document's date (today's without one: a term still running). Sets the detention's end date where it has none.
    Returns the new releases only."""
    found = []
    for stay, index, after in _stays(doc, events):
        sentence = doc.sentences[index]
        end = None
        for mention in doc.dates_in(after, sentence.end):
            before = doc.text[max(sentence.start, mention.start - 30):mention.start]
            marker = _STAY_END.search(before)
            if marker is None or re.search(r"[;:]", doc.text[after:mention.start]):
                continue
            if marker.group().split()[0].lower() in ("to", "and", "à", "au", "et", "по"):
                # a range: its first date stands right before ("from 2018 to 2019", «с … по …»)
                opened = [d for d in doc.dates_in(sentence.start, mention.start)
                          if re.fullmatch(r"\s*", doc.text[d.end:mention.start - len(marker.group())])]
                if not opened or not _RANGE_OPEN.search(doc.text[max(sentence.start, opened[-1].start - 15):opened[-1].start]):
                    continue
            end = mention
            break
        if end is None or (stay.date is not None and end.value < stay.date.value[:len(end.value)]):
            continue
        if end.value[:4] > (doc.document_date or date.today()).isoformat()[:4]:
            continue
        if any(e.type == "release" and e.person == stay.person and e.trigger is not None
               and stay.trigger[0] <= e.trigger[0] and doc.sentence_index(e.trigger[0]) <= index + 2 for e in events + found):
            continue
        stay.end_date = stay.end_date or end
        found.append(EventRecord(type="release", person=stay.person, evidence=(sentence.start, sentence.end),
                                 place=stay.place, facility=stay.facility, date=end, trigger=(end.start, end.end)))
    return found


# Staying on in custody, told after the custody began: "She stayed there until June 2019", "he was kept
# there until 2020", « elle y est restée jusqu'en 2019 », «он пробыл там до июня 2019 года»
_STAY_ON = re.compile(r"\b(?:stayed|remained|(?:was|were|had been)\s+(?:kept|held))\b|\b(?:y\s+)?(?:est|sont|était|suis|resta)\s+"
                      r"restée?s?\b|(?<!\w)(?:пробыл|провел|провёл|оставал|остава|содержал|продержал)\w*", re.I)


def _stays(doc: Doc, events: list[EventRecord]):
    """(detention, sentence index, offset) of each telling of a stay whose end `_stays_end_in_release`
    reads after the offset: the detention's own words, and a later sentence that tells its person
    staying on (`_STAY_ON`, with the person `subjects.attribute` reads) after it, before any release."""
    detentions = [e for e in events if e.type == "detention" and e.person is not None and e.trigger is not None]
    for stay in detentions:
        yield stay, doc.sentence_index(stay.trigger[0]), stay.trigger[1]
    if not detentions:
        return
    for index, sentence in enumerate(doc.sentences):
        for match in _STAY_ON.finditer(doc.text, sentence.start, sentence.end):
            clause = _clause_before(doc.text[sentence.start:match.start()])
            if negated(clause) or hedged(doc, match.start(), match.end()) or _NOT_REAL.search(clause):
                continue
            for person_id in attribute(doc, index, match.start(), match.end()):
                before = [e for e in detentions if e.person == person_id and e.trigger[0] < sentence.start]
                if before and not any(e.type == "release" and e.person == person_id and e.trigger is not None
                                      and before[-1].trigger[0] < e.trigger[0] < sentence.start for e in events):
                    yield before[-1], index, match.end()


# "She came back in spring 2021": a release, when the person's custody was told before.
_HOMECOMING = re.compile(r"\b(?:came|come|got|returned|went) (?:back )?home\b(?!\s+(?:from|to)\b)"
                         # "taken away for study in 2018, he came back two years later" (back from the custody)
                         r"|\b(?:came|come|got) back\b(?=\s+(?:in|on|after|only|early|late|last|a|an|one|two|three|four|five|six|"
                         r"several|some|\w+\s+(?:days?|weeks?|months?|years?)\s+later)\b|\s*[,.;])"
                         # "She came out in May 2021" (out of what: the custody told before)
                         r"|\b(?:came|come|got) out\b(?=\s+(?:in|on|at|after|only|early|late|last|the)\b|\s*[,.;])|\b(?:est|suis|sont) rentrée?s? (?:à la maison|chez (?:elle|lui|moi|nous))\b"
                         r"|\b(?:вернул|возвратил)\w* домой\b", re.I)


def _homecomings(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """Releases told as coming home: the person's arrest or detention stands before in the text
    (else coming home is only travel, "I came home after school"). Returns the new events only."""
    found = []
    for index in range(len(doc.sentences)):
        if not _HOMECOMING.search(doc.text, doc.sentences[index].start, doc.sentences[index].end):
            continue
        for event in _trigger_events(doc, index, "release", _HOMECOMING, False, dating="sentence"):
            if any(e.person == event.person and e.type in ("arrest", "detention") and (e.trigger or e.evidence)[0] < event.trigger[0]
                   for e in events):
                found.append(event)
    return found


@cache
def _scanner(pattern: re.Pattern) -> Alternation | None:
    """The pattern as an alternation scanned from its first words, when they can be read."""
    scanner = Alternation([pattern.pattern]) if pattern.flags & re.I else None
    return scanner if scanner is not None and scanner.by_words else None


def _possible_sentences(doc: Doc):
    """A test (pattern, sentence index) -> whether the pattern may match in that sentence: False
    only when none of the words a match must start with is in it (found once per pattern and
    document through the document's word index, `alternation.prepared`), and the sentence starts
    at a word boundary (so its words are the text's words there)."""
    text, sentences = doc.text, doc.sentences
    words = prepared(doc)
    found: dict[re.Pattern, set[int] | None] = {}

    def possible(pattern: re.Pattern, index: int) -> bool:
        if pattern not in found:
            scanner = _scanner(pattern)
            candidates = scanner.candidates(words) if scanner is not None else None
            found[pattern] = None if candidates is None else {doc.sentence_index(p) for p in candidates}
        indices = found[pattern]
        if indices is None or index in indices:
            return True
        start = sentences[index].start
        return start > 0 and bool(_WORD_CHAR.match(text, start - 1))

    return possible


_WORD_CHAR = re.compile(r"\w")
_AFTER_EVENT = re.compile(
    r"\b([\w-]+)\s+(days?|weeks?|months?|years?)\s+after\s+(?:(my|his|her)\s+(arrest|detention|release|transfer)\b|(me)\b"
    # "tried three years after police arrested her": counted from the person's arrest, told before or after
    r"|(?:they|police|officers|the\s+police)\s+(?:took|arrested|detained)\s+(him|her|me)\b)", re.I)


def _date_from_another_event(doc: Doc, events: list[EventRecord]) -> None:
    """"Her cousin was taken two weeks after my arrest": counted from that event's date; "taken two
    weeks after me", from the speaker's event of the same type."""
    from guwah.extract.dates import UNITS, _number, shift

    for event in events:
        if event.trigger is None:
            continue
        sentence = doc.sentences[doc.sentence_index(event.trigger[0])]
        match = _AFTER_EVENT.search(doc.text, sentence.start, sentence.end)
        if match is None:
            _date_same_as_speaker(doc, events, event, sentence)
            continue
        amount = _number(match.group(1))
        unit = UNITS.get(match.group(2).lower())
        index = doc.sentence_index(match.start())
        # "my arrest" and "me" are the speaker's; "sent home two years after her arrest", the event's person's
        taken = match.group(6)
        mine = match.group(5) is not None or (taken or match.group(3)).lower() in ("my", "me")
        owner = doc.speakers.get(index) if mine else event.person
        kind = "arrest" if taken else event.type if match.group(5) else match.group(4).lower()
        if owner is None or amount is None or unit is None or (owner == event.person and event.type == kind):
            continue
        anchors = [e for e in events if e.person == owner and e.type == kind and e.date
                   and (e.trigger or e.evidence)[0] < match.start()]
        if taken and not anchors:  # the taking told after the event it dates ("… after police took her. She was held from 2016")
            anchors = [e for e in events if e.person == owner and e.type == kind and e.date][:1]
        if anchors:
            moved = shift(anchors[-1].date, amount, unit, exact=True)
            if moved is not None:
                moved.start, moved.end = match.span()
                event.date = moved


# "taken the same week as me", «emmené la même semaine que moi»: the time of the speaker's own event.
_SAME_AS_ME = re.compile(r"\b(?:the same (?:day|week|month|year) as|(?:le|la) même (?:jour|journée|semaine|mois|année) que)\s+(?:me|moi)\b"
                         r"|\bв (?:тот же|ту же|том же) (?:день|неделю|месяц|году?),? что и я\b", re.I)


def _date_same_as_speaker(doc: Doc, events: list[EventRecord], event: EventRecord, sentence) -> None:
    match = _SAME_AS_ME.search(doc.text, sentence.start, sentence.end)
    speaker = doc.speakers.get(doc.sentence_index(match.start())) if match else None
    if speaker is None or speaker == event.person:
        return
    anchors = [e for e in events if e.person == speaker and e.type == event.type and e.date
               and (e.trigger or e.evidence)[0] < match.start()]
    if anchors:
        event.date = replace(anchors[-1].date, start=match.start(), end=match.end())


def _date_disappearances(events: list[EventRecord]) -> None:
    """"She was detained on 4 July 2017. Her whereabouts are unknown.": a disappearance with no
    date of its own begins with the person's last arrest or detention told before it."""
    ordered = sorted(events, key=lambda e: e.trigger or e.evidence)
    for index, event in enumerate(ordered):
        if event.type != "disappearance" or event.date is not None or event.person is None:
            continue
        before = [e for e in ordered[:index] if e.person == event.person and e.type in ("arrest", "detention") and e.date]
        if before:
            event.date = before[-1].date


def _date_stays(events: list[EventRecord]) -> None:
    """"Police took him on 3 May 2018. They kept him in a camp for a year.": a detention with no date
    of its own begins with the person's last dated arrest told before it (as a disappearance does)."""
    ordered = sorted(events, key=lambda e: e.trigger or e.evidence)
    for index, event in enumerate(ordered):
        if event.type != "detention" or event.date is not None or event.person is None:
            continue
        before = [e for e in ordered[:index] if e.person == event.person and e.type == "arrest" and e.date]
        if before:
            event.date = before[-1].date


# "Let go the same day", "released a few hours later": an arrest that opened no detention.
_SAME_DAY = re.compile(
    r"\b(?:the same (?:day|evening|night|afternoon)|that (?:same )?(?:day|evening|night|afternoon)|"
    r"(?:a few|several|two|three|four|five|six|\d+) hours later|after (?:a few|several|two|three|four|five|six|\d+) hours|"
    r"le (?:soir|jour) même|quelques heures plus tard|в тот же день|тем же вечером|через несколько часов)\b", re.I)


def arrests_open_detentions(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The detentions that arrests open (a decision of the project, docs/extraction.md): for each
    arrest of a person whose detention the text does not tell separately, a `detention` of that
    person from the arrest's date, with the arrest's evidence, place and facility.

    A detention is told separately when one of the person's detentions stands after the arrest in
    the text (or in its sentence) and before the person's next arrest, or has the arrest's date at
    another precision ("in 2018" beside "in May 2018"). An arrest the text tells as let go the same
    day (a release of the person in the arrest's sentence or the next that says "the same day",
    "a few hours later", or a release on the arrest's day) opens none. Returns the new events only.
    """
    def where(event: EventRecord) -> int:
        return (event.trigger or event.evidence)[0]

    def same_date(a: DateMention | None, b: DateMention | None) -> bool:
        return a is not None and b is not None and (a.value.startswith(b.value) or b.value.startswith(a.value))

    # a detention on a transfer's words is that transfer (`_deduplicate` drops it): no stay told
    transfers = [(e.person, e.trigger) for e in events if e.type == "transfer" and e.trigger]
    moves = [e for e in events if e.type == "detention" and e.trigger
             and any(person == e.person and _overlap(span, e.trigger) for person, span in transfers)]
    opened = []
    for arrest in events:
        if arrest.type != "arrest" or arrest.person is None:
            continue
        own = [e for e in events if e.person == arrest.person and not any(e is m for m in moves)]
        later_arrests = [where(e) for e in own if e.type == "arrest" and where(e) > where(arrest)]
        until = min(later_arrests, default=len(doc.text))
        sentence = doc.sentence_index(where(arrest))
        if any(e.type == "detention" and ((where(arrest) <= where(e) < until)
                                          or doc.sentence_index(where(e)) == sentence
                                          or same_date(e.date, arrest.date)) for e in own):
            continue
        if any(e.type == "release" and (
                (arrest.date is not None and arrest.date.precision == "day" and e.date is not None
                 and e.date.value == arrest.date.value)
                or (doc.sentence_index(where(e)) in (sentence, sentence + 1)
                    and _SAME_DAY.search(doc.sentence_text(doc.sentence_index(where(e)))))) for e in own):
            continue
        opened.append(EventRecord(type="detention", person=arrest.person, evidence=arrest.evidence,
                                  place=arrest.place, facility=arrest.facility, date=arrest.date,
                                  trigger=arrest.trigger))
    return opened


# "was taken the same week", «le même jour», «в тот же день»: the time of an event told before.
_SAME_TIME = re.compile(r"^(?:(?:the|that) (?:very )?same (?:day|night|week|month|year)|le même jour|la même (?:semaine|année)"
                        r"|le même mois|в тот же (?:день|месяц|год)|на той же неделе)$", re.I)
_STARTS = {"arrest": "custody", "detention": "custody"}


def _date_same_time_as_before(doc: Doc, events: list[EventRecord]) -> None:
    """"Police took my sister in March 2017; she came home in 2019. Her husband was taken the same
    week.": an event dated by "the same week" takes the date of the last event of its kind (an
    arrest and a detention are one kind: custody begins) told before it, of another person, in its
    sentence or the two before; not the last date written (the dates' rule), which may be another
    event's."""
    ordered = sorted(events, key=lambda e: (e.trigger or e.evidence)[0])
    for index, event in enumerate(ordered):
        if event.date is None or not _SAME_TIME.match(doc.text[event.date.start:event.date.end].strip()):
            continue
        here = doc.sentence_index((event.trigger or event.evidence)[0])
        kind = _STARTS.get(event.type, event.type)
        before = [e for e in ordered[:index] if e.person != event.person and _STARTS.get(e.type, e.type) == kind
                  and e.date is not None and e.date is not event.date
                  and here - 2 <= doc.sentence_index((e.trigger or e.evidence)[0]) <= here]
        if before:
            event.date = before[-1].date


def _facilities_of_later_custody(doc: Doc, events: list[EventRecord]) -> None:
    """"Police arrested him in Ghulja and sent him to the camp at X": an arrest takes the first
    facility after its verb in its sentence (`_facility_in`), but a facility told after a detention
    or transfer of the same person that follows the arrest in that sentence is where that custody
    was, not where the arrest happened: the arrest gives it up (its place stays)."""
    for arrest in events:
        if arrest.type != "arrest" or arrest.facility is None or arrest.trigger is None:
            continue
        sentence = doc.sentences[doc.sentence_index(arrest.trigger[0])]
        mentions = [s for (s, _e), fid in _in(doc.facility_spans, arrest.trigger[1], sentence.end)
                    if fid == arrest.facility]
        if mentions and any(
                e.person == arrest.person and e.type in ("detention", "transfer") and e.facility == arrest.facility
                and e.trigger is not None and arrest.trigger[1] <= e.trigger[0] < mentions[0] for e in events):
            arrest.facility = None


# Being taken (not sent on, not moved) to a place of custody: custody begins there.
_TAKEN_TO = re.compile(r"(?:taken|took|brought|drove|driven|placed|emmen\w*|condui\w*|amen\w*|увез\w*|увел\w*|отвез\w*|привез\w*|забрал\w*|помести\w*)\b", re.I)


def _takings_are_arrests(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """"He was taken to a camp that spring", «его увезли в лагерь»: the detention a taking tells is
    also the person's arrest, when no arrest of the person is told before it or at its date (a
    testimony that told the arrest first, "police arrested me … then took me to a camp", has its
    arrest already). The arrest is where the taking began when the text says it ("taken from her
    flat in Hotan to a camp": Hotan, `move_origin`), else where the detention is. Returns the new
    arrests only."""
    def where(event: EventRecord) -> int:
        return (event.trigger or event.evidence)[0]

    found = []
    for stay in events:
        if stay.type != "detention" or stay.person is None or stay.trigger is None \
                or not _TAKEN_TO.match(doc.text, stay.trigger[0]):
            continue
        if any(e.type == "arrest" and e.person == stay.person and (where(e) <= where(stay) or (
                e.date is not None and stay.date is not None and e.date.value == stay.date.value)) for e in events):
            continue
        origin = move_origin(doc, doc.sentences[doc.sentence_index(stay.trigger[0])], stay.trigger)
        place, facility = _named_in(doc, origin, True) if origin else (stay.place, stay.facility)
        found.append(EventRecord(type="arrest", person=stay.person, evidence=stay.evidence, place=place,
                                 facility=facility, date=stay.date, trigger=stay.trigger))
    return found


# An interviewer's question about the witness ("Q: When were you released?"), answered with a date.
_QUESTION = re.compile(r"\s*[A-Z][\w.]{0,14}:\s+When (?:were|was|did) you\b(?P<rest>[^?\n]*)\?\s*$", re.I)
_ASKED = {"released": "release", "arrested": "arrest", "detained": "detention", "sentenced": "sentencing",
          "taken away": "arrest", "transferred": "transfer", "interrogated": "interrogation", "let go": "release"}


def _asked(doc: Doc) -> list[EventRecord]:
    """"Q: When were you released? A: On 30 December 2018.": the witness's event, dated by the
    answer's first date (the question holds the act, the answer the date)."""
    events = []
    for index, sentence in enumerate(doc.sentences[:-1]):
        match = _QUESTION.match(doc.text, sentence.start, sentence.end)
        if match is None:
            continue
        event_type = next((t for word, t in _ASKED.items() if re.search(rf"\b{word}\b", match.group("rest"), re.I)), None)
        answer = doc.sentences[index + 1]
        speaker = doc.speakers.get(index + 1)
        dates = doc.dates_in(answer.start, answer.end)
        if event_type and speaker and dates:
            events.append(EventRecord(type=event_type, person=speaker, evidence=(sentence.start, answer.end),
                                      place=None, facility=None, date=dates[0], end_date=None,
                                      trigger=(sentence.start + match.start("rest"), sentence.start + match.end("rest"))))
    return events


def _trigger_events(doc: Doc, index: int, event_type: str, pattern: re.Pattern, we_is_speaker: bool,
                    dating: str, held: list[EventRecord] | None = None) -> list[EventRecord]:
    """Events of one type that a trigger pattern finds in sentence `index`.

    `dating`: "narrative" (the sentence's date, else the narrative's for custody events),
    "sentence" (the sentence's date only) or "none" (undated). `held`: the events found before, whose
    last custody gives the person of a Russian release or transfer that leaves it unsaid (`_last_held`).
    """
    sentence = doc.sentences[index]
    body = doc.text[sentence.start:sentence.end]
    events = []
    for match in pattern.finditer(body):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        # the clause ends at a colon, a semicolon or a contrast ("was not so lucky: he got …")
        clause = _clause_before(body[:match.start()])
        # a rumour or a hedge ("rumours circulated that she had been re-arrested") tells no event:
        # the one hedge list of the violation rules
        # nor one denied after its words («задержан не был») or said to be unconfirmed ("could not be verified")
        if negated(clause) or _NOT_REAL.search(body[:match.start()]) or hedged(doc, start, end) \
                or _CONDITION.search(clause) or _CONDITION_OPENS.match(body[:match.start()]) or asked(doc, index, start, end) \
                or negated_after(doc.text, end, doc.language) or unconfirmed_after(doc.text, end, sentence.end):
            continue
        if event_type == "arrest" and match.group().lower().startswith("taken away") and _CARRIED.search(body):
            continue
        if event_type == "arrest" and _BARE_TAKING.match(body, match.start()) and not _taken_unsaid(doc, start, end):
            continue
        if event_type == "release" and _RELEASE_NOUN.fullmatch(match.group()) and _ASKED_FOR.search(body[:match.start()]):
            continue
        if event_type == "release" and _CONTINUED_RELEASE.fullmatch(body, match.start(), match.end()) \
                and not participle_person(doc, index, start):
            continue
        # "her phone was kept at the checkpoint and never came back": a thing did not come back,
        # not a person
        if event_type == "arrest" and _THING_NOT_BACK.search(body[:match.start()]) \
                and re.search(r"\b(?:come|came|return(?:ed)?)\b", match.group(), re.I):
            continue
        before = body[:match.start()]
        # "the tenth known to have died there": a count, no one's event; "an old cellmate, who was
        # freed in May, told her": the act of someone unnamed.
        if re.search(r"\bto have (?:been )?$", before) or _UNNAMED_WHO.search(before):
            continue
        # "the newly released Kazakh prisoners": an act told of a group, no one's event
        if (match.group().lower().startswith(("newly", "recently")) or re.search(r"\b(?:the|those|other)\s+$", before)) \
                and _GROUP_AFTER.match(body, match.end()):
            continue
        # "their papers were taken off them", "the pills were taken": a thing taken, no one's custody
        if event_type in ("arrest", "detention") and told_of_a_thing(doc, start, end):
            continue
        # The family that lost someone says "we": for a disappearance "we" is never the one gone.
        people = attribute(doc, index, start, end, we_includes_speaker=we_is_speaker,
                           skip_we=event_type == "disappearance")
        if not people and _LEAD.match(body):
            people = _lead_person(doc, sentence.end)
        if not people:
            # a record's field, a question answered yes, a Russian clause that leaves its person unsaid
            people = told_in_a_record(doc, index, start)
        if not people and event_type != "disappearance":
            people = _paired_we(doc, index, start)  # "X and I were taken. We were released in 2019."
        if not people and held and event_type in _HELD_BEFORE:
            people = _last_held(doc, index, start, end, held)  # «Забрали в 2017-м. … Отпустили в 2019-м.»
        if event_type == "detention" and held and _DRIVEN.match(match.group()):
            # driven on to a camp after a police station held the person: a move, not custody begun
            people = [p for p in people if not any(e.person == p and e.type in ("arrest", "detention") for e in held)]
        events += _events_at(doc, index, event_type, start, end, people, dating)
    return events


_DRIVEN = re.compile(r"(?:drove|driven)\b", re.I)
# Events that only someone in custody undergoes: when a Russian clause leaves their person unsaid, it is
# the one whose custody was told last.
_HELD_BEFORE = frozenset({"release", "transfer"})
_HELD_REACH = 6  # sentences back, within the paragraph, a custody is looked for


def _last_held(doc: Doc, index: int, start: int, end: int, held: list[EventRecord]) -> list[str]:
    """[person] of a Russian release or transfer whose verb has neither subject nor object
    («Отпустили в конце 2018-го.», «Через год перевели в тюрьму.»; `_taken_unsaid`): the one
    whose arrest, detention, transfer or sentence was told last before it, in its paragraph and at most
    `_HELD_REACH` sentences back, when that telling has one person, none of theirs is released since and
    no sentence between has someone else for subject, a person or an agent, but the tellers («мы не
    знали») or «он», «она» (another actor, «Полицейские вернулись в участок.», takes the story on); empty otherwise (another language,
    no parse, a subject, an object, a custody of several)."""
    if doc.language != "ru" or not _taken_unsaid(doc, start, end):
        return []
    paragraph = doc.sentences[index].paragraph
    first = max(0, index - _HELD_REACH)
    while first < index and doc.sentences[first].paragraph != paragraph:
        first += 1
    opening = doc.sentences[first].start
    told = [e for e in held if e.person is not None and e.trigger is not None and opening <= e.trigger[0] < start]
    custody = [e for e in told if e.type in ("arrest", "detention", "transfer", "sentencing")]
    if not custody:
        return []
    last = max(e.trigger[0] for e in custody)
    people = {e.person for e in custody if doc.sentence_index(e.trigger[0]) == doc.sentence_index(last)}
    if len(people) != 1:
        return []
    person = next(iter(people))
    if any(e.type == "release" and e.person == person and e.trigger[0] > last for e in told):
        return []
    for between in range(doc.sentence_index(last) + 1, index):
        sentence = doc.sentences[between]
        someone = [(r[0], r[1]) for r in references(doc, between) if r[3] != person]
        if any(t.dep in SUBJECT_DEPS and t.text.lower() not in _TELLERS_OR_THE_HELD and (
                t.lemma.lower() in AGENT_WORDS or any(a <= t.start < b for a, b in someone))
               for t in doc.analysis.tokens_in(sentence.start, sentence.end)):
            return []
    return [person]


_TELLERS_OR_THE_HELD = frozenset({"я", "мы", "он", "она"})


def _taken_unsaid(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb at [start, end) has, by the parse, no subject, no object and no one it is taken
    from («Забрали в 2018 году.»; not «Паспорт забрали в 2018 году», «у него забрали»): False without a parse."""
    if doc.analysis is None or not doc.analysis.tokens:
        return False
    tokens, children = _words(doc)
    verbs = [k for k in _token_range(doc, start, end) if tokens[k].pos == "VERB"]
    if not verbs:
        return False
    sentence = doc.sentences[doc.sentence_index(start)]
    for c in children.get(verbs[0], []):
        if not sentence.start <= tokens[c].start < sentence.end:
            continue
        if tokens[c].dep in ("nsubj", "nsubj:pass", "obj", "iobj", "expl") or any(
                tokens[g].text.lower() == "у" for g in children.get(c, [])):
            return False
    return True


def _events_at(doc: Doc, index: int, event_type: str, start: int, end: int, people: list[str],
               dating: str) -> list[EventRecord]:
    """The events of one type told by the words text[start:end] of sentence `index`, one for each
    of `people`, with their date (`dating` as `_trigger_events`), place, facility and, for a
    detention, the end a duration gives."""
    sentence = doc.sentences[index]
    when = _sentence_date(doc, index, start, end) if dating != "none" else None
    # "held since 2018 and died in detention": a date "since" begins a state, it dates no death or release
    if when is not None and event_type in _ONCE and _SINCE.search(doc.text, max(sentence.start, when.start - 14), when.start):
        when = None
    if dating == "after" and when is not None and when.start < end:
        when = None
    if when is None and dating == "narrative" and event_type in CUSTODY and _row_cell(doc.text, start, end) is None:
        when = _that_day(doc, index) or _narrative_date(doc, index)
    place, facility = _moved_to(doc, sentence, (start, end), event_type in IN_CHINA) \
        if event_type in _MOVES else (_place_in(doc, sentence, start, in_china=event_type in IN_CHINA),
                                      _facility_in(doc, sentence, start))
    return [EventRecord(type=event_type, person=person_id, evidence=(sentence.start, sentence.end),
                        place=place, facility=facility,
                        date=when, end_date=_end_date(doc, index, when) if event_type == "detention" else None,
                        trigger=(start, end))
            for person_id in people]


# The event a violation code states of its person (codes of vocab/violations.yaml): taken into
# custody, held in a camp or a jail, sentenced. Not a disappearance (the code is also the family's lost
# news of someone held, told with no going: 12 right of 62 added on the tuning sets, h-events53) nor a
# death in custody (the death's own words are read by the triggers).
ACT_EVENTS = {
    "detention.arbitrary_arrest": "arrest",
    "detention.internment_camp": "detention",
    "detention.pretrial": "detention",
    "detention.prison_sentence": "sentencing",
}
# The finders (`Violation.rule`) whose codes are read as events; None: every finder (the act files'
# entries, the act classifiers, the later rules of guwah.extract.violations). bench/events_from_acts.py
# compares the classifiers alone ("acts model", "acts model kk").
ACT_SOURCES: tuple[str, ...] | None = None
_ACT_WORD = re.compile(r"\w+")


def _years_of_something_else(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] counts years of something that is no custody ("got two years of training
    as a nurse", « deux ans de formation »; not "two years of prison"), by the parse, as the sentencing
    the parse reads (`_parsed_events`); False without a parse."""
    from bisect import bisect_left

    if doc.analysis is None or not doc.analysis.tokens:
        return False
    tokens, children = _words(doc)
    starts = doc.analysis.token_starts()
    return any(_low(tokens[k]) & YEAR_NOUNS and any(not _custody_place(doc, tokens, children, g)
                                               for g in _under(tokens, children, k, "of", "de", "d'"))
               for k in range(bisect_left(starts, start), bisect_left(starts, end)))


def events_from_acts(doc: Doc) -> None:
    """Add to doc.events, for each person's violation whose code states an event (`ACT_EVENTS`),
    that event where the person has none of its type: "They kept Aziz in the school for two years",
    a camp to an act entry or the act classifier but to no event trigger, is Aziz's detention, dated
    as a trigger at the act's words would be (its sentence's date, else, for custody, the
    narrative's: `_events_at`). One event per person and type; the violation's negation, hedge and
    person are the violation step's (the one scope test). Only the codes of the finders in
    `ACT_SOURCES` when it is set. On the tuning sets (h-events53): 56 right of 114 added; F1 up in 19 sets, down in 12
    (the classifiers alone: 8 of 15). **Not in the pipeline** (taken out at 0.46.0's merge): on the corpus's
    three real testimonies it added 6 false events (their events F1 .820 -> .746), and on held-out v31 (its last use, now spent)
    8 false and none right; measured with bench/events_from_acts.py, which runs it on the finished document."""
    has = {(e.person, e.type) for e in doc.events if e.person}
    for person in doc.persons:
        for violation in person.violations:
            event_type = ACT_EVENTS.get(violation.code)
            # a later rule's code (violations._carried, _companions, _implied) is carried from the context:
            # its sentence does not tell the act
            if event_type is None or (ACT_SOURCES is not None and violation.rule not in ACT_SOURCES) \
                    or (violation.rule or "").startswith("violations.") or (person.id, event_type) in has:
                continue
            start = violation.at if violation.at is not None else violation.evidence[0]
            word = _ACT_WORD.search(doc.text, start, violation.evidence[1])
            end = word.end() if word else start
            index = doc.sentence_index(start)
            sentence = doc.sentences[index]
            if event_type == "sentencing" and _years_of_something_else(doc, start, sentence.end):
                continue
            # "his arrest", «вопросы его задержания»: the event named as a thing known, told elsewhere or
            # not at all (`_BACK_REFERENCE`, as the triggers read it)
            if any(m.start() <= start < m.end() for m in _BACK_REFERENCE.finditer(doc.text, sentence.start, sentence.end)):
                continue
            doc.events += _events_at(doc, index, event_type, start, end, [person.id], "narrative")
            has.add((person.id, event_type))


# Events that happen at one time, never over a stretch that "since" opens.
_ONCE = frozenset({"death", "release", "sentencing", "transfer", "interrogation"})
_SINCE = re.compile(r"(?:\b(?:since|depuis)|(?<!\w)с)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[:;]|\b(?:but|mais|но)\b")


def _clause_before(before: str) -> str:
    """The clause of the text before a trigger (its last 50 characters): it ends at a colon, a
    semicolon or a contrast ("was not held; she fled to Almaty", "was not so lucky: he got …"),
    so that a negation there denies nothing after it."""
    return _CLAUSE_BREAK.split(before[-50:])[-1]


def _crossing_not_told(doc: Doc, opening: int, start: int, end: int) -> bool:
    """Whether a journey told at [start, end) in a sentence that opens at `opening` is not told as made:
    planned or wished (`_NOT_REAL`), denied in its clause, hedged ("perhaps they took him on to a
    jail near Kashgar", the one hedge rule, `subjects.hedged`), or only asked for (`_ASKED_TO_GO`)."""
    before = doc.text[opening:start]
    clause = _clause_before(before)
    return bool(_NOT_REAL.search(before) or negated(clause[-30:]) or hedged(doc, start, end) or _ASKED_TO_GO.search(before))


# A thing told in the passive and then "… and never came back" (`_trigger_events`).
_THING_NOT_BACK = re.compile(r"\b(?:passports?|phones?|papers|documents?|ID cards?|cards?|cars?|money|laptops?)\s+"
                             r"(?:was|were|had been|has been|have been)\s+\w+(?:\s+[\w-]+){0,8}?\s+and\s+$"
                             # "ours was returned, theirs never came back": a thing of theirs, named before
                             r"|(?:^|[;,]\s*)(?:hers|his|mine|theirs|ours|yours)\s+$", re.I)
_GROUP_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{PLURAL_GENERIC})\b", re.I)
_UNNAMED_WHO = re.compile(
    r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}(?:detainee|prisoner|inmate|cellmate|woman|man|neighbou?r|relative|"
    r"official|officer|guard|witness|student|cousin|friend|acquaintance|colleague|villager)s?"
    # "a woman from Aksu who had been freed wrote to us"
    r"(?:\s+(?:from|in|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+who\s+(?:(?:had\s+been|has\s+been|was|were|is|had)\s+)?(?:\w+\s+)?$"
    # «un codétenu libéré»: a participle that describes someone unnamed
    r"|\b(?:un|une|des)\s+(?:co)?(?:détenue?|prisonni[eè]re?|voisine?|compagnon|compagne)s?\s+$", re.I)
# A news lead that tells the event of someone it names only further on: "A 52-year-old Uyghur
# trader died in October in a camp …" before "Ablet Tursun, who ran a shop, was detained in 2017".
_LEAD = re.compile(r"\s*(?:An?|The)\s+(?:\d+-year-old\s+)?(?:[\w-]+\s+){0,3}?"
                   r"(?:man|woman|trader|farmer|student|teacher|imam|businessman|doctor|writer|poet|scholar|herder|worker|"
                   r"driver|shopkeeper|mother|father|grandmother|grandfather)\b")


def _lead_person(doc: Doc, offset: int) -> list[str]:
    """The person a lead sentence (before any name in the text) is about: the first one named after it."""
    if doc.person_spans and doc.person_spans[0][0][0] < offset:
        return []
    after = [pid for (s, _e), pid in doc.person_spans if s >= offset and doc.person(pid).names]
    return after[:1]


_KEYS: dict[int, tuple[int, list[int]]] = {}


def _in(spans: list, start: int, end: int) -> list:
    """Items of a sorted (span, id) list whose span starts in [start, end)."""
    from bisect import bisect_left

    cached = _KEYS.get(id(spans))
    if cached is None or cached[0] != len(spans):
        cached = (len(spans), [span[0] for span, _ in spans])
        _KEYS.clear()  # one document at a time
        _KEYS[id(spans)] = cached
    keys = cached[1]
    return spans[bisect_left(keys, start):bisect_left(keys, end)]


def _place_in(doc: Doc, sentence, offset: int, in_china: bool = False) -> str | None:
    places = [(s, pid) for (s, e), pid in _in(doc.place_spans, sentence.start, sentence.end)]
    if in_china:
        # "went to Egypt …, and police arrested the boy after he came home": custody is in China
        gazetteer = {place.id: place.gazetteer_id for place in doc.places}
        places = [(s, pid) for s, pid in places if _inside_china(gazetteer.get(pid)) is not False]
    after = [p for p in places if p[0] >= offset]
    # "X, a teacher from Ghulja, was arrested": before the act, where the person comes from is no
    # place of the act ("transferred from Ghulja to …" after it still is)
    before = [p for p in places if p[0] < offset and not _ORIGIN_BEFORE.search(doc.text, max(0, p[0] - 30), p[0])]
    chosen = after[0] if after else (before[-1] if before else None)
    return chosen[1] if chosen else None


# What says a place is where someone comes from: "a teacher from", "a native of", « originaire de »,
# «родом из», «учитель из»; a noun, not a verb, before "from" ("taken from" is where the act began).
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:native of|natives of|originally from|hails? from|originaire d['’e]\s*|natif d['’e]\s*|native d['’e]\s*|родом из|"
    r"уроженец|уроженка|уроженцы)|\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Oo]ne)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+from|"
    r"\b(?:[A-Z][\w'’-]+,?\s+)+from|(?<![\w-])[а-яё]+(?:ель|ица|ник|ница|ец|ка|ист|истка|ент|ентка|ин|инка)\s+из)\s*$")


def _facility_in(doc: Doc, sentence, offset: int) -> str | None:
    found = [(s, fid) for (s, e), fid in _in(doc.facility_spans, sentence.start, sentence.end)]
    after = [f for f in found if f[0] >= offset]
    chosen = after[0] if after else (found[-1] if found else None)
    return chosen[1] if chosen else None


# The words of a move ("transferred", «перевели», « transférée »), and what opens its destination
# ("to", "into", «в лагерь», « vers ») or its origin ("from", «из», « depuis ») after it.
_MOVE_WORD = re.compile(r"(?:transferr|transfer|moved|sent|taken|took|brought|переве|перевез|этапир|отправ|увез|отвез|"
                        r"transfér|déplac|envoy|emmen|conduit|amen|transport)\w*", re.I)
_MOVE_MARK = re.compile(
    r"\b(?P<origin>from|out of|из|изо|со|depuis)\b"
    r"|\b(?P<to>to|into|towards|onto|vers|dans|au|aux)\b"
    # «в лагерь», «во Ктай»: «в» with the accusative goes somewhere; «в Кашгаре» (-е, -и) is where
    r"|\b(?P<ru>в|во|на)\s+(?:так называем\w+\s+)?(?P<ru_word>[\w-]+)", re.I)


def move_destination(doc: Doc, sentence, trigger: tuple[int, int]) -> tuple[int, int] | None:
    """The stretch of text that names where a move goes, as (start, end) character offsets in
    `doc.text`, or None when the trigger tells no move.

    `sentence`: the `Sentence` of `doc.sentences` that holds the trigger; `trigger`: the event's
    (start, end) character offsets in `doc.text`. For "was transferred from
    the detention centre in Kashgar to a camp in Aksu" it is "to a camp in Aksu" (to the end of the
    sentence or the next origin phrase); «перевели из СИЗО в Кашгаре в лагерь в Аксу»: «в лагерь в
    Аксу». None when the trigger's words are no move ("arrested"), or no destination is said after it
    ("transferred from Kashgar"). An arrest is not a move: its place stays where it began.
    """
    if not _MOVE_WORD.search(doc.text, trigger[0], trigger[1]):
        return None
    start = None
    for mark in _MOVE_MARK.finditer(doc.text, trigger[0], sentence.end):
        if mark.start() < trigger[0]:
            continue
        if mark.group("origin"):
            if start is not None:
                return (start, mark.start())
            continue
        if mark.group("ru") and re.search(r"[еиё]$", mark.group("ru_word"), re.I):
            continue  # «в Кашгаре»: where something is, not where it goes
        if start is None:
            start = mark.start()
    return (start, sentence.end) if start is not None else None


def move_origin(doc: Doc, sentence, trigger: tuple[int, int]) -> tuple[int, int] | None:
    """The stretch of text that names where a move began, as (start, end) character offsets in
    `doc.text`, or None: from its origin word to its destination (`move_destination`, whose
    arguments these are). For "was taken from her flat in Turpan to a camp" it is "from
    her flat in Turpan"; «увезли из дома в Турпане в лагерь»: «из дома в Турпане». None when the move
    names no origin before where it goes ("taken to a camp in Kucha") or tells no move."""
    destination = move_destination(doc, sentence, trigger)
    if destination is None:
        return None
    origin = next((mark for mark in _MOVE_MARK.finditer(doc.text, trigger[0], destination[0])
                   if mark.group("origin") and mark.start() >= trigger[0]), None)
    return (origin.start(), destination[0]) if origin else None


def _named_in(doc: Doc, stretch: tuple[int, int], in_china: bool) -> tuple[str | None, str | None]:
    """(place id, facility id): the first place and facility named in a stretch of text (a place
    abroad left out for an event `in_china`)."""
    places = [pid for (s, _e), pid in _in(doc.place_spans, *stretch)]
    if in_china:
        gazetteer = {place.id: place.gazetteer_id for place in doc.places}
        places = [pid for pid in places if _inside_china(gazetteer.get(pid)) is not False]
    facilities = [fid for (s, _e), fid in _in(doc.facility_spans, *stretch)]
    return (places[0] if places else None), (facilities[0] if facilities else None)


def _moved_to(doc: Doc, sentence, trigger: tuple[int, int], in_china: bool) -> tuple[str | None, str | None]:
    """(place id, facility id) of an event: a move's destination (`move_destination`; an unnamed one
    gives None), else what `_place_in` and `_facility_in` find after the trigger."""
    destination = move_destination(doc, sentence, trigger)
    if destination is None:
        return _place_in(doc, sentence, trigger[0], in_china=in_china), _facility_in(doc, sentence, trigger[0])
    return _named_in(doc, destination, in_china)


# Events whose place is where a move ends (`move_destination`): an arrest keeps where it began.
_MOVES = frozenset({"transfer", "detention"})
# Phrasings that say which way a person crossed: (pattern, does the destination fit, is the person
# inside China afterwards, the regex group that ends the subject — None: the whole match).
# "Leaving China" must name China or Xinjiang; "left for" and "came back from" a place abroad.
_ONE_WAY_MOVES = (
    (_LEAVE, lambda place: place.gazetteer_id in ("country.cn", "xj"), False, None),
    (_LEFT_FOR, lambda place: _side_of(place) is False, False, None),
    # The traveller is the verb's subject, not "my uncle" visited abroad.
    (_BACK_FROM, lambda place: _side_of(place) is False, True, "verb"),
)


def _abroad_after(doc: Doc, left: tuple[int, str], end: int) -> tuple[int, str] | None:
    """"She left Korla in 2015 to work in Dubai", "we left Aksu in 2014 and settled in Ankara":
    leaving a place in China (`left`: its offset and place id) for a place abroad that the clause
    names after it (within 60 characters, no semicolon between) is leaving China. Returns that
    place abroad (offset, place id), else None."""
    place_by_id = {place.id: place for place in doc.places}
    if _side_of(place_by_id[left[1]]) is not True:
        return None
    return _place_abroad_after(doc, left[0], min(end, left[0] + 60))


def _place_abroad_after(doc: Doc, start: int, end: int) -> tuple[int, str] | None:
    """The first place abroad named after `start` and before `end` (offsets in doc.text), with no
    semicolon between: where a journey told at `start` went. (offset, place id), else None."""
    place_by_id = {place.id: place for place in doc.places}
    for (s, _e), pid in _in(doc.place_spans, start + 1, end):
        if ";" in doc.text[start:s]:
            return None
        if _side_of(place_by_id[pid]) is False:
            return s, pid
    return None


# A companion of a journey, named after it in its clause: "left in 2019 with her son Arman", "went over the
# border together with his cousin, Bilal", « arrivée en France avec mon mari Kamil », «уехал вместе с братом Ерланом»,
# «выехала с сыном Арманом» (the comitative «с» alone: the companion is in the instrumental, h-kin57).
_WITH_BEFORE = re.compile(
    r"(?:\b(?:with|avec)|(?<![\w-])(?:вместе\s+)?со?)\s+(?:(?:my|his|her|our|their|your|mon|ma|mes|son|sa|ses|notre|nos|ton|ta|tes|"
    r"leurs?|моим|моей|моими|своим|своей|своими|его|её|ее)\s+)?(?:[\w-]+\s*,?\s+)?$", re.I)
# What ends the journey's clause before the companion, or makes "with" someone met, not a fellow traveller
# ("to" and a capital is where the journey goes, "flew to Oslo in 2012 with her brother X": no other clause;
# "to", "through", "via" or "under" and a common word is, "moved to Oslo under a reunion scheme with her spouse")
_NOT_ALONG = re.compile(r"[;:.!?]|\b(?:and|but|where|who|which|et|mais|où|qui|и|но|где|чтобы)\s+(?!the\b|l[ae]\b)[a-zà-ÿа-яё]"
                        r"|\b(?:to|through|via|under)\s+(?!the\b)(?-i:[a-zà-ÿ])", re.I)


def _we_with(doc: Doc, index: int, at: int) -> list[str]:
    """The teller and the companion of «мы с сыном», «мы с Арманом» right before the words at `at`
    in sentence `index` (`_WE_WITH`): the person named there, else the teller's relative the kin
    noun names (by its lemma, `subjects._my_kin`); [] when the sentence does not say so or has no
    teller."""
    sentence = doc.sentences[index]
    match = _WE_WITH.search(doc.text, sentence.start, at)
    speaker = doc.speakers.get(index)
    if match is None or speaker is None:
        return []
    named = [pid for _span, pid in doc.person_spans_in(match.start("who"), match.end())
             if pid != speaker and doc.person(pid).names]
    companion = named[0] if named else _my_kin(doc, index, match.start("who")) if doc.analysis else None
    return [speaker] + ([companion] if companion and companion != speaker else [])


def _with_companions(doc: Doc, sentence, at: int, people: list[str]) -> list[str]:
    """`people` and the named people who made the journey told at `at` with them: a person named
    in the same clause after "with" (« avec », «вместе с»), when the traveller is known. A
    companion must have a name: "with my mother" alone names no one the text follows."""
    if not people:
        return people
    found = list(people)
    if doc.language == "ru":
        found += [pid for pid in _kin_along(doc, sentence, at, people[0]) if pid not in found]
    for (s, _e), person_id in doc.person_spans_in(at, sentence.end):
        if person_id in found or not doc.person(person_id).names or _official(doc, person_id):
            continue
        with_word = _WITH_BEFORE.search(doc.text, max(at, s - 40), s)
        if with_word is None or _NOT_ALONG.search(doc.text, at, with_word.start()):
            continue
        if with_word.group().lower().startswith("с") and "," in doc.text[at:with_word.start()]:
            continue  # «выехала, поссорившись с мужем X»: a bare «с» after a comma is another clause's
        found.append(person_id)
    return found


# «с мужем», «вместе с братом», «со своей сестрой»: a kin noun after the comitative «с» (its case read by `kin_relation`'s
# lemma); the possessive, if any, says whose relative it is.
_WITH_KIN_RU = re.compile(r"(?<![\w-])(?:вместе\s+)?со?\s+(?:(?P<mine>моим|моей|моими)\s+|(?:своим|своей|своими)\s+)?"
                          r"(?P<kin>[а-яё]+)(?![\w-])", re.I)


def _kin_along(doc: Doc, sentence, at: int, traveller: str) -> list[str]:
    """The known relatives a Russian journey at `at` takes along by kin noun («уехала с мужем», «выехал
    вместе с братом»): the traveller's relative of that relation («моим»: the teller's), when the text
    relates exactly one such person; in the journey's clause, before its end."""
    found = []
    for match in _WITH_KIN_RU.finditer(doc.text, at, sentence.end):
        if _NOT_ALONG.search(doc.text, at, match.start()) or "," in doc.text[at:match.start()]:
            break
        kin = kin_relation(match.group("kin"))
        if kin is None:
            continue
        owner = doc.speakers.get(doc.sentence_index(at)) if match.group("mine") else traveller
        if owner is None:
            continue
        relatives = {r.person for r in doc.person(owner).relations if r.relation == kin[0]}
        if len(relatives) == 1 and doc.person(next(iter(relatives))).names:
            found.append(next(iter(relatives)))
    return found


# Someone taken abroad by another: "an aunt took my niece and me to Osh", "a cousin brought him to
# Istanbul": the people taken cross, when they are people (by the parse:
# "brought the papers to Almaty" takes no one). The place is checked abroad by the caller.
_TAKEN_TO_PLACE = re.compile(
    r"\b(?:took|taken|brought|fetched)\b(?P<who>(?:\s+(?!(?:to|into|in)\b)[^\s.;:!?]+){0,5}?)\s+(?:to|into)\s+(?:the\s+)?",
    re.I)


def _taken_abroad(doc: Doc, sentence) -> list[tuple[int, int, int]]:
    """(verb start, verb end, offset after the "to") of each taking of someone to a place in
    sentence (`_TAKEN_TO_PLACE`), in English, where the parse tells the taken a person, not a thing."""
    if (doc.language or "en") != "en":
        return []
    body = doc.text[sentence.start:sentence.end]
    found = []
    for match in _TAKEN_TO_PLACE.finditer(body):
        start = sentence.start + match.start()
        verb_end = sentence.start + match.start("who")
        if told_of_a_thing(doc, start, verb_end, lemmas=TAKING_SOMEONE_VERBS):
            continue
        found.append((start, verb_end, sentence.start + match.end()))
    return found


def _placed(doc: Doc) -> tuple[set[str], set[str]]:
    """(abroad, at home): the persons the text puts on the side abroad by where their life is: a citizenship of
    a country other than China (`PersonRecord.attributes`), or a place abroad after words of living, working,
    studying or citizenship in their clause (`_LIFE_THERE`: "who lives in Istanbul", «гражданина
    Республики Казахстан», « vit à Lyon »), read of the person `subjects.attribute` gives them, else of
    the one named last before them in the sentence; and the spouse of such a person (the family abroad).
    A journey of theirs to a place in China is a return (issue 11). At home: those a place in China after
    the same words puts there and nothing abroad ("lives in Aksu", «живёт в Кульдже»): a visit of theirs
    to family in another town of China is no return."""
    places = {p.id: p for p in doc.places}
    at_home: set[str] = set()
    abroad = {p.id for p in doc.persons
              if any(c and str(c).upper() != "CN" for c in (p.attributes.get("citizenship") or ([], None))[0] or [])}
    for index, sentence in enumerate(doc.sentences):
        for match in _LIFE_THERE.finditer(doc.text, sentence.start, sentence.end):
            there = next((pid for (s, e), pid in _in(doc.place_spans, match.end(), min(sentence.end, match.end() + 50))
                          if _LIFE_PLACE_GAP.fullmatch(doc.text, match.end(), s)), None)
            side = _side_of(places[there]) if there is not None else None
            if side is None or _crossing_not_told(doc, sentence.start, match.start(), match.end()) \
                    or _SOMEONE_WHO.search(doc.text, sentence.start, match.start()):
                continue
            people = attribute(doc, index, match.start(), match.end())
            if not people:
                named = [pid for (s, e), pid in doc.person_spans_in(sentence.start, match.start())
                         if not re.search(r"[.;:]", doc.text[e:match.start()])]
                people = named[-1:]
            (at_home if side else abroad).update(people)
    for person in doc.persons:
        if person.kin_of and person.kin_of[1] in SPOUSE_WORDS and person.kin_of[0] in abroad:
            abroad.add(person.id)
        for relation in person.relations:
            if relation.relation in SPOUSE_WORDS and (person.id in abroad or relation.person in abroad):
                abroad.update((person.id, relation.person))
    return abroad, at_home - abroad


# A part of a line of a document's head between commas, brackets, dashes or a label's colon, and a place name
# written there: one to three capitalised words (a country's, a city's or a region's, `document_home`).
_HEAD_PART = re.compile(r"[^,;:()|/—–\n]+")
_HEAD_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+(?:[ -][A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+){0,2}")


class _Named:
    """A place name read outside the place finder, as `_side_of` reads a place: its gazetteer id or None, its name."""

    def __init__(self, gazetteer_id: str | None, name: str):
        self.gazetteer_id, self.name = gazetteer_id, name


# A journey told in the passive ("was moved to", "were sent to"): the authorities' moving of someone held, no
# journey of their own from where the document is written.
_MOVED_BY_OTHERS = re.compile(r"\b(?:was|were|been|being|got)\s+(?:then\s+|later\s+|also\s+)?$", re.I)
# A line of prose, where a document's head (letterhead, address block, reference and form lines) has ended:
# sixteen words or more, or in Chinese fifty characters with a full stop.
_PROSE_LINE = re.compile(r"(?:\S+\s+){15,}\S|[^\n]{49,}[。！？]")
_HEAD_LINES = 30


def document_home(doc: Doc) -> tuple[bool | None, frozenset[str]]:
    """(side, people) of the document as its structure tells them: the side of China's border it is written
    on (True inside China, False abroad, None untold), read from the places its head names — the lines before
    its first line of prose (`_PROSE_LINE`, at most `_HEAD_LINES`): a letterhead, an address block, the
    issuing office ("Claims Unit, 4 Dock Road, Hull", « 13001 Marseille », "agent for Ontario, Ottawa"),
    each place's side by the gazetteer (`_side_of`) — abroad when a place abroad is
    named there and no more places in China than abroad; and the persons its head names (the addressee, the
    account or licence holder, the client and spouse), their spouses, and the text's narrator: the
    document's own people, who live where it is written unless the text says otherwise."""
    text = doc.text
    end, lines = 0, 0
    for line in re.finditer(r"[^\n]*\n?", text):
        if not line.group() or lines >= _HEAD_LINES or _PROSE_LINE.search(line.group()):
            break
        end, lines = line.end(), lines + (1 if line.group().strip() else 0)
    from guwah.places import named_place

    places = {p.id: p for p in doc.places}
    sides = [_side_of(places[pid]) for (s, _e), pid in doc.place_spans if s < end]
    # an address line's parts that the place finder left (", Ottawa", "(Evanston, IL)", "Hull HU1 2AA"): a
    # part of one to three capitalised words, its codes and numbers aside, that no person or place mention holds
    for part in _HEAD_PART.finditer(text, 0, end):
        name = " ".join(w for w in part.group().split() if not any(c.isdigit() for c in w))
        if not _HEAD_NAME.fullmatch(name) or any(s < part.end() and part.start() < e for (s, e) in (
                *(span for span, _p in (*doc.person_spans, *doc.place_spans)), *((d.start, d.end) for d in doc.dates))):
            # (not a date's month: "3 March 2024" names no town March)
            continue
        sides.append(_side_of(_Named(named_place(name), name)))
    abroad, inside = sides.count(False), sides.count(True)
    side = False if abroad and abroad >= inside else True if inside and not abroad else None
    people = {pid for (s, _e), pid in doc.person_spans if s < end}
    spoken = [pid for pid in doc.speakers.values() if pid]
    if spoken:
        people.add(max(dict.fromkeys(spoken), key=spoken.count))  # the narrator: the one most often "I"
    for person in doc.persons:
        spouses = {r.person for r in person.relations if r.relation in SPOUSE_WORDS}
        if person.kin_of and person.kin_of[1] in SPOUSE_WORDS:
            spouses.add(person.kin_of[0])
        if spouses & people:
            people.add(person.id)
        elif person.id in people:
            people.update(spouses)
    return side, frozenset(people)


class _Sides:
    """Which side of China's border each person is on, as `_crossings` reads the text in order, with what
    tells it: the events read before (being held puts a person in China) and the sides set so far."""

    def __init__(self, doc: Doc, found: list[EventRecord]):
        self.doc = doc
        self.side: dict[str, bool] = {}  # person -> inside China
        self.told: dict[str, int] = {}  # person -> where their side was last set
        self.held_from: dict[str, int] = {}  # person -> where the text first tells them held
        self.held_at: dict[str, list[int]] = {}  # person -> where the text tells them held
        for event in found:
            if event.type in IN_CHINA and event.trigger:  # held by the authorities: in China
                self.held_from[event.person] = min(self.held_from.get(event.person, event.trigger[0]), event.trigger[0])
                self.held_at.setdefault(event.person, []).append(event.trigger[0])
        self.places = {p.id: p for p in doc.places}
        self._placed: tuple[set[str], set[str]] | None = None  # `_placed`, read when first needed
        self._home: tuple[bool | None, frozenset[str]] | None = None  # `document_home`, read when first needed

    def known(self, person_id: str, at: int) -> bool | None:
        """The person's side at offset `at`: True inside China, False abroad, None untold."""
        # held in China after the journey that took them abroad: back inside, though the way back
        # went untold ("moved to Almaty in 2014 … detained in Ghulja in 2017 … crossed at Khorgos")
        if self.side.get(person_id) is False and any(self.told[person_id] < h < at for h in self.held_at.get(person_id, ())):
            return True
        return self.side.get(person_id)

    def set(self, person_id: str, inside: bool, at: int) -> None:
        self.side[person_id] = inside
        self.told[person_id] = at

    def held_before(self, person_id: str, at: int) -> bool:
        """Whether the text tells the person held before offset `at`."""
        return self.held_from.get(person_id, len(self.doc.text)) < at

    def placed(self) -> tuple[set[str], set[str]]:
        """(abroad, at home): `_placed`, read once."""
        if self._placed is None:
            self._placed = _placed(self.doc)
        return self._placed

    def lives_abroad(self, person_id: str) -> bool:
        """Whether the document, written abroad, is the person's own (`document_home`) and the text does not
        put the person's life in China (`_placed`): implied, so any side the text states comes first."""
        if self._home is None:
            self._home = document_home(self.doc)
        side, people = self._home
        return side is False and person_id in people and person_id not in self.placed()[1]


def _crossings(doc: Doc, found: list[EventRecord]) -> list[EventRecord]:
    """Exit and return: travel to a place on the other side of China's border. `found`: the events
    read so far; being held (arrested, detained, released …) before a crossing puts the person in
    China, so that "crossed at Khorgos" after a release is an exit. Each sentence is read in turn,
    by four readers that share the persons' sides (`_Sides`): one-way phrasings, the country left or
    come to, journeys to a place, people taken abroad."""
    sides = _Sides(doc, found)
    events: list[EventRecord] = []
    for index, sentence in enumerate(doc.sentences):
        events += _one_way_crossings(doc, index, sentence, sides)
        events += _countries_left(doc, index, sentence, sides)
        events += _journeys_across(doc, index, sentence, sides)
        events += _taken_across(doc, index, sentence, sides, events)
        events += _journeys_unplaced(doc, index, sentence, sides, events)
    return events


# A crossing told with no place to go to (issue 11): a journey back or home of one the text has abroad is a
# return ("flew home in May 2016", "went back in 2017 to sell the house", "went back from Utrecht", «в 2017 году
# вернулся», « elle est rentrée en 2016 »); flying or getting out, or leaving with nothing left, of one the text has
# in China, an exit ("I flew out in January", "since I left in 2019"). Only in a dated sentence (a crossing is told
# with its date; "went home after the meeting" is none) and where no place to go to follows the verb (those are
# `_journeys_across`'s), nor work, school or a place of custody ("went back to work", "came back from the camp").
_PURPOSE_VERBS = (r"see|visit|care|sell|attend|bury|help|look|renew|collect|fetch|get|settle|nurse|mourn|find|be"
                  r"|voir|rendre|enterrer|soigner|vendre|s['’]occuper|навестить|продать|похоронить|хоронить|ухаживать")
_NOT_PLACED_AFTER = (rf"(?!\s+(?:to|into|à|au|aux|dans|chez|в|во|к|на)\s+(?!(?:{_PURPOSE_VERBS})\b)(?!\d)"
                     r"(?!(?:january|february|march|april|may|june|july|august|september|october|november|december"
                     r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)"
                     r"(?![а-яё]+(?:ре|ле|ые|ом|ой)\b))")
_BACK_UNPLACED = re.compile(
    r"(?:\b(?:(?:went|flew|travell?ed|headed)\s+(?:back|home)|returned)\b"
    r"|\b(?:rentrée?s?|retournée?s?|revenue?s?)\b(?=\s+(?:en\s+\d|le\s+\d|au\s+(?:printemps|début|mois)|[,.;]))"
    r"|(?<![\w-])(?:вернул|возвратил)(?:ся|ась|ись)\b)" + _NOT_PLACED_AFTER, re.I)
# ("left" after a pronoun only: "until the client left" leaves the one who left to the attribution's guess)
_OUT_UNPLACED = re.compile(r"\b(?:flew|got)\s+out\b(?!\s+of\b)|(?:(?<=\bI )|(?<=\bwe )|(?<=\bhe )|(?<=\bshe )|(?<=\bthey ))left\b"
                           r"(?=\s+(?:in|on)\s+(?:\d|early|late|the\s+(?:spring|summer|autumn|winter|end))|\s*[.;])", re.I)
_BACK_FROM_WHAT = re.compile(r"\s+(?:home\s+)?(?:from|de|d['’]|из)\s+(?:the\s+)?", re.I)
_NOT_A_CROSSING = re.compile(r"(?:work|school|office|class|shift|hospital|job|meeting|camp|prison|jail|cent(?:er|re)|police|"
                             r"travail|école|bureau|camp|prison|работ\w*|школ\w*|лагер\w*|тюрьм\w*|полици\w*)\b", re.I)


def _journeys_unplaced(doc: Doc, index: int, sentence, sides: _Sides, crossings: list[EventRecord]) -> list[EventRecord]:
    """The returns and exits of sentence `index` told with no place to go to (`_BACK_UNPLACED`, `_OUT_UNPLACED`),
    their way read from the side the text has the traveller on; but those of persons whose crossing in the
    sentence `crossings` (the crossings read so far) already has."""
    text = doc.text
    body = text[sentence.start:sentence.end]
    events = []
    for pattern, back in ((_BACK_UNPLACED, True), (_OUT_UNPLACED, False)):
        for match in pattern.finditer(body):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            clause_end = min((i for i in (body.find(c, match.end()) for c in ",;.") if i >= 0), default=len(body))
            if _in(doc.place_spans, end, sentence.start + clause_end) and not (back and _BACK_FROM_WHAT.match(text, end)):
                continue  # a place after the verb: where to, `_journeys_across`'s
            origin_abroad = False
            source = _BACK_FROM_WHAT.match(text, end) if back else None
            if source is not None:
                origin = next((pid for (s, e), pid in _in(doc.place_spans, source.end(), source.end() + 2)), None)
                if origin is None or _side_of(sides.places[origin]) is not False:
                    continue  # back from work, from the camp, from a town in China
                origin_abroad = True
            elif back and _NOT_A_CROSSING.search(text, end, min(sentence.end, end + 25)):
                continue
            when = _sentence_date(doc, index, start, end)
            if when is None or _crossing_not_told(doc, sentence.start, start, end) or asked(doc, index, start, end) \
                    or _HABITUAL.search(body) or _CONDITION.search(body[:match.start()]):
                continue
            for person_id in attribute(doc, index, start, end,
                                       we_includes_speaker=_WE_GO.search(body, 0, match.start()) is not None):
                if any(e.person == person_id and e.type in ("exit", "return") and e.evidence[0] == sentence.start
                       for e in (*crossings, *events)):
                    continue
                back_home = False
                known = sides.known(person_id, sentence.start)
                if back:
                    life_abroad = person_id in sides.placed()[0] or sides.lives_abroad(person_id)
                    # held in China before, where the text puts the person's life abroad: the journey back is
                    # home, out of China («освобождён в январе, вернулся через пункт пропуска», "released, he
                    # returned in May")
                    held = known is True or known is None and sides.held_before(person_id, start)
                    abroad = known is False or origin_abroad and known is not True or known is None and not held and life_abroad
                    back_home = not abroad and held and life_abroad
                    if not (abroad or back_home):
                        continue
                elif not (known is True or known is None and sides.held_before(person_id, sentence.start)):
                    continue
                inside = back and not back_home
                sides.set(person_id, inside, sentence.end)
                events.append(EventRecord("return" if inside else "exit", person_id, (sentence.start, sentence.end),
                                          date=when))
    return events


def _one_way_crossings(doc: Doc, index: int, sentence, sides: _Sides) -> list[EventRecord]:
    """The exits and returns of sentence `index` told by a phrasing that says which way (`_ONE_WAY_MOVES`)."""
    text = doc.text
    body = text[sentence.start:sentence.end]
    events = []
    for pattern, destination_fits, now_inside, subject_group in _ONE_WAY_MOVES:
        for match in pattern.finditer(body):
            start = sentence.start + match.end()
            target = next(((s, pid) for (s, e), pid in _in(doc.place_spans, start, start + 2)), None)
            if target is None:
                continue
            if not destination_fits(sides.places[target[1]]):
                # "left Korla in 2015 to work in Dubai": the place abroad is where to
                target = _abroad_after(doc, target, sentence.end) if pattern is _LEAVE else None
                if target is None:
                    continue
            if _crossing_not_told(doc, sentence.start, sentence.start + match.start(), sentence.start + match.end()) \
                    or asked(doc, index, sentence.start + match.start(), start):
                continue
            when = _sentence_date(doc, index, sentence.start + match.start(), start)
            subject_end = sentence.start + match.end(subject_group) if subject_group else start
            for person_id in _with_companions(doc, sentence, sentence.start + match.end(), _we_with(
                    doc, index, sentence.start + match.start()) or attribute(
                    doc, index, sentence.start + match.start(), subject_end,
                    we_includes_speaker=_WE_GO.search(body, 0, match.start()) is not None)):
                if sides.known(person_id, sentence.start) is not now_inside:
                    sides.set(person_id, now_inside, sentence.end)
                    events.append(EventRecord("return" if now_inside else "exit", person_id,
                                              (sentence.start, sentence.end), place=target[1], date=when))
    return events


def _countries_left(doc: Doc, index: int, sentence, sides: _Sides) -> list[EventRecord]:
    """The exits of sentence `index` told as leaving the country or coming here (`_LEFT_COUNTRY_OR_CAME_HERE`),
    of persons in China by then."""
    text = doc.text
    body = text[sentence.start:sentence.end]
    events = []
    for match in _LEFT_COUNTRY_OR_CAME_HERE.finditer(body):
        if _crossing_not_told(doc, sentence.start, sentence.start + match.start(), sentence.start + match.end()) \
                or asked(doc, index, sentence.start + match.start(), sentence.start + match.end()):
            continue
        when = _sentence_date(doc, index, sentence.start + match.start(), sentence.start + match.end())
        # "left the country in 2015 … when we came to Sweden": the clause names where to, abroad,
        # so the country left is China though the text has not told the person held there
        to_abroad = _place_abroad_after(doc, sentence.start + match.end(), min(
            sentence.end, sentence.start + match.end() + 80)) if _LEFT_COUNTRY.match(body, match.start()) else None
        people = _we_with(doc, index, sentence.start + match.start()) or attribute(
            doc, index, sentence.start + match.start(), sentence.start + match.end(),
            we_includes_speaker=_WE_GO.search(body, 0, match.start()) is not None)
        if to_abroad:
            people = _with_companions(doc, sentence, sentence.start + match.end(), people)
        for person_id in people:
            if (sides.held_before(person_id, sentence.start) or to_abroad is not None
                    if person_id not in sides.side else sides.known(person_id, sentence.start)) is True:
                sides.set(person_id, False, sentence.end)
                events.append(EventRecord("exit", person_id, (sentence.start, sentence.end),
                                          place=to_abroad[1] if to_abroad else None, date=when))
    return events


def _journeys_across(doc: Doc, index: int, sentence, sides: _Sides) -> list[EventRecord]:
    """The exits and returns of sentence `index` told as a journey to a place (`_travels`): a crossing
    when the place is on the other side from where the traveller was."""
    text = doc.text
    body = text[sentence.start:sentence.end]
    events = []
    for match, where in _travels(doc, sentence):
        start = sentence.start + match.end()
        where = sentence.start + where if where is not None else start
        target = next(((s, pid) for (s, e), pid in _in(doc.place_spans, where, where + 26)), None)
        if target is None:
            continue
        if _crossing_not_told(doc, sentence.start, sentence.start + match.start(), sentence.start + match.end()) \
                or _HABITUAL.search(body) or _REASON_FOR.search(body[:match.start()]) \
                or _TRIPS_COUNTED.match(body, match.end()) or _CONDITION.search(body[:match.start()]) \
                or asked(doc, index, sentence.start + match.start(), start) \
                or _a_thing_goes(doc, sentence.start + match.start(), start) \
                or (_JOURNEY_NOUN_RE.match(match.group()) and (
                    _JOURNEY_UNMADE.match(text, start) or _JOURNEY_AS_REASON.search(body[:match.start()])
                    or not _in(doc.place_spans, start, start + 2))):
            # a journey noun names where to right after it ("his return to Ghulja"; not "her trip to visit an
            # aunt who lives in Hami"), as a trip made, not one cancelled or given as the reason for custody
            continue
        inside = _side_of(sides.places[target[1]])
        # "crossed at Khorgos" names where the border was crossed, not where to: the crossing
        # goes to the side its destination ("… into Kazakhstan") names, else to the other side.
        crossing = _CROSSED_AT.match(match.group())
        if crossing:
            destination = _DESTINATION.search(text, target[0], min(sentence.end, target[0] + 60))
            there = next(((s, pid) for (s, e), pid in _in(doc.place_spans, destination.end(), destination.end() + 2)),
                         None) if destination else None
            if there is not None:
                target, inside = there, _side_of(sides.places[there[1]])
        if inside is None and not crossing:
            continue
        # (from the verb's end: «уехала с мужем в …» names the companion before the destination)
        verb_end = sentence.start + match.start() + len(match.group().split()[0])
        people = _with_companions(doc, sentence, verb_end, _we_with(doc, index, sentence.start + match.start()) or attribute(
            doc, index, sentence.start + match.start(), start,
            we_includes_speaker=_WE_GO.search(body, 0, match.start()) is not None))
        when = _sentence_date(doc, index, sentence.start + match.start(), start)
        # «поехал из Бишкека в Кашгар»: the place the trip began says which side it began on
        origin = next((pid for (s, e), pid in _in(doc.place_spans, sentence.start + match.start(), start)), None)
        if origin is None and getattr(match, "origin", None) is not None:
            # "travelled from Oslo to Kashgar": where the parse says the trip began
            origin = next((pid for (s, e), pid in _in(doc.place_spans, match.origin, match.origin + 1)), None)
        if origin is None:
            # "went back to Aksu from Bishkek": the place the trip began, told after where to
            target_end = next((e for (s, e), pid in _in(doc.place_spans, target[0], target[0] + 1)), target[0])
            source = _FROM_AFTER.match(text, target_end)
            origin = next((pid for (s, e), pid in _in(doc.place_spans, source.end(), source.end() + 2)),
                          None) if source else None
        origin_inside = _side_of(sides.places[origin]) if origin else None
        for person_id in people:
            before = sides.known(person_id, sentence.start) if person_id in sides.side else \
                True if sides.held_before(person_id, sentence.start) else origin_inside
            if before is None and inside is not None and not crossing and (
                    _BACK.search(match.group()) or getattr(match, "back", False)):
                before = not inside  # "flew back to Kashgar", «вернулся в Кульджу»: from the other side
            if before is None and inside is True and not crossing:
                abroad, at_home = sides.placed()
                if person_id in abroad:
                    before = False  # «поехал в Текес навестить мать», told of one who lives abroad: home again
                elif person_id not in at_home and _VISIT_AWAY.search(doc.text, sentence.start + match.start(),
                                        min(sentence.end, _CLAUSE_AFTER_JOURNEY.match(doc.text, start).end())):
                    before = False  # "went to Hami to see her aunt", "… and never came back": from abroad
                elif sides.lives_abroad(person_id) and not _MOVED_BY_OTHERS.search(text, sentence.start, sentence.start + match.start()):
                    before = False  # "he went to Aksu in 2016", in a letter from a Hull insurer to its client
            if crossing and (inside is None or (there is None and inside is True)):
                if before is None and there is None and inside is True:
                    continue  # crossed at a post in China, no way known: no side to cross to
                inside = before is False  # to the other side of the border
            if before is None and getattr(match, "parsed", False):
                # read from the parse, where any verb of going is read: only a journey from a side
                # the text has told ("Arzu goes to Bern each spring" tells no exit of one never placed)
                continue
            sides.set(person_id, inside, sentence.end)
            if inside and before is False:
                kind = "return"
            elif not inside and before is not False:
                kind = "exit"
            else:
                continue
            events.append(EventRecord(kind, person_id, (sentence.start, sentence.end), place=target[1], date=when))
    return events


def _taken_across(doc: Doc, index: int, sentence, sides: _Sides, crossings: list[EventRecord]) -> list[EventRecord]:
    """The exits of sentence `index` of people taken to a place abroad (`_taken_abroad`), but those of
    persons whose exit in the sentence `crossings` (the crossings read so far) already has."""
    events = []
    for start, verb_end, after in _taken_abroad(doc, sentence):
        target = next(((s, pid) for (s, e), pid in _in(doc.place_spans, after, after + 2)), None)
        if target is None or _side_of(sides.places[target[1]]) is not False or _crossing_not_told(doc, sentence.start, start, verb_end) \
                or asked(doc, index, start, verb_end):
            continue
        when = _sentence_date(doc, index, start, verb_end)
        for person_id in attribute(doc, index, start, verb_end):
            if sides.known(person_id, sentence.start) is not False and not any(
                    e.type == "exit" and e.person == person_id and e.evidence[0] == sentence.start for e in (*crossings, *events)):
                sides.set(person_id, False, sentence.end)
                events.append(EventRecord("exit", person_id, (sentence.start, sentence.end), place=target[1], date=when))
    return events


# An event told as a noun that looks back ("after my release", «после освобождения», "informed of his death"):
# a reference to the event told before, not a second one.
_BACK_REFERENCE = re.compile(r"(?:my|his|her|their|our)\s+(?:own\s+)?(?:arrest|detention|release|death)|(?:son|sa)\s+(?:arrestation|libération)"
                             r"|освобожден(?:ия|ием|ии)|(?:его|её|ее|моё|мое|их)\s+(?:задержани[ея]|арест[ау]?)", re.I)


# An event told in a clause that dates something else by it ("their girl, aged nine when he was
# arrested, …", "a year after they took her", "silent since the night she was seized", « depuis
# qu'on a arrêté son frère », «с тех пор как её увезли»): once told before, a reference to that
# event, not a second one (its sentence's date is the other thing's). Not one told as happening again.
_BACK_CLAUSE = re.compile(
    r"(?:\b(?:when|since|after|before|until|till|once|the\s+(?:day|night|week|month|year|morning|evening)(?:\s+that)?"
    r"|depuis\s+que|depuis\s+qu['’]|quand|lorsque|lorsqu['’]|après\s+que|après\s+qu['’]|avant\s+que|avant\s+qu['’])"
    r"|(?<!\w)(?:когда|после\s+того,?\s+как|с\s+тех\s+пор,?\s+как))\s+(?:[\w'’-]+\s+){0,4}?$", re.I)
_AGAIN = re.compile(r"\b(?:again|re-?(?:arrested|detained)|a second time|once more|de nouveau|à nouveau|снова|опять|повторно)\b", re.I)


def _told_as_back_reference(doc: Doc, event: EventRecord) -> bool:
    """Whether the event's words stand in a clause that dates something else by it (`_BACK_CLAUSE`)."""
    if event.trigger is None:
        return False
    sentence = doc.sentences[doc.sentence_index(event.trigger[0])]
    before = doc.text[max(sentence.start, event.trigger[0] - 60):event.trigger[0]]
    after = doc.text[event.trigger[0]:min(sentence.end, event.trigger[1] + 30)]
    return bool(_BACK_CLAUSE.search(before)) and not _AGAIN.search(before[-30:] + after)


def _back_references(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """Without the events told as a noun that refer back to one of the same type and person told
    before (`_BACK_REFERENCE`); the earlier one takes the later one's date when it has none."""
    kept = []
    for event in sorted(events, key=lambda e: e.trigger or e.evidence):
        words = doc.text[event.trigger[0]:event.trigger[1]] if event.trigger else ""
        earlier = next((e for e in kept if e.type == event.type and e.person == event.person and e.subtype == event.subtype),
                       None) if _BACK_REFERENCE.fullmatch(words) else None
        if earlier is None:
            kept.append(event)
        elif earlier.date is None:
            earlier.date = event.date
    return kept


# What stands between a first-person pair or a "we" and the words of an event that are not theirs: a clause's
# end, a conjunction or relative that opens another clause, or another one's pronoun ("my husband and I learnt
# that he had been taken", « X et moi avons appris qu'il … », «мы с братом узнали, что его …»).
_NOT_THE_PAIRS = re.compile(
    r"[;:.!?()—–]|\b(?:that|who|whom|which|when|where|because|after|before|but|while|said|told|learn\w*|heard|knew|found"
    r"|que|qu['’]|qui|quand|où|mais|parce|dont|appris|su|entendu|dit"
    r"|что|чтобы|который|которая|которые|когда|где|но|потому|узнал\w*|слышал\w*|сказал\w*)\b"
    r"|\b(?:he|she|him|her|they|them|il|elle|ils|elles|lui|leur|он|она|они|его|её|ее|их|ему|ей|им)\b", re.I)
_PAIR_CUSTODY = ("arrest", "detention", "transfer", "sentencing")
_PAIR_AFTER_ONE = re.compile(r"(?:and|et|и)\s", re.I)
_PAIR_PRONOUN = re.compile(r"\b(?:she|he|elle|lui|она|он)\s*$", re.I)


def _told_by_the_pair(doc: Doc, index: int, at: int | None) -> bool:
    """Whether the words at `at` in sentence `index` are told of a first-person pair or a "we" as their subject
    (or, in an impersonal plural, their object: «нас отпустили»): the pairing words ("and I", « et moi », «мы с»,
    `violations.pair_spans`) or a "we" stand before them in their clause with nothing of another one's between
    (`_NOT_THE_PAIRS`). `at` None (a crossing read from its whole sentence): a pairing or "we" anywhere in it."""
    from guwah.extract.subjects import references
    from guwah.extract.violations import pair_spans

    sentence = doc.sentences[index]
    # a possessive "our" names no subject ("taken from our house": the one taken is who the clause says)
    wes = [(s, e) for s, e, kind, _p in references(doc, index)
           if kind == "we" and doc.text[s:e].casefold() != "our"]
    ends = {e for (_s, e), _pid in doc.person_spans_in(sentence.start, sentence.end)}
    # "X and I", « X et moi »: the companion's name or pronoun right before the pairing words, so that both are one
    # subject ("after she landed and I rang": two clauses, no pair)
    pairs = [(s, e) for s, e in pair_spans(doc, index) if not _PAIR_AFTER_ONE.match(doc.text, s)
             or any(0 <= s - end <= 2 for end in ends) or _PAIR_PRONOUN.search(doc.text, max(sentence.start, s - 8), s)]
    anchors = pairs + wes
    if at is None:
        return bool(anchors)
    before = [e for s, e in anchors if e <= at]
    return bool(before) and not _NOT_THE_PAIRS.search(doc.text, max(before), at) and max(before) >= sentence.start


def _paired_events(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The events a first-person teller and the one she pairs with herself ("my sister X and I were taken",
    « X et moi, nous avons quitté le pays », «мы с братом X переехали»; `violations.paired_companions`, the
    one rule the acts follow too) share: an event of either of them, told with the pairing or "we" as its
    subject (`_told_by_the_pair`) in a sentence where the pairing is in force, is the other's too. Returns the
    new events only (one per type, person and date)."""
    if not doc.speakers:
        return []
    from guwah.extract.violations import paired_companions

    def where(event: EventRecord) -> int:
        return doc.sentence_index((event.trigger or event.evidence)[0])

    alone = {where(e) for e in events if e.type in _PAIR_CUSTODY and e.person is not None
             and e.person == doc.speakers.get(where(e))}
    companion = paired_companions(doc, alone)
    if not companion:
        return []
    have = {(e.type, e.person, e.date.value if e.date else None) for e in events}
    found = []
    for event in events:
        index = where(event)
        other, speaker = companion.get(index), doc.speakers.get(index)
        if other is None or speaker is None or event.person not in (speaker, other):
            continue
        if not _told_by_the_pair(doc, index, event.trigger[0] if event.trigger else None):
            continue
        partner = other if event.person == speaker else speaker
        key = (event.type, partner, event.date.value if event.date else None)
        if key in have:
            continue
        have.add(key)
        found.append(replace(event, person=partner))
    return found


def _paired_we(doc: Doc, index: int, start: int) -> list[str]:
    """The teller and her companion when the words at `start` are told of "we" (`_told_by_the_pair`) in a
    sentence where the teller has paired herself with someone (`violations.paired_companions`): "My husband X
    and I were taken in May. We were released a year later." [] otherwise: "we" alone is most often the family
    that tells of someone else."""
    from guwah.extract.violations import paired_companions

    speaker = doc.speakers.get(index)
    if speaker is None or not _told_by_the_pair(doc, index, start):
        return []
    other = paired_companions(doc, set()).get(index)
    return [speaker, other] if other and other != speaker else []


def _without_back_clauses(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """Without the events told in a clause that dates something else by them (`_BACK_CLAUSE`) when
    the person's event of that kind (an arrest and a detention are one: custody begins) is told
    before in the text: a reference to it, dated by the other thing's date. Run before the events
    that others open (`arrests_open_detentions`, `_stays_end_in_release`), so none is opened from it."""
    def where(event: EventRecord) -> int:
        return (event.trigger or event.evidence)[0]

    return [event for event in events if not (
        _told_as_back_reference(doc, event)
        and any(e.person == event.person and e.subtype == event.subtype and where(e) < where(event)
                and _STARTS.get(e.type, e.type) == _STARTS.get(event.type, event.type) for e in events))]


def _deduplicate(events: list[EventRecord]) -> list[EventRecord]:
    """One event per type, person and date; an undated one only where no dated one exists.

    A transfer is not also a new detention: "officers moved her into a camp" is one event (the same words
    trigger both); a detention told in another clause of the sentence stays.
    """
    transfers = [(e.person, e.trigger) for e in events if e.type == "transfer" and e.trigger]
    events = [e for e in events if e.type != "detention" or not e.trigger
              or not any(person == e.person and _overlap(span, e.trigger) for person, span in transfers)]
    seen: dict[tuple, EventRecord] = {}
    for event in events:
        key = (event.type, event.subtype, event.person, event.date.value if event.date else None)
        if key in seen:
            kept = seen[key]
            kept.place = kept.place or event.place
            kept.facility = kept.facility or event.facility
            kept.end_date = kept.end_date or event.end_date
            continue
        seen[key] = event
    dated = {(e.type, e.subtype, e.person) for e in seen.values() if e.date}
    # a date that only narrows another of the same event ("two years ago" = 2017 beside
    # 12 November 2017) is that event, told less precisely
    finer = {(e.type, e.subtype, e.person, e.date.value[:n]) for e in seen.values() if e.date
             for n in (4, 7) if len(e.date.value) > n}
    return [e for e in seen.values() if (e.date or (e.type, e.subtype, e.person) not in dated)
            and not (e.date and (e.type, e.subtype, e.person, e.date.value) in finer)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Events read from the parse: ways of telling an event that no trigger phrase lists ("the police
# bundled me into a van", «за мной пришли», "my internment began in May"), found from lemmas and
# dependencies, not from the words of one text. A frame is a verb (or an event noun) and the role
# the person has in it: the object or passive subject of a verb of taking, holding, questioning,
# moving or freeing; the subject of being in, or coming out of, a place of custody; the owner of an
# event noun that the sentence says happened. Spans are those of `doc.analysis`; a text read
# without a language model (no `analysis`) gets none of these. The lemmas of each frame are `lexicon`'s
# (`TAKING_VERBS`, `HOLDING_VERBS`, … `EVENT_NOUNS`).
_CUSTODY_WORD = re.compile(rf"\b{_CUSTODY_PLACE}\b", re.I)


class _Children(dict):
    """Token index -> its children's indices; `lines[i]`: the text line token i is on."""

    lines: list[int]


def _words(doc: Doc) -> tuple[list, _Children]:
    """The tokens and each token's children (built once per document)."""
    analysis = doc.analysis
    children = analysis.__dict__.get("_event_children")
    if children is None:
        children = _Children()
        for i, token in enumerate(analysis.tokens):
            if token.head != i:
                children.setdefault(token.head, []).append(i)
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        from bisect import bisect_left

        children.lines = [bisect_left(breaks, token.start) for token in analysis.tokens]
        analysis.__dict__["_event_children"] = children
    return analysis.tokens, children


def _away(tokens, children, k: int) -> bool:
    """Whether the verb is told with "away" ("was led away", "dragged him away"): taken off by
    someone, whoever the text leaves unnamed."""
    return any(tokens[c].text.lower() == "away" and tokens[c].dep in ("prt", "advmod", "compound:prt")
               for c in children.get(k, []))


def _low(token) -> set[str]:
    return {token.text.lower(), token.lemma.lower()}


def _custody_place(doc: Doc, tokens, children, k: int) -> bool:
    """Whether token k names a place of custody: a camp or prison, a "detention centre", a facility span."""
    words = _low(tokens[k])
    if words & CUSTODY_NOUNS or CUSTODY_STEM_RU.match(tokens[k].text):
        return True
    near = [tokens[c] for c in children.get(k, [])] + tokens[max(0, k - 3):k]
    if words & CENTRE_NOUNS and any(_low(t) & CENTRE_KINDS for t in near):
        return True
    # a named facility that is a place of custody ("Dighar police station"; not "a hospital in Ghulja")
    return any(s <= tokens[k].start < e and _CUSTODY_WORD.search(doc.text, s, e)
               for (s, e), _f in _in(doc.facility_spans, tokens[k].start - 60, tokens[k].end))


def _person_at(doc: Doc, token) -> str | None:
    """The person whose mention holds the token, if any."""
    return next((pid for (s, e), pid in _in(doc.person_spans, token.start - 60, token.end) if s <= token.start < e), None)


def _is_person(doc: Doc, token) -> bool:
    if _person_at(doc, token) is not None:
        return True
    if token.pos == "PRON":
        return bool(_low(token) & PERSON_WORDS)
    if token.pos in ("NOUN", "PROPN") and token.text.lower() in PERSON_WORDS and token.text.lower() not in FRENCH_OBJECT_CLITICS:
        return True  # «о нём» tagged as a noun
    # a kin noun in any case («увезли его внука»): a Russian one read by its lemma
    return token.pos in ("NOUN", "PROPN") and kin_relation(token.text) is not None


def _role(tokens, children, k: int, *deps: str) -> list[int]:
    """Children of k with one of the relations `deps`, in k's sentence (a heading the parser joined to
    the sentence is no part of it)."""
    return [c for c in children.get(k, []) if tokens[c].dep in deps and not _apart(children, c, k)]


def _apart(children: _Children, a: int, b: int) -> bool:
    """Whether a line break stands between tokens a and b."""
    return children.lines[a] != children.lines[b]


def _under(tokens, children, k: int, *cases: str) -> list[int]:
    """Nouns attached to verb k through one of the prepositions `cases` ("out of", «из», "for", «за»)."""
    found = []
    # "came back from the camp": the preposition may hang under a particle
    for c in children.get(k, []) + [g for p in children.get(k, []) if tokens[p].dep in ("advmod", "prt")
                                   for g in children.get(p, [])]:
        token = tokens[c]
        if token.dep == "prep" and token.text.lower() in cases:  # English: the noun hangs under the preposition
            for g in children.get(c, []):
                if tokens[g].dep == "pobj":
                    found.append(g)
                elif tokens[g].dep == "prep":  # "out of the camp"
                    found += [h for h in children.get(g, []) if tokens[h].dep == "pobj"]
        elif token.dep.startswith(("obl", "nmod", "obj", "iobj")) and any(
                tokens[m].dep in ("case", "fixed") and tokens[m].text.lower() in cases for m in children.get(c, [])):
            found.append(c)
    return found


def _a_thing_goes(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb of travel at [start, end) has, by the parse, a common noun for its subject that names
    no person ("the parcel went back to Urumqi", « le colis est retourné à Urumqi »): a thing sent, no
    crossing of anyone's. False without a parse."""
    if doc.analysis is None:
        return False
    tokens, children = _words(doc)
    for k in _token_range(doc, start, end):
        if tokens[k].pos not in ("VERB", "AUX"):
            continue
        subject = _subject(tokens, children, k)
        if subject is None or _is_person(doc, tokens[subject]) or tokens[subject].lemma.lower() in OBJECT_CLASSES["person"] \
                or any(_is_person(doc, tokens[c]) for c in children.get(subject, [])):
            return False  # («Гражданин Китая Бауыржан Оспанов уехал …»: a noun with the person's name beside it)
        word = tokens[subject]
        # a common noun the tagger calls a proper one (« le colis »): written in lower case, or after an article
        return word.pos == "NOUN" or (word.pos == "PROPN" and (word.text.islower() or any(
            tokens[c].dep == "det" for c in children.get(subject, []))))
    return False


def _token_range(doc: Doc, start: int, end: int) -> range:
    from bisect import bisect_left

    starts = doc.analysis.token_starts()
    return range(bisect_left(starts, start), bisect_left(starts, end))


def _told(tokens, children, k: int) -> bool:
    """Whether verb k is told as done: not negated, not under "threatened to", "wanted to"."""
    if any(_low(tokens[c]) & NEGATION_WORDS for c in children.get(k, []) if tokens[c].dep in ("neg", "advmod", "part")):
        return False
    head = tokens[k].head
    if tokens[k].dep in ("xcomp", "ccomp") and _low(tokens[head]) & UNREAL_HEADS:
        return False
    # "some people say he got twenty years": hearsay of nobody in particular
    return not (tokens[k].dep == "ccomp" and any(_low(tokens[c]) & HEARSAY_WORDS for c in children.get(head, [])
                                                 if tokens[c].dep in SUBJECT_DEPS))


def _subject(tokens, children, k: int) -> int | None:
    """The subject of verb k, or of the verb it is joined to ("came and took me")."""
    for verb in (k, tokens[k].head):
        found = _role(tokens, children, verb, *SUBJECT_DEPS)
        if found:
            return min(found, key=lambda c: abs(c - k))
        if tokens[k].dep not in ("conj", "xcomp"):
            break
    return None


# A journey read from the parse, whatever words stand between the verb and where it goes ("travelled from
# Oslo to Kashgar", «поехала к матери в Чугучак», « est repartie à Kachgar »): a verb of travel and a place
# attached to it by a preposition of direction. Where from («из», « de », "from") or by («через») is no
# destination. A verb is known by its lemma, else by that lemma with its prefix set aside
# (`lexicon.motion_lemma`, on `lexicon.TRAVEL_VERBS`): the prefixes of a verb of motion change where or how often, not that it is one
# (Russian «по-», «вы-», «у-», «при-», «съ-» of «ехать», «ездить», «лететь»; French « re- » of « partir »).
_RU_WHERE_ENDING = re.compile(r"(?:е|ии)$", re.I)  # «в Кульдже», «в Турции»: where, not where to


def _place_under(doc: Doc, tokens, children, k: int, sentence, cases) -> tuple[int, str] | None:
    """The first place span (start offset, place id) attached to token k by one of the prepositions `cases`,
    or, when the parse hangs it one step lower, to a noun so attached («поехала к сестре в Кульджу»: to
    her sister, in Ghulja). A Russian place in the prepositional case after «в»/«на» is where, not where to."""
    nouns = _under(tokens, children, k, *cases)
    nouns += [g for c in _role(tokens, children, k, "obl", "pobj", "nmod") for g in _under(tokens, children, c, *cases)
              if tokens[g].dep.startswith("nmod")]
    for c in nouns:
        place = next(((s, pid) for (s, e), pid in _in(doc.place_spans, tokens[c].start - 60, tokens[c].end)
                      if s <= tokens[c].start < e), None)
        if place is None or not sentence.start <= place[0] < sentence.end:
            continue
        case = next((tokens[m].text.lower() for m in children.get(c, []) if tokens[m].dep == "case"), None)
        if case in ("в", "во", "на") and _RU_WHERE_ENDING.search(tokens[c].text):
            continue
        return place
    return None


# What makes a verb of going no journey told as made: an infinitive or a modal ("he should fly back to Aksu",
# « on lui a ordonné de repartir », «вернуться не сможет») or a gerund under a preposition ("after moving to
# Bern"), a journey asked, planned or allowed; or a clause of cause ("held because he had flown to Cairo",
# « parce qu'elle avait voyagé en Turquie », «за то, что ездила в Турцию»): the accusation (the marks:
# `lexicon.INFINITIVE_MARKS`, `lexicon.CAUSE_MARKS`).
_RU_INFINITIVE = re.compile(r"(?:ть|ти|чь)(?:ся|сь)?$", re.I)


def _not_a_journey_made(tokens, children, k: int) -> bool:
    token = tokens[k]
    if token.dep in ("xcomp", "pcomp") or _RU_INFINITIVE.search(token.text):
        return True
    marks = [tokens[c] for c in children.get(k, []) if tokens[c].dep in ("mark", "aux")]
    if any(m.text.lower() in INFINITIVE_MARKS or m.lemma.lower() in CAUSE_MARKS for m in marks):
        return True
    # «за то, что он ездил»: the clause hangs under «то» of «за то»
    return any(m.text.lower() == "что" for m in marks) and tokens[token.head].text.lower() == "то"


def _parsed_travels(doc: Doc, sentence) -> list[tuple[object, int, int | None, bool]]:
    """(verb token, start offset in doc.text of the place it goes to, that of the place it left or None,
    whether a journey back by the verb itself: `back_lemma`) of each journey the parse tells in the
    sentence; none in a text without a parse. The verb is told as done (`_told`) and active ("was moved
    to Aksu" is a transfer); the places are place spans."""
    if doc.analysis is None or not doc.place_spans:
        return []
    tokens, children = _words(doc)
    found = []
    for k in _token_range(doc, sentence.start, sentence.end):
        token = tokens[k]
        if token.pos != "VERB" or not motion_lemma(token.lemma) or not _told(tokens, children, k) \
                or _role(tokens, children, k, "auxpass", "nsubjpass") or _not_a_journey_made(tokens, children, k):
            continue
        place = _place_under(doc, tokens, children, k, sentence, TOWARD_PREPOSITIONS)
        if place is not None:
            origin = _place_under(doc, tokens, children, k, sentence, FROM_PREPOSITIONS)
            found.append((token, place[0], origin[0] if origin else None, back_lemma(token.lemma)))
    return found


def _parsed_frames(doc: Doc, index: int) -> list[tuple[str, int, int, str, bool]]:
    """(event type, index of the word that tells it, index of the person's word, dating, whether it
    tells the event only before any custody of the person) for the frames of sentence `index`.

    Dating: "narrative" (the sentence's date, else the narrative's), "sentence" (the sentence's
    date), "dated" (the sentence's date, and no event without one), "own" (a date right after the
    word only)."""
    sentence = doc.sentences[index]
    tokens, children = _words(doc)
    found = []
    for k in _token_range(doc, sentence.start, sentence.end):
        token = tokens[k]
        words = _low(token)
        if token.pos in ("NOUN", "PROPN") and token.lemma.lower() in EVENT_NOUNS:
            found += _noun_frame(doc, tokens, children, k)
            continue
        if token.lemma.lower() == "стать" and token.text.lower() == "стало" and any(
                tokens[c].text.lower() == "не" for c in children.get(k, [])):
            # «его не стало»: the person, in the genitive, is no more
            gone = [c for c in children.get(k, []) if (_is_person(doc, tokens[c]) or tokens[c].text.lower() in PERSON_WORDS)
                    and not _apart(children, c, k)]
            if gone:
                found.append(("death", k, gone[0], "sentence", False))
            continue
        if token.pos not in ("VERB", "AUX", "ADJ") or not _told(tokens, children, k):
            # «je suis dans un camp»: the place is the predicate, with its copula and subject
            if token.pos == "NOUN" and _custody_place(doc, tokens, children, k) and _role(tokens, children, k, "cop") \
                    and _told(tokens, children, k) and any(tokens[c].text.lower() in ("in", "inside", "dans", "en", "в")
                                                           for c in _role(tokens, children, k, "case", "prep")):
                held = [c for c in _role(tokens, children, k, "nsubj") if _is_person(doc, tokens[c])]
                if held:
                    found.append(("detention", k, held[0], "dated", True))
            continue
        passive = _role(tokens, children, k, "nsubjpass", "nsubj:pass")
        # a French clitic object the parser reads as "expl:comp" («ils sont venus me prendre»)
        objects = [c for c in _role(tokens, children, k, "dobj", "obj", "expl:comp") if _is_person(doc, tokens[c])] or [
            # «la police m'a embarqué», «des policiers m'ont appréhendé»: "m'" read as a subject or an indirect object
            c for c in _role(tokens, children, k, "nsubj", "nsubj:pass", "iobj") if tokens[c].text.lower() in FRENCH_OBJECT_CLITICS
            and (tokens[c].dep == "iobj" or len(_role(tokens, children, k, "nsubj", "nsubj:pass")) > 1)
            and not _role(tokens, children, k, "dobj", "obj")]  # «lui ont pris son passeport»: a thing taken
        patient = (objects or [p for p in passive if _is_person(doc, tokens[p])] or [None])[0]
        subject = _subject(tokens, children, k)
        # agents as subject, as "by" agents, or named just before the verb ("officers led me": a
        # subject the parser misread); «меня взяли»: a Russian plural with no subject names nobody
        agents = subject is not None and bool(_low(tokens[subject]) & AGENT_WORDS) \
            or (subject is None and token.text.lower().endswith("ли")) \
            or any(tokens[j].pos in ("NOUN", "PRON") and _low(tokens[j]) & AGENT_WORDS for j in range(max(0, k - 3), k)
                   if not _apart(children, j, k)) \
            or any(_low(tokens[g]) & AGENT_WORDS for c in children.get(k, []) if tokens[c].dep in ("agent", "obl:agent")
                   or tokens[c].text.lower() == "by" for g in [c, *children.get(c, [])])
        dative = [c for c in _role(tokens, children, k, "dative", "iobj", "obl:arg") if _is_person(doc, tokens[c])]
        places = [c for c in _under(tokens, children, k, "to", "into", "in", "inside", "dans", "vers", "à", "au", "в", "во")
                  if _custody_place(doc, tokens, children, c)]
        out_of = [c for c in _under(tokens, children, k, "out", "of", "from", "de", "du", "из")
                  if _custody_place(doc, tokens, children, c)]
        years = [c for c in _role(tokens, children, k, "dobj", "obj", "npadvmod", "obl")
                 + _under(tokens, children, k, "for", "to", "de", "à", "на")
                 if _low(tokens[c]) & (YEAR_NOUNS | TERM_NOUNS) and (_low(tokens[c]) & TERM_NOUNS or any(
                     tokens[n].pos == "NUM" or tokens[n].dep == "nummod" for n in children.get(c, [])))
                 # "two years of training" is no term; "ten years of prison" is
                 and not any(not _custody_place(doc, tokens, children, g)
                             for g in _under(tokens, children, c, "of", "de", "d'"))]
        if years and words & (GIVING_VERBS | GETTING_VERBS | {"jail", "imprison", "sentence", "condemn", "condamner", "осудить",
                                                  "приговорить"}):
            person = dative[0] if words & GIVING_VERBS and dative else subject if words & GETTING_VERBS else patient
            if person is not None and _is_person(doc, tokens[person]):
                found.append(("sentencing", k, person, "sentence", False))
            continue
        if patient is not None and (words & TAKING_VERBS or (objects and words & ARREST_VERBS)):
            # "police detained me"; "was detained for three weeks" is a stay (the triggers' rule)
            found.append(("arrest", k, patient, "narrative", False))
        elif patient is not None and words & HOLDING_VERBS:
            found.append(("detention", k, patient, "narrative", True))
        elif patient is not None and words & QUESTIONING_VERBS:
            found.append(("interrogation", k, patient, "narrative", False))
        elif patient is not None and words & FREEING_VERBS:
            found.append(("release", k, patient, "narrative", False))
        elif patient is not None and words & MOVING_VERBS and places and (
                words & TRANSFERRING_VERBS or any(_low(tokens[c]) & ANOTHER_WORDS for p in places for c in children.get(p, []))):
            found.append(("transfer", k, patient, "narrative", False))
        elif patient is not None and words & LEADING_VERBS and (agents or _away(tokens, children, k)) and not places and not any(
                _low(tokens[c]) & (WORK_NOUNS | ERRAND_NOUNS) for c in _under(tokens, children, k, "на", "to", "into", "for", "au", "à", "в", "к")):
            found.append(("arrest", k, patient, "narrative", True))
        elif patient is not None and words & STATE_TAKING_VERBS and _state_agent(tokens, children, k, subject) and not places \
                and not any(not _RU_WHERE.search(tokens[c].text) for c in _under(tokens, children, k, *_DESTINATIONS)) \
                and not _role(tokens, children, k, "xcomp", "advcl") \
                and not any(tokens[c].lemma.lower() in ("home", "back") for c in children.get(k, [])):
            # "officers kept him aside", «его сняли с автобуса полицейские»: a plain verb of taking or holding
            # someone, with the state's agent as its subject, is the arrest (issue 11, h-custody68)
            found.append(("arrest", k, patient, "narrative", True))
        elif words & COMING_VERBS and (agents or subject is None):
            for_whom = [c for c in _under(tokens, children, k, "for", "за") if _is_person(doc, tokens[c])]
            fetched = [o for x in _role(tokens, children, k, "xcomp") if _low(tokens[x]) & {"chercher", "prendre", "arrêter"}
                       for o in _role(tokens, children, x, "obj") if _is_person(doc, tokens[o])]
            if words & {"attendre", "ждать", "поджидать"}:  # «deux policiers m'attendaient»: waiting for someone
                fetched += objects
            if for_whom or fetched:
                found.append(("arrest", k, (for_whom or fetched)[0], "narrative", True))
        elif subject is not None and _is_person(doc, tokens[subject]) and words & LEAVING_VERBS and (
                out_of or (words & {"leave", "quitter"} and any(_custody_place(doc, tokens, children, o)
                                                               for o in _role(tokens, children, k, "dobj", "obj")))):
            found.append(("release", k, subject, "sentence", False))
        elif subject is not None and _is_person(doc, tokens[subject]) and words & BEING_VERBS and places:
            found.append(("detention", k, subject, "dated", True))
        elif words & REGAINING_VERBS and (any(_low(tokens[c]) & FREEDOM_NOUNS for c in _role(tokens, children, k, "dobj", "obj"))
                                     or any(_low(tokens[c]) & FREEDOM_NOUNS for c in _under(tokens, children, k, "en", "на", "to"))):
            # "regained her freedom", «remis en liberté», «вышел на свободу»
            person = patient if patient is not None else subject
            if person is not None and _is_person(doc, tokens[person]):
                found.append(("release", k, person, "narrative", False))
        elif patient is not None and words & {"find", "retrouver", "найти", "обнаружить"} and any(
                _low(tokens[c]) & {"dead", "mort", "morte", "мёртвым", "мертвым", "мертвой", "мёртвой"} for c in children.get(k, [])):
            found.append(("death", k, patient, "sentence", False))
        elif words & {"lose", "perdre"} and subject is not None and _is_person(doc, tokens[subject]) and any(
                _low(tokens[o]) & {"life", "vie"} for o in _role(tokens, children, k, "dobj", "obj")):
            found.append(("death", k, subject, "sentence", False))
        elif words & {"stop", "cease", "cesser", "arrêter", "перестать"} and subject is not None and _is_person(doc, tokens[subject]) \
                and any(_low(tokens[x]) & ANSWERING_VERBS for x in _role(tokens, children, k, "xcomp")):
            # "he stopped answering his phone", «перестал отвечать на звонки»: the silence begins (when dated)
            found.append(("disappearance", k, subject, "dated", False))
        elif words & {"vanish", "исчезнуть", "volatiliser"} and subject is not None and _is_person(doc, tokens[subject]):
            found.append(("disappearance", k, subject, "sentence", False))
    found += _no_word_of(doc, tokens, children, sentence)
    return found


# Prepositions of where someone is taken: a plain verb of taking with one tells a custody by its place, an
# errand or a summons, not the arrest (`_parsed_frames`, h-custody68).
_DESTINATIONS = ("to", "into", "на", "в", "во", "к", "au", "aux", "à", "dans", "vers", "chez")


# «на границе», «в аэропорту»: where (a Russian locative), not where to
_RU_WHERE = re.compile(r"^[а-яё-]+(?:е|ии|у)$", re.I)


def _state_agent(tokens, children, k: int, subject: int | None) -> bool:
    """Whether verb k's subject, or its passive's agent ("by police", «полицейскими»), is an agent of the
    state by its class (`STATE_AGENT_WORDS`: police, officials, cadres, soldiers), never "they" or a man
    unnamed."""
    if subject is not None and _low(tokens[subject]) & STATE_AGENT_WORDS:
        return True
    return any(_low(tokens[g]) & STATE_AGENT_WORDS for c in children.get(k, [])
               if tokens[c].dep in ("agent", "obl:agent") or tokens[c].text.lower() == "by" for g in [c, *children.get(c, [])])


def _noun_frame(doc: Doc, tokens, children, k: int) -> list[tuple[str, int, int, str, bool]]:
    """"My internment began in May 2018", «pendant son arrestation», "underwent an interrogation":
    an event noun whose owner (a possessive, "of" a person) or, under a verb of undergoing, whose
    subject is the person."""
    noun = tokens[k]
    kind = EVENT_NOUNS[noun.lemma.lower()]
    head = tokens[noun.head]
    owners = [c for c in children.get(k, []) if tokens[c].dep in ("poss", "nmod:poss", "det", "nmod")
              and _is_person(doc, tokens[c])] + [g for c in _role(tokens, children, k, "prep")
                                                if tokens[c].text.lower() == "of"
                                                for g in _role(tokens, children, c, "pobj") if _is_person(doc, tokens[g])]
    if noun.dep in ("nsubj",) and _low(head) & HAPPENING_VERBS and owners:
        return [(kind, k, owners[0], "sentence", False)]
    if noun.dep in ("dobj", "obj") and _low(head) & UNDERGOING_VERBS:
        subject = _subject(tokens, children, noun.head)
        person = owners[0] if owners else subject
        if person is not None and _is_person(doc, tokens[person]):
            return [(kind, k, person, "sentence", False)]
    timed = (noun.dep == "pobj" and head.text.lower() in TIME_PREPOSITIONS) or any(
        tokens[c].dep in ("case", "fixed") and _low(tokens[c]) & TIME_PREPOSITIONS for c in children.get(k, []))
    if timed and owners:
        return [(kind, k, owners[0], "own", False)]
    return []


def _no_word_of(doc: Doc, tokens, children, sentence) -> list[tuple[str, int, int, str, bool]]:
    """"There has been no word of him since 2018", "lost contact with her", «sans nouvelles de lui»,
    «о нём ничего не известно»: the family's silence about a person is a disappearance."""
    found = []
    for k in _token_range(doc, sentence.start, sentence.end):
        token = tokens[k]
        if _low(token) & {"hear", "heard"} and any(_low(tokens[c]) & {"nobody", "one", "anyone"} and (
                tokens[c].text.lower() == "nobody" or any(_low(tokens[d]) & {"no"} for d in children.get(c, [])))
                for c in _role(tokens, children, k, "nsubj")):
            # "no one has heard from him since May"
            people = [c for c in _under(tokens, children, k, "from", "of", "about") if _is_person(doc, tokens[c])]
            if people:
                found.append(("disappearance", k, people[0], "sentence", False))
            continue
        if not _low(token) & (CONTACT_NOUNS | {"известно", "известный"}):
            continue
        # "lost contact with her" tells the silence; "never lost contact with her" denies it (h-events42)
        lost = bool(_low(tokens[token.head]) & {"lose", "perdre", "потерять"})
        if lost and any(_low(tokens[c]) & NEGATION_WORDS for c in children.get(token.head, [])):
            continue
        denied = any(_low(tokens[c]) & ({"no", "sans", "lost"} | NEGATION_WORDS) for c in children.get(k, [])) \
            or lost or doc.text[max(0, token.start - 6):token.start].lower().rstrip().endswith(("sans", "no"))
        if not denied:
            continue
        about = _under(tokens, children, k, "of", "from", "about", "with", "de", "d'", "avec", "о", "об", "с") \
            + _under(tokens, children, token.head, "with", "avec", "с")
        about += [c for c in children.get(k, []) if tokens[c].dep == "nmod"]
        people = [c for c in about if _is_person(doc, tokens[c])]
        if people:
            found.append(("disappearance", k, people[0], "sentence", False))
    return found


def _own_date(doc: Doc, end: int) -> DateMention | None:
    """The date right after an event noun ("during my detention in 2018"), else none: the sentence's
    other dates ("during her internment …, returned on her release in April 2019") are other events'."""
    return next((d for d in doc.dates_in(end, end + 30)
                 if re.fullmatch(r"\s+(?:in|on|of|en|de|du|в)\s+(?:the\s+)?", doc.text[end:d.start])), None)


def _custody_before(events: list[EventRecord], person: str, offset: int) -> bool:
    """Whether the person's arrest or detention is told before `offset` with no release after it."""
    told = sorted((e for e in events if e.person == person and e.type in ("arrest", "detention", "release")
                   and (e.trigger or e.evidence)[0] < offset), key=lambda e: (e.trigger or e.evidence)[0])
    return bool(told) and told[-1].type != "release"


def _parsed_events(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """The events `_parsed_frames` tells, each given to the person its word refers to; a frame that
    tells an event only before custody (agents who "bundled me into a van", "I have been in a
    camp since 2017") counts where the person's custody is not already told. Returns new events."""
    if doc.analysis is None or not doc.analysis.tokens:
        return []
    tokens, children = _words(doc)
    found: list[EventRecord] = []
    for index, sentence in enumerate(doc.sentences):
        body = doc.text[sentence.start:sentence.end]
        for event_type, k, who, dating, before_custody in _parsed_frames(doc, index):
            start, end = tokens[k].start, tokens[k].end
            if any(e.type == event_type and e.trigger and _overlap(e.trigger, (start, end)) for e in events):
                continue  # the triggers told it at these words
            before = body[:start - sentence.start]
            clause = _clause_before(before)
            # a silence ("no word of him") and «его не стало» are negative by their nature
            said_with_no = event_type == "disappearance" or tokens[k].lemma.lower() == "стать"
            # and a condition ("if the guards ever free him") tells none, as at the triggers
            if (negated(clause) and not said_with_no) or _NOT_REAL.search(before) or hedged(doc, start, end) \
                    or _CONDITION.search(clause) or _CONDITION_OPENS.match(before) \
                    or unconfirmed_after(doc.text, end, sentence.end) or asked(doc, index, start, end):
                continue
            # "my uncle Arslan Osmon": the name beside the kin word
            named = next((pid for c in [who, *_role(tokens, children, who, "appos", "flat:name", "flat")]
                          if (pid := _person_at(doc, tokens[c])) is not None), None)
            people = [named] if named else attribute(
                doc, index, tokens[who].start, tokens[who].end, skip_we=event_type == "disappearance") \
                or told_in_a_record(doc, index, start)
            when = _sentence_date(doc, index, start, end) if dating != "own" else _own_date(doc, end)
            if when is None and dating == "narrative" and event_type in CUSTODY:
                when = _narrative_date(doc, index)
            if when is None and dating == "dated":
                continue
            speaker = doc.speakers.get(index)
            for person_id in people[:1]:
                # before custody: the person's own, and the witness's ("they led him away" told
                # from inside a camp moves a fellow prisoner; it is no arrest)
                if before_custody and (_custody_before(events + found, person_id, start) or (
                        speaker is not None and speaker != person_id and _custody_before(events + found, speaker, start))):
                    continue
                place, facility = _moved_to(doc, sentence, (start, end), event_type in IN_CHINA) \
                    if event_type in _MOVES else (_place_in(doc, sentence, start, in_china=event_type in IN_CHINA),
                                                  _facility_in(doc, sentence, start))
                found.append(EventRecord(
                    type=event_type, person=person_id, evidence=(sentence.start, sentence.end),
                    place=place, facility=facility, date=when,
                    end_date=_end_date(doc, index, when) if event_type == "detention" else None, trigger=(start, end)))
    return found


# Kazakh, Uyghur and Chinese events (`find_vocab_events`): these languages have no parse, so each way
# of telling an event is an entry of src/guwah/vocab/events/<language>.yaml (in Kazakh and Uyghur a
# verb's stem with its voice, stopped there, as in
# vocab/acts/: what follows is its endings, and a negative suffix or a negation word after the word
# denies it, `lexicon.negated_after`). Kazakh's entries were these rules' Python list until h-ug40.
@cache
def vocab_event_rules(language: str) -> tuple[tuple[str, tuple[tuple[re.Pattern, re.Pattern | None, bool], ...]], ...]:
    """The entries of vocab/events/<language>.yaml compiled and grouped by event type, in the order
    of each type's first entry: (type, ((pattern, requires or None, negative_form), …)); empty for a
    language with no file."""
    from guwah.vocab import event_patterns

    kinds: dict[str, list[tuple[re.Pattern, re.Pattern | None, bool]]] = {}
    for entry in event_patterns(language):
        requires = re.compile(entry["requires"], re.I) if entry["requires"] else None
        kinds.setdefault(entry["kind"], []).append((re.compile(entry["pattern"], re.I), requires, entry["negative_form"]))
    return tuple((kind, tuple(rules)) for kind, rules in kinds.items())


def _vocab_where(doc: Doc, sentence, start: int, end: int, in_china: bool) -> tuple[str | None, str | None]:
    """(place id, facility id) of an event of `find_vocab_events` told at [start, end) (either None when
    the sentence names none): in Kazakh and Uyghur the verb comes last,
    so a place or facility named in the entry's words («Қазақстанға көшіп келді», «лагерьге
    жіберілді») is it, else the nearest one before the words in the sentence («Құлжада ұсталды»;
    one after them is the next clause's); a place abroad is no place of an act of the authorities (`in_china`)."""
    gazetteer = {place.id: place.gazetteer_id for place in doc.places}

    def nearest(spans: list, keep) -> str | None:
        within = [i for (s, _e), i in _in(spans, start, end) if keep(i)]
        before = [i for (s, _e), i in _in(spans, sentence.start, start) if keep(i)]
        return (within[:1] or before[-1:] or [None])[0]

    place = nearest(doc.place_spans, lambda i: not in_china or _inside_china(gazetteer.get(i)) is not False)
    return place, nearest(doc.facility_spans, lambda _i: True)


def find_vocab_events(doc: Doc) -> None:
    """Events of a text in a language read without a parse (doc.language with a file of
    vocab/events/: Kazakh, Uyghur, Chinese; filled by `regional.run`): each match of an entry of the language's file
    in a sentence (that holds the entry's required words) that passes the one scope test of every
    language (`violations.refusal`: not background, denied, asked, negated — negation after the
    word, `lexicon.negated_after`, unless the entry is a `negative_form` — nor hedged before or
    after it, as the violations of these languages) gives one event to the person
    `turkic.ActPersons` reads for those words (the nearest name, a pronoun, a kin word that named
    someone, the narrator; in Chinese `han.ActPersons`), dated by the nearest date before it in its sentence, else the first
    after it there, else the last date of the sentence before in its paragraph (no date: none),
    with the place and facility `_vocab_where` reads. In Chinese the dates are those of the act's
    own cell of a table row (after the last ｜) that are no birth dates (1991年出生), and a stay told
    over a range (2018年4月至2019年2月在…中心学习) begins at the range's first date (`_han_when`).
    The same (type, person) once per sentence, from the first of its type's matches there. Adds the
    events (`EventRecord`, in the order of their triggers) to `doc.events`; adds nothing without
    sentences or without a file for the language, and raises no error of its own."""
    from guwah.extract.regional import words_of
    from guwah.extract.violations import refusal

    rules = vocab_event_rules(doc.language or "")
    if not doc.sentences or not rules:
        return
    if doc.language in ("kk", "ug"):
        # coming home, a release where the person was held before (`_TURKIC_HOMECOMING`)
        rules = (*rules, ("homecoming", ((_TURKIC_HOMECOMING, None, False),)))
    if doc.language == "zh":
        from guwah.extract import han

        reader = han.ActPersons(doc)
    else:
        from guwah.extract.turkic import ActPersons

        reader = ActPersons(doc, words_of(doc.text))
    text = doc.text
    places_by_id = {p.id: p for p in doc.places}
    at_home = _turkic_at_home(doc, reader, places_by_id) if doc.language in ("kk", "ug") else set()
    found: list[EventRecord] = []
    previous = None
    for index, sentence in enumerate(doc.sentences):
        seen: set[tuple[str, str]] = set()
        dates = [d for d in doc.dates if sentence.start <= d.start < sentence.end]
        # an undated sentence continues the date the sentence before it, in its paragraph, ended on
        earlier = None
        if previous is not None and previous.paragraph == sentence.paragraph:
            earlier = next((d for d in reversed(doc.dates) if previous.start <= d.start < previous.end
                            and (doc.language != "zh" or not _HAN_BORN.match(text, d.end))), None)
        previous = sentence
        for kind, entries in rules:
            matches = sorted(((match, negative_form) for pattern, requires, negative_form in entries
                              if requires is None or requires.search(text, sentence.start, sentence.end)
                              for match in pattern.finditer(text, sentence.start, sentence.end)),
                             key=lambda item: (item[0].start(), -item[0].end()))
            for match, negative_form in matches:
                # an entry's `act` group is the verb, the rest of its match the grammar around it (an object in the
                # accusative before it, `_object_named`); the verb is what is negated and whose person is read
                act_start, act_end = match.span("act") if match.re.groupindex.get("act") and match.group("act") \
                    else match.span()
                if refusal(doc, index, act_start, act_end, negative_form=negative_form):
                    continue
                # a crossing's traveller is its subject, in the nominative (`turkic.ActPersons.persons`)
                people = reader.persons(act_start, act_end, subject=True) if doc.language in ("kk", "ug") and kind in (
                    "exit", "return", "homecoming") else reader.persons(act_start, act_end)
                if not _object_named(doc, match, people):
                    continue
                if kind in ("exit", "return") and doc.language in ("kk", "ug"):
                    people = _we_travel(doc, reader, sentence, match, people)
                told = kind
                if people and kind in ("homecoming", "return") and _TURKIC_HOMECOMING.search(match.group()):
                    # home again after custody: out of it, not across the border ("came home" in every language)
                    held = any(e.person == people[0] and e.type in ("arrest", "detention") and e.trigger[0] < act_start
                               for e in found)
                    told = "release" if held else None if kind == "homecoming" else kind
                if match.re.groupindex.get("origin") and match.group("origin"):
                    # where from, told by the entry: a crossing out of China begins inside it, by the gazetteer
                    origin = next((i for (s, _e), i in _in(doc.place_spans, match.start("origin"), match.end("origin"))), None)
                    if origin is None or _side_of(places_by_id[origin]) is not True:
                        continue
                    # where to, when the words name it (a dative): a place the gazetteer puts abroad, else it is no
                    # crossing («Құлжадан Үрімжіге көшіп келді»: from one town of China to another, or to one unknown)
                    to = list(_TURKIC_DATIVE.finditer(text, match.end("origin"), match.end()))
                    if to and not any(_side_of(places_by_id[i]) is False for m in to for (_s, _e), i in _in(doc.place_spans, m.start(), m.end())):
                        continue
                dest = None
                if match.re.groupindex.get("dest") and match.group("dest"):
                    # where to, told by the entry: its side of the border, by the gazetteer, is the entry's
                    dest = next((i for (s, _e), i in _in(doc.place_spans, match.start("dest"), match.end("dest"))), None)
                    if dest is None or _side_of(places_by_id[dest]) is not (told == "return"):
                        continue
                    if told == "return" and people and people[0] in at_home:
                        continue  # a journey of one whose life the text puts in China: a visit inside it
                    if told == "exit" and _from_abroad(doc, places_by_id, match.start("dest")):
                        continue  # «تۈركىيەدىن ئالمۇتىغا كۆچۈپ كەلگەن», from Turkey to Almaty: no crossing out of China
                    if told == "exit" and people and _TURKIC_BACK.search(match.group()) and not _in_china_before(
                            doc, [*doc.events, *found], places_by_id, people[0], sentence.start, act_start):
                        continue  # back to Almaty from a trip the text does not put in China: no crossing
                    if _TURKIC_QUOTE_OPEN.search(text, sentence.start, match.start()):
                        continue  # said in a quote («"قەشقەرگە قايتىپ كېلىپ…" دېدى»: an order, not a journey made
                if not people or told is None or (told, people[0]) in seen:
                    continue
                seen.add((told, people[0]))
                if doc.language == "zh":
                    when = _han_when(doc, sentence, dates, match, told, earlier)
                else:
                    # (a date inside the entry's words is its own: «Қазақстанға 2019 жылы көшіп келдік»)
                    before = [d for d in dates if d.end <= act_end]
                    # the verb ends its clause: a date after a comma is the next clause's («… تۇتۇلغان، 2018-يىلى
                    # … كېسىلگەن»: held, then sentenced in 2018)
                    after = [d for d in dates if d.start >= act_end and not _TURKIC_CLAUSE_END.search(text, act_end, d.start)]
                    when = before[-1] if before else (after[0] if after else earlier)
                place, facility = _vocab_where(doc, sentence, act_start, act_end, told in IN_CHINA)
                place = dest or place
                if told == "exit" and _HERE.search(text, match.start(), match.end()):
                    # "we moved here": here is where the document is told, when it names a place abroad
                    place = next((p.id for p in doc.places if _side_of(p) is False), None)
                    if place is None:
                        continue
                # a crossing told by "we" with a companion («күйеуім Ерлан екеуміз … көшіп келдік»): both cross
                for person_id in people[:1] + [p for p in people[1:] if told in ("exit", "return") and (told, p) not in seen]:
                    seen.add((told, person_id))
                    found.append(EventRecord(told, person_id, (sentence.start, sentence.end), place=place,
                                             facility=facility, date=when, trigger=(act_start, act_end)))
    # an arrest opens a detention (`arrests_open_detentions`), as in English, French and Russian; not in
    # Chinese, where a taking (被带走) with no stay told is the arrest only
    if doc.language != "zh":
        # … unless no one knows where the person went since (a disappearance in its sentence or the next)
        gone = {(e.person, doc.sentence_index(e.trigger[0])) for e in found if e.type == "disappearance"}
        found += [e for e in arrests_open_detentions(doc, found)
                  if not {(e.person, doc.sentence_index(e.trigger[0])), (e.person, doc.sentence_index(e.trigger[0]) + 1)} & gone]
    # one event per type, person and date, as in every language (`_deduplicate`): "held for a year in the centre"
    # after "taken away in 2017" is that custody again
    doc.events.extend(sorted(_deduplicate(_questioned_not_held(doc, found)), key=lambda e: e.trigger))


# A word in the dative, Kazakh and Uyghur (a destination: «Алматыға», ئالمۇتىغا, Almutigha)
_TURKIC_DATIVE = re.compile(r"(?<!\w)\w+(?:ға|ге|қа|ке|غا|گە|قا|كە|gha|ge|qa|ke)(?!\w)", re.I)
# A place in the ablative right before a destination: where the journey began (Kazakh «Шәуешектен Алматыға», Uyghur
# «تۈركىيەدىن ئالمۇتىغا» / Türkiyedin Almutigha)
_TURKIC_FROM = re.compile(r"(?:дан|ден|тан|тен|нан|нен|دىن|تىن|din|tin)\s+$", re.I)


def _from_abroad(doc: Doc, places_by_id: dict, at: int) -> bool:
    """Whether the word before `at` (a journey's destination) is a place the gazetteer puts abroad, in the
    ablative (`_TURKIC_FROM`): the journey began abroad, so it crosses out of China nowhere."""
    before = [(s, e, pid) for (s, e), pid in doc.place_spans if e <= at and at - e <= 3]
    if not before:
        return False
    start, end, pid = before[-1]
    return bool(_TURKIC_FROM.search(doc.text, start, at)) and _side_of(places_by_id[pid]) is False


# Back to a place (Kazakh «қайтып келді»): an exit only for one the text has in China before it
_TURKIC_BACK = re.compile(r"(?<!\w)қайтып\s+кел", re.I)


def _in_china_before(doc: Doc, found: list[EventRecord], places_by_id: dict, person_id: str, opening: int, at: int) -> bool:
    """Whether the text has the person in China before offset `at`: an event there before it (held, released,
    gone back into China), or a place the gazetteer puts in China named in its sentence (opening at `opening`)
    before it («Құлжадағы лагерьден босап, Алматыға қайтып келді»)."""
    if any(e.person == person_id and e.type in (*IN_CHINA, "return") and e.trigger and e.trigger[0] < at for e in found):
        return True
    return any(_side_of(places_by_id[pid]) is True for (_s, _e), pid in _in(doc.place_spans, opening, at))


# An opening quote still open before a match: the words are someone's speech
_TURKIC_QUOTE_OPEN = re.compile(r"[\"“«][^\"”»]*$")
# Where a person's life is in Kazakh and Uyghur: a place in the locative, then living or working there («Құлжада
# тұрады», «Үрімжіде жұмыс істейді»; «غۇلجىدا تۇرىدۇ», Ghuljida turidu, «قەشقەردە ياشايدۇ», «ئۈرۈمچىدە ئىشلەيدۇ»)
_TURKIC_LIFE_THERE = re.compile(
    r"(?<!\w)(?P<place>\w+(?:да|де|та|те|دا|دە|تا|تە|da|de|ta|te))\s+(?:\w+\s+)?"
    r"(?:тұрады|тұратын|тұрып жатыр|өмір сүр|жұмыс істе(?:йді|йтін)"
    r"|تۇرىدۇ|تۇرىدىغان|تۇرۇۋاتىدۇ|ياشايدۇ|ياشايدىغان|ياشاۋاتىدۇ|ئىشلەيدۇ|ئىشلەيدىغان|ئولتۇراقلاشقان"
    r"|turidu|turidighan|turuwatidu|yashaydu|yashaydighan|yashawatidu|ishleydu|ishleydighan|olturaqlashqan)", re.I)


def _turkic_at_home(doc: Doc, reader, places_by_id: dict) -> set[str]:
    """The persons a Kazakh or Uyghur text puts living in China (`_TURKIC_LIFE_THERE` with a place the gazetteer
    puts there, of the person `reader` gives the words), less those it puts living abroad: a journey of theirs to
    family in another town of China is no return (issue 11, as `_placed` in English, French and Russian)."""
    home: set[str] = set()
    abroad: set[str] = set()
    for match in _TURKIC_LIFE_THERE.finditer(doc.text):
        there = next((i for (s, _e), i in _in(doc.place_spans, match.start("place"), match.end("place"))), None)
        side = _side_of(places_by_id[there]) if there is not None else None
        if side is not None:
            (home if side else abroad).update(reader.persons(match.start(), match.end())[:1])
    return home - abroad


def _object_named(doc: Doc, match: re.Match, people: list[str]) -> bool:
    """Whether an entry's `object` group (a capitalised word in the accusative), where it matched, is the act's
    person: a mention of the person read for the act («Бекзатты ұстады»), not a word the persons did not make a
    person of (a place, a sentence's first word ending as an accusative does). True where the group did not
    match (a pronoun or a kin word there, read by `turkic.ActPersons`) or the entry has none."""
    if not match.re.groupindex.get("object") or not match.group("object"):
        return True
    start, end = match.span("object")
    return any(person in people[:1] for (s, e), person in doc.person_spans_in(start, end) if s < end and start < e)


_TURKIC_CLAUSE_END = re.compile(r"[,،;؛]")
# "We" in Kazakh and Uyghur: the pronoun («біз», بىز, biz; «екеуміз» "the two of us") or a verb's first person
# plural ending (Kazakh -дық/-дік/-тық/-тік, -мыз/-міз/-быз/-біз/-пыз/-піз: «көшіп келдік», «келгенбіз»;
# Uyghur -دۇق/-تۇق, -مىز / -duq/-tuq/-dük/-tük, -miz: «كۆچۈپ كەلدۇق», köchüp kelduq)
_TURKIC_WE_WORD = re.compile(r"(?<!\w)(?:біз|бізде|(?P<two>екеуміз|үшеуміз|ئىككىمىز|ئۈچىمىز|ikkimiz|üchimiz)|بىز|biz)(?!\w)", re.I)
# A companion right after a person's name: Kazakh's instrumental on the name, with or without «бірге» (together)
# («Гүлназбен бірге», «Ерланмен»), Uyghur's postposition بىلەن / bilen after it («گۈلنازىرە بىلەن», «Erkin bilen»)
_TURKIC_WITH = re.compile(r"\w*?(?:мен|бен|пен)(?:\s+бірге)?(?!\w)|\s+(?:бірге)(?!\w)|\w*\s+(?:بىلەن|bilen)(?!\w)", re.I)
_TURKIC_WE_ENDING = re.compile(r"(?:[дт][ыі][қк]|[мбп][ыі]з|[دت][ۇۈ][قك]|مىز|[dt][uü][qk]|miz)$", re.I)


def _we_travel(doc: Doc, reader, sentence, match: re.Match, people: list[str]) -> list[str]:
    """Who crossed when a Kazakh or Uyghur crossing is told by "we" («Қазақстанға көшіп келдік», «біз …
    кеттік»): the narrator (`turkic.ActPersons`' narrator), and the person named right before "the two
    (three) of us" («күйеуім Ерлан екеуміз … келдік», «ئېرىم ئەركىن ئىككىمىز»); `people` (what the word
    order gave) otherwise, or when the text has no narrator."""
    verb = re.compile(r"\w*").match(doc.text, match.end())
    last = doc.text[match.start():verb.end()].split()[-1] if verb else ""
    narrator = getattr(reader, "narrator", None)
    we = [m for m in _TURKIC_WE_WORD.finditer(doc.text, sentence.start, match.start())]
    if narrator is None or not (_TURKIC_WE_ENDING.search(last) or we):
        return people
    companions = [pid for m in we if m.group("two")
                  for (s, e), pid in doc.person_spans_in(max(sentence.start, m.start() - 40), m.start())
                  if pid != narrator and not doc.text[e:m.start()].strip(" ,")]
    # "we went with X" («біз әйелім Гүлназбен бірге … кеттік», «بىز ئايالىم گۈلنازىرە بىلەن … كەتتۇق»): X goes too
    along = [pid for (s, e), pid in doc.person_spans_in(sentence.start, match.start())
             if pid != narrator and _TURKIC_WITH.match(doc.text, e)]
    return [narrator] + list(dict.fromkeys(companions[-1:] + along))
# Home again: back to the (our, his) house (Kazakh «үйге оралды», «үйіне қайтып келді»; Uyghur
# «ئۆيگە قايتىپ كەلدى», öyige qaytip keldi): a release when the person was held before (`find_vocab_events`);
# not "came to his house" («үйіне түнде келіп»: the police's coming), which says no "back"
_TURKIC_HOMECOMING = re.compile(
    r"(?<!\w)(?:үй(?:ге|іне|імізге|іме|леріне))\s+(?:\w+\s+)?(?:орал|қайт)"
    r"|(?<!\w)(?:ئۆي(?:گە|ىگە|ىمىزگە|ۈمگە|ىمگە|لىرىگە))\s+(?:\w+\s+)?قايت"
    r"|(?<!\w)(?:öy(?:ge|ige|imizge|ümge|imge|lirige))\s+(?:\w+\s+)?qayt", re.I)
# "Here" in a Kazakh or Uyghur exit («осында көшіп келдік», «بۇ يەرگە كۆچۈپ كەلدۇق», "bu yerge köchüp kelduq": we
# moved here, vocab/events/kk.yaml, ug.yaml): the place abroad the document names.
_HERE = re.compile(r"(?<!\w)(?:осында|мұнда|бұл жерге|بۇ يەرگە|بۇيەرگە|بۇ ياققا|bu yerge|buyerge|bu yaqqa)(?!\w)", re.I)


# A birth date in Chinese: 1991年出生, 1981年生, 1985年出生于 …
_HAN_BORN = re.compile(r"\s*(?:出生|生人|生于|生(?=[，,。；）)]))")
# A table's cell separator (序号｜姓名｜…｜备注): a date in another cell of the row is another field's.
_HAN_CELL = re.compile(r"[｜|]")
# What joins a range's two dates: 2018年4月至2019年2月, 2018年4月到2019年2月, 2018年4月—2019年2月.
_HAN_RANGE = re.compile(r"\s*(?:至|到|—|–|-|~|～)\s*")


def _han_when(doc: Doc, sentence, dates: list[DateMention], match: re.Match, kind: str,
              earlier: DateMention | None) -> DateMention | None:
    """The date of a Chinese event (`find_vocab_events`): the nearest date before the act in its
    cell of a table row, else the first after it there, else `earlier`; no birth date; a detention
    dated by the end of a range takes the range's start."""
    text = doc.text
    cells = [m.end() for m in _HAN_CELL.finditer(text, sentence.start, match.start())]
    left = cells[-1] if cells else sentence.start
    right = next((m.start() for m in _HAN_CELL.finditer(text, match.end(), sentence.end)), sentence.end)
    usable = [d for d in dates if left <= d.start and d.end <= right and not _HAN_BORN.match(text, d.end)]
    before = [d for d in usable if d.end <= match.start()]
    # a date after the act is its own only in its clause (押于看守所至今); past a comma it is the next act's
    after = [d for d in usable if d.start >= match.end() and not re.search(r"[，,；;]", text[match.end():d.start])]
    if before:
        when = before[-1]
        if kind == "detention" and len(before) > 1 and _HAN_RANGE.fullmatch(text, before[-2].end, when.start):
            when = before[-2]
        return when
    if after:
        return after[0]
    return None if cells else earlier
