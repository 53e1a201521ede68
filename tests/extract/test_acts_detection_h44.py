"""Which act a sentence tells (h-codes44, issue 11): a denunciation told after what the person was
made to do first; a device searched or copied, by the parse, in either voice; a death
« y » (there) after custody; tenses of "nothing known", "no news", "not knowing where" and being kept
from one's family (Russian, Kazakh, Uyghur); the Kazakh classifier's camp needs a place of custody in
its sentence. Invented texts; each negative beside a positive control in the same text."""

from tests.extract.acts_read import codes_by_person as _codes
from tests.extract.acts_read import rule_codes_by_sentence as _read


def test_a_denunciation_after_what_she_was_made_to_do_first_and_praise_is_not_one():
    codes = _codes("My mother Hanipe Rozi lives in Turpan. In 2019 she was made to stand up at a meeting in the "
                   "square and say that I, her son in Oslo, was a traitor.\n\n"
                   "My aunt Nurgul Rozi was made to stand up at a meeting and say that life in the village was good.",
                   "en")
    assert "coercion.forced_denunciation" in codes["Hanipe Rozi"], codes
    assert "coercion.forced_denunciation" not in codes.get("Nurgul Rozi", set()), codes


def test_a_phone_copied_or_a_laptop_examined_in_either_voice_but_not_a_recipe_copied_from_a_phone():
    read = _read("At the border her phone was copied. The officers examined his laptop for an hour. "
                 "She copied a recipe from her phone.", "en")
    assert "surveillance.digital" in read[0] and "surveillance.digital" in read[1], read
    assert "surveillance.digital" not in read[2], read


def test_a_death_there_in_french_and_il_y_a_is_no_there():
    codes = _codes("En 2018, Ablet Turdi a été interné dans un camp à Hotan. Il y est mort en novembre 2019.\n\n"
                   "En 2018, Kerim Sabit a été interné dans un camp à Aksu. Il y a deux ans, il est mort.", "fr")
    assert "death.in_custody" in codes["Ablet Turdi"], codes
    assert "death.in_custody" not in codes["Kerim Sabit"], codes


def test_russian_nothing_known_in_the_past_and_kept_from_a_son_abroad():
    read = _read("Марата задержали в 2019 году. Два года о нём ничего не было известно. О погоде всё было известно. "
                 "С тех пор она не может приехать к сыну в Казахстан. Её не выпускают из дома.", "ru")
    assert "disappearance.enforced" in read[1] and "disappearance.enforced" not in read[2], read
    assert "family.separation" in read[3] and "family.separation" not in read[4], read


def test_kazakh_not_knowing_where_no_news_and_kept_from_kazakhstan_in_the_past():
    read = _read("Інім Ерлан Сейітұлы 2018 жылы ұсталды. Жеті ай бойы біз оның қайда екенін білмедік. "
                 "Одан ешқандай хабар болмады. Оған Қазақстанға қайтуға рұқсат бермейді. "
                 "Ол Қазақстанға қайтуға рұқсат алды. Хабар келді.", "kk")
    assert "disappearance.enforced" in read[1], read
    assert "detention.incommunicado" in read[2] and "detention.incommunicado" not in read[5], read
    assert "family.separation" in read[3] and "family.separation" not in read[4], read


def test_kazakh_classifier_gives_no_camp_to_a_death_at_home_but_the_lexicon_a_camp_told():
    codes = _codes("Қайын атам Жақып Сейітұлы былтыр күзде Құлжадағы үйінде жүрек талмасынан қайтыс болды. "
                   "Інім Ерлан Сейітұлы 2018 жылы лагерьге алынды.", "kk")
    assert "detention.internment_camp" in codes["Ерлан Сейітұлы"], codes
    assert not codes.get("Жақып Сейітұлы", set()) & {"detention.internment_camp", "death.in_custody"}, codes


def test_uyghur_training_centre_either_spelling_not_knowing_where_no_news_and_a_foreign_app():
    read = _read("ئۇ كەسپىي تەربىيەلەش مەركىزىگە سولاندى. ئائىلە ئۇنىڭ قەيەردە ئىكەنلىكىنى بىلمىدى. "
                 "ئۇنىڭدىن ھېچ خەۋەر يوق ئىدى. تېلېفونىدا چەتئەل پروگراممىسى بار ئىكەن. "
                 "ئۇ چەتئەلگە ئاپىرىپ بېرىلدى. ئۇنىڭدىن خەۋەر كەلدى.", "ug")
    assert "detention.internment_camp" in read[0], read
    assert "disappearance.enforced" in read[1], read
    assert "detention.incommunicado" in read[2] and "detention.incommunicado" not in read[5], read
    assert "surveillance.digital" in read[3] and "surveillance.digital" not in read[4], read
