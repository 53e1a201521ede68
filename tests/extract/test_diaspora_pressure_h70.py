"""Issue 11, kind G: the home state's officials pressing the diaspora (a document service made
conditional, a question about the others abroad, a demand to come back under a threat) is harassment of
the one abroad; a conditional renewal is no passport confiscation, a passport taken still is. Invented
names, our own sentences; each negative has its positive control in the same test."""

import pytest

from guwah.vocab import act_patterns, conditions, expand, parse_conditions
from tests.extract.helpers import codes_of, doc_of, person_named

HARASSED = "transnational.harassment"
PASSPORT = "movement.passport_confiscation"


def _codes(text: str, language: str, name: str) -> set[str]:
    return codes_of(person_named(doc_of(text, language), name))


# ------------------------------------------------------------------------------------------ the data

def test_the_condition_lists_are_one_home_read_by_the_acts_files():
    assert PASSPORT in conditions()["codes"]
    fr = [e for e in act_patterns() if e["language"] == "fr" and e["code"] == HARASSED]
    assert any(conditions()["fr"]["condition"] in (e["pattern"] or "") for e in fr)
    assert expand("{{ru.service}}") == conditions()["ru"]["service"]
    assert not any("{{" in (e["pattern"] or "") + (e["requires"] or "") for e in act_patterns())


@pytest.mark.parametrize(("text", "message"), [
    ("codes: [no.such_code]\n", "codes is no list"),
    ("codes: [movement.passport_confiscation]\nxx:\n  condition: a\n  service: b\n  taking: c\n", "unknown language"),
    ("codes: [movement.passport_confiscation]\nen:\n  condition: a\n  service: b\n", "exactly the lists"),
    ("codes: [movement.passport_confiscation]\nen:\n  condition: '(a'\n  service: b\n  taking: c\n", "does not compile"),
])
def test_a_bad_conditions_file_is_refused_in_one_line(text, message):
    with pytest.raises(ValueError, match=message):
        parse_conditions(text, "t.yaml")
    assert parse_conditions("codes: [movement.passport_confiscation]\nen:\n  condition: a\n  service: b\n"
                            "  taking: c\n")["en"]["taking"] == "c"  # the control: a good file is read


# ------------------------------------------------------------------------------------------ English

def test_en_a_renewal_only_if_she_comes_back_is_pressure_a_renewal_given_is_nothing():
    codes = _codes("My name is Parida Osmanova and I live in Oslo. In 2021 the consulate told me they would "
                   "renew my passport only if I came back to Aksu in person.", "en", "Parida Osmanova")
    assert HARASSED in codes and PASSPORT not in codes
    assert _codes("My name is Parida Osmanova and I live in Oslo. In 2021 the consulate renewed my passport "
                  "without any questions.", "en", "Parida Osmanova") == set()


@pytest.mark.parametrize("told", [
    "In 2016 the police took my passport and said they would give it back only if I signed a pledge.",
    "In 2022 the consulate refused to renew my passport unless I returned to Aksu in person.",
])
def test_en_a_passport_taken_or_refused_stays_a_confiscation_whatever_condition_follows(told):
    assert PASSPORT in _codes(f"My name is Parida Osmanova and I live in Oslo. {told}", "en", "Parida Osmanova")


def test_en_a_question_about_who_comes_to_the_meetings_is_pressure_a_cousins_news_is_not():
    base = "My name is Parida Osmanova and I live in Oslo. "
    asked = _codes(base + "Last spring a man called me from an unknown number. He asked whether I still attend "
                   "the community meetings in Bergen and who else comes.", "en", "Parida Osmanova")
    assert HARASSED in asked
    assert _codes(base + "My cousin Tursunjan phoned me from Aksu to say he is well.", "en", "Parida Osmanova") \
        == set()


# ------------------------------------------------------------------------------------------ French

@pytest.mark.parametrize("said", [
    "on m'a dit que mon passeport ne serait renouvelé que si je rentrais à Kachgar",
    "on m'a répondu que mon passeport ne serait renouvelé qu'à Kachgar, en personne",
])
def test_fr_un_renouvellement_sous_condition_est_une_pression_pas_une_confiscation(said):
    base = "Je m'appelle Parida Osmanova et je vis à Nantes. "
    codes = _codes(base + f"Au consulat, {said}.", "fr", "Parida Osmanova")
    assert HARASSED in codes and PASSPORT not in codes
    taken = _codes(base + "En 2016, la police a confisqué mon passeport à Kachgar.", "fr", "Parida Osmanova")
    assert PASSPORT in taken and HARASSED not in taken


