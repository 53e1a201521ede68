"""A Kazakh name whose family name is a patronymic (-ұлы "son of", -қызы "daughter of") keeps its
patronymic whole when a case ending follows it: «Бекболатұлының» is «Бекболатұлы» with a genitive, not
«Бекболатұл» (issue 11, h-x27p: on the spent v13 set a Kazakh application's narrator and her husband were
named with the patronymic's last letter cut, in every mention: a wrong name in the record). Invented
text; the positive control in it: a Russian-form family name with a case ending («Төлеубаевты») still
loses its ending."""

from guwah.extract.pipeline import run_pipeline

TEXT = ("Менің күйеуім Ержан Бекболатұлы 2018 жылы Құлжада ұсталды. Содан бері Ержан Бекболатұлының хабары жоқ. "
        "Көршіміз Мейрамкүл Жақыпқызы да ұсталды. Мейрамкүл Жақыпқызынан да хат келмеді. "
        "Полиция Сапар Төлеубаевты да алып кетті.")


def test_a_kazakh_patronymic_keeps_its_ending_and_a_case_ending_comes_off():
    doc = run_pipeline(TEXT, "kk", None)
    names = {n for p in doc.persons for n in p.names}
    mentions = {TEXT[s:e] for p in doc.persons for s, e in p.mentions}
    assert {"Ержан Бекболатұлы", "Мейрамкүл Жақыпқызы", "Сапар Төлеубаев"} <= names, names
    assert not any(n.endswith(("ұл", "қыз")) for n in names | mentions), names | mentions
    assert "Сапар Төлеубаевты" not in mentions  # the control: a case ending comes off
