"""h-names49: three names typed into the demo's family search found nobody, though the person was
there under another spelling (Ergin Tursunzhan, Nurlan Omaroff, Nurmuhammad Yasin).

- Muhammad in its written forms (Muhemmet, Muhammad, Mohammed, Мухаммед, مۇھەممەد) is read as the
  spoken Memet (Mehmet, Mamat) that Uyghur and Kazakh names use (`forms.SPOKEN_MUHAMMAD`), alone
  and in compounds: Nurmuhammad Yasin scored 0.77 against Nurmemet Yasin.
- A Latin Russian ending as emigre spelling writes it (-off, -eff, -ovitch) is also read with the
  passport ending (`forms.emigre_reading`): Nurlan Omaroff scored 0.68 against Нурлан Омаров.
- A Latin -djan, -dzhan after a vowel is also read with the t it assimilates, as Cyrillic -джан was
  (`forms.ASSIMILATED_JAN`: Ahmedjan, Ahmetjan 0.83), and a voiced last consonant before -jan or
  -xan is devoiced as at a word's end (`forms.VOICED_BEFORE_ENDING`: Yaqubjan, Yaqupjan).
- Russian-style zh for j (Tursunzhan, Турсунжан) was already read as j; kept so here. Ergin is not a
  spelling of Erkin (Ergin is a Turkish name of its own): that pair stays similar, not the same.

Every pair must meet by compare_names and compare_many and share a blocking key; each rule has
controls of similar but different names that stay below same_name. Names invented.
"""

import pytest

from guwah.names import compare_many, compare_names, name_keys
from guwah.names.forms import emigre_reading
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


def score(a: str, b: str) -> float:
    """compare_names, checked equal to compare_many's vectorised path."""
    value = compare_names(a, b)
    assert compare_many([(a, b)]) == pytest.approx([value])
    return value


def meets(a: str, b: str) -> bool:
    """The two names are the same name and share a blocking key (so the linker and the search
    ever compare them)."""
    return score(a, b) >= SAME_NAME and bool(set(name_keys(a)) & set(name_keys(b)))


@pytest.mark.parametrize(("a", "b"), [
    ("Muhemmet Tursun", "Memet Tursun"),
    ("Muhammad Qadir", "Mehmet Qadir"),
    ("Mohammed Sabir", "Mamat Sabir"),
    ("Мухаммед Абдулла", "Memet Abdulla"),
    ("مۇھەممەد ئىسلام", "Memet Islam"),
    ("Mukhamed Ospan", "Мамат Оспан"),
    ("Nurmuhammad Yasin", "Nurmemet Yasin"),       # the demo's miss: 0.765
    ("Nur Muhammad Yasin", "Nurmemet Yasin"),      # a compound written as two words
    ("Nur-Muhemmet Rozi", "Nurmemet Rozi"),
    ("Нурмухаммед Ясин", "Nurmemet Yasin"),
    ("نۇرمۇھەممەد ياسىن", "Nurmamat Yasin"),
    ("Muhemmetjan Sabir", "Memetjan Sabir"),
    ("Muhammad Tursun", "买买提·吐尔逊"),
])
def test_muhammad_is_its_spoken_form_memet(a, b):
    assert meets(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Muhammad Tursun", "Mahmut Tursun"),   # Mahmud is another name of the same root
    ("Muhammad Tursun", "Ahmet Tursun"),
    ("Muhemmet Tursun", "Hemit Tursun"),
    ("Muhtar Tursun", "Memet Tursun"),      # an h before a consonant stays
    ("Mahambet Ospan", "Memet Ospan"),      # and one before a consonant cluster
    ("Muhabbat Tursun", "Mehmet Tursun"),
    ("Nurmuhammad Yasin", "Nurmahmut Yasin"),
    ("Nurmuhammad Yasin", "Nurahmet Yasin"),
])
def test_muhammad_stays_apart_from_names_like_it(a, b):
    assert score(a, b) < SAME_NAME


def test_muhammad_scores_what_memet_scores_against_another_name():
    """The written form is no looser than the spoken one: its vowels are the spoken form's."""
    for other in ("Mahmut", "Ahmet", "Mamut", "Hemit"):
        assert score("Muhemmet", other) == pytest.approx(score("Memet", other))
        assert score("Мухаммед", other) == pytest.approx(score("Mehmet", other))


