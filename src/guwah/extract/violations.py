"""Code violations (violations.yaml) and attribute each to the person it happened to.

A trigger phrase proposes a code; it is kept only when
- no negation precedes it in its clause ("I was never beaten", "not subjected to"), unless the
  negation is the violation itself ("without a warrant", "couldn't get medical treatment");
- no hedge precedes it ("I heard", "they might", "reportedly", "I know the prisoners are …");
- the sentence is not background about the region or the camp system ("rights groups report
  … across the region");
- `subjects.attribute` finds the person: "we" counts for the speaker only once the text has
  placed the speaker in detention.
Each code is recorded once per person, with the sentence that supports it as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guwah.extract.document import Doc, Violation
from guwah.extract.subjects import attribute
from guwah.vocab import act_patterns

_N = r"(?:n['’]t|not)"
_OBJ = r"(?:me|him|her|us|them)"


@dataclass(frozen=True)
class Trigger:
    code: str
    pattern: re.Pattern
    negative_form: bool = False  # the negation is part of the violation
    requires: re.Pattern | None = None  # the sentence must also match this
    object_first: bool = False  # the person follows the trigger ("a cellmate named X")
    subject_first: bool = False  # the subject, never the object ("made to … denouncing me")


def _t(code: str, pattern: str, negative_form: bool = False, requires: str | None = None,
       object_first: bool = False, subject_first: bool = False) -> Trigger:
    return Trigger(code, re.compile(pattern, re.I), negative_form,
                   re.compile(requires, re.I) if requires else None, object_first, subject_first)


TRIGGERS = [
    _t("detention.arbitrary_arrest", r"\b(?:without|with no|no|did(?:n['’]t| not) have any)\s+(?:\w+\s+){0,2}(?:warrant|charges?|legal process)\b", True),
    _t("detention.arbitrary_arrest", r"\barrested (?:him |her |me )?(?:for|because of) (?:having|using|possessing|praying|travell?ing|visiting|a passport|whatsapp)"),
    _t("detention.arbitrary_arrest", rf"\baccused {_OBJ} of\b"),
    _t("detention.incommunicado", r"\b(?:contact|communication) with the outside world was cut\b|\b(?:cell ?phone|mobile phone|phone) was (?:deactivated|confiscated|cut off)\b"),
    _t("detention.incommunicado", r"\b(?:was|were) not allowed to (?:contact|call|see|meet)\b[^.]{0,40}\b(?:lawyer|consul\w*|family|parents|relatives)", True),
    _t("detention.incommunicado", rf"\b(?:can{_N}|cannot|could{_N}|have{_N} been able to|haven['’]t been able to|unable to)\s+(?:reach|contact)\s+(?:him|her)\b", True),
    _t("detention.incommunicado", r"\bno (?:clue|idea) (?:as to|of|about) (?:my|his|her) whereabouts\b", True),
    _t("detention.internment_camp", r"\b(?:taken|sent|brought|transferred|moved|held|detained|interned|locked up|put)\s+(?:\w+\s+){0,3}(?:to|in|into|at)\s+(?:an?|the|another)\s+(?:\w+\s+){0,2}(?:internment|re-?education|reformation|concentration|political training|vocational training|transformation[- ]through[- ]education)\s+(?:camps?|cent(?:er|re)s?|facility)"),
    _t("detention.internment_camp", r"\b(?:released|came out) from the (?:internment|re-?education|reformation|concentration) camps?\b|\bsuffered in the camps\b"),
    _t("detention.internment_camp", r"\b(?:internee|inmate|cellmate|detainee)s? named\b", object_first=True),
    _t("detention.internment_camp", r"\banother named\b", requires=r"\b(?:internee|inmate|cellmate|detainee)s? named\b", object_first=True),
    _t("detention.pretrial", r"\b(?:taken|brought|sent|held|locked up|put)\s+(?:\w+\s+){0,3}(?:to|in|at|into)\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:detention cent(?:er|re)|jail|lock-?up|pre-?trial detention)\b|\bbasement cell\b"),
    _t("detention.prison_sentence", rf"\b(?:was|were|been) sentenced\b|\bsentenced {_OBJ} to\b"),
    _t("detention.house_arrest", r"\bhouse arrest\b|\bresidential surveillance\b"),
    _t("detention.overcrowding", r"\bcell\b[^.]{0,40}?\bthere were (?:about |some |over |more than )?\d{2,}\b|\bshared with (?:the )?(?:other )?\d+ (?:to \d+ )?(?:internees|people|prisoners|detainees)\b|\bovercrowded\b"),
    _t("detention.shackling", r"\b(?:in|wore|wearing|put on|with|on)\s+(?:\w+\s+)?(?:shackles|leg irons|fetters)\b|\bshackled\b|\bchained to the (?:bed|floor|chair)\b|\bshackles on (?:my|his|her) (?:feet|legs|hands)\b"),
    _t("detention.solitary_confinement", r"\bsolitary confinement\b|\bdark room\b"),
    _t("torture.beating", r"\b(?:beat|beaten|beating|beatings|kicked|punched|whipped|flogged|clubbed)\b"),
    _t("torture.tiger_chair", r"\btiger chairs?\b|\brestraint chairs?\b|\biron chair\b|\bchaise du tigre\b|\bстул тигра\b"),
    _t("torture.stress_position", rf"\bhung (?:{_OBJ} )?(?:up )?from the ceiling\b|\bchained (?:{_OBJ} )?to the wall\b|\bchained high up\b|\bup against the wall\b|\bforced to (?:stand|squat|kneel) for\b"),
    _t("torture.electric_shock", r"\belectric(?:al)? (?:batons?|shocks?|prods?)\b|\belectrocuted\b|\belectroshocks?\b"),
    _t("torture.nail_torture", r"\bneedles? under (?:my|his|her|their) (?:finger)?nails\b|\b(?:pulled|ripped|removed) (?:out )?(?:my|his|her) (?:finger)?nails\b"),
    _t("torture.sleep_deprivation", r"\bnot allowed to sleep\b|\bkept (?:me |him |her |us )?awake\b|\bdeprived of sleep\b|\bsleep deprivation\b|\bnaps? of (?:\d+|\w+)(?: or (?:\d+|\w+))? minutes\b"),
    _t("torture.exposure", r"\bwater prison\b|\bstand(?:ing)? in (?:cold )?water\b|\b(?:outside|outdoors) in (?:shorts|the cold|the snow|winter)\b"),
    _t("ill_treatment.food_deprivation", r"\b(?:with )?no (?:water or )?food\b|\bfood (?:there )?was (?:very )?(?:bad|poor|rotten|spoiled|insufficient)\b|\bstarv(?:ed|ation)\b", True),
    _t("ill_treatment.denied_hygiene", rf"\bwithout (?:fresh air )?(?:nor |or )?(?:a )?shower\b|\b(?:no|without) (?:shower|toilet)s?\b|\bcould{_N} (?:shower|wash)\b", True),
    _t("ill_treatment.denied_medical_care", rf"\b(?:could{_N}|did{_N}|never|neither of them|no one|none of them)\s+(?:\w+\s+){{0,2}}(?:get|got|receive|received|given)\s+(?:any\s+)?(?:medical\s+)?(?:treatment|care)\b|\b(?:denied|refused) (?:medical )?(?:treatment|care)\b", True),
    _t("medical.forced_medication", r"\bforced (?:\w+\s+){0,2}to take (?:\w+\s+){0,2}(?:medications?|medicines?|pills|injections|drugs)\b|\bunknown (?:medications?|medicines?|pills|injections|drugs)\b"),
    _t("medical.biometric_collection", r"\bfull[- ]body (?:medical )?(?:check-?up|examination)\b|\bfull physical examination\b|\bblood (?:draws?|drawn|samples?)\b|\bdrew (?:our|my|his|her) blood\b|\bDNA\b|\birises\b|\biris scans?\b|\bfingerprints\b|\brecorded (?:my|his|her|our) voices?\b|\bvoice recordings?\b"),
    _t("reproductive.forced_sterilization", r"\b(?:forcibly )?sterili[sz](?:ed|ation)\b"),
    _t("reproductive.forced_abortion", r"\bforced (?:\w+\s+){0,2}(?:to have )?an? abortion\b|\bforced abortions?\b"),
    _t("reproductive.forced_contraception", r"\bIUDs?\b|\bcontraceptives? (?:were |was )?(?:imposed|forced)\b"),
    _t("sexual_violence.rape", r"\braped\b|\brape\b|\bsexual(?:ly)? (?:assault(?:ed)?|abused?|violence|humiliation)\b"),
    _t("indoctrination.political", r"\bpolitical indoctrination\b|\bred songs\b|\btaught (?:us|them|me) (?:\w+\s+){0,2}(?:party|political|ideology)\b|\bflag[- ]raising\b|\bpatriotic (?:songs|education)\b|\bself-criticism\b"),
    _t("culture.language_ban", r"\b(?:forbidden|banned|not allowed|prohibited) (?:from speaking|to speak) (?:Uyghur|Kazakh|Kyrgyz|(?:our|my|their) (?:own )?(?:language|mother tongue))\b", True),
    _t("culture.religious_ban", r"\b(?:forced|made|had) to (?:eat|drink) (?:pork|alcohol)\b|\b(?:forbidden|banned|not allowed|prohibited) (?:from |to )(?:pray|fast|wear)", True),
    _t("labour.forced_labour", r"\bforced labou?r\b|\bforced to (?:work|teach|labou?r)\b|\bput to work\b"),
    _t("death.in_custody", r"\b(?:died|dying) (?:of|from|under|after|due to) (?:torture|beatings?|abuse|ill-treatment)\b|\btortured to death\b|\bdied in (?:custody|detention|the camp|prison)\b|\bbeaten to death\b"),
    _t("disappearance.enforced", r"\bdisappeared\b|\bwhereabouts (?:are |remain |is )?unknown\b|\bno one knows where (?:he|she) is\b"),
    _t("coercion.forced_confession", rf"\bforced (?:{_OBJ}\s+)?to (?:accept and )?(?:confess|sign|thumbprint|admit)\b|\b(?:was|were) (?:asked|made|forced|ordered) to sign\b|\bforced confession\b"),
    _t("coercion.forced_denunciation", r"\bforced (?:\w+\s+){0,3}to record a video\b|\bpublic(?:ly)? denounc\w+\b|\bforced (?:\w+\s+){0,2}to denounce\b"),
    _t("movement.passport_confiscation", r"\bpassports? (?:was |were )?(?:confiscated|withheld|seized|taken away)\b|\basked for (?:her|his|my) passport, and the police refused\b|\bnot (?:been )?allowed to (?:leave the country|go abroad|travel abroad)\b|\bexit ban\b", True),
    _t("surveillance.checkpoint", r"\bcameras (?:were |was )?installed inside\b|\bcameras in (?:the |our |my )?cells?\b|\bcheckpoints?\b"),
    _t("surveillance.digital", r"\b(?:for having|because of|for using) (?:WhatsApp|WeChat|a VPN|a foreign (?:messaging )?app)\b|\bphone (?:was )?(?:inspected|checked|searched)\b|\btracking app\b"),
    _t("transnational.harassment", r"\bharass(?:es|ed|ing)? (?:me|us|him|her)\b|\bthreatening (?:phone )?calls\b|\bpressure to return\b|\bcalls from numbers belonging\b"),
]

# --- General lexicon: one group per code, built from the definitions in violations.yaml, with
# English word forms and French and Russian equivalents. Added after the triggers above (which
# were written first and keep their behaviour); a code is recorded once per person anyway.
_P = r"(?:me|him|her|us|them|m['’]|l['’]|les?|la|nous|меня|его|её|ее|нас|их)"
_DET = r"(?:an?|the|another|one|some|this|that)"
_DIGITAL_APPS = r"(?:WhatsApp|WeChat|Telegram|Facebook|Skype|Signal|Instagram|a VPN|VPN|un VPN|foreign (?:apps?|websites?|messaging apps?))"
_CAMP_WORDS = (r"(?:internment|re-?education|political (?:training|education|study)|(?:vocational )?(?:skills )?"
               r"(?:education and )?training|transformation[- ]through[- ]education|concentration|indoctrination)")
_CAMP_RULE_CODES = {
    "culture.language_ban", "culture.religious_ban", "indoctrination.political", "detention.overcrowding",
    "ill_treatment.denied_hygiene", "ill_treatment.food_deprivation", "surveillance.checkpoint",
}

LEXICON = [
    # detention.arbitrary_arrest: no warrant or charge, or a pretext (travel, prayer, an app, a passport)
    _t("detention.arbitrary_arrest", r"\b(?:showed|shown|had|with|gave)\s+(?:us\s+|me\s+|him\s+|her\s+)?no\s+(?:\w+\s+)?(?:warrant|charges?|reason|explanation)\b"),
    _t("detention.arbitrary_arrest", r"\b(?:arrested|detained|taken away|took \w+ away|picked \w+ up|summoned)\b[^.;]{0,80}?\b(?:because|after|for)\s+(?:(?:I|he|she|we|they)\s+)?(?:had\s+)?(?:prayed|praying|travell?ed|travell?ing|visit(?:ed|ing)|been abroad|studied abroad|studying abroad|used|using|install(?:ed|ing)|having|wearing|a passport|"
       + _DIGITAL_APPS + r")"),
    _t("detention.arbitrary_arrest", r"\bsans (?:aucun |aucune )?(?:mandat|motif|explication|raison|jugement|procès)\b|\breproch\w* d['’]avoir\b|\barrêtée?s?\b[^.;]{0,80}\bparce qu(?:e|['’])\s*(?:j['’]|il |elle |nous )?(?:avais|avait|avions) (?:voyagé|prié|installé|utilisé|porté)"),
    _t("detention.arbitrary_arrest", r"\bбез (?:объяснения причин|ордера|суда|обвинени\w+|предъявлени\w+ обвинени\w+|причины)\b|\bобвини\w+ в том,? что\b"),
    # detention.incommunicado: family or lawyer kept from the person; the family does not know where
    _t("detention.incommunicado", r"\b(?:nobody|no one|no official|the police|they)\s+(?:has\s+|have\s+|had\s+|would\s+)?(?:ever\s+)?(?:told|tell|tells|say|said)\s+(?:us|me|the family|them|my \w+|his \w+|her \w+)\s+where\s+(?:he|she|they|it)\s+(?:is|was|are|were)\b"),
    _t("detention.incommunicado", r"\b(?:we|I|the family|my family|his family|her family|nobody|no one)\s+(?:still\s+)?(?:do|does|did|have|has)?\s*(?:not|n['’]t|never)?\s*(?:know|knew|known|been told)\s+(?:\w+\s+){0,2}(?:where|which (?:camp|prison|jail|detention centre))\b", requires=r"\b(?:not|n['’]t|never|nobody|no one)\b", object_first=True),
    # (a relative not allowed to see "the defendant": the defendant's, whom no name points to)
    _t("detention.incommunicado", r"\b(?:never|not)\s+(?:been\s+)?(?:allowed|permitted)\s+to\s+(?:visit|see|call|contact|speak to|meet|write to)\b(?!\s+(?:the\s+)?(?:defendant|accused|detainee|prisoner)s?\b)", object_first=True),
    _t("detention.incommunicado", r"\bne (?:m['’]|nous |lui )?(?:a|ont|savons|savait|savais|sait|savent|avons)\s+(?:pas|jamais|plus)\s+(?:\w+\s+)?(?:dit |su |été dit )?(?:où|dans quel\w*)\b", object_first=True),
    _t("detention.incommunicado", r"\bне\s+(?:зна\w+|сообщ\w+|говор\w+|сказал\w*),?\s+(?:\w+\s+)?где\b", object_first=True),
    # detention.internment_camp
    _t("detention.internment_camp", rf"\b{_CAMP_WORDS}\s+(?:camp|cent(?:er|re)|school|facility|class)\b[\"”»]?"),
    _t("detention.internment_camp", rf"\b(?:taken|sent|brought|transferred|moved|held|detained|interned|locked up|put|kept|died|taking|sending|took|sent|moved|spent\s+\w+\s+\w+)\s+(?:{_P}\s+)?(?:\w+\s+){{0,3}}?(?:to|in|into|at|inside)\s+(?:{_DET}\s+)?(?:[\w\"“”'-]+\s+){{0,2}}?[\"“]?(?:camp|(?:training|education|study|transformation) cent(?:er|re)|training school)\b"),
    _t("detention.internment_camp", r"\bcamps? (?:d['’]internement|de rééducation|de transformation|de formation|d['’]éducation)\b|\b(?:envoyée?s?|internée?s?|transférée?s?|emmenée?s?|détenue?s?|enfermée?s?|conduite?s?|placée?s?|morte?s?|mort)\s+(?:\w+\s+){0,3}?dans (?:un|le|ce|une) (?:camp|centre de (?:formation|rééducation|transformation))\b"),
    _t("detention.internment_camp", r"(?<![\w-])(?:в|во)\s+(?:\S+\s+)?(?:лагер[ьеи]|лагерь|«?(?:политическ\w+|профессионально\w*|учебн\w+|образовательн\w+) (?:центр|школ)\w*)(?![\w-])|\bлагер\w* (?:перевоспитания|политическ\w+ обучения)\b"),
    # detention.pretrial: police station, detention centre, jail before or without trial
    _t("detention.pretrial", r"\b(?:held|locked|kept|spent|detained|put|taken|jailed|interrogated|questioned)\b[^.;]{0,60}?\b(?:police station|detention cent(?:er|re)|lock-?up|jail|kanshousuo|police cell)\b"),
    _t("detention.pretrial", r"\b(?:in|at|into|to)\s+(?:an?|the)\s+(?:[A-Z]\w+\s+)?(?:detention cent(?:er|re)|pre-?trial detention)\b"),
    _t("detention.pretrial", r"\b(?:centre de détention|garde à vue|maison d['’]arrêt)\b|\b(?:interrogée?s?|détenue?s?|gardée?s?|enfermée?s?|retenue?s?)\b[^.;]{0,40}\b(?:au commissariat|au poste de police)\b"),
    _t("detention.pretrial", r"\bСИЗО\b|\bследственн\w+ изолятор\w*|\b(?:держали|содержали|продержали)\b[^.;]{0,30}\bв (?:полиции|отделении|участке|изоляторе)\b"),
    # detention.prison_sentence
    _t("detention.prison_sentence", r"\bsentenced\s+(?:\w+\s+){0,4}?to\s+(?:\w+[- ]){1,3}(?:years?|months?)\b|\b(?:given|handed|received|serving)\s+(?:an?\s+)?(?:\w+[- ]year\s+)?(?:prison|jail)\s+(?:sentence|term)\b"),
    _t("detention.prison_sentence", r"\bcondamnée?s?\b[^.;]{0,40}\b(?:ans?|mois) de prison\b|\bcondamnée?s? à (?:la )?(?:prison|perpétuité)\b"),
    _t("detention.prison_sentence", r"\bприговор\w*\b|\bосужден\w*\b|\bполучил\w* (?:\w+ )?(?:лет|года) (?:тюрьмы|заключения|лишения свободы)\b"),
    # detention.house_arrest
    _t("detention.house_arrest", r"\b(?:confined|restricted)\s+to\s+(?:my|his|her|their|our|the)\s+(?:home|house|village|flat|apartment)\b|\bunder (?:house arrest|residential surveillance|home surveillance)\b|\bassignée? à résidence\b|\bдомашн\w+ арест\w*"),
    # detention.overcrowding
    _t("detention.overcrowding", r"\b(?:cell|room|dormitory|barrack)s?\s+(?:\w+\s+)?(?:built|made|meant|designed|intended)\s+for\s+(?:only\s+)?(?:\d+|\w+)\b|\bcrammed\b|\bpacked (?:into|in)\b|\bno room to (?:lie down|sleep|move)\b|\btook turns (?:to )?(?:sleep|lie down)\b"),
    _t("detention.overcrowding", r"\b(?:cellule|pièce|chambre|salle)s?\s+(?:prévue|conçue|faite|construite)s?\s+pour\s+(?:\w+)\b|\bentassée?s?\b"),
    _t("detention.overcrowding", r"\bв (?:камере|комнате)\b[^.;]{0,25}\b(?:\d{2,}|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|сто)\b|\bтеснот\w*|\bпереполнен\w*"),
    # detention.shackling
    _t("detention.shackling", r"\bhandcuffed\b|\bshackle[sd]\b|\bleg[- ]?irons\b|\bfetter(?:s|ed)\b|\b(?:ankles|legs|feet|wrists|hands)\s+(?:were\s+|was\s+)?(?:chained|bound|cuffed|shackled)\b|\bin chains\b"),
    _t("detention.shackling", r"\bmenott\w+|\bentravée?s?\b|\benchaînée?s?\b|\bfers aux (?:pieds|chevilles)\b|\bchaînes aux (?:pieds|chevilles)\b"),
    _t("detention.shackling", r"\bкандал\w*|\bнаручник\w*|\bзакован\w*|\bв цепях\b"),
    # detention.solitary_confinement
    _t("detention.solitary_confinement", r"\balone in (?:a|the) (?:\w+ )?(?:cell|room)\b|\bisolation cell\b|\b(?:held|kept|put|locked)\s+(?:\w+\s+)?(?:in isolation|alone)\b|\bdark cell\b|\bsolitary\b"),
    _t("detention.solitary_confinement", r"\bcachot\b|\bisolement\b|\bcellule d['’]isolement\b|\bодиночн\w+ камер\w*|\bкарцер\w*"),
    # torture.beating
    _t("torture.beating", r"\b(?:hit|struck|slapped|battered|thrashed|beat)\s+(?:me|him|her|us|them)\b|\bkick(?:ed|ing)\b|\bpunch(?:ed|ing)\b|\bwhip(?:ped|ping)\b|\bslapped\b|\bbeat(?:en|ings?)\b"),
    _t("torture.beating", r"\bfrapp(?:é|ée|és|ées|aient|ait|ent|er)\b|\bbattue?s?\b|\bpassée?s? à tabac\b|\bcoups de (?:matraque|pied|poing|bâton)\b"),
    _t("torture.beating", r"\bизбива\w*|\bизбил\w*|\bизбит\w*|\bпобо\w+|\bудари\w*|\bбили\b"),
    # torture.tiger_chair
    _t("torture.tiger_chair", r"\b(?:strapped|tied|chained|locked|fastened|shackled|bound|sat|put)\s+(?:\w+\s+){0,2}(?:to|into|in|onto|on)\s+(?:an?|the)\s+(?:(?:metal|iron|steel|special|restraint|interrogation)\s+)chairs?\b|\bchaises? (?:du tigre|de fer|métallique)\b|\bстул\w* тигра\b|\bтигров\w+ стул\w*|\bжелезн\w+ стул\w*"),
    # torture.stress_position
    _t("torture.stress_position", r"\b(?:made|forced|ordered|told)\s+to\s+(?:stand|squat|kneel|crouch|sit)\b[^.;]{0,60}?\b(?:hours|all night|all day|whole night|whole day|days)\b|\bsuspended (?:from|by)\b|\bhung\s+(?:me|him|her|us|them\s+)?(?:up\s+)?by\s+(?:my|his|her|the|our|their)\s+(?:wrists|arms|hands|feet)\b"),
    _t("torture.stress_position", r"\b(?:accroupie?s?|à genoux|debout)\s+pendant des heures\b|\bsuspendue?s? par les (?:poignets|bras)\b|\bна корточках\b|\bстоять (?:\w+ )?часами\b|\bподвешива\w*"),
    # torture.electric_shock
    _t("torture.electric_shock", r"\b(?:électrocutée?s?|décharges? électriques?|matraques? électriques?)\b|\bэлектрошок\w*|\bпыта\w+ электричеством\b|\b(?:били|пытали)\s+током\b|\bэлектрическ\w+ дубинк\w*"),
    # torture.nail_torture
    _t("torture.nail_torture", r"\bneedles?\s+(?:under|into|beneath)\s+(?:my|his|her|their|our)\s+(?:finger|toe)?nails\b|\b(?:finger|toe)?nails\s+(?:were\s+)?(?:pulled|torn|ripped)\s+(?:out|off)\b|\baiguilles? sous les ongles\b|\barrach\w+ (?:les|mes|ses) ongles\b|\bигл\w+ под ногти\b|\bиголк\w+ под ногти\b|\bвырыва\w+ ногти\b"),
    # torture.sleep_deprivation
    _t("torture.sleep_deprivation", r"\b(?:allowed|let)\s+(?:\w+\s+)?only\s+(?:a few\s+|\w+\s+)?(?:minutes|hours?)\s+of\s+sleep\b|\b(?:would not|wouldn['’]t|did not|didn['’]t)\s+let\s+(?:me|us|him|her|them)\s+sleep\b|\b(?:prevented|stopped)\s+(?:me|us|him|her|them)\s+from\s+sleeping\b|\bprivée?s? de sommeil\b|\bempêch\w+ de dormir\b|\bне давали спать\b|\bлишени\w+ сна\b"),
    # torture.exposure
    _t("torture.exposure", r"\b(?:stand|stood|standing|kept|left|stay|stayed)\s+(?:\w+\s+){0,2}(?:outside|outdoors)\s+in\s+(?:the\s+)?(?:snow|cold|freezing|rain|winter|frost)\b|\bcold water (?:was )?(?:poured|thrown)\b|\bwater (?:cell|prison)\b|\bwater up to (?:my|his|her|our|their) (?:knees|waist|chest)\b|\bdehors dans (?:le froid|la neige)\b|\beau glacée\b|\bна морозе\b|\bв ледяной воде\b"),
    # ill_treatment.food_deprivation
    _t("ill_treatment.food_deprivation", r"\b(?:one|a single|half a)\s+(?:small\s+)?(?:bowl|bun|piece|steamed bun|cup|slice)\b[^.;]{0,50}?\b(?:a|per|each) day\b|\bthin soup\b|\bstarv\w+|\b(?:always|constantly|often) hungry\b|\b(?:not|never) enough (?:food|water|to eat)\b|\b(?:rotten|spoil(?:ed|t)|mouldy|moldy) (?:food|bread|buns?|rice|vegetables)\b|\bdeprived of (?:food|water)\b|\bwithout (?:food|water|eating)\b|\b(?:lost|took away) (?:his|her|my|our|their) (?:food|meals?)\b"),
    _t("ill_treatment.food_deprivation", r"\bprivée?s? de (?:nourriture|repas|eau)\b|\baffamée?s?\b|\bun (?:seul )?(?:bol|pain|morceau)\b[^.;]{0,30}\bpar jour\b|\bголод\w*|\bне давали (?:есть|еды|воды|пить)\b|\bлишали (?:еды|пищи|воды)\b"),
    # ill_treatment.denied_hygiene
    _t("ill_treatment.denied_hygiene", r"\b(?:wash|shower|bathe)(?:ed)?\s+only\s+once\s+(?:a|every|in)\s+(?:\w+\s+)?(?:weeks?|months?)\b|\btoilet was a bucket\b|\bbucket (?:as|for) (?:a |the )?toilet\b|\bno (?:water|soap) to wash\b|\bse laver (?:qu['’]une|une seule) fois par (?:mois|semaine)\b|\bseau (?:comme|pour) toilettes?\b|\bмыться (?:только )?раз в (?:месяц|неделю)\b|\bведро вместо туалета\b|\bне давали мыться\b"),
    # ill_treatment.denied_medical_care
    _t("ill_treatment.denied_medical_care", r"\brefused to (?:treat|examine|help|see) (?:me|him|her|us|them)\b|\b(?:left|went) untreated\b|\bno (?:medical (?:help|care|treatment)|medicine|medication) (?:was |were )?(?:given|offered|allowed)\b|\brefus\w* de (?:me |le |la |les |nous )?soigner\b|\bsans (?:aucun )?soins?\b|\bне лечили\b|\bотказ\w* в (?:лечении|медицинской помощи)\b|\bбез медицинской помощи\b"),
    # medical.forced_medication
    _t("medical.forced_medication", r"\b(?:made|forced|ordered|compelled)\s+(?:us|me|him|her|them)\s+(?:to\s+)?(?:swallow|take|drink)\s+(?:\w+\s+){0,2}(?:pills|tablets|medicines?|medications?|drugs|liquids?|injections)\b|\b(?:forced|unknown|mysterious|unexplained|unidentified|compulsory)\s+(?:injections?|pills|tablets|medicines?|medications?|vaccinations?|shots)\b|\binjected\s+(?:us|me|him|her|them)\s+with\b|\bgave\s+(?:us|me|him|her|them)\s+(?:\w+\s+)?(?:injections|pills|tablets|shots)\b"),
    _t("medical.forced_medication", r"\binjections? forcées?\b|\b(?:pilules?|comprimés?|médicaments?) inconnus?\b|\b(?:forcée?s?|obligée?s?) à (?:prendre|avaler) des (?:pilules|médicaments|comprimés)\b|\b(?:faisait|a fait|ont fait|faisaient) des (?:piqûres|injections)\b|\bделали уколы\b|\bзаставля\w+ (?:пить|принимать|глотать) (?:таблетки|лекарства)\b|\bнеизвестн\w+ (?:таблетк\w+|лекарств\w*|уколы|инъекци\w+)\b|\bпринудительн\w+ (?:уколы|инъекци\w+|лечени\w+)\b"),
    # medical.biometric_collection
    _t("medical.biometric_collection", r"\b(?:drew|took|taken|drawn|collected|draw|take)\b[^.;]{0,20}?\bblood\b|\bblood (?:was |were )?(?:drawn|taken)\b|\bblood (?:samples?|tests?|draws?)\b|\b(?:scanned|photographed|recorded|filmed)\s+(?:\w+\s+){0,2}(?:eyes|irises|iris|faces?|voices?)\b|\bfingerprint(?:s|ed|ing)?\b|\bvoice (?:samples?|recordings?)\b|\bfull[- ]body (?:medical )?(?:check-?ups?|examinations?|scans?)\b"),
    _t("medical.biometric_collection", r"\bprises? de sang\b|\bprélev\w+ (?:du|de mon|mon|notre|son) sang\b|\bempreintes (?:digitales|de mes doigts)\b|\bADN\b|\benregistr\w+ (?:ma|notre|sa|leur) voix\b|\b(?:взяли|брали|взяли у \w+) кровь\b|\bанализ\w* крови\b|\bотпечатк\w+ пальцев\b|\bДНК\b|\bрадужк\w+|\bзаписал\w* (?:мой|наш|его|её) голос\b"),
    # reproductive.*
    _t("reproductive.forced_sterilization", r"\bstérilisée?s?\b|\bstérilisation\b|\bстерилиз\w*"),
    _t("reproductive.forced_abortion", r"\b(?:made|forced|ordered|pressured)\s+(?:\w+\s+)?to\s+(?:terminate|abort|end)\b|\bpregnancy (?:was )?(?:terminated|ended) (?:by force|against)\b|\baborted (?:my|her|their) (?:baby|child|pregnancy)\b|\bavortement forcé\b|\b(?:forcée?|obligée?|contrainte?) (?:à|d['’]) ?avorter\b|\bпринудительн\w+ аборт\w*|\bзаставили сделать аборт\b"),
    _t("reproductive.forced_contraception", r"\b(?:fitted|inserted|implanted|put)\s+(?:\w+\s+){0,3}(?:an?\s+)?(?:IUD|contraceptive (?:ring|device|coil|implant)|coil)\b|\bbirth control\b[^.;]{0,30}\b(?:forced|imposed|compulsory)\b|\bstérilet\b|\bDIU\b|\bвнутриматочн\w+ спирал\w*|\bпоставили спираль\b"),
    # sexual_violence.rape
    _t("sexual_violence.rape", r"\bsexual(?:ly)?\s+(?:assaulted|abused|humiliated|molested|tortured)\b|\bmolested\b|\bgang[- ]raped\b|\bstripped (?:us |me |her |them )?naked\b|\bviolée?s?\b|\bviol\b|\bagress\w+ sexuellement\b|\babus sexuels?\b|\bизнасилова\w*|\bсексуальн\w+ (?:насили\w+|надругательств\w+)"),
    # indoctrination.political
    _t("indoctrination.political", r"\bsongs?\s+(?:praising|about|in praise of|glorifying)\s+(?:the\s+)?(?:Party|Communist|state|motherland|Xi|China|leader)\w*\b|\b(?:party|political|communist|patriotic)\s+slogans\b|\bmemori[sz]\w*\s+(?:\w+\s+)?slogans\b|\bflag(?:[- ]raising)?\s+ceremon\w+|\bpolitical (?:lessons?|classes|study|studies|exams?|education)\b|\bXi Jinping Thought\b|\bpraise (?:the )?(?:Party|Communist Party|motherland|state|Xi Jinping)\b|\bpatriotic (?:songs|education|lessons|classes)\b"),
    _t("indoctrination.political", r"\bchants? (?:patriotiques|à la gloire|révolutionnaires|communistes)\b|\bà la gloire du Parti\b|\bautocritique\b|\bcours politiques\b|\blever du drapeau\b|\bslogans du Parti\b|\bпатриотическ\w+ песн\w*|\bпесн\w+ о (?:партии|родине)\b|\bлозунг\w*|\bсамокритик\w*|\bполитическ\w+ (?:занятия|уроки|учёб\w+|учеб\w+)\b|\bподнятие флага\b"),
    # culture.language_ban
    _t("culture.language_ban", r"\b(?:forbidden|banned|not allowed|prohibited|punished|beaten|fined|scolded)\b[^.;]{0,25}?\b(?:to speak|from speaking|for speaking|speaking|to use|from using|for using)\s+(?:in\s+)?(?:Uyghur|Uighur|Kazakh|Kyrgyz|(?:our|my|their|his|her)\s+(?:own\s+|mother\s+)?(?:language|tongue))\b"),
    _t("culture.language_ban", r"\b(?:who|whoever|if\s+\w+)\s+(?:spoke|speaks|used|said a word in)\s+(?:in\s+)?(?:Uyghur|Uighur|Kazakh|Kyrgyz)\b[^.;]{0,40}?\b(?:punished|beaten|lost|lose|had to|was|were|got)\b|\b(?:speaking|to speak)\s+(?:in\s+)?(?:Uyghur|Uighur|Kazakh|Kyrgyz|(?:our|my)\s+(?:own\s+|mother\s+)?(?:language|tongue))\s+was\s+(?:forbidden|banned|not allowed|prohibited|punished)\b|\bonly (?:allowed to )?speak (?:Chinese|Mandarin)\b"),
    _t("culture.language_ban", r"\binterdi\w* de parler (?:en )?(?:ouïghour|kazakh|notre langue|(?:ma|sa|leur) langue)\b|\bparce qu(?:e|['’])\s*(?:j['’]|il |elle |nous )?(?:avais|avait|avions) parlé (?:en )?(?:ouïghour|kazakh|kirghiz)\b|\b(?:punie?s?|frappée?s?|battue?s?)\b[^.;]{0,30}\bparl\w+ (?:en )?(?:ouïghour|kazakh)\b|\bговорить (?:по-уйгурски|по-казахски|по-киргизски|на родном языке)\b[^.;]{0,20}\bзапрещ\w*|\bзапрещ\w+ говорить (?:по-уйгурски|по-казахски|по-киргизски|на родном языке)\b"),
    # culture.religious_ban
    _t("culture.religious_ban", r"\b(?:punished|beaten|arrested|detained|fined)\s+(?:\w+\s+){0,3}for\s+(?:praying|fasting|wearing a (?:headscarf|veil|hijab)|reading the (?:Quran|Koran))\b|\b(?:forbidden|banned|not allowed|prohibited)\s+(?:from |to )(?:wear(?:ing)?|grow(?:ing)?)\s+(?:a\s+)?(?:headscarf|veil|hijab|beard)|\bcould(?:n['’]t| not) (?:pray|fast)\b"),
    _t("culture.religious_ban", r"\binterdi\w* de (?:prier|jeûner|porter le voile)\b|\b(?:forcée?s?|obligée?s?) à (?:manger du porc|boire de l['’]alcool)\b|\bзапрещ\w+ (?:молиться|держать пост|носить платок)\b|\bзаставля\w+ (?:есть свинину|пить алкоголь)\b"),
    # labour.forced_labour
    _t("labour.forced_labour", r"\b(?:forced|made|ordered|assigned|sent|told|compelled)\s+to\s+(?:work|teach|labou?r|sew|make|produce|pick|assemble)\b|\b(?:factory|workshop|plant|mill|farm)\b[^.;]{0,25}?\b(?:could(?:n['’]t| not)|may not|might not|was not allowed to|were not allowed to|cannot|can['’]t|is not allowed to)\s+(?:leave|quit)\b|\bordered to teach\b|\b(?:without|with no|for no)\s+(?:pay|wages?|salary)\b|\bunpaid (?:work|labou?r)\b"),
    _t("labour.forced_labour", r"\btravail (?:forcé|obligatoire)\b|\btravaill\w+ (?:maintenant )?de force\b|\b(?:forcée?s?|obligée?s?|contrainte?s?) (?:à|de) travailler\b|\bsans (?:salaire|être payée?s?)\b|\bпринудительн\w+ труд\w*|\bотправили работать\b|\bзаставля\w+ работать\b|\bбез оплаты\b"),
    # death.in_custody
    _t("death.in_custody", r"\b(?:died|dead|killed|perished)\b[^.;]{0,50}?\b(?:in|inside|during|while in)\s+(?:detention|custody|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:camp|prison|jail|detention cent(?:er|re))|prison|jail)\b|\bdeath in (?:custody|detention)\b|\b(?:morte?|décédée?|mort)\s+(?:\w+\s+){0,3}(?:en détention|dans (?:le|un) camp|en prison)\b|\bумер\w*\s+(?:\w+\s+)?в (?:лагере|тюрьме|заключении|СИЗО)\b|\bпогиб\w*\s+(?:\w+\s+)?в (?:лагере|тюрьме|заключении)\b"),
    # disappearance.enforced
    _t("disappearance.enforced", r"\b(?:has|have|had)\s+not\s+been\s+(?:seen|heard (?:from|of))\s+(?:since|again)\b|\bnever (?:been )?(?:seen|heard from) again\b|\bvanished\b|\b(?:nobody|no one)\s+(?:has\s+|had\s+)?(?:ever\s+)?(?:told|tells)\s+(?:us|me|the family|them)\s+where\s+(?:he|she|they)\s+(?:is|was|are|were)\b|\bno news (?:of|from|about) (?:him|her|them)\b"),
    _t("disappearance.enforced", r"\b(?:we|I|the family|my family|his family|her family)\s+(?:still\s+)?(?:do|does|did)\s*(?:not|n['’]t)\s+know\s+(?:\w+\s+){0,2}(?:where|which (?:camp|prison|jail)|whether (?:he|she|they) (?:is|are) alive)\b", object_first=True),
    _t("disappearance.enforced", r"\bdisparue?s?\b|\bsans nouvelles? d\w*\b|\bne (?:savons|savent|sait|savais|savait) (?:pas|plus) (?:\w+ )?(?:où|dans quel\w*)\b|\bпропал\w*|\bисчез\w*|\bне зна\w+,? где (?:он|она|они) (?:находится|находятся|сейчас)\b|\bникаких (?:известий|вестей)\b", object_first=True),
    # coercion.forced_confession
    _t("coercion.forced_confession", r"\b(?:made|forced|ordered|told|compelled|pressured)\s+(?:me\s+|him\s+|her\s+|us\s+|them\s+)?to\s+(?:sign|thumbprint|confess|admit|write a confession|record a confession)\b|\bthumbprint(?:ed)?\s+(?:a|the)\s+(?:confession|document|statement)\b|\bon condition that\s+(?:I|he|she|we|they)\s+(?:signed|sign|would sign)\b|\bforced confessions?\b|\bconfess(?:ed)?\s+to\s+(?:crimes|things)\s+(?:I|he|she|we|they)\s+(?:had\s+)?(?:not|never)\s+(?:committed|done)\b"),
    _t("coercion.forced_confession", r"\b(?:forcée?s?|obligée?s?|contrainte?s?) (?:à|de) (?:signer|avouer)\b|\bsigner des aveux\b|\baveux (?:forcés|écrits)\b|\bзаставил\w* (?:\w+ )?(?:подписать|признаться)\b|\bподписать признание\b|\bвынужден\w* (?:\w+ )?подписать\b|\bпризнательн\w+ показани\w*"),
    # coercion.forced_denunciation
    _t("coercion.forced_denunciation", r"\b(?:made|forced|ordered|told|pressured|compelled)\s+(?:\w+\s+)?to\s+(?:\w+\s+){0,4}?(?:denounce|denouncing|condemn|condemning|renounce)\b|\b(?:on|in a) video\s+(?:denouncing|condemning|criticising|criticizing)\b|\bpublic (?:denunciation|criticism) (?:meeting|session)s?\b|\bdénonc\w+ (?:publiquement|en vidéo|dans une vidéo)\b|\b(?:forcée?s?|obligée?s?) (?:à|de) (?:me |le |la |les )?dénoncer\b|\bзаставил\w* (?:\w+ )?(?:осудить|отречься)\b|\bпублично осуд\w+", subject_first=True),
    # family.separation
    _t("family.separation", r"\bchildren\s+(?:were\s+|was\s+)?(?:placed|put|sent|taken)\s+(?:\w+\s+)?(?:in|into|to)\s+(?:an?\s+|the\s+)?(?:state\s+|government\s+|boarding\s+)*(?:boarding school|orphanage|state care|welfare (?:home|centre|center)|kindergarten)\b|\bseparated from (?:my|his|her|our|their) (?:children|wife|husband|family|son|daughter)\b|\b(?:not allowed|unable|could(?:n['’]t| not))\s+to join (?:me|him|her|us|them)\b|\benfants? (?:ont été |a été )?placée?s? (?:dans un|en) (?:orphelinat|internat)\b|\bdétenus? séparée?s? de (?:mes|ses) enfants\b|\b(?:забрали|отправили|поместили) (?:\w+ )?в (?:интернат|детский дом)\b|\bразлучи\w*"),
    # movement.passport_confiscation
    _t("movement.passport_confiscation", r"\b(?:passports?|travel documents?)\s+(?:was|were|had been|has been)\s+(?:kept|held|retained|taken|confiscated|seized|withheld|collected)\b|\b(?:took|kept|confiscated|seized|collected|withheld|took away)\s+(?:my|his|her|our|their)\s+passports?\b|\b(?:not allowed|forbidden|banned|barred)\s+(?:to|from)\s+(?:leave|leaving|travel|travelling|traveling)\s+(?:the country|China|abroad|Xinjiang)\b"),
    _t("movement.passport_confiscation", r"\bpasseports? (?:a été |ont été )?(?:confisqués?|retenus?|saisis?|gardés?)\b|\b(?:confisqu|retir|pris|gard)\w* (?:mon|son|leur|notre|leurs|nos|ses) passeports?\b|\binterdite? de (?:quitter le pays|sortie du territoire)\b|\bотобрали паспорт\w*|\bпаспорт\w* (?:остался|остались|оставили|забрали|изъяли|конфисковали)\b|\b(?:изъяли|забрали|конфисковали) (?:\w+ )?паспорт\w*|\bне разрешают (?:ему |ей |мне |им )?(?:выезжать|выехать)\b|\bзапрет на выезд\b"),
    # surveillance.checkpoint
    _t("surveillance.checkpoint", r"\bfacial recognition\b|\bcameras?\s+(?:above|over|in|inside|installed in)\s+(?:it|the toilet|our|the|every|each|my)\b|\bcameras everywhere\b|\b(?:face|faces|ID card|ID cards|identity cards?)\s+(?:and\s+\w+\s+(?:\w+\s+)?)?(?:was|were)\s+scanned\b|\bpoints? de contrôle\b|\breconnaissance faciale\b|\bcaméras? (?:dans|au-dessus)\b|\bраспознавани\w+ лиц\b|\bблокпост\w*|\bкамер\w+ (?:наблюдения )?(?:в камере|над)\b"),
    # surveillance.digital
    _t("surveillance.digital", rf"\b(?:for|because (?:of|he had|she had|I had|they had))\s+(?:having|using|installing|installed|had)?\s*{_DIGITAL_APPS}\b|\bwent through\s+(?:my|his|her|their|our)(?:\s+\w+['’]s)?\s+phones?\b|\b(?:checked|inspected|searched|examined)\s+(?:my|his|her|their|our)\s+phones?\b|\binstall\w*\s+(?:a|an|the)\s+(?:tracking|spy|surveillance|monitoring)\s+app\b|\bspyware\b"),
    _t("surveillance.digital", rf"\b(?:installé|utilisé|téléchargé|avoir)\s+(?:\w+\s+)?{_DIGITAL_APPS}\b|\bfouill\w+ (?:mon|son|leur) téléphone\b|\b(?:проверили|проверяли|забрали) (?:\w+ )?телефон\w*|\b(?:за|из-за) (?:\w+ )?(?:WhatsApp|Telegram|WeChat|VPN)\b"),
    # transnational.harassment
    _t("transnational.harassment", r"\b(?:call|calls|called|calling|phone|phoned|phones|message|messaged|messages|text|texted|contact|contacted|threaten|threatened|threatens)\s+(?:me|us|him|her|them|my \w+)\b[^.;]{0,100}?\b(?:come home|come back|return(?: home| to China)?|stop (?:spreading|talking|speaking|posting)|family (?:is|was|would be) in danger|if (?:I|you|she|he|we) wanted to see)\b"),
    _t("transnational.harassment", r"\b(?:appel\w*|téléphon\w*|contact\w*|menac\w*)\b[^.;]{0,60}?\b(?:rentrer|revenir|retourner)(?: en Chine)?\b|\bpressions? pour (?:rentrer|revenir)\b|\bharcèle\w*|\b(?:звон\w+|угрожа\w+|требу\w+)\b[^.;]{0,60}?\bвернуться\b|\bдавлени\w+ (?:чтобы|с целью) вернуться\b"),
]

TRIGGERS += LEXICON
# Ways of saying an act kept as data, one file per language (src/guwah/vocab/acts/), so that
# a volunteer can add one without writing Python.
TRIGGERS += [_t(entry["code"], entry["pattern"], entry["negative_form"], entry["requires"], entry["object_first"],
                entry["subject_first"])
             for entry in act_patterns()]

_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|without|hardly|nobody|ne|pas|jamais|не|никогда)\b|n['’]t\b", re.I)
_SENTENCE_DENIAL = re.compile(r"\b(?:not|never|n['’]t) (?:been )?subjected\b|\bspared\b|\bescaped (?:the|this)\b", re.I)
_HEDGE = re.compile(
    r"\b(?:might|may have|maybe|perhaps|possibly|probably|reportedly|allegedly|rumou?r\w*|heard|"
    r"I think|I believe|I suppose|it is said|seems|apparently|I know the|I know that the|afraid|feared|"
    r"worried|would have|could have|thought they|"
    r"peut-être|je crois|je pense|je suppose|il paraît|on dit|on raconte|rumeurs?|probablement|sans doute|"
    r"говорят|возможно|кажется|по слухам|наверное|якобы|вероятно|может быть|слышал\w*)\b", re.I)
_BACKGROUND = re.compile(
    r"\b(?:rights groups|human rights (?:groups|organi[sz]ations)|across the region|throughout the region|"
    r"in the region|reports? (?:say|suggest|show)|according to (?:reports|researchers|rights groups|experts)|"
    r"systematically|all non-\w+ women|hundreds of thousands|millions of|"
    r"dans toute la région|organisations? de défense des droits|des milliers|des centaines de milliers|"
    r"по всему (?:региону|Синьцзяну)|правозащитн\w+|тысяч\w* (?:уйгур\w*|казах\w*|людей|заключ\w+))\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:–—]|,\s+(?:but|and|while|whereas)\b|\bbut\b|\bwhile\b")
_REPRISAL = re.compile(r"\bbecause of my (?:activism|testimony|speaking out|work)\b|\bhas its consequences\b|\bcondemned my actions\b|\bpersecuted my family\b", re.I)
# A relative punished for someone's testimony, activism or life abroad: the cue ("because I spoke
# to journalists", "à cause de moi") and the harm ("detained", "threatened", "summoned") in one sentence.
_REPRISAL_CUE = re.compile(
    r"\b(?:because|after|when|since)\s+(?:I|he|she|we|they)\s+(?:had\s+)?(?:first\s+)?(?:spoke|talked|testified|"
    r"went public|gave (?:an? |\w+ )?interviews?|spoke out)\b|\bbecause of (?:me|my (?:activism|testimony|interviews?|"
    r"speaking out|work|life abroad))\b|\bin retaliation\b|\bà cause de (?:moi|mon (?:témoignage|activisme))\b|"
    r"\bparce que j['’]ai (?:témoigné|parlé)\b|\bпосле того,? как (?:я|он|она) (?:дал\w*|рассказал\w*|выступил\w*)\b|"
    r"\bиз-за (?:меня|моих интервью|моего выступления)\b", re.I)
_HARM = re.compile(
    r"\b(?:detained|arrested|threatened|summoned|questioned|interrogated|harassed|punished|fired|dismissed|"
    r"taken away|sent to a camp|convoquée?s?|menacée?s?|arrêtée?s?|interrogée?s?|détenue?s?|"
    r"вызывали|вызвали|угрожали|задержали|арестовали|допрашивали|уволили)\b", re.I)
_INCLUSIVE = re.compile(r"\b(?:we|us|our|anyone|everyone|everybody|nobody|no one|all of us|nous|on nous|мы|нас|нам|никто|все)\b", re.I)


def _negated(clause: str) -> bool:
    """A negation governs the trigger: "never", "not", or "without"/"no" right before it."""
    tail = clause[-60:]
    for match in _NEGATION.finditer(tail):
        word = match.group().lower()
        if word in ("without", "no", "sans", "без", "нет") and len(tail[match.end():].split()) > 1:
            continue  # "without cameras and …": the negation is of its own object
        return True
    return False


def _clause_before(text: str, sentence_start: int, start: int) -> str:
    before = text[sentence_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _trigger_hits(doc: Doc) -> list[tuple[Trigger, int, re.Match]]:
    """(trigger, sentence index, match) for every trigger match that survives the filters.

    Each trigger scans the whole text once (far faster than once per sentence); a match that
    runs over a sentence end is looked for again inside its sentence.
    """
    text = doc.text
    if not doc.sentences:
        return []
    skipped: dict[int, bool] = {}
    denials: dict[int, re.Match | None] = {}
    hits = []

    def usable(index: int) -> bool:
        if index not in skipped:
            sentence = doc.sentences[index]
            body = text[sentence.start:sentence.end]
            skipped[index] = bool(_BACKGROUND.search(body))
            denials[index] = _SENTENCE_DENIAL.search(body)
        return not skipped[index]

    for trigger in TRIGGERS:
        matches = []
        for match in trigger.pattern.finditer(text):
            index = doc.sentence_index(match.start())
            sentence = doc.sentences[index]
            if match.start() >= sentence.start and match.end() <= sentence.end:
                matches.append((index, match))
            elif sentence.start <= match.start() < sentence.end:
                matches += [(index, m) for m in trigger.pattern.finditer(text, sentence.start, sentence.end)]
        for index, match in matches:
            if not usable(index):
                continue
            sentence = doc.sentences[index]
            if trigger.requires and not trigger.requires.search(text, sentence.start, sentence.end):
                continue
            denial = denials[index]
            if denial and sentence.start + denial.start() < match.start():
                continue
            clause = _clause_before(text, sentence.start, match.start())
            if not trigger.negative_form and _negated(clause):
                continue
            if _HEDGE.search(clause):
                continue
            hits.append((trigger, index, match))
    return hits


def find_violations(doc: Doc) -> None:
    """Add violations to doc.persons (and the victim role)."""
    text = doc.text
    detained_from: dict[str, int] = {}
    proposals: list[tuple[str, str, tuple[int, int], int]] = []  # (person, code, evidence, offset)
    hits = _trigger_hits(doc)
    for pass_number in (1, 2):
        for trigger, index, match in hits:
            sentence = doc.sentences[index]
            body = text[sentence.start:sentence.end]
            start, end = match.start(), match.end()
            speaker = doc.speakers.get(index)
            includes = pass_number == 2 and speaker is not None and detained_from.get(speaker, 10**12) <= start
            people = attribute(doc, index, start, end, we_includes_speaker=includes,
                               object_first=trigger.object_first, subject_first=trigger.subject_first)
            if not people and includes and trigger.code in _CAMP_RULE_CODES and _camp_rule_applies(doc, index, body):
                # A rule of the camp the speaker was held in ("speaking Kazakh was forbidden").
                people = [speaker]
            if not people and trigger.code == "detention.arbitrary_arrest":
                # "police came to our house, without a warrant": the person arrested there.
                people = [e.person for e in doc.events if e.type == "arrest" and e.person
                          and e.evidence == (sentence.start, sentence.end)]
            code = trigger.code
            if code == "detention.internment_camp" and "named" in match.group().lower() and "camp" not in text[max(0, start - 3000):start].lower():
                code = "detention.pretrial"
            for person_id in people:
                proposals.append((person_id, code, (sentence.start, sentence.end), start))
                if pass_number == 1 and code.startswith("detention.") and code not in ("detention.arbitrary_arrest", "detention.incommunicado"):
                    detained_from[person_id] = min(detained_from.get(person_id, start), start)
        if pass_number == 1:
            if not detained_from:
                break  # nobody detained: "we" never counts, the first pass is final
            proposals.clear()
    _reprisals(doc, proposals)
    seen: set[tuple[str, str]] = set()
    for person_id, code, span, _offset in sorted(proposals, key=lambda p: p[3]):
        if (person_id, code) in seen:
            continue
        seen.add((person_id, code))
        person = doc.person(person_id)
        person.violations.append(Violation(code, span))
        person.roles.add("victim")


def _camp_rule_applies(doc: Doc, index: int, body: str) -> bool:
    """Whether a camp rule in this sentence includes the speaker: "we", "anyone", or nobody named."""
    from guwah.extract.subjects import references

    if _INCLUSIVE.search(body):
        return True
    return not any(kind in ("generic", "person", "he", "she") for _s, _e, kind, _p in references(doc, index))


def _reprisals(doc: Doc, proposals: list) -> None:
    """Relatives of the speaker harmed after "because of my activism" suffered a reprisal."""
    text = doc.text
    for index, sentence in enumerate(doc.sentences):
        cue = _REPRISAL.search(text, sentence.start, sentence.end)
        speaker = doc.speakers.get(index)
        if not cue or not speaker:
            continue
        owner = doc.person(speaker)
        relatives = {r.person for r in owner.relations}
        paragraph = sentence.paragraph
        harmed = [
            (pid, span, offset) for pid, code, span, offset in proposals
            if pid in relatives and offset >= sentence.start
            and doc.sentences[doc.sentence_index(offset)].paragraph == paragraph
            and (code.startswith(("detention.", "death.", "coercion.")))
        ]
        harmed += [
            (event.person, event.evidence, event.evidence[0]) for event in doc.events
            if event.person in relatives and event.type in ("arrest", "detention", "death")
            and event.evidence[0] >= sentence.start
            and doc.sentences[doc.sentence_index(event.evidence[0])].paragraph == paragraph
        ]
        for pid, span, offset in harmed:
            proposals.append((pid, "family.reprisal", (min(sentence.start, span[0]), max(sentence.end, span[1])), offset))
    # Relatives harmed in the sentence that gives the cause ("because I spoke to journalists,
    # my mother was detained"; "ma sœur a été convoquée à cause de moi").
    relatives = {p.id for p in doc.persons if "relative" in p.roles}
    for index, sentence in enumerate(doc.sentences):
        body = text[sentence.start:sentence.end]
        if not _REPRISAL_CUE.search(body) or not _HARM.search(body):
            continue
        if _HEDGE.search(body) or _negated(body[:_HARM.search(body).start()]):
            continue
        speaker = doc.speakers.get(index)
        for (s, _e), pid in doc.person_spans_in(sentence.start, sentence.end):
            if pid in relatives and pid != speaker:
                proposals.append((pid, "family.reprisal", (sentence.start, sentence.end), s))
