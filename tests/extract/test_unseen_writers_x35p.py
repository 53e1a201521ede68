"""Faults found on texts by writers who never saw the extractor (h-x35p, issue 11), each in invented
sentences with a positive control in the same text."""

from tests.extract.helpers import codes_of, doc_of, person_named


def test_ru_emphatic_samu_is_not_part_of_the_name_and_the_kin_named_before_is_the_one_taken():
    # «Саму X не задерживали, но мать при ней увезли»: X is the witness; the mother, named in
    # apposition before, is the one taken (before: «Саму Айгуль» was a name and took the arrest).
    doc = doc_of("Айгуль Сапарова в мае 2019 года поехала в Кульджу к больной матери, Розе Сапаровой. "
                 "Саму Айгуль не задерживали, но мать при ней увезли в лагерь.", "ru")
    assert not any("Саму" in name for p in doc.persons for name in p.names)
    assert not codes_of(person_named(doc, "Айгуль Сапарова")) & {"detention.arbitrary_arrest",
                                                                  "detention.internment_camp"}
    # control: the mother's arrest is hers
    assert "detention.arbitrary_arrest" in codes_of(next(p for p in doc.persons if "Розе Сапарова" in p.names
                                                             or "Роза Сапарова" in p.names))


def test_ru_act_in_her_presence_is_not_hers_control_act_on_her():
    doc = doc_of("Айгуль Сапарова приехала к отцу, Ерлану Сапарову. Отца при ней увезли в лагерь. "
                 "Через неделю Айгуль Сапарову тоже арестовали.", "ru")
    assert "detention.internment_camp" in codes_of(person_named(doc, "Ерлан Сапаров"))
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Айгуль Сапарова"))
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Айгуль Сапарова"))


def test_kk_according_to_them_is_a_hedge_control_told_plainly():
    doc = doc_of("Айтуларынша, Ерлан Сапаров 2018 жылы лагерьге жіберілген. "
                 "Оның әйелі Айгүл Сапарова 2019 жылы мамырда қамауға алынды.", "kk")
    told = {(e.type, doc.person(e.person).names[0]) for e in doc.events if e.person}
    assert not any(name.startswith("Ерлан") for _type, name in told)
    assert any(name.startswith("Айгүл") and kind == "arrest" for kind, name in told)


def test_the_source_before_a_name_reads_every_kin_word_of_the_one_list():
    from guwah.extract.subjects import is_source

    for text, language, source, victim in [
        ("According to his grandmother Aynur Tohti, Memet Tohti was detained in May 2018.", "en",
         "Aynur Tohti", "Memet Tohti"),
        ("По словам его бабушки Айгуль Сапаровой, Ерлан Сапаров был арестован в мае 2018 года.", "ru",
         "Айгуль Сапаровой", "Ерлан Сапаров"),
        ("Selon sa belle-sœur Aysha Tohti, Erkin Tohti a été arrêté en mai 2018.", "fr", "Aysha Tohti", "Erkin Tohti"),
    ]:
        doc = doc_of(text, language)
        start = text.index(source)
        assert is_source(doc, start, start + len(source)), text
        # control: the one the act happened to is no source, and is the victim
        start = text.index(victim)
        assert not is_source(doc, start, start + len(victim))
        assert "detention.arbitrary_arrest" in codes_of(person_named(doc, victim))


def test_fr_apposition_with_a_female_kin_word_makes_the_relation():
    doc = doc_of("Kamil Tohti raconte. Aysha Tohti, sa cousine, a été arrêtée en mars 2018. "
                 "Erkin Tohti, son frère, a été arrêté en mai 2018.", "fr")
    relations = {(doc.person(r.person).names[0], r.relation) for p in doc.persons for r in p.relations}
    assert ("Aysha Tohti", "cousin") in {(doc.person(r.person).names[0], r.relation)
                                         for r in person_named(doc, "Kamil Tohti").relations}
    assert ("Erkin Tohti", "brother") in relations  # control: a kin word the list had


def test_zh_friend_before_a_dotted_name_is_not_part_of_it():
    doc = doc_of("我的朋友阿卜杜拉·买买提在2018年被抓走了。他的妻子热依拉·阿不都也被关押。", "zh")
    names = {name for p in doc.persons for name in p.names}
    assert "阿卜杜拉·买买提" in names
    assert "热依拉·阿不都" in names  # control
    assert not any(name.startswith("朋友") for name in names)


def _dates(doc) -> list[tuple[str, str]]:
    return [(doc.text[d.start:d.end], d.value) for d in doc.dates]


