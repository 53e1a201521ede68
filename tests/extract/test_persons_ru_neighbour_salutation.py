"""A Russian sentence that opens with «Сосед», «Соседка» or a letter's salutation («Дорогой», «Дорогая»,
«Уважаемый») before a name: the word is no part of the name (issue 11, h-x27p: on the spent v13 set a
letter's «Дорогой X!» was read as a two-word name; «Сосед X» is the Russian of h-x26p's left-over
« Le voisin X »). Invented text; the positive controls: the names after the words are persons, whole."""

from guwah.extract.pipeline import run_pipeline

TEXT = ("Дорогая Асель!\n\nПишу тебе из Алматы. Моего брата Ержана Сапарова задержали в Кульдже в 2018 году. "
        "Сосед Бакыт Асанов видел, как его увезли ночью. Соседка Гульнар Ахметова рассказала об этом его жене. "
        "Уважаемый Марат Кенжеев из комитета обещал написать в консульство.")


def test_neighbour_and_salutation_words_are_no_part_of_a_name():
    doc = run_pipeline(TEXT, "ru", None)
    names = {n for p in doc.persons for n in p.names}
    assert {"Бакыт Асанов", "Гульнар Ахметова", "Марат Кенжеев"} <= names, names
    assert not any(n.split()[0] in ("Сосед", "Соседка", "Дорогая", "Уважаемый") for n in names), names


STORY = ("Моего брата Ержана Сапарова задержали в Кульдже в 2018 году. Письмо Ержана Сапарова пришло к нам только "
         "в мае 2019 года. История Айгуль похожа на его историю: её тоже задержали в 2018 году. Рассказ Бакыта "
         "Асанова о лагере записали волонтёры. Дело Марата Кенжеева рассматривал суд в Кульдже.")


def test_a_noun_that_opens_a_sentence_before_a_name_in_the_genitive_is_no_part_of_it():
    # «Письмо X», «История X», «Рассказ X», «Дело X»: the writer's letter, story, case — the noun is no name word
    doc = run_pipeline(STORY, "ru", None)
    names = {n for p in doc.persons for n in p.names}
    assert {"Ержан Сапаров", "Марат Кенжеев"} <= names, names  # the positive controls, whole
    assert not any(n.split()[0] in ("Письмо", "История", "Рассказ", "Дело") for n in names), names
