"""Kazakh violation codes in everyday documents (h-codes43): an application's applicant field
(«Өтініш берушінің тегі, аты, әкесінің аты: X») names the one who says «мен»/«мені»; a place of
custody denied by the suffix of the verb after it («лагерьге алынбаған»); sterilisation told by what it
takes away; thanks to the party as indoctrination. Invented texts; each negative beside a positive
control in the same text."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, "kk", None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_the_applicant_field_names_the_narrator_and_a_relative_keeps_his_own_act():
    codes = _codes("ӘЛЕУМЕТТІК КӨМЕК ТУРАЛЫ ӨТІНІШ\n"
                   "Өтініш берушінің тегі, аты, әкесінің аты: Жұмабаев Ерлан Серікұлы\n"
                   "Туған күні: 1970 жылғы 5 мамыр\n\n"
                   "2018 жылдың наурызында полиция мені себепсіз ұстап әкетті. "
                   "Ағам Бауыржан Серікұлы 2019 жылы сотталды.\n")
    assert "detention.arbitrary_arrest" in codes["Жұмабаев Ерлан Серікұлы"], codes
    assert "detention.prison_sentence" in codes["Бауыржан Серікұлы"], codes
    assert "detention.prison_sentence" not in codes["Жұмабаев Ерлан Серікұлы"], codes


def test_a_camp_denied_by_the_verb_after_it_and_a_camp_told():
    codes = _codes("Әйелім Айгүл Серікқызы лагерьге алынбаған. Інім Ерлан Серікұлы 2018 жылы лагерьге алынды.\n")
    assert "detention.internment_camp" in codes["Ерлан Серікұлы"], codes
    assert "detention.internment_camp" not in codes["Айгүл Серікқызы"], codes


def test_sterilisation_told_by_what_it_takes_away_and_its_denial():
    codes = _codes("Дәрігерлер Сәуле Ержанқызын бала тудыру мүмкіндігінен айырды. "
                   "Ал Гүлнар Ержанқызы бала тудыру мүмкіндігінен айырылған жоқ.\n")
    assert "reproductive.forced_sterilization" in codes["Сәуле Ержанқызы"], codes
    assert "reproductive.forced_sterilization" not in codes["Гүлнар Ержанқызы"], codes


def test_thanks_to_the_party_is_indoctrination_thanks_to_a_friend_is_not():
    codes = _codes("Лагерьде Ерлан Серікұлы күнде партияға алғыс айтуға мәжбүр болды. "
                   "Кейін Бауыржан Серікұлы көршісіне алғыс айтты.\n")
    assert "indoctrination.political" in codes["Ерлан Серікұлы"], codes
    assert "indoctrination.political" not in codes.get("Бауыржан Серікұлы", set()), codes
