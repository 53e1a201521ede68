"""Kazakh and Chinese leftovers of issue 11 (h-kkzh59): a Kazakh given name alone, bare or with a case ending
after a vowel or a consonant, is the mention of the person named in full before («Сәуле Жанболатқызы», then
«Сәулені», «Сәулеге», «Сәуленің», «Сәуледен»; a given name the lexicon lacks: «Нұрсиланы»); a Kazakh arrest or
custody told in the active voice or the causative is its accusative object's («Бекзатты ұстады», «інімді
қамады», «Ерболды ұстатты»), never of a thing held («қолын ұстады») or a trip elsewhere («ауруханаға алып
кетті»); Chinese 上半年 / 下半年 are the year's first or second half. Invented names and sentences; each
negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text

DOC_DATE = "2021-05-20"


def run(text: str, language: str = "kk") -> dict:
    return extract_text(text, language=language, document_date=DOC_DATE)


def mentions(text: str) -> dict[str, list[str]]:
    out = run(text)
    return {p["name"]: [text[m["start"]:m["end"]] for m in p["mentions"]] for p in out["persons"]}


def events(text: str) -> set[tuple[str, str]]:
    out = run(text)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names[e["person"]]) for e in out["events"]}


# ---------------------------------------------------------------------------------- names with case endings

def test_a_given_name_that_is_also_a_word_joins_in_every_case():
    # сәуле is also "ray": alone it is no name, but after the full name it is her mention, front-vowel endings
    text = ("Менің қарындасым Сәуле Жанболатқызы Алматыда тұрады. Полиция Сәулені ұстады. Сәулеге хат жаздық. "
            "Сәуленің үйі бос. Сәуледен хабар жоқ.")
    assert mentions(text)["Сәуле Жанболатқызы"] == ["Сәуле Жанболатқызы"] + ["Сәуле"] * 4


def test_a_given_name_the_lexicon_lacks_joins_after_a_vowel_with_back_endings():
    text = "Көршіміз Нұрсила Бекболатқызы. Полиция Нұрсиланы ұстады. Нұрсиладан хабар жоқ. Нұрсилаға хат жаздық."
    assert mentions(text)["Нұрсила Бекболатқызы"] == ["Нұрсила Бекболатқызы"] + ["Нұрсила"] * 3


def test_a_given_name_after_a_consonant_joins_with_its_endings():
    text = "Көршіміз Тілеген Жомартұлы. Тілегенді полиция ұстады. Тілегеннің үйі бос. Тілегенге хат жаздық."
    assert mentions(text)["Тілеген Жомартұлы"] == ["Тілеген Жомартұлы"] + ["Тілеген"] * 3


def test_a_given_name_two_persons_bear_joins_neither():
    # two women named Сәуле: «Сәулені» is one of them, the text does not say which; the control, a name one bears
    found = mentions("Көршіміз Сәуле Жанболатқызы. Оның досы Сәуле Ахметова. Інісі Нұрсила Бекболатқызы. "
                     "Сәулені полиция ұстады. Нұрсиланы да ұстады.")
    assert found["Сәуле Жанболатқызы"] == ["Сәуле Жанболатқызы"]
    assert found["Сәуле Ахметова"] == ["Сәуле Ахметова"]
    assert found["Нұрсила Бекболатқызы"] == ["Нұрсила Бекболатқызы", "Нұрсила"]


def test_the_word_in_lower_case_is_no_mention():
    found = mentions("Көршіміз Сәуле Жанболатқызы. Терезеден күн сәулесі түсті. Сәулені полиция ұстады.")
    assert found["Сәуле Жанболатқызы"] == ["Сәуле Жанболатқызы", "Сәуле"]


# ---------------------------------------------------------------------------------- the active and causative

def test_the_active_verb_of_arrest_is_its_objects():
    for told in ("2019 жылы Бекзатты ұстады.", "2019 жылы олар Бекзатты түнде алып кетті.",
                 "2019 жылы полицейлер Бекзатты ұстап әкетті.", "2019 жылы Бекзатты лагерьге апарды."):
        found = events(f"Көршіміз Бекзат Төлеуұлы. Оның досы Ерлан Сапарұлы. {told}")
        assert ("arrest", "Бекзат Төлеуұлы") in found, told
        assert not any(name == "Ерлан Сапарұлы" for _kind, name in found), told


def test_locked_up_in_the_active_is_a_custody_of_its_object():
    found = events("Менің інім Бекзат Төлеуұлы. 2019 жылы олар інімді қамады.")
    assert ("detention", "Бекзат Төлеуұлы") in found


def test_the_causative_is_the_objects_arrest_not_the_informers():
    found = events("Көршіміз Бекзат Төлеуұлы. Оның досы Ерлан Сапарұлы. 2019 жылы көрші Ерланды полицияға ұстатты.")
    assert ("arrest", "Ерлан Сапарұлы") in found
    assert not any(name == "Бекзат Төлеуұлы" for _kind, name in found)
    found = events("Көршіміз Бекзат Төлеуұлы. 2020 жылы олар Бекзатты қаматты.")
    assert ("detention", "Бекзат Төлеуұлы") in found


def test_a_thing_held_a_hand_or_a_trip_to_hospital_is_no_arrest():
    # held by the hand, held his hand, took to hospital, denied: no event; the control, the arrest in the same text
    found = events("Көршіміз Бекзат Төлеуұлы. Оның досы Ерлан Сапарұлы. Бекзат Ерланды қолынан ұстады. "
                   "Ерлан қолын ұстады. Бекзат Ерланды ауруханаға алып кетті. Олар Ерланды ұстамады. "
                   "Кейін полиция Бекзатты ұстады.")
    assert found == {("arrest", "Бекзат Төлеуұлы"), ("detention", "Бекзат Төлеуұлы")}


def test_a_capitalised_word_that_is_no_person_takes_no_arrest():
    # «Алматыны» ends as an accusative does, but is a place: no one's arrest; the control, a person's
    found = events("Көршіміз Бекзат Төлеуұлы. Олар Алматыны жақсы біледі. Сосын Бекзатты ұстады.")
    assert found == {("arrest", "Бекзат Төлеуұлы"), ("detention", "Бекзат Төлеуұлы")}


# ---------------------------------------------------------------------------------- Chinese halves of a year

def dates(text: str) -> dict[str, tuple[str, str | None, bool]]:
    out = run(text, language="zh")
    return {text[d["start"]:d["end"]]: (d["value"], d.get("qualifier"), d["relative"]) for d in out["dates"]}


def test_the_first_and_second_half_of_a_year_are_its_qualifier():
    found = dates("我哥哥2018年上半年被警察带走。他2019年下半年被判刑。2017年年底他回过家。")
    assert found["2018年上半年"] == ("2018", "first_half", False)
    assert found["2019年下半年"] == ("2019", "second_half", False)
    assert found["2017年年底"] == ("2017", "late", False)  # the control: the other qualifiers as they were


def test_a_half_year_said_from_the_document_date_is_resolved_from_it():
    found = dates("去年下半年他被送到监狱，今年上半年她失踪了。")
    assert found["去年下半年"] == ("2020", "second_half", True)
    assert found["今年上半年"] == ("2021", "first_half", True)


def test_half_a_year_as_a_length_is_no_date():
    # 半年 "half a year" (a duration) has no 上 / 下 before it: no date; the control, 上半年 after a year
    found = dates("他被关了半年。2018年上半年他被带走。")
    assert list(found) == ["2018年上半年"]


# ---------------------------------------------------------------------------------- Chinese name boundaries

def test_an_employee_word_before_and_since_or_retired_after_are_no_part_of_a_name():
    text = ("本人李秀兰，是贵厂退休职工阿不来提·吐尔逊的妻子。阿不来提·吐尔逊自2019年5月起被关押。"
            "关于阿不来提·吐尔逊退休金停发的问题。他的朋友买买提·艾力去年去世了。")
    out = run(text, language="zh")
    found = {p["name"]: [text[m["start"]:m["end"]] for m in p["mentions"]] for p in out["persons"]}
    assert found["阿不来提·吐尔逊"] == ["阿不来提·吐尔逊"] * 3
    assert "买买提·艾力" in found  # the control: a name after a friend's word, as before
    assert not any(name.startswith(("工", "职")) or name.endswith(("自", "退休")) for name in found)


def test_a_speakers_label_is_not_joined_as_the_given_name_alone():
    # «НҰРСИЛА:» opens a turn: the speaker, not the one the turn tells of (a given name the lexicon lacks, which the
    # names found alone only after the full name); the control, her name inside a sentence
    text = ("Айтушы: Нұрсила Бекболатқызы.\nСҰРАҚ: Ағаңыз қайда?\nНҰРСИЛА: Ағамды 2018 жылы ұстады.\n"
            "Жазып алған Нұрсилаға рақмет айтты.")
    assert mentions(text)["Нұрсила Бекболатқызы"] == ["Нұрсила Бекболатқызы", "Нұрсила"]


def test_an_arrest_told_as_a_rumour_is_no_event():
    # «… деген сөз бар» ("there is talk that …"): hearsay; the control, the same act told as done
    found = events("Менің күйеуім Ерғали Сапарұлы. Оны «оқуға» апарған деген сөз бар.")
    assert found == set()
    found = events("Менің күйеуім Ерғали Сапарұлы. Оны «оқуға» апарған.")
    assert ("arrest", "Ерғали Сапарұлы") in found


def test_a_given_name_alone_after_a_forms_family_name_first_is_the_same_person():
    # a form's order, family name first: «Бақытгүл» alone later is she, not a second person; the control, two
    # persons of one given name stay two
    out = run("Өтініш беруші: Ахметова Бақытгүл Сейітқызы. Мен, Бақытгүл, інім үшін жазамын.\n"
              "Көршіміз Ерлан Сапарұлы. Оның досы Ерлан Бекұлы. Ағам Ерлан келді.")
    names = sorted(p["name"] for p in out["persons"])
    assert "Бақытгүл" not in names and "Ахметова Бақытгүл Сейітқызы" in names
    assert {"Ерлан Сапарұлы", "Ерлан Бекұлы"} <= set(names)