@pytest.mark.parametrize(("a", "b"), [
    ("Nurlan Omaroff", "Нурлан Омаров"),           # the demo's miss: 0.681
    ("Nurlan Omaroff", "Nurlan Omarov"),
    ("Nurlan Omaroff", "نۇرلان ئوماروف"),
    ("Rustam Aliyeff", "Рустам Алиев"),
    ("Serik Sadykoff", "Серик Садыков"),
    ("Boris Smirnoff", "Борис Смирнов"),
    ("Ivan Petrovitch Orloff", "Иван Петрович Орлов"),
    ("Sergei Andreevitch", "Сергей Андреевич"),
])
def test_emigre_russian_endings_meet_the_passport_spelling(a, b):
    assert meets(a, b)


@pytest.mark.parametrize(("a", "b", "why"), [
    ("Nurlan Omaroff", "Нурлан Омарова", "-ov against -ova: brother and sister"),
    ("Boris Orloff", "Boris Orlova", "the same"),
    ("Nurlan Omaroff", "Nurlan Omarbek", "the stem is not a longer name"),
    ("Nurlan Omaroff", "Nurlan Umarbay", "nor another name"),
])
def test_emigre_russian_endings_keep_apart(a, b, why):
    assert score(a, b) < SAME_NAME, why


@pytest.mark.parametrize(("word", "reading"), [
    ("Omaroff", "omarov"), ("Aliyeff", "aliyev"), ("Petrovitch", "petrovich"), ("Andreevitch", "andreevich"),
    ("Hoff", None), ("Oleff", None), ("Omarov", None), ("Omarof", None), ("Шерифф", None),
])
def test_emigre_reading_only_of_a_latin_ending_after_a_stem(word, reading):
    found = emigre_reading(word)
    assert (found[0] if found else None) == reading


def test_a_word_in_off_keeps_its_own_reading_too():
    """The passport reading is added, not put in the word's place: Yusoff is also Yusuf."""
    assert meets("Yusoff Tursun", "Yusuf Tursun")


def test_emigre_search_forms_find_the_cyrillic_spelling():
    """`guwah.search.word_forms` (the workspace's word index and the public search's spellings)
    of Omaroff share a form with Омаров and Omarov, not with Омарова."""
    from guwah.search import word_forms

    assert word_forms("Omaroff") & word_forms("Омаров")
    assert word_forms("Omaroff") & word_forms("Omarov")
    assert not word_forms("Omaroff") & word_forms("Омарова")


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmedjan Tursun", "Ahmetjan Tursun"),        # was 0.83
    ("Akhmedzhan Tursun", "Ahmetjan Tursun"),
    ("Mukhamedzhan Omarov", "Memetjan Omarov"),
    ("Rashidjan Sabir", "Reshitjan Sabir"),
    ("Yaqubjan Sabir", "Yaqupjan Sabir"),
    ("Ахмеджан Турсун", "Ahmedjan Tursun"),
    ("AHMEDJAN TURSUN", "Ahmetjan Tursun"),        # the t written in the ending's case
    ("Isadzhan Tursun", "Isajan Tursun"),          # and the reading with dzh as j kept
])
def test_a_voiced_last_consonant_before_jan_is_the_devoiced_one(a, b):
    assert meets(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmedjan Tursun", "Mahmutjan Tursun"),       # another name before the same ending
    ("Yaqubjan Sabir", "Yaqupbek Sabir"),
    ("Ahmedjan Tursun", "Ahmed Tursun"),           # -jan on one side only: review (JAN_SIMILARITY)
    ("Rashidjan Sabir", "Rashid Sabir"),
])
def test_a_name_before_jan_keeps_its_last_consonant(a, b):
    assert score(a, b) < SAME_NAME


@pytest.mark.parametrize(("a", "b"), [("Djamal Tursun", "Jamal Tursun"), ("Dzhamal Tursun", "Jamal Tursun")])
def test_a_word_initial_dj_is_still_j(a, b):
    assert meets(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Erkin Tursunzhan", "Erkin Tursunjan"),
    ("Erkin Tursunzhan", "Эркин Турсунжан"),
    ("Erkin Tursunzhan", "ئەركىن تۇرسۇنجان"),
    ("Zhanar Serikova", "Janar Serikova"),
    ("Erzhan Omarov", "Erjan Omarov"),
])
def test_russian_style_zh_is_j(a, b):
    assert meets(a, b)


def test_ergin_is_similar_to_erkin_not_the_same():
    """Ergin (a Turkish name) against Erkin: a similar name for review, not the same name."""
    assert SIMILAR_NAME <= score("Ergin Tursunzhan", "Erkin Tursunjan") < SAME_NAME
