"""A negation denies its own predicate, not the next one coordinated after it (h-codes43):
«не возвращали ей очки и заставляли её учить китайский язык» tells the lessons, "they did not give her
medicine and made her sing …" the songs; a negation of the act's own verb, or of a verb coordinated
with it that has no object of its own ("was not beaten and tortured"), still denies it. Invented
texts; each negative beside a positive control in the same text."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, language, None).persons if p.name}


def test_russian_the_second_predicate_after_a_denied_one_is_told():
    codes = _codes("Гульнару Касымову держали в лагере. Охранники не возвращали ей очки и каждый вечер заставляли "
                   "её учить китайский язык.\n\n"
                   "Её сестру Айгерим Касымову тоже держали в лагере. Там её не заставляли учить китайский язык.", "ru")
    assert "indoctrination.political" in codes["Гульнара Касымова"], codes
    assert "indoctrination.political" not in codes["Айгерим Касымова"], codes


def test_english_the_second_predicate_after_a_denied_one_is_told_a_shared_negation_is_not():
    codes = _codes("Aliya Serik was held in a camp. There the guards did not give her medicine and made her sing "
                   "songs praising the Party.\n\n"
                   "Her cousin Dana Serik was held in the same camp. The guards did not make Dana sing songs praising "
                   "the Party, and she was not beaten and tortured there.", "en")
    assert "indoctrination.political" in codes["Aliya Serik"], codes
    assert not {"indoctrination.political", "torture.beating"} & codes["Dana Serik"], codes
