"""Issues 10 and 12 (h-names13): compound given names written as one word or two, short names in
Chinese characters that transcribe an Uyghur name, and Latin spellings that end in pinyin."""

import pytest

from guwah.names import DEFAULT_THRESHOLD, compare_many, compare_names, name_keys
from guwah.names.chinese import TRANSCRIPTION_CHARACTERS, han_syllable, transcription_marked, uyghur_reading
from guwah.names.forms import COMPOUND_HEADS, COMPOUND_TAILS, FIXED, joined_compounds, pinyin_tail_reading


def same(a: str, b: str) -> bool:
    """The pair is the same name by compare_names and compare_many, and meets in a block."""
    score = compare_names(a, b)
    assert compare_many([(a, b)]) == pytest.approx([score])
    if score >= DEFAULT_THRESHOLD:
        assert set(name_keys(a)) & set(name_keys(b)), (a, b)
    return score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), [
    ("Nur Mehmet Yasin", "Nurmemet Yasin"),      # issue 10: scored 0.44
    ("Nur-Mehmet Yasin", "Nur Mehmet Yasin"),
    ("Nur Mehmet Yasin", "努尔买买提·亚森"),      # Chinese writes the compound as one run
    ("Gul Nisa Tursun", "Gulnisa Tursun"),
    ("Ay Gul Memet", "Aygul Memet"),
    ("Mehri Ban Tohti", "Mehriban Tohti"),
    ("Tursun Gul Memet", "Tursungul Memet"),
    ("Nur Tursun Yasin", "Nurtursun Yasin"),     # Nur is a head: decided so (forms.COMPOUND_HEADS)
    ("Нур Мемет Ясин", "Nurmemet Yasin"),        # the elements in their Latin reading
    ("Nur Mehmet", "Nurmemet"),                  # one word against two: joined whole, as before
    ("Nur Tursun", "Nurtursun"),
    ("AHMET YASIN", "AHMETYASIN"),               # a name typed without its space, in capitals
])
def test_a_compound_given_name_written_apart_is_the_name_written_joined(a, b):
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # given name and father's name do not run together unless one is a compound's element
    ("Ahmet Yasin Tursun", "Ahmetyasin Tursun"),
    ("Tursun Memet Ali", "Tursunmemet Ali"),
    # a compound is still not another compound, nor the name without its father's name
    ("Nur Ahmet Yasin", "Nurmemet Yasin"),
    ("Nur Mehmet Yasin", "Nurmemet"),
    ("Nur Mehmet Yasin", "Nur Yasin"),
    ("Gul Nisa Tursun", "Gulnar Tursun"),
    # one word written as a name (a capital, then small letters) is a given name of its own, not
    # a name and father's name without their space (h-names14: bench/name_joining.py)
    ("Ahmet Yasin", "Ahmetyasin"),
    ("Memet Eli", "Memeteli"),
])
def test_given_and_fathers_names_do_not_run_together(a, b):
    assert not same(a, b)


def test_joined_compounds_joins_one_pair_at_a_time_and_only_at_an_element():
    assert joined_compounds("Nur Mehmet Yasin") == ("Nurmehmet Yasin",)
    assert joined_compounds("Ay Gul Nisa") == ("Aygul Nisa", "Ay Gulnisa")
    assert joined_compounds("NUR MEHMET") == ("NURMEHMET",)
    assert joined_compounds("JAm NUR Erbol") == ()  # NURerbol, read again, is split (NU Rerbol)
    assert joined_compounds("Ahmet Yasin Tursun") == ()
    assert joined_compounds("Nurmemet") == ()
    assert joined_compounds("Bin HAN") == joined_compounds("Han Bin") == ()  # a Chinese name
    assert "tursun" not in COMPOUND_HEADS | COMPOUND_TAILS  # a name given alone is no element


@pytest.mark.parametrize(("chinese", "latin"), [
    ("艾尔肯", "Erkin"),      # issue 12: scored 0.81, read as the Chinese name Ai Erken
    ("艾力", "Eli"),
    ("艾买提", "Ehmet"),
    ("艾合买提", "Ehmet"),
    ("买买提", "Memet"),
    ("吐尔逊", "Tursun"),
])
def test_a_short_transcription_without_a_dot_is_read_as_one(chinese, latin):
    assert same(chinese, latin)


@pytest.mark.parametrize(("a", "b"), [
    ("艾尔肯", "Ai Erken"),   # the Chinese reading stays
    ("张伟", "Zhang Wei"),
])
def test_the_chinese_reading_of_two_or_three_characters_stays(a, b):
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("艾尔肯", "Ekber"),
    ("艾力", "Erkin"),
    ("张伟", "Zhang Wen"),
])
def test_short_names_in_characters_stay_apart(a, b):
    assert not same(a, b)


def test_transcription_characters_are_read_as_their_table_says():
    """The table's Uyghur sound of each character is what `uyghur_reading` reads it as where the
    table places it (a closing consonant may keep the vowel its syllable adds: 提 ti for t)."""
    for char, (place, sound) in TRANSCRIPTION_CHARACTERS.items():
        syllable = han_syllable(char)
        if place == "^":
            read = uyghur_reading([syllable, "li"])[:-2]
        elif place == "$":
            read = uyghur_reading(["a", syllable])[1:]
        else:
            read = uyghur_reading(["a", syllable, "li"])[1:-2]
        assert read == sound or (place == "$" and read[:-1] == sound and read[-1] in "iu"), (char, read)


def test_transcription_marked_looks_at_the_place_of_a_character():
    assert transcription_marked("艾尔肯") and transcription_marked("买买提")
    assert not transcription_marked("张伟") and not transcription_marked("王艾")  # 艾 only at the start


@pytest.mark.parametrize(("a", "b"), [
    ("Hasiyet", "Hasiyaiti"),                    # scored 0.78
    ("Hasiyet Tursun", "Hasiyaiti Tuerxun"),
    ("Serik Nurlanuly", "Saierke Nu'erlanwulu"),  # 乌鲁 wulu for -uly: scored 0.78
    ("Serik Nurlanuly", "赛尔克·努尔兰乌鲁"),
])
def test_a_spelling_that_ends_in_pinyin_is_read_back(a, b):
    assert same(a, b)


def test_pinyin_tail_reading_needs_pinyin_at_the_end():
    assert pinyin_tail_reading("Hasiyaiti") == ("hasiyeti", True, FIXED)
    assert pinyin_tail_reading("Hasiyet") is None
    assert pinyin_tail_reading("Tohti") is None   # ti alone shows no pinyin
    assert pinyin_tail_reading("Mewlude") is None
    assert not same("Hasiyaiti", "Hesen")


def test_a_name_whose_compound_would_be_split_again_is_read_once():
    """Linkgen E's "JAmNUR Erbol": its compound, read again, was split back into the same words,
    without end (RecursionError in the linker's name scoring)."""
    from guwah.names.forms import name_forms

    assert name_forms("JAmNUR Erbol").readings