def test_fr_une_question_sur_qui_vient_aux_reunions_est_une_pression():
    base = "Je m'appelle Parida Osmanova et je vis à Nantes. "
    assert HARASSED in _codes(base + "Un policier d'Aksou m'a appelée et m'a demandé qui d'autre vient aux "
                              "réunions de l'association.", "fr", "Parida Osmanova")
    assert _codes(base + "Le consulat a renouvelé mon passeport sans condition.", "fr", "Parida Osmanova") == set()


# ------------------------------------------------------------------------------------------ Russian

def test_ru_продление_паспорта_под_условием_давление_а_изъятие_остаётся_изъятием():
    base = "Меня зовут Парида Османова, я живу в Алматы. "
    codes = _codes(base + "В консульстве мне сказали, что паспорт продлят только если я лично приеду в Аксу.",
                   "ru", "Парида Османова")
    assert HARASSED in codes and PASSPORT not in codes
    assert _codes(base + "В консульстве мне без всяких условий продлили паспорт.", "ru", "Парида Османова") == set()
    assert PASSPORT in _codes(base + "В 2019 году полиция в Аксу забрала у меня паспорт.", "ru", "Парида Османова")


def test_ru_вопрос_с_кем_она_ходит_на_собрания_давление():
    assert HARASSED in _codes("Меня зовут Парида Османова, я живу в Алматы. Весной мне позвонил полицейский из "
                              "Аксу и спросил, с кем я хожу на собрания общины.", "ru", "Парида Османова")


def test_ru_требование_замолчать_под_угрозой_давление_совет_врача_нет():
    base = "Меня зовут Парида Османова, я живу в Алматы. "
    assert HARASSED in _codes(base + "Полицейский из Аксу потребовал, чтобы я перестала давать интервью, иначе "
                              "брату будет хуже.", "ru", "Парида Османова")
    assert _codes(base + "Врач потребовал, чтобы я перестала курить.", "ru", "Парида Османова") == set()


# ------------------------------------------------------------------------------------------ Kazakh

def test_kk_шартты_паспорт_ұзарту_қысым_тартып_алу_тәркілеу():
    base = "Менің атым Дильназ Құрманова, Алматыда тұрамын. "
    codes = _codes(base + "Консулдықта маған паспортымды тек Қытайға қайтып келсем ғана ұзартатынын айтты.",
                   "kk", "Дильназ Құрманова")
    assert HARASSED in codes and PASSPORT not in codes
    assert _codes(base + "Консулдық паспортымды бірден ұзартып берді.", "kk", "Дильназ Құрманова") == set()
    assert PASSPORT in _codes(base + "2018 жылы полиция паспортымды тартып алды.", "kk", "Дильназ Құрманова")


# ------------------------------------------------------------------------------------------ Chinese

def test_zh_只有回国才换护照是施压_没收护照仍是没收():
    base = "我叫帕丽达·奥斯曼，住在伊斯坦布尔。"
    codes = _codes(base + "领事馆说，只有我回国才能给我换护照。", "zh", "帕丽达·奥斯曼")
    assert HARASSED in codes and PASSPORT not in codes
    assert _codes(base + "领事馆很快给我换了护照。", "zh", "帕丽达·奥斯曼") == set()
    assert PASSPORT in _codes(base + "2019年，警察没收了我的护照。", "zh", "帕丽达·奥斯曼")


def test_zh_警察问谁参加聚会是施压():
    assert HARASSED in _codes("我叫帕丽达·奥斯曼，住在伊斯坦布尔。一个警察打电话问我，还有谁参加这里的聚会。",
                              "zh", "帕丽达·奥斯曼")


# ------------------------------------------------------------------------------------------ Uyghur

def test_ug_embassy_asking_who_comes_to_the_gathering_is_pressure_a_brothers_news_is_not():
    base = "مېنىڭ ئىسمىم گۈلنار توختى، ئىستانبۇلدا تۇرىمەن. "
    asked = _codes(base + "ئۆتكەن ئايدا خىتاي ئەلچىخانىسىدىن بىر ئادەم ماڭا تېلېفون قىلىپ، يىغىلىشقا "
                   "كىملەرنىڭ كېلىدىغانلىقىنى سورىدى.", "ug", "گۈلنار توختى")
    assert HARASSED in asked
    assert _codes(base + "ئاكام تېلېفون قىلىپ، ئۆيدىكىلەرنىڭ ھەممىسى ياخشى ئىكەنلىكىنى ئېيتتى.", "ug",
                  "گۈلنار توختى") == set()


def test_ug_come_back_or_else_is_pressure():
    assert HARASSED in _codes("مېنىڭ ئىسمىم گۈلنار توختى، ئىستانبۇلدا تۇرىمەن. بىر ئادەم تېلېفوندا ماڭا: "
                              "«قايتىپ كەل، بولمىسا ئاناڭغا ياخشى بولمايدۇ» دېدى.", "ug", "گۈلنار توختى")
