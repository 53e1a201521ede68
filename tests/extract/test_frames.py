"""Issue 11, h-frames68: the frame reader (`guwah.extract.frames`, data in `vocab/frames/`).

A modality (forced, obliged, barred, unable, untold) over an object class (songs, prayer, the mother
tongue, visits, return to one's family, a confession, the place of holding …) gives the code of the
pair, whatever the words. Invented sentences and invented names, our own words, in each language the
reader has: each modality over several classes, and in the same text a negative control of the same
words with no modality, with permission ("was allowed to pray") or with the frame denied."""

import pytest

from guwah.extract.frames import read_frames
from guwah.extract.pipeline import run_pipeline
from guwah.vocab import frames, parse_frame_table, parse_frames

INDOCTRINATION = "indoctrination.political"
LANGUAGE = "culture.language_ban"
RELIGION = "culture.religious_ban"
MEDICATION = "medical.forced_medication"
CONFESSION = "coercion.forced_confession"
INCOMMUNICADO = "detention.incommunicado"
SEPARATION = "family.separation"
SLEEP = "torture.sleep_deprivation"


def _frames(text: str, language: str) -> list[tuple[str, str]]:
    """(code, words) of every frame the reader finds, before the scope test."""
    doc = run_pipeline(text, language, None)
    return [(frame.code, text[frame.start:frame.end]) for frame in read_frames(doc)]


def _sentence_of(text: str, words: str) -> int:
    return text[:text.index(words)].count(".")


# ------------------------------------------------------------------------- the reader alone, by the parse

@pytest.mark.parametrize(("language", "text", "code"), [
    # forced / obliged × lessons, study, language, pills, a confession
    ("en", "In the compound every inmate had to sing hymns to the Party before breakfast. They sang hymns at home.",
     INDOCTRINATION),
    ("en", "The guards made the women memorise the new regulations. The women read the new regulations.", INDOCTRINATION),
    ("en", "The teachers there forced everyone to speak only Mandarin. Everyone spoke Mandarin at the market.", LANGUAGE),
    ("en", "The nurses compelled the detainees to swallow white pills. The detainees swallowed white pills.", MEDICATION),
    ("en", "The officers forced the prisoner to sign a confession. The prisoner signed a lease.", CONFESSION),
    # barred / unable × prayer, the mother tongue, visits, return to one's children
    ("en", "In that cell the men were not permitted to pray. In that mosque the men prayed.", RELIGION),
    ("en", "Pupils were forbidden to speak Kazakh in the dormitory. Pupils spoke Kazakh in the dormitory.", LANGUAGE),
    ("en", "Her relatives were not allowed to visit the facility. Her relatives visited the market.", INCOMMUNICADO),
    ("en", "For three years the driver could not return to his wife and children. The driver returned to his work.",
     SEPARATION),
    # untold × the place
    ("en", "The family was never told where the teacher was held. The family was told that the teacher was held.",
     INCOMMUNICADO),
    ("en", "Nobody told the family where the teacher was held. Nobody told the family where his friend works.",
     INCOMMUNICADO),
    ("fr", "Au centre, chaque détenu devait chanter des hymnes au Parti. Au village, chaque voisin chantait des hymnes.",
     INDOCTRINATION),
    ("fr", "Les gardiens obligeaient les détenues à avaler des comprimés. Les détenues avalaient des comprimés.",
     MEDICATION),
    ("fr", "Les détenus n'avaient pas le droit de prier. Les détenus avaient le droit de prier.", RELIGION),
    ("fr", "Sa famille n'avait pas le droit de lui rendre visite. Sa famille avait le droit de lui rendre visite.",
     INCOMMUNICADO),
    ("fr", "Personne ne nous a dit où il était détenu. On nous a dit qu'il était détenu.", INCOMMUNICADO),
    ("ru", "В центре всех заставляли петь гимн каждое утро. В клубе все пели гимн каждое утро.", INDOCTRINATION),
    ("ru", "Охранники вынуждали заключённых принимать таблетки. Заключённые принимали таблетки.", MEDICATION),
    ("ru", "Заключённым запрещали молиться. Заключённым разрешали молиться.", RELIGION),
    ("ru", "Родным не разрешали свидания. Родным разрешали свидания.", INCOMMUNICADO),
    ("ru", "Семье не сообщили, где он находится. Семье сообщили, что он находится в больнице.", INCOMMUNICADO),
])
def test_a_modality_over_an_object_class_is_a_frame_and_the_same_words_without_it_are_none(language, text, code):
    found = _frames(text, language)
    sentences = {_sentence_of(text, words) for given, words in found if given == code}
    assert 0 in sentences, found
    assert 1 not in sentences, found