def test_several_days_sharing_one_month_are_each_a_date():
    doc = doc_of("In 2019 the police came on the 3rd and 5th of May, and again on 2, 4 and 6 July.")
    values = [value for _text, value in _dates(doc)]
    assert values == ["2019", "2019-05-03", "2019-05-05", "2019-07-02", "2019-07-04", "2019-07-06"]
    doc = doc_of("В 2018 году его вызывали 3 и 5 мая.", "ru")
    assert [value for _text, value in _dates(doc)] == ["2018", "2018-05-03", "2018-05-05"]


def test_ug_today_is_the_document_day_control_last_year():
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline("بۈگۈن ساقچىلار ئاكام ئەخمەت تۇرسۇننى تۇتۇپ كەتتى. ئۆتكەن يىلى دادام قولغا ئېلىندى.", "ug",
                       date(2019, 5, 14))
    assert [value for _text, value in _dates(doc)] == ["2019-05-14", "2018"]


def test_zh_log_entries_headed_by_a_day_alone_take_the_month_before():
    doc = doc_of("工作日志\n2018年3月28日：走访阿卜杜拉·买买提家。\n30日：阿卜杜拉·买买提被带走。\n\n"
                 "2日：其妻热依拉·阿不都被约谈。\n他被关押了5日，没有消息。", "zh")
    # the last 5日 is a duration inside a sentence, not an entry
    assert [value for _text, value in _dates(doc)] == ["2018-03-28", "2018-03-30", "2018-04-02"]


def _arrest_place(doc):
    event = next(e for e in doc.events if e.type == "arrest")
    return next((p.name for p in doc.places if p.id == event.place), None) if event.place else None


def test_where_the_arrested_comes_from_is_not_where_the_arrest_was():
    assert _arrest_place(doc_of("Tursunay Ablimit, a teacher from Ghulja, was arrested in March 2018.")) is None
    assert _arrest_place(doc_of("Турсунай Аблимит, учительница из Кульджи, была арестована в марте 2018 года.",
                                "ru")) is None
    # controls: a place of the act, before or after it
    assert _arrest_place(doc_of("Tursunay Ablimit, a teacher from Ghulja, was arrested in Urumqi in March 2018.")) \
        == "Ürümqi"
    assert _arrest_place(doc_of("In Ghulja, Tursunay Ablimit was arrested in March 2018.")) == "Yining City"


def test_a_negation_inside_a_relative_clause_does_not_deny_the_act_after_it():
    for text, language, name in [
        ("Memet Tohti, a farmer from Kashgar who had never travelled abroad, was detained in May 2017.", "en",
         "Memet Tohti"),
        ("Эркин Тохти, который никогда не выезжал за границу, был задержан в мае 2017 года.", "ru", "Эркин Тохти"),
        ("Erkin Tohti, qui n’avait jamais voyagé, a été arrêté en mai 2017.", "fr", "Erkin Tohti"),
    ]:
        doc = doc_of(text, language)
        assert "detention.arbitrary_arrest" in codes_of(person_named(doc, name)), text
    # control: the act itself negated after the clause
    doc = doc_of("Memet Tohti, who had travelled abroad, was not detained in May 2017.")
    assert "detention.arbitrary_arrest" not in codes_of(person_named(doc, "Memet Tohti"))


def test_zh_a_register_tells_custody_as_study_in_a_centre_and_as_being_taken_in():
    doc = doc_of("县村民委员会公示\n\n一、阿卜杜拉·买买提，男，1990年出生。2018年3月至2019年1月在县教育培训中心学习，结业后安排务工。\n\n"
                 "二、热依拉·阿不都，女，1992年出生。其丈夫艾力·吐尔逊于2017年11月被收押，2018年经县人民法院判处有期徒刑八年。\n\n"
                 "三、古丽·买买提，女，1988年出生，未参加过培训，在村里务农。\n", "zh")
    assert "victim" in person_named(doc, "阿卜杜拉·买买提").roles
    assert "victim" in person_named(doc, "艾力·吐尔逊").roles
    # controls: no custody told of them
    assert "victim" not in person_named(doc, "古丽·买买提").roles
    assert "victim" not in person_named(doc, "热依拉·阿不都").roles


def test_fr_cette_femme_is_no_kin_reference_control_a_bare_kin_noun_is():
    from guwah.extract.subjects import references

    doc = doc_of("Ma sœur, Aïgerim Saparkyzy, a été internée dans un camp. Cette femme dit qu'il était interdit de "
                 "parler kazakh. Mon père, Sapar Mukhametkali, est resté. Le père a été arrêté en 2019.", "fr")
    kinds = {doc.text[s:e]: kind for index in range(len(doc.sentences)) for s, e, kind, _pid in references(doc, index)}
    assert kinds.get("femme") is None  # "this woman", not "this wife"
    assert kinds.get("père") == "kin"  # control: a bare kin noun of the same text
