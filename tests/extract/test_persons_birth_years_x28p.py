"""Birth years in the forms of registers and lists, in every supported language (issue 11, h-x28p):
«X, 1984 года рождения», «X (1990 г. р.)», «Я родилась в 1984 году», « Je suis née en 1970 », Kazakh
«X 1979 жылы туған», «X (2008 ж.т.)», Uyghur «X 1968-يىلى … تۇغۇلغان», Chinese «X，男，维吾尔族，1971年出生».
Kazakh children listed «X (2008 ж.т.)» are persons even when the name lexicon lacks them, and Chinese
register entries («X，女，…») name persons without a cue; 克里木 (Kerim) is part of a transcribed name.
Invented texts; the control in each: a person named with no birth year gets none, and a year of an
act («задержан в 2017 году») is no birth year."""

from guwah.extract.pipeline import run_pipeline


def _years(doc) -> dict[str, int | None]:
    return {p.name: p.attributes.get("birth_year", (None,))[0] for p in doc.persons if p.names}


def test_russian_birth_year_forms_after_a_name_and_in_the_first_person():
    text = ("Меня зовут Жанар Оспан, 1986 года рождения, я живу в Алматы. Моя сестра Сауле Оспан (1991 г. р.) "
            "живёт в Текесе. Мой брат Нурлан Оспан задержан в 2017 году и отправлен в лагерь. ")
    years = _years(run_pipeline(text, "ru", None))
    assert years.get("Жанар Оспан") == 1986, years
    assert years.get("Сауле Оспан") == 1991, years
    assert years.get("Нурлан Оспан") is None, years  # control: the year of his arrest
    first = _years(run_pipeline("Меня зовут Жанар Оспан. Я родилась в 1986 году в Текесе. Мой брат Нурлан Оспан "
                                "живёт в Текесе с 2012 года.", "ru", None))
    assert first.get("Жанар Оспан") == 1986 and first.get("Нурлан Оспан") is None, first


def test_french_birth_year_in_the_first_person():
    years = _years(run_pipeline("Je m'appelle Aygul Emet. Je suis née en 1972 à Ghoulja. Mon frère Memet Emet "
                                "vit à Karamay depuis 2010.", "fr", None))
    assert years.get("Aygul Emet") == 1972 and years.get("Memet Emet") is None, years


def test_kazakh_birth_years_and_children_listed_with_them():
    text = ("Менің атым Жанар Оспанқызы, 1986 жылы туғанмын. Ағам Нұрлан Оспанұлы 1980 жылы Құлжада туған. "
            "Біздің балаларымыз: Томирис (2009 ж.т.) және Ерасыл (2013 ж. т.). Інім Серік 2017 жылы ұсталды.")
    doc = run_pipeline(text, "kk", None)
    years = _years(doc)
    assert years.get("Жанар Оспанқызы") == 1986, years
    assert years.get("Нұрлан Оспанұлы") == 1980, years
    assert years.get("Томирис") == 2009 and years.get("Ерасыл") == 2013, years
    assert years.get("Серік") is None, years  # control: the year he was held


def test_uyghur_and_chinese_birth_years_and_register_names():
    ug = _years(run_pipeline("دادام تۇرسۇن ئابدۇللا 1962-يىلى قەشقەردە تۇغۇلغان. ئاكام ئەركىن تۇرسۇن 2017-يىلى تۇتۇلدى.",
                             "ug", None))
    assert 1962 in ug.values() and sorted(v for v in ug.values() if v) == [1962], ug
    zh = _years(run_pipeline("（一）阿不都克里木·吐尔逊，男，维吾尔族，1968年出生，农民。2018年被送往教培中心。\n"
                             "（二）王秀兰，女，汉族，1975年生，个体户。\n"
                             "（三）李建国，男，汉族，2017年起任村主任。\n", "zh", None))
    assert zh.get("阿不都克里木·吐尔逊") == 1968, zh
    assert zh.get("王秀兰") == 1975, zh
    assert "李建国" in zh and zh["李建国"] is None, zh  # control: the year he took office