@pytest.mark.parametrize(("language", "text", "code"), [
    ("zh", "在营里每个人都被迫唱红歌。在婚礼上大家唱红歌。", INDOCTRINATION),
    ("zh", "营里不许做礼拜。家里可以做礼拜。", RELIGION),
    ("zh", "家属不得探视。家属每月探视一次。", INCOMMUNICADO),
    ("zh", "他们一直不告诉我们他关在哪里。他们告诉我们他在医院。", INCOMMUNICADO),
    ("kk", "Лагерьде бәрін қытайша сөйлеуге мәжбүр етті. Базарда бәрі қытайша сөйледі.", LANGUAGE),
    ("kk", "Ол жерде намаз оқуға тыйым салынған. Үйде намаз оқыды.", RELIGION),
    ("ug", "ئۇ يەردە ناماز ئوقۇشقا رۇخسەت قىلمىدى. ئۆيدە ناماز ئوقۇدى.", RELIGION),
    ("ug", "u yerde namaz oqushqa ruxset qilmidi. öyde namaz oqudi.", RELIGION),
    ("ug", "ئۇ ھەر كۈنى ناخشا ئېيتىشقا مەجبۇر بولدى. ئۇ تويدا ناخشا ئېيتتى.", INDOCTRINATION),
])
def test_a_frame_is_read_within_a_clause_where_there_is_no_parse(language, text, code):
    found = _frames(text, language)
    first = text.index("。") + 1 if language == "zh" else text.index(".") + 1
    assert any(given == code and text.index(words) < first for given, words in found), found
    assert not any(given == code and text.index(words, first) >= first for given, words in found
                   if words in text[first:]), found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "For three years the driver could not visit his wife and children. For three years the driver could not "
           "return to his wife and children."),
    ("fr", "Le chauffeur ne pouvait pas voir sa femme et ses enfants. Le chauffeur ne pouvait pas rejoindre sa femme "
           "et ses enfants."),
    ("ru", "Водитель не мог увидеть жену и детей. Водитель не мог вернуться к жене и детям."),
    ("zh", "三年来司机见不到妻子和孩子。三年来司机不能回家和妻子孩子团聚。"),
])
def test_an_inability_reads_returning_to_the_family_not_seeing_it(language, text):
    # h-frames70: "could not see / visit" the family gave as many wrong codes as right on the tuning sets
    stop = "。" if language == "zh" else "."
    found = _frames(text, language)
    sentences = {text[:text.index(words)].count(stop) for code, words in found if code == SEPARATION}
    assert sentences == {1}, found


def test_a_ban_on_seeing_the_family_is_still_read():
    found = _frames("The mothers were not allowed to see their children. The mothers saw their children.", "en")
    assert [code for code, words in found if code == SEPARATION and "allowed" in words] == [SEPARATION], found


# ------------------------------------------------------------------------- through the extractor: scope and persons

def _rules(text: str, language: str) -> dict[str, dict[str, str | None]]:
    doc = run_pipeline(text, language, None)
    return {name: {v.code: v.rule for v in p.violations} for p in doc.persons for name in p.names}


@pytest.mark.parametrize(("language", "text", "held", "control", "code"), [
    # permission is no ban
    ("en", "In the camp Parida Yalqunjan was not permitted to keep the fast. At home Mehrigul Yalqunjan was permitted "
           "to keep the fast.",
     "Parida Yalqunjan", "Mehrigul Yalqunjan", RELIGION),
    ("ru", "В лагере Парида Ялкунджан не могла соблюдать пост. Дома Мехригуль Ялкунджан могла соблюдать пост.",
     "Парида Ялкунджан", "Мехригуль Ялкунджан", RELIGION),
    ("en", "Since 2019 Parida Yalqunjan cannot return to her husband and children. Mehrigul Yalqunjan can return to "
           "her husband and children.",
     "Parida Yalqunjan", "Mehrigul Yalqunjan", SEPARATION),
    ("fr", "Parida Yalqunjan ne peut pas retourner auprès de son mari et de ses enfants. Mehrigul Yalqunjan peut "
           "retourner auprès de son mari et de ses enfants.",
     "Parida Yalqunjan", "Mehrigul Yalqunjan", SEPARATION),
    # a denied frame is no act
    ("en", "In the camp guards forced Parida Yalqunjan to sing hymns to the Party. Nobody ever forced Mehrigul "
           "Yalqunjan to sing hymns.",
     "Parida Yalqunjan", "Mehrigul Yalqunjan", INDOCTRINATION),
    ("fr", "Au camp, on obligeait Parida Yalqunjan à avaler des comprimés. On n'a jamais obligé Mehrigul Yalqunjan à "
           "avaler des comprimés.",
     "Parida Yalqunjan", "Mehrigul Yalqunjan", MEDICATION),
    ("ru", "В лагере Париду Ялкунджан заставляли петь гимн. Мехригуль Ялкунджан никто не заставлял петь гимн.",
     "Парида Ялкунджан", "Мехригуль Ялкунджан", INDOCTRINATION),
])
def test_a_frame_gives_its_person_the_code_and_a_permission_or_a_denied_frame_gives_none(language, text, held,
                                                                                         control, code):
    rules = _rules(text, language)
    assert rules[held].get(code, "").startswith("frames/"), rules
    assert code not in rules.get(control, {}), rules


def test_an_inability_of_the_body_is_no_act_but_one_others_impose_is():
    # "could not sleep" is worry, not a code of the table; "not allowed to sleep" is
    found = _frames("Parida Yalqunjan could not sleep for worry. In the cell Parida Yalqunjan was not allowed to "
                    "sleep.", "en")
    assert [code for code, _words in found if code == SLEEP] == [SLEEP], found


# ------------------------------------------------------------------------- the data

def test_every_language_file_names_only_classes_of_the_table_and_codes_of_the_vocabulary():
    data = frames()
    assert set(data["languages"]) >= {"en", "fr", "ru", "kk", "ug", "zh"}
    for modality, row in data["table"].items():
        assert row, modality
    table = parse_frame_table("forced: {lessons: [indoctrination.political]}")
    with pytest.raises(ValueError, match="songs"):
        parse_frames("modalities: {forced: {words: [force]}}\nobjects: {songs: [sing]}", "en", table)
    with pytest.raises(ValueError, match="not a list of codes"):
        parse_frame_table("forced: {lessons: [indoctrination.no_such_code]}")
    assert parse_frames("modalities: {forced: {words: [force]}}\nobjects: {lessons: [sing]}", "en",
                        table)["objects"] == (("lessons", ("sing",), (), ()),)
