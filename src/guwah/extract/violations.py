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

_N = r"(?:n['’]t|not)"
_OBJ = r"(?:me|him|her|us|them)"


@dataclass(frozen=True)
class Trigger:
    code: str
    pattern: re.Pattern
    negative_form: bool = False  # the negation is part of the violation
    requires: re.Pattern | None = None  # the sentence must also match this
    object_first: bool = False  # the person follows the trigger ("a cellmate named X")


def _t(code: str, pattern: str, negative_form: bool = False, requires: str | None = None,
       object_first: bool = False) -> Trigger:
    return Trigger(code, re.compile(pattern, re.I), negative_form,
                   re.compile(requires, re.I) if requires else None, object_first)


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

_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|without|hardly|nobody|ne|pas|jamais|не|никогда)\b|n['’]t\b", re.I)
_SENTENCE_DENIAL = re.compile(r"\b(?:not|never|n['’]t) (?:been )?subjected\b|\bspared\b|\bescaped (?:the|this)\b", re.I)
_HEDGE = re.compile(
    r"\b(?:might|may have|maybe|perhaps|possibly|probably|reportedly|allegedly|rumou?r\w*|heard|"
    r"I think|I believe|I suppose|it is said|seems|apparently|I know the|I know that the|afraid|feared|"
    r"worried|would have|could have|thought they)\b", re.I)
_BACKGROUND = re.compile(
    r"\b(?:rights groups|human rights (?:groups|organi[sz]ations)|across the region|throughout the region|"
    r"in the region|reports? (?:say|suggest|show)|according to (?:reports|researchers|rights groups|experts)|"
    r"systematically|all non-\w+ women|hundreds of thousands|millions of)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:–—]|,\s+(?:but|and|while|whereas)\b|\bbut\b|\bwhile\b")
_REPRISAL = re.compile(r"\bbecause of my (?:activism|testimony|speaking out|work)\b|\bhas its consequences\b|\bcondemned my actions\b|\bpersecuted my family\b", re.I)


def _clause_before(text: str, sentence_start: int, start: int) -> str:
    before = text[sentence_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def find_violations(doc: Doc) -> None:
    """Add violations to doc.persons (and the victim role)."""
    text = doc.text
    detained_from: dict[str, int] = {}
    proposals: list[tuple[str, str, tuple[int, int], int]] = []  # (person, code, evidence, offset)
    for pass_number in (1, 2):
        for index, sentence in enumerate(doc.sentences):
            body = text[sentence.start:sentence.end]
            if _BACKGROUND.search(body):
                continue
            denial = _SENTENCE_DENIAL.search(body)
            for trigger in TRIGGERS:
                if trigger.requires and not trigger.requires.search(body):
                    continue
                for match in trigger.pattern.finditer(body):
                    start, end = sentence.start + match.start(), sentence.start + match.end()
                    clause = _clause_before(text, sentence.start, start)
                    if denial and denial.start() < match.start():
                        continue
                    if not trigger.negative_form and _NEGATION.search(clause[-60:]):
                        continue
                    if _HEDGE.search(clause):
                        continue
                    speaker = doc.speakers.get(index)
                    includes = pass_number == 2 and speaker is not None and detained_from.get(speaker, 10**12) <= start
                    people = attribute(doc, index, start, end, we_includes_speaker=includes,
                                       object_first=trigger.object_first)
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
