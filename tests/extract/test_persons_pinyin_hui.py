"""A Chinese name in pinyin whose syllable is also an ethnonym ("Zhang Hui", "Han Wei") is a whole name,
not cut at the ethnonym (issue 11, h-x27p; h-x26p's left-over: "Zhang Hui" cut at "Hui", the name lost).
Invented text; the controls in it: "Hui Muslims" and "Han Chinese" name peoples, no person."""

from guwah.extract.pipeline import run_pipeline

TEXT = ("A police officer, Zhang Hui, telephoned Aygul Sabit in Almaty in 2019 and told her to come back. "
        "Zhang Hui called her again a week later, and his colleague Han Wei sent her a photograph of her house. "
        "Her husband Memet Tursun was detained in 2018. Hui Muslims and Han Chinese settlers live in the same "
        "county, the family says.")


def test_a_pinyin_name_with_an_ethnonyms_syllable_is_whole_and_peoples_are_no_persons():
    doc = run_pipeline(TEXT, "en", None)
    names = {n for p in doc.persons for n in p.names}
    assert {"Zhang Hui", "Han Wei", "Aygul Sabit", "Memet Tursun"} <= names, names
    assert not any("Muslims" in n or "Chinese" in n for n in names), names
