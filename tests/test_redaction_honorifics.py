"""A withheld given name is masked when an honorific is written onto it (a newcomer's report: with
"Dilnur Kasimova" withheld, a released text kept "Someone called her Dilnurkhan"): Uyghur and
Kazakh add -xan / -khan / -han ("lady", "sir") and -xanim / -hanim / -ханым to a given name, in
Latin, Cyrillic and Arabic script, and case endings may follow. Other words that happen to end so
stay, unless what is left is the withheld name. Invented people, our own words."""

import pytest

from guwah.redaction import Withheld, build_masking, redact


def _shown(text: str, withheld: str = "Dilnur Kasimova") -> str:
    return redact(text, build_masking([Withheld(1, (withheld,), "[name withheld]")], [])).text


@pytest.mark.parametrize("honoured", [
    "Dilnurkhan", "Dilnurxan", "Dilnurhan", "Dilnurxanim", "Dilnurkhanim", "Dilnurxanning", "Dilnurkhan's",
    # h-adversary76: the Uzbek form of the honorific, -xon / -khon
    "Dilnurxon", "Dilnurkhon",
])
def test_a_withheld_given_name_with_an_honorific_is_masked_in_latin_script(honoured):
    shown = _shown(f"Someone called her {honoured} at the meeting in Aksu.")
    assert "Dilnur" not in shown, shown
    assert shown.startswith("Someone called her ") and shown.endswith(" at the meeting in Aksu."), shown


@pytest.mark.parametrize(("withheld", "text", "honoured"), [
    ("Дилнур Касимова", "Все говорили о Дилнурхан и ждали.", "Дилнурхан"),
    ("Дилнур Касимова", "Дилнурханым келді.", "Дилнурханым"),
    ("Дилнур Касимова", "Все говорили о Дилнурхон и ждали.", "Дилнурхон"),  # h-adversary76: Uzbek -хон
    ("دىلنۇر قاسىموۋا", "يىغىندا دىلنۇرخاننىڭ سۆزى ئوقۇلدى.", "دىلنۇرخاننىڭ"),
    ("دىلنۇر قاسىموۋا", "يىغىندا دىلنۇرخان بار ئىدى.", "دىلنۇرخان"),
])
def test_a_withheld_given_name_with_an_honorific_is_masked_in_cyrillic_and_arabic_script(withheld, text, honoured):
    shown = _shown(text, withheld)
    assert honoured not in shown and "[name withheld]" in shown, shown


def test_a_word_ending_like_an_honorific_stays_when_the_rest_is_no_withheld_name():
    shown = _shown("Orhan and Gulhan met Nurkhan; Dilnurkhan stayed home.")
    assert shown == "Orhan and Gulhan met Nurkhan; [name withheld] stayed home.", shown


@pytest.mark.parametrize(("withheld", "text", "petted"), [
    ("Зерепшан Курбанова", "Все звали её Зерепшанка, и она ждала.", "Зерепшанк"),
    ("Зерепшан Курбанова", "Мы видели Зерепшанку у ворот.", "Зерепшанк"),
    ("Зерепшан Курбанова", "Зерепшаночка, не плачь, сказала мать.", "Зерепшаночк"),
    ("Zerepshan Qurbanova", "Everyone called her Zerepshanka in the village.", "Zerepshank"),
    # h-adversary76: the boys' diminutives -ик, -чик, -ушка (Кайратик, Кайратчик), in Latin letters too
    ("Кайрат Сейткалиев", "Дома его звали Кайратик, и он ждал.", "Кайратик"),
    ("Кайрат Сейткалиев", "Мы видели Кайратика у ворот.", "Кайратик"),
    ("Кайрат Сейткалиев", "Кайратчик, не плачь, сказала мать.", "Кайратчик"),
    ("Кайрат Сейткалиев", "Мы ждали Кайратушку до утра.", "Кайратушк"),
    ("Kairat Seitkaliev", "Everyone called him Kairatik in the village.", "Kairatik"),
])
def test_a_withheld_given_name_with_a_russian_diminutive_is_masked(withheld, text, petted):
    """h-adversary75: a Russian speaker's diminutive of a withheld given name (-ка, -очка, -ечка, their case
    endings) was shown whole in a public testimony. The control: another girl's diminutive stays."""
    shown = _shown(text + " Айгулька и Aygulka остались.", withheld)
    assert petted not in shown and "[name withheld]" in shown, shown
    assert shown.endswith(" Айгулька и Aygulka остались."), shown
