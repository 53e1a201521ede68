"""Issue 11's "done when": a Uyghur-script sample testimony yields its places, dates and names — and
(h-ug40) its events with their dates and its violation codes, each with the span that supports it.

The testimony is written for this test in plain Uyghur, in Arabic script and again in Uyghur Latin;
its people are invented, its places real. It is not demo data. Expected spans are found in the text
by the words the test names, not by the extractor's patterns.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from tests.extract.spans import person, place

# My name is Gülnar Qadir. I was born in 1990 in the city of Ghulja. On 3 May 2017 the police took my
# elder brother Ablimit Qadir away from home. In June 2017 he was sent to a camp in Kashgar. In the camp
# they beat him hard. In 2018 Ablimit Qadir was sentenced to ten years. My father Qadir Tursun died in
# prison on 14 February 2019. My younger sister Meryem Qadir was detained in 2018; there has been no news
# of her since. I was not detained, but the police took my passport.
ARABIC = """مېنىڭ ئىسمىم گۈلنار قادىر. مەن 1990-يىلى غۇلجا شەھىرىدە تۇغۇلغان.
2017-يىلى 5-ئاينىڭ 3-كۈنى ساقچىلار ئاكام ئابلىمىت قادىرنى ئۆيدىن ئېلىپ كەتتى. ئۇ 2017-يىلى 6-ئايدا قەشقەردىكى لاگېرغا ئەۋەتىلدى. لاگېردا ئۇنى قاتتىق ئۇردى.
2018-يىلى ئابلىمىت قادىر ئون يىلغا كېسىلدى.
دادام قادىر تۇرسۇن 2019-يىلى 2-ئاينىڭ 14-كۈنى تۈرمىدە ۋاپات بولدى.
سىڭلىم مەريەم قادىر 2018-يىلى تۇتۇلدى. ئۇنىڭدىن ھازىرغىچە خەۋەر يوق.
مەن تۇتۇلمىدىم، لېكىن ساقچىلار پاسپورتۇمنى ئېلىۋالدى.
"""

LATIN = """Méning ismim Gülnar Qadir. Men 1990-yili Ghulja shehiride tughulghan.
2017-yili 5-ayning 3-küni saqchilar akam Ablimit Qadirni öydin élip ketti. U 2017-yili 6-ayda Qeshqerdiki lagérgha ewetildi. Lagérda uni qattiq urdi.
2018-yili Ablimit Qadir on yilgha késildi.
Dadam Qadir Tursun 2019-yili 2-ayning 14-küni türmide wapat boldi.
Singlim Meryem Qadir 2018-yili tutuldi. Uningdin hazirghiche xewer yoq.
Men tutulmidim, lékin saqchilar pasportumni éliwaldi.
"""

# The names as each script writes them: narrator, brother, father, sister.
NAMES = {
    "arabic": ("گۈلنار قادىر", "ئابلىمىت قادىر", "قادىر تۇرسۇن", "مەريەم قادىر"),
    "latin": ("Gülnar Qadir", "Ablimit Qadir", "Qadir Tursun", "Meryem Qadir"),
}
# The words that tell each fact, as each script writes them.
WORDS = {
    "arabic": {"ghulja": "غۇلجا شەھىرىدە", "kashgar": "قەشقەردىكى", "day": "2017-يىلى 5-ئاينىڭ 3-كۈنى",
               "arrest": "ئېلىپ كەتتى", "detention": "لاگېرغا ئەۋەتىلدى", "sentencing": "يىلغا كېسىلدى",
               "death": "تۈرمىدە ۋاپات بولدى", "sister": "تۇتۇلدى", "no_news": "خەۋەر يوق",
               "beaten": "ئۇردى", "passport": "پاسپورتۇمنى ئېلىۋالدى", "not_detained": "تۇتۇلمىدىم"},
    "latin": {"ghulja": "Ghulja shehiride", "kashgar": "Qeshqerdiki", "day": "2017-yili 5-ayning 3-küni",
              "arrest": "élip ketti", "detention": "lagérgha ewetildi", "sentencing": "yilgha késildi",
              "death": "türmide wapat boldi", "sister": "tutuldi", "no_news": "xewer yoq",
              "beaten": "urdi", "passport": "pasportumni éliwaldi", "not_detained": "tutulmidim"},
}
TEXTS = {"arabic": ARABIC, "latin": LATIN}


@pytest.fixture(scope="module", params=["arabic", "latin"])
def sample(request):
    script = request.param
    text = TEXTS[script]
    return text, extract_text(text, document_date="2022-06-01"), NAMES[script], WORDS[script]


def said(text: str, span: dict) -> str:
    return text[span["start"]:span["end"]]


def test_the_sample_is_read_as_uyghur_with_its_places(sample):
    text, result, _names, words = sample
    assert result["document"]["language"] == "ug"
    ghulja, kashgar = place(result, "xj.ili.yining"), place(result, "xj.kashgar")
    assert [said(text, m) for m in ghulja["mentions"]] == [words["ghulja"]]
    assert [said(text, m) for m in kashgar["mentions"]] == [words["kashgar"]]


def test_the_sample_gives_its_dates_in_uyghur_forms(sample):
    text, result, _names, words = sample
    dates = {(d["value"], d["precision"]) for d in result["dates"]}
    assert {("1990", "year"), ("2017-05-03", "day"), ("2017-06", "month"), ("2018", "year"),
            ("2019-02-14", "day")} <= dates
    day = next(d for d in result["dates"] if d["value"] == "2017-05-03")
    assert said(text, day) == words["day"]


def test_the_sample_gives_its_names(sample):
    _text, result, names, _words = sample
    for name in names:
        assert person(result, name)
    if names[0] == "گۈلنار قادىر":  # names in Arabic script carry their Latin reading
        assert person(result, "ئابلىمىت قادىر")["name_latin"] == "Ablimit Qadir"


def test_the_sample_gives_its_events_with_their_dates_and_evidence(sample):
    text, result, names, words = sample
    _narrator, brother, father, sister = names
    by_id = {p["id"]: p["name"] for p in result["persons"]}
    found = {(e["type"], by_id.get(e["person"]), (e["date"] or {}).get("value")): e for e in result["events"]}
    expected = {
        ("arrest", brother, "2017-05-03"): words["arrest"],
        ("detention", brother, "2017-06"): words["detention"],
        ("sentencing", brother, "2018"): words["sentencing"],
        ("death", father, "2019-02-14"): words["death"],
        ("arrest", sister, "2018"): words["sister"],
        ("disappearance", sister, "2018"): words["no_news"],
    }
    assert set(expected) <= set(found)
    for key, evidence_words in expected.items():
        assert evidence_words in said(text, found[key]["evidence"]), key


def test_not_detained_is_no_arrest_while_the_sister_detained_is(sample):
    _text, result, names, _words = sample
    narrator, _brother, _father, sister = names
    by_id = {p["id"]: p["name"] for p in result["persons"]}
    arrested = {by_id.get(e["person"]) for e in result["events"] if e["type"] == "arrest"}
    assert narrator not in arrested  # "I was not detained" (the negative suffix)
    assert sister in arrested  # the control, in the same text


def test_the_sample_gives_violation_codes_with_their_evidence(sample):
    text, result, names, words = sample
    narrator, brother, father, sister = names

    def codes_of(name: str) -> dict[str, str]:
        return {v["code"]: said(text, v["evidence"]) for v in person(result, name)["violations"]}

    brother_codes = codes_of(brother)
    assert words["detention"] in brother_codes["detention.internment_camp"]
    assert words["beaten"] in brother_codes["torture.beating"]
    assert words["sentencing"] in brother_codes["detention.prison_sentence"]
    assert words["death"] in codes_of(father)["death.in_custody"]
    narrator_codes = codes_of(narrator)
    assert words["passport"] in narrator_codes["movement.passport_confiscation"]
    # "I was not detained": no arrest code for the narrator; the sister's arrest is one (the control)
    assert "detention.arbitrary_arrest" not in narrator_codes
    assert words["sister"] in codes_of(sister)["detention.arbitrary_arrest"]
