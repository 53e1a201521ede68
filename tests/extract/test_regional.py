"""The pipeline hands Uyghur, Kazakh and Chinese text to their own rules; odd input never crashes."""

import json

import pytest
import typer
from typer.testing import CliRunner

from guwah.cli import fails_cleanly
from guwah.extract import extract_text
from guwah.extract.cli import extract_command
from guwah.extract.pipeline import run_pipeline
from guwah.extract.regional import LANGUAGES, split_sentences
from guwah.language import detect_language
from tests.extract.spans import person, place, span_of
from tests.extract.test_turkic import ULY, UYGHUR

app = typer.Typer()
app.command("extract")(fails_cleanly(extract_command))
app.command("noop")(lambda: None)


def test_cli_extract_reads_a_uyghur_file_end_to_end(tmp_path):
    path = tmp_path / "uyghur.txt"
    path.write_text(UYGHUR, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["language"] == "ug"
    assert person(data, "ئابلىمىت تۇرسۇن")["name_latin"] == "Ablimit Tursun"
    assert place(data, "xj.kashgar")["mentions"] == [span_of(UYGHUR, "قەشقەردىكى")]
    assert {"value": "2017-05-12", "precision": "day", "relative": False,
            **span_of(UYGHUR, "2017-يىلى 5-ئاينىڭ 12-كۈنى")} in data["dates"]
    assert any("not covered" in w for w in data["warnings"])


@pytest.mark.parametrize(("text", "language"), [
    (UYGHUR, "ug"), (ULY, "ug"),
    ("Менің атым Ерлан. 2018 жылы ақпанда мені полиция ұстап, лагерьге апарды. Әйелім Алматыда қалды.", "kk"),
    ("2017年3月，我在喀什被警察带走，关进了教培中心。", "zh"),
    ("Méning ismim Ablimit. Men hazir Türkiyede yashaymen, kéyin qaytimen.", "ug"),
])
def test_language_detection_sends_each_language_to_its_rules(text, language):
    assert detect_language(text) == language
    doc = run_pipeline(text)
    assert doc.language == language and doc.model is None


def test_a_chinese_form_line_is_chinese_whichever_chinese_language_the_model_ranks_first():
    form_line = "姓名：阿卜杜瓦力 关系：弟弟 2019年被拘留"
    assert detect_language(form_line) == "zh"
    assert run_pipeline(form_line).language == "zh"
    # Control: Japanese, also written partly in Han characters, stays Japanese.
    assert detect_language("私の弟は二〇一九年に拘束されました。今も連絡がありません。") == "ja"


def test_turkish_and_uzbek_latin_are_not_uyghur_latin():
    assert detect_language("Benim adım Ahmet. İstanbul'da yaşıyorum ve öğretmenim, çok mutluyum.") != "ug"
    assert detect_language("Mening ismim Ahmad. Men Toshkentda yashayman va o'qituvchiman, juda xursandman.") != "ug"


@pytest.mark.parametrize("language", [None, *LANGUAGES])
@pytest.mark.parametrize("text", ["", "   \n\n  ", "12345 67", "....", "\u200c\u0640"])
def test_empty_and_letterless_text_gives_an_empty_result(text, language):
    result = extract_text(text, language=language)
    assert result["persons"] == result["places"] == result["dates"] == result["facilities"] == []


def test_mixed_english_and_uyghur_is_read_in_the_main_language_and_says_so():
    text = ("I was held in Ghulja for a year. " * 3) + "مەن قەشقەردە تۇغۇلدۇم. ئىنىم مەمەتجان 2018-يىلى تۇتۇلدى."
    result = extract_text(text)
    assert any(w.startswith("text mixes scripts") for w in result["warnings"])
    uyghur = extract_text(text, language="ug")
    mixed = next(w for w in uyghur["warnings"] if w.startswith("text mixes scripts"))
    assert "Latin" in mixed and "Arabic" in mixed
    assert person(uyghur, "مەمەتجان")["mentions"] == [span_of(text, "مەمەتجان")]
    assert place(uyghur, "xj.kashgar")["mentions"] == [span_of(text, "قەشقەردە")]


def test_uyghur_text_quoting_chinese_is_read_in_both_scripts():
    text = "مەن 2017-يىلى 喀什看守所 دا ياتتىم. ئۇ يەردە 阿卜杜拉·买买提 بىلەن تونۇشتۇم."
    result = extract_text(text, language="ug")
    assert place(result, "xj.kashgar")["mentions"] == [span_of(text, "喀什")]
    assert person(result, "阿卜杜拉·买买提")["mentions"] == [span_of(text, "阿卜杜拉·买买提")]
    assert any(f["type"] == "detention_centre" for f in result["facilities"])


def test_english_pipeline_is_unchanged_for_english_text():
    doc = run_pipeline("Nurlan Tursunov was detained in Ghulja on 3 March 2019.", "en")
    assert doc.language == "en" and not any(w.startswith("language") for w in doc.warnings)
    assert [d.value for d in doc.dates] == ["2019-03-03"]


@pytest.mark.parametrize(("text", "sentences"), [
    ("بىرىنچى. ئىككىنچى؟ ئۈچىنچى!", ["بىرىنچى.", "ئىككىنچى؟", "ئۈچىنچى!"]),
    ("我被抓了。为什么？不知道！", ["我被抓了。", "为什么？", "不知道！"]),
    ("2018 ж. наурызда келдім. 12.03.2018 кеттім.", ["2018 ж. наурызда келдім.", "12.03.2018 кеттім."]),
    ("بىر\n\nئىككى", ["بىر", "ئىككى"]),
])
def test_sentences_end_at_each_scripts_marks(text, sentences):
    doc = run_pipeline("", "ug")
    doc.text = text
    split_sentences(doc)
    assert [text[s.start:s.end] for s in doc.sentences] == sentences
    assert doc.sentences[-1].paragraph == (1 if "\n\n" in text else 0)


def test_a_uyghur_document_is_stored_as_proposals_with_its_names(store):
    from guwah.extract import extract_document
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Document, PersonName

    path = store.settings.data_dir.parent / "uyghur.txt"
    path.write_text(UYGHUR, encoding="utf-8")
    outcome = ingest_file(store, path, {})
    assert outcome.document_id, outcome.reason
    assert extract_document(store, outcome.document_id)["status"] == "extracted"
    with store.session() as session:
        assert session.get(Document, outcome.document_id).language == "ug"
        names = session.query(PersonName).all()
        assert {n.name for n in names} == {"ئابلىمىت تۇرسۇن", "تۇرسۇن ئەھمەت", "گۈلنىسا", "مەمەتجان", "ھەبىبە"}
        for name in names:
            assert UYGHUR[name.evidence_start:name.evidence_end] == name.name
            assert (name.language, name.review_state) == ("ug", "proposed")


def test_uyghur_and_kazakh_dates_named_from_the_document_date_or_the_date_before():
    # "last year" and "last month" count from the document's date (none without it: the control);
    # "that year", "the next year" and "N units later" from the date before, in the same paragraph.
    from datetime import date

    from guwah.extract import extract_text

    ug = ("2017-يىلى 5-ئايدا ساقچىلار دادامنى ئېلىپ كەتتى. ئىككى ھەپتىدىن كېيىن ئاكامنىمۇ تۇتتى. "
          "شۇ يىلى ئاپرېلدا ئۇنى لاگېرغا ئاپاردى. ئۆتكەن يىلى مارت ئېيىدا ئانام تېلېفون قىلدى.")
    values = {d["value"] for d in extract_text(ug, document_date=date(2024, 11, 3))["dates"]}
    assert {"2017-05", "2017-04", "2023-03"} <= values
    assert "2023-03" not in {d["value"] for d in extract_text(ug)["dates"]}
    kk = "Әкемді 2018 жылы наурызда алып кетті. Бір айдан кейін шешеме хабарлады. Былтыр желтоқсанда ол хат жазды."
    values = {d["value"] for d in extract_text(kk, document_date=date(2019, 3, 20))["dates"]}
    assert {"2018-03", "2018-04", "2018-12"} <= values


def test_kazakh_today_is_the_day_of_its_entry_or_of_the_document():
    from datetime import date

    from guwah.extract import extract_text

    diary = "2019 жылғы 12 наурыз\nБүгін анамды полицияға шақырды.\n\n2019 жылғы 20 наурыз\nБүгін де хабар жоқ."
    found = [(d["value"], diary[d["start"]:d["end"]]) for d in extract_text(diary, document_date=date(2019, 3, 21))["dates"]]
    assert found == [("2019-03-12", "2019 жылғы 12 наурыз"), ("2019-03-12", "Бүгін"),
                     ("2019-03-20", "2019 жылғы 20 наурыз"), ("2019-03-20", "Бүгін")]
    alone = "Бүгін анамды полицияға шақырды."
    assert [d["value"] for d in extract_text(alone, document_date=date(2024, 4, 15))["dates"]] == ["2024-04-15"]
    assert extract_text(alone)["dates"] == []  # control: no document date, no guess
