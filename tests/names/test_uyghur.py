import pytest

from guwah.names import latin_forms, same_person_name
from guwah.names.uyghur import arabic_to_uly

# The Uyghur alphabet letter by letter, written out here independently of the module's table.
ALPHABET = [
    ("ا", "a"), ("ە", "e"), ("ب", "b"), ("پ", "p"), ("ت", "t"), ("ج", "j"), ("چ", "ch"),
    ("خ", "x"), ("د", "d"), ("ر", "r"), ("ز", "z"), ("ژ", "zh"), ("س", "s"), ("ش", "sh"),
    ("غ", "gh"), ("ف", "f"), ("ق", "q"), ("ك", "k"), ("گ", "g"), ("ڭ", "ng"), ("ل", "l"),
    ("م", "m"), ("ن", "n"), ("ھ", "h"), ("و", "o"), ("ۇ", "u"), ("ۆ", "ö"), ("ۈ", "ü"),
    ("ۋ", "w"), ("ې", "ë"), ("ى", "i"), ("ي", "y"),
]


def test_alphabet_has_32_letters():
    assert len(ALPHABET) == 32
    assert len({letter for letter, _ in ALPHABET}) == 32


@pytest.mark.parametrize(("letter", "latin"), ALPHABET)
def test_letter_inside_word(letter, latin):
    # between two consonants, so that no hamza carrier is involved
    assert arabic_to_uly("ب" + letter + "ت") == "b" + latin + "t"


@pytest.mark.parametrize(
    ("vowel", "latin"),
    [("ا", "a"), ("ە", "e"), ("و", "o"), ("ۇ", "u"), ("ۆ", "ö"), ("ۈ", "ü"), ("ې", "ë"),
     ("ى", "i")],
)
def test_hamza_carrier_is_silent_before_an_initial_vowel(vowel, latin):
    assert arabic_to_uly("ئ" + vowel + "ت") == latin + "t"


def test_hamza_carrier_inside_a_word_is_an_apostrophe():
    assert arabic_to_uly("مەسئۇل") == "mes'ul"
    assert arabic_to_uly("جامائەت") == "jama'et"


@pytest.mark.parametrize(
    ("arabic", "uly"),
    [
        ("ئىلھام توختى", "ilham toxti"),
        ("مىھرىگۈل سابىر", "mihrigül sabir"),
        ("ئابدۇرېھىم ھېيىت", "abdurëhim hëyit"),
        ("گۈلچېھرە خوجا", "gülchëhre xoja"),
        ("قەمەرنىسا سىدىق", "qemernisa sidiq"),
        ("خالمۇرات غوپۇر", "xalmurat ghopur"),
        ("ئەكپەر ئەسەت", "ekper eset"),
        ("ئۆمەر", "ömer"),
        ("ژۇرنال", "zhurnal"),
        ("چىڭگىز", "chinggiz"),
        ("ۋەتەن", "weten"),
    ],
)
def test_whole_names(arabic, uly):
    assert arabic_to_uly(arabic) == uly


def test_presentation_forms_and_lookalikes():
    assert arabic_to_uly("ﺋﯩﻠﮭﺎﻡ") == "ilham"  # contextual glyph code points
    assert arabic_to_uly("کېرىم") == "kërim"  # Persian kaf for ك
    assert arabic_to_uly("ئىلـھام") == "ilham"  # tatweel


def test_latin_forms_of_arabic_name():
    forms = latin_forms("ئىلھام توختى")
    assert forms[0] == "ilham toxti"
    assert "ilham tohti" in forms


@pytest.mark.parametrize(("written", "readings"), [
    # invented names; ۋ and ە are where ULY and a Russian passport or Turkish spelling part
    ("جەمىلوۋا", ("jemilowa", "jamilova")),
    ("ۋەلى", ("weli", "vali")),
    ("ئابدۇرەھمان", ("abdurehman", "abdurahman")),
    ("تۇرسۇن", ("tursun",)),  # neither letter: one reading
])
def test_arabic_readings_give_uly_then_the_soviet_and_turkish_spelling(written, readings):
    """Issue 12: ۋ is also v and ە also a, as families abroad type them; ULY stays first."""
    from guwah.names.uyghur import arabic_readings

    assert arabic_readings(written) == readings
    assert arabic_readings(written)[0] == arabic_to_uly(written)


def test_latin_forms_of_an_arabic_name_include_the_spelling_a_family_abroad_types():
    """Issue 12: the search's "spellings tried" and the testimony word index (both `latin_forms`)
    hold the Soviet/Turkish spelling after the ULY one."""
    assert latin_forms("گۈلنارە جەمىلوۋا")[:1] == ["gulnare jemilowa"]
    assert "gulnara jamilova" in latin_forms("گۈلنارە جەمىلوۋا")
    assert latin_forms("تۇرسۇن") == ["tursun"]


# Russian surnames in Uyghur Arabic spelling: the suffixes -ov, -ev (-ёв), -ova, -eva write
# their в as ف at a word's end (invented names). They meet the Cyrillic and Latin spellings.
@pytest.mark.parametrize(("arabic", "other"), [
    ("نۇرلان ئوماروف", "Нурлан Омаров"),
    ("نۇرلان ئوماروف", "Nurlan Omarov"),
    ("رۇستەم ئەلىيېف", "Рустам Алиев"),
    ("گۈلنار ئوماروفا", "Гульнар Омарова"),
    ("نۇرلان ئومارۇف", "Нурлан Омаров"),
    ("نۇرلان ئوماروۋ", "Нурлан Омаров"),  # written with ۋ: already read so
])
def test_russian_surname_suffix_in_arabic_script_meets_cyrillic(arabic, other):
    assert same_person_name(arabic, other)


@pytest.mark.parametrize(("a", "b", "why"), [
    ("نۇرلان ئوماروف", "Нурлан Омарова", "-ov against -ova: brother and sister"),
    ("نۇرلان ئوماروف", "Nurlan Omarbek", "the stem is not a longer name"),
    # Latin -of is left as it was: two people who differ only there still differ
    ("Nurlan Omarof", "Nurlan Omarov", "Latin -of is not read as -ov"),
    ("Nurlan Omarof", "Nurlan Omar", "Latin -of is not a suffix"),
])
def test_russian_surname_suffix_in_arabic_script_keeps_apart(a, b, why):
    assert not same_person_name(a, b), why


@pytest.mark.parametrize(("arabic", "latin"), [
    # Arabic given names ending in ف are names, not a suffix (ۇف after a short stem or a vowel)
    ("يۇسۇف تۇرسۇن", "Yusuf Tursun"),
    ("مەرۇف تۇرسۇن", "Maruf Tursun"),
    ("ئابدۇرائۇف تۇرسۇن", "Abdurauf Tursun"),
])
def test_arabic_names_ending_in_f_are_not_suffixed(arabic, latin):
    assert same_person_name(arabic, latin)
    assert not same_person_name(arabic, "Yus Tursun")
