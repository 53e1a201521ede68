"""Which act a sentence tells (h-codes47, issue 11), each a general form of its language, from the kinds
of misses on the spent v24 (unseen by the rules and the act model until this round): a ban told by a
negated permission or ability ("can't fast", « ne peut pas refuser », « n'a plus le droit de porter son
foulard », «не может молиться»), where the negation is the act and not its denial. Invented texts; each
negative (the act's own verb negated) beside a positive control in the same text."""

from guwah.extract import violations
from guwah.extract.pipeline import run_pipeline
from tests.extract.acts_read import codes_by_person as _codes
from tests.extract.acts_read import codes_by_sentence as _read


def test_a_fast_one_cannot_keep_is_a_ban_and_a_fast_one_did_not_keep_is_none():
    text = ("Since her release my aunt Gulbahar Tohti can't fast in Ramadan, because officials come to check who "
            "eats at noon. Her neighbour Meryem Tohti did not fast in Ramadan that year, because she was pregnant.")
    read = _read(text, "en")
    assert "culture.religious_ban" in read[0], read
    assert "culture.religious_ban" not in read[1], read
    codes = _codes(text, "en")
    assert "culture.religious_ban" in codes["Gulbahar Tohti"] and not codes.get("Meryem Tohti"), codes


def test_the_negated_permission_is_found_by_the_parse_not_by_any_negation():
    doc = run_pipeline("Aygul could not refuse the job. Aygul did not refuse the job.", "en", None)
    (first, second) = doc.sentences[:2]
    refuse_1 = doc.text.index("refuse", first.start)
    refuse_2 = doc.text.index("refuse", second.start)
    assert violations._negated_permission(doc, first.start, refuse_1, refuse_1 + 6)
    assert not violations._negated_permission(doc, second.start, refuse_2, refuse_2 + 6)


def test_french_a_right_to_pray_or_to_wear_a_headscarf_taken_away_and_a_prayer_not_said():
    read = _read("Depuis sa libération, Aynur Sabit n'a plus le droit de prier à la mosquée de son quartier. "
                 "Sa voisine Patigul Sabit ne priait pas à la mosquée, parce qu'elle travaillait le vendredi. "
                 "Sa fille Mihray Sabit ne peut plus porter son foulard au bureau. "
                 "Sa cousine Gulnar Sabit ne portait pas son foulard au bureau, par habitude.", "fr")
    assert "culture.religious_ban" in read[0] and "culture.religious_ban" in read[2], read
    assert "culture.religious_ban" not in read[1] and "culture.religious_ban" not in read[3], read


def test_russian_not_able_or_not_let_to_pray_or_wear_a_beard_and_a_beard_not_worn():
    read = _read("После лагеря Гульнар Турсун не может молиться дома, соседи проверяют каждую семью. "
                 "Её соседка Айгуль Турсун не молилась дома в тот год, потому что болела. "
                 "Её мужу не разрешают носить бороду. "
                 "Его брат Мурат Турсун не носит бороду, ему так удобнее.", "ru")
    assert "culture.religious_ban" in read[0] and "culture.religious_ban" in read[2], read
    assert "culture.religious_ban" not in read[1] and "culture.religious_ban" not in read[3], read


def test_a_relative_called_in_and_asked_about_the_teller_is_a_reprisal_and_asked_about_a_harvest_is_none():
    codes = _codes("After I gave an interview to a newspaper, the police called my brother Kamil Sadiq in three times, "
                   "asking about me. In spring the police called my cousin Ruzi Sadiq in twice, asking about the harvest.", "en")
    assert "family.reprisal" in codes["Kamil Sadiq"], codes
    assert "family.reprisal" not in codes.get("Ruzi Sadiq", set()), codes


def test_jailed_because_of_teaching_the_koran_is_a_religious_ban_and_because_of_selling_a_car_is_none():
    codes = _codes("In 2019 my uncle Abdurehim Kerim was jailed for ten years because he taught the Koran to children in "
                   "his house. In 2019 his neighbour Tursun Kerim was jailed for ten years because he sold a stolen car "
                   "to a dealer.", "en")
    assert "culture.religious_ban" in codes["Abdurehim Kerim"], codes
    assert "culture.religious_ban" not in codes.get("Tursun Kerim", set()), codes
    assert "detention.prison_sentence" in codes.get("Tursun Kerim", set()), codes  # the sentence itself is read


def test_russian_taken_away_with_nothing_after_the_verb_is_an_arrest_and_taken_to_a_hospital_is_none():
    codes = _codes("В аэропорту у Мурата Касымова отобрали телефон, потом увезли. "
                   "Летом его брата Ерлана Касымова увезли в больницу.", "ru")
    assert "detention.arbitrary_arrest" in codes["Мурат Касымов"], codes
    assert "detention.arbitrary_arrest" not in codes.get("Ерлан Касымов", set()), codes


def test_uyghur_made_to_sing_songs_and_a_passport_taken_in_a_year_and_a_song_sung_and_a_passport_got_back():
    text = ("لاگېردا ھەر كۈنى ئاچام گۈلنار ئابلىزغا قىزىل ناخشىلارنى ئېيتقۇزاتتى. توي كۈنى ئۇنىڭ قىزى ناخشا ئېيتتى. "
            "ئاكامنىڭ پاسپورتىنى 2018-يىلى ساقچى ئېلىۋالدى. ئاكام پاسپورتىنى 2018-يىلى ئىدارىدىن قايتۇرۇۋالدى.")
    doc = run_pipeline(text, "ug", None)
    read = [set() for _ in doc.sentences]
    for trigger, index, _match in violations._trigger_hits(doc):
        read[index].add(trigger.code)
    assert "indoctrination.political" in read[0] and "indoctrination.political" not in read[1], read
    assert "movement.passport_confiscation" in read[2] and "movement.passport_confiscation" not in read[3], read
    latin = run_pipeline("Lagérda her küni achamgha qizil naxshilarni éytquzatti. Toy küni uning qizi naxsha éytti.", "ug", None)
    codes = [{t.code for t, i, _m in violations._trigger_hits(latin) if i == k} for k in range(len(latin.sentences))]
    assert "indoctrination.political" in codes[0] and "indoctrination.political" not in codes[1], codes
