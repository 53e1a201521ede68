"""The extractor reads a PDF's sentences whole once its wrapped lines are joined (issues 10 and 11):
a name cut by a line end or a line-end hyphen, and a place after a page break behind a running
header and footer, are found, and the act's person with them; read line by line as drawn (before),
they were not. The extractor's rules are the same in both readings: only the text differs."""

import io

import pytest
from pypdf import PdfReader

from guwah.extract import extract_texts
from guwah.ingest.readers import read_document
from tests.factories import make_laid_out_pdf

ENGLISH = [
    [["Statement of a relative"],
     ["In the spring of 2018 the police took my brother Nurmemet Tur-",
      "sun from his shop in the market and drove him to a camp in"]],
    [["Ghulja, where he was held in detention for two years, with-",
      "out any charge or trial. Nobody ever told our family why."]],
]
RUSSIAN = [[["Весной 2018 года полиция забрала моего брата Абдуллу",
             "Турсунова прямо из его лавки на рынке и отвезла в лагерь в",
             "Кульдже, где его держали два года без суда и без всякого",
             "обвинения. Нам никто так и не объяснил, за что его забрали."]]]
CHINESE = [[["二〇一八年春天，警察把我的哥哥阿卜力克木·吐尔",
             "逊从市场的店里带走，送进了伊宁的拘留营，在那里关",
             "了两年，没有任何审判。没有人告诉我们为什么抓他。"]]]
UYGHUR = [[["بىر كۈنى ئەتىيازدا ساقچىلار كېلىپ ئاكام ئابلىكىم",
            "تۇرسۇننى بازاردىكى دۇكىنىدىن ئېلىپ كېتىپ، غۇلجىدىكى",
            "لاگېرغا سولىدى. ئۇ يەردە ئىككى يىل سوتسىز تۇتۇپ تۇرۇلدى."]]]


def _readings(pages) -> tuple[str, str]:
    """(the text as read before: each page's lines as drawn, pages apart; the text read now)."""
    data = make_laid_out_pdf(pages, header="Annual report 2021", footer="page {page}")
    before = "\n\n".join((page.extract_text() or "").strip() for page in PdfReader(io.BytesIO(data)).pages)
    return before, read_document("statement.pdf", data, max_unpacked_bytes=10**8).text


def _victim_and_place(result: dict, text: str) -> tuple[str | None, str | None]:
    """The name of the person the first detention or arrest event is about, and its place's words."""
    persons = {person["id"]: person for person in result["persons"]}
    places = {place["id"]: place for place in result["places"]}
    for event in result["events"]:
        if event["type"] in ("detention", "arrest") and event["place"]:
            mention = places[event["place"]]["mentions"][0]
            return persons[event["person"]]["name"], text[mention["start"]:mention["end"]]
    return None, None


@pytest.mark.parametrize("pages, language, name, place, cut", [
    (ENGLISH, "en", "Nurmemet Tursun", "Ghulja", "Nurmemet Tur"),
    (RUSSIAN, "ru", "Абдулла Турсунов", "Кульдже", "Абдуллу"),
    (CHINESE, "zh", "阿卜力克木·吐尔逊", "伊宁", "阿卜力克木·吐尔"),
])
def test_extractor_finds_the_whole_name_and_the_acts_place_only_in_joined_lines(pages, language, name, place, cut):
    before, now = _readings(pages)
    result_before, result_now = extract_texts([before, now], language=language)
    assert _victim_and_place(result_now, now) == (name, place)
    names_before = {person["name"] for person in result_before["persons"]}
    assert name not in names_before and cut in names_before  # the same person, cut at the line's end
    assert _victim_and_place(result_before, before) != (name, place)


def test_extractor_ties_a_uyghur_act_to_its_place_only_in_joined_lines():
    before, now = _readings(UYGHUR)
    assert "ئاكام ئابلىكىم تۇرسۇننى" in now  # joined with a space, as the script is written
    result_before, result_now = extract_texts([before, now], language="ug")
    assert _victim_and_place(result_now, now)[1] == "غۇلجىدىكى"
    assert _victim_and_place(result_before, before) == (None, None)
    # Control: the place itself is found in both readings; only the act's tie to it was cut.
    assert [place["name"] for place in result_before["places"]] == [place["name"] for place in result_now["places"]]
