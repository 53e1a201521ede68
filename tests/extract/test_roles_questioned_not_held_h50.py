"""A questioning whose sentence denies a detention makes no victim (issue 11, h-persons50): "summoned for questioning
on two occasions and never detained", « convoquée au commissariat, mais jamais détenue », «вызывали в полицию на
беседу, но не задерживали» tell an interrogation event and no custody; the golds of five tuning sets by five writers
list such a relative as no victim unless an act is coded against them. Invented texts, long enough for the person
model to run (`roles_model.MIN_CHARS`), and short ones where the rules decide alone; each beside a control that stays
a victim (questioned in custody and beaten, a summons with a taken passport, a summons the sentence does not deny)."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


_EN = ("My father, Yusup Kerim, ran a small bakery on the main street of Kucha for thirty years. In the spring of 2018 "
       "he was taken from the shop by four policemen and held in a camp outside the town for fourteen months. "
       "His brother, Tahir Kerim, was interrogated for three days in the basement of the county bureau and beaten "
       "with a rubber stick. My mother, Gulzar Hamit, was summoned for questioning on two occasions that year "
       "but was not detained; she still lives in the house behind the bakery and sends me photographs of the garden. "
       "We speak on the phone every Friday, always about the weather.\n")


def test_a_questioning_that_held_no_one_makes_no_victim_in_english():
    assert len(_EN) >= roles_model.MIN_CHARS
    names = _by_name(run_pipeline(_EN, "en"))
    assert "victim" not in names["Gulzar Hamit"].roles
    assert "victim" in names["Tahir Kerim"].roles  # the control: questioned in custody and beaten
    assert "victim" in names["Yusup Kerim"].roles


def test_a_questioning_denied_as_a_detention_makes_no_victim_in_a_short_text():
    text = "Aysha Nurmemet was questioned at the police station for an afternoon but was never detained.\n"
    assert "victim" not in _by_name(run_pipeline(text, "en"))["Aysha Nurmemet"].roles
    control = "Aysha Nurmemet was questioned at the police station for an afternoon and then detained.\n"
    assert "victim" in _by_name(run_pipeline(control, "en"))["Aysha Nurmemet"].roles


_FR = ("Mon frère, Ilham Sadiq, enseignait la musique dans un collège de Ghoulja. En mars 2018, la police l'a emmené "
       "pendant un cours, devant ses élèves, et il a été condamné l'année suivante à douze ans de prison. "
       "Notre mère, Patigul Osman, a été convoquée au commissariat à deux reprises pour répondre à des questions "
       "sur moi, mais elle n'a jamais été détenue. Notre cousin, Erkin Sadiq, a été interrogé pendant deux "
       "jours au poste de police et frappé. Depuis, je n'ose plus appeler ma mère qu'une fois par mois, et nous "
       "parlons seulement de la santé des voisins.\n")


def test_a_summons_denied_as_a_detention_makes_no_victim_in_french():
    assert len(_FR) >= roles_model.MIN_CHARS
    names = _by_name(run_pipeline(_FR, "fr"))
    assert "victim" not in names["Patigul Osman"].roles
    assert "victim" in names["Erkin Sadiq"].roles  # the control
    assert "victim" in names["Ilham Sadiq"].roles


def test_a_summons_to_a_talk_denied_as_a_detention_makes_no_victim_in_russian():
    text = "Его мать, Айгуль Сатыбалды, дважды вызывали в полицию на беседу, но не задерживали.\n"
    assert "victim" not in _by_name(run_pipeline(text, "ru"))["Айгуль Сатыбалды"].roles
    control = "Его брата, Ерлана Сатыбалды, допрашивали три дня в подвале и избивали.\n"
    doc = run_pipeline(control, "ru")
    assert any("victim" in p.roles for p in doc.persons if p.names)


def test_a_coded_act_or_an_undenied_summons_keeps_the_victim_role():
    text = ("Her father, Rozi Mamut, was summoned to the police station in 2019, and the officers took his passport "
            "away.\n")
    assert "victim" in _by_name(run_pipeline(text, "en"))["Rozi Mamut"].roles
    text = "Her father, Rozi Mamut, was summoned to the police station three times in 2019.\n"
    assert "victim" in _by_name(run_pipeline(text, "en"))["Rozi Mamut"].roles
