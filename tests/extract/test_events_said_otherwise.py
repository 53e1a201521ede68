"""Events told in other words than the triggers' (issue 11, "Events said in other words"): arrests
with no arrest word, custody implied, event nouns, reported silence, in English, French and Russian.
Every sentence is our own invented one (docs/benchmarks.md, "Events said in other words"); each
refusal has a positive control beside it."""

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named

OPENING = {"en": "My name is Tilek Osmon.\n\n", "fr": "Je m'appelle Tilek Osmon.\n\n", "ru": "Меня зовут Тилек Осмонов.\n\n"}

CASES = [
    # arrest
    ('en', 'In March 2018 two men were waiting for me at the gate and put me in a car.',
     {('arrest', '2018-03')}, 'Tilek Osmon'),
    ('en', 'They came for me at night in May 2017.',
     {('arrest', '2017-05')}, 'Tilek Osmon'),
    ('en', 'In the autumn of 2017 plain-clothes officers led me out of the shop in handcuffs.',
     {('arrest', '2017')}, 'Tilek Osmon'),
    ('en', 'In 2018 the police bundled me into a van.',
     {('arrest', '2018')}, 'Tilek Osmon'),
    ('en', 'In May 2017 officers pulled me off the bus at a checkpoint.',
     {('arrest', '2017-05')}, 'Tilek Osmon'),
    ('en', 'The police seized me at the airport in 2017.',
     {('arrest', '2017')}, 'Tilek Osmon'),
    ('en', 'Police detained me on 4 May 2018.',
     {('arrest', '2018-05-04')}, 'Tilek Osmon'),
    ('en', 'In 2018 I was escorted away by two policemen.',
     {('arrest', '2018')}, 'Tilek Osmon'),
    ('en', 'My arrest came in the spring of 2018.',
     {('arrest', '2018')}, 'Tilek Osmon'),
    ('en', 'In June 2017 security agents dragged me from my bed.',
     {('arrest', '2017-06')}, 'Tilek Osmon'),
    ('en', 'In 2017 the police hauled me off to the station.',
     {('arrest', '2017')}, 'Tilek Osmon'),
    ('fr', "En mars 2018, deux policiers m'attendaient devant la porte et m'ont fait monter dans une voiture.",
     {('arrest', '2018-03')}, 'Tilek Osmon'),
    ('fr', "La police m'a embarqué en mai 2017.",
     {('arrest', '2017-05')}, 'Tilek Osmon'),
    ('fr', 'En mai 2017, ils sont venus me prendre en pleine nuit.',
     {('arrest', '2017-05')}, 'Tilek Osmon'),
    ('fr', "Des policiers m'ont appréhendé en 2018.",
     {('arrest', '2018')}, 'Tilek Osmon'),
    ('ru', 'В мае 2017 года за мной пришли ночью.',
     {('arrest', '2017-05')}, 'Тилек Осмонов'),
    ('ru', 'Меня взяли в марте 2018 года.',
     {('arrest', '2018-03')}, 'Тилек Осмонов'),
    ('ru', 'Весной 2018 года полицейские увели меня из дома.',
     {('arrest', '2018')}, 'Тилек Осмонов'),
    ('ru', 'В 2017 году меня схватили на базаре.',
     {('arrest', '2017')}, 'Тилек Осмонов'),
    ('en', 'In 2018 my wife fell ill. That spring I was arrested.',
     {('arrest', '2018')}, 'Tilek Osmon'),
    ('ru', 'В 2018 году жена заболела. Той осенью меня арестовали.',
     {('arrest', '2018')}, 'Тилек Осмонов'),
    # detention
    ('en', 'I have been in a camp since 2017.',
     {('detention', '2017')}, 'Tilek Osmon'),
    ('en', 'In 2018 I ended up in a camp.',
     {('detention', '2018')}, 'Tilek Osmon'),
    ('en', 'My internment began in May 2018.',
     {('detention', '2018-05')}, 'Tilek Osmon'),
    ('en', 'During my detention in 2018 I lost twenty kilos.',
     {('detention', '2018')}, 'Tilek Osmon'),
    ('en', 'In 2018 they confined me to a re-education camp.',
     {('detention', '2018')}, 'Tilek Osmon'),
    ('fr', 'Je suis dans un camp depuis 2017.',
     {('detention', '2017')}, 'Tilek Osmon'),
    ('fr', "En 2018, j'ai été enfermé dans un camp.",
     {('detention', '2018')}, 'Tilek Osmon'),
    ('fr', "J'ai été incarcéré en 2018.",
     {('detention', '2018')}, 'Tilek Osmon'),
    ('ru', 'С 2018 года я нахожусь в лагере.',
     {('detention', '2018')}, 'Тилек Осмонов'),
    ('ru', 'Той осенью 2018 года меня поместили в лагерь.',
     {('detention', '2018')}, 'Тилек Осмонов'),
    ('ru', 'В 2019 году меня посадили в тюрьму.',
     {('detention', '2019')}, 'Тилек Осмонов'),
    ('ru', 'В 2018 году меня заперли в лагере.',
     {('detention', '2018')}, 'Тилек Осмонов'),
    # interrogation
    ('en', 'In April 2018 officers grilled me about my trips abroad.',
     {('interrogation', '2018-04')}, 'Tilek Osmon'),
    ('fr', "J'ai subi un interrogatoire en mai 2018.",
     {('interrogation', '2018-05')}, 'Tilek Osmon'),
    ('fr', "En mai 2018, des policiers m'ont questionné pendant six heures.",
     {('interrogation', '2018-05')}, 'Tilek Osmon'),
    ('ru', 'В мае 2018 года меня расспрашивали о поездках.',
     {('interrogation', '2018-05')}, 'Тилек Осмонов'),
    # transfer
    ('en', 'In 2019 I was driven to another camp.',
     {('transfer', '2019')}, 'Tilek Osmon'),
    ('en', 'In 2019 I was shifted to a prison in Urumqi.',
     {('transfer', '2019')}, 'Tilek Osmon'),
    ('en', 'In 2019 they relocated me to a different camp.',
     {('transfer', '2019')}, 'Tilek Osmon'),
    ('fr', "En 2019, j'ai été conduit dans un autre camp.",
     {('transfer', '2019')}, 'Tilek Osmon'),
    ('fr', "En 2019, on m'a déplacé vers une prison.",
     {('transfer', '2019')}, 'Tilek Osmon'),
    ('ru', 'В 2019 году меня этапировали в другой лагерь.',
     {('transfer', '2019')}, 'Тилек Осмонов'),
    # sentencing
    ('en', 'In 2019 a court gave me fifteen years.',
     {('sentencing', '2019')}, 'Tilek Osmon'),
    ('en', 'In 2019 I was jailed for fifteen years.',
     {('sentencing', '2019')}, 'Tilek Osmon'),
    ('en', 'I got a fifteen-year prison term in 2019.',
     {('sentencing', '2019')}, 'Tilek Osmon'),
    ('en', 'I was handed a seven-year sentence in 2019.',
     {('sentencing', '2019')}, 'Tilek Osmon'),
    ('fr', "En 2019, j'ai pris quinze ans de prison.",
     {('sentencing', '2019')}, 'Tilek Osmon'),
    ('ru', 'В 2019 году мне дали 15 лет.',
     {('sentencing', '2019')}, 'Тилек Осмонов'),
    ('ru', 'В 2019 году я получил срок в десять лет.',
     {('sentencing', '2019')}, 'Тилек Осмонов'),
    # release
    ('en', 'I was freed in June 2019.',
     {('release', '2019-06')}, 'Tilek Osmon'),
    ('en', 'I walked out of the camp in June 2019.',
     {('release', '2019-06')}, 'Tilek Osmon'),
    ('en', 'In 2019 I was allowed to leave the camp.',
     {('release', '2019')}, 'Tilek Osmon'),
    ('en', 'I came back from the camp in 2019.',
     {('release', '2019')}, 'Tilek Osmon'),
    ('fr', "J'ai été remis en liberté en 2019.",
     {('release', '2019')}, 'Tilek Osmon'),
    ('fr', "J'ai retrouvé la liberté en 2019.",
     {('release', '2019')}, 'Tilek Osmon'),
    ('ru', 'В 2019 году я вернулся из лагеря.',
     {('release', '2019')}, 'Тилек Осмонов'),
    ('ru', 'Меня выпустили из лагеря в 2019 году.',
     {('release', '2019')}, 'Тилек Осмонов'),
    # death
    ('en', 'In 2019 my uncle Arslan Osmon lost his life in custody.',
     {('death', '2019')}, 'Arslan Osmon'),
    ('en', 'My uncle Arslan Osmon was found dead in his cell in 2019.',
     {('death', '2019')}, 'Arslan Osmon'),
    ('en', 'My uncle Arslan Osmon died in 2019; his body was handed to the family in 2020.',
     {('death', '2019')}, 'Arslan Osmon'),
    ('fr', 'Mon oncle Arslan Osmon a perdu la vie en détention en 2019.',
     {('death', '2019')}, 'Arslan Osmon'),
    ('ru', 'Моего дядю Арслана Осмонова арестовали в 2018 году. Его не стало в 2019 году.',
     {('death', '2019')}, 'Арслан Осмонов'),
    # exit
    ('en', 'In 2016 I crossed into Kazakhstan.',
     {('exit', '2016')}, 'Tilek Osmon'),
    ('en', 'In 2016 I flew to Istanbul.',
     {('exit', '2016')}, 'Tilek Osmon'),
    ('fr', 'En 2016, je suis parti au Kazakhstan.',
     {('exit', '2016')}, 'Tilek Osmon'),
    ('ru', 'В 2016 году я уехал в Казахстан.',
     {('exit', '2016')}, 'Тилек Осмонов'),
    # disappearance
    ('en', 'Since 2018 there has been no word of my uncle Arslan Osmon.',
     {('disappearance', '2018')}, 'Arslan Osmon'),
    ('en', 'The family lost all contact with my uncle Arslan Osmon in 2018.',
     {('disappearance', '2018')}, 'Arslan Osmon'),
    ('en', 'My uncle Arslan Osmon vanished in 2018.',
     {('disappearance', '2018')}, 'Arslan Osmon'),
    ('en', 'No one has heard from my uncle Arslan Osmon since May 2018.',
     {('disappearance', '2018-05')}, 'Arslan Osmon'),
    ('fr', 'Depuis 2018, la famille est sans nouvelles de mon oncle Arslan Osmon.',
     {('disappearance', '2018')}, 'Arslan Osmon'),
    ('ru', 'Мой дядя Арслан Осмонов уехал в Урумчи. С 2018 года о нём ничего не известно.',
     {('disappearance', '2018')}, 'Арслан Осмонов'),
    # silence that begins; a placing that is also the arrest
    ('en', 'My uncle Arslan Osmon went to Urumqi. In March 2018 he stopped answering his phone.',
     {('disappearance', '2018-03')}, 'Arslan Osmon'),
    ('ru', 'Мой дядя Арслан Осмонов уехал в Урумчи. В марте 2018 года он перестал отвечать на звонки.',
     {('disappearance', '2018-03')}, 'Арслан Осмонов'),
    ('ru', 'В мае 2018 года моего дядю Арслана Осмонова поместили в лагерь.',
     {('arrest', '2018-05'), ('detention', '2018-05')}, 'Арслан Осмонов'),
]


def events_of(text: str, language: str, name: str) -> set[tuple[str, str | None]]:
    doc = run_pipeline(OPENING[language] + text, language)
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


@pytest.mark.parametrize(("language", "text", "expected", "name"), [
    pytest.param(*case, id=f"{sorted(case[2])[0][0]}-{case[0]}-{n}") for n, case in enumerate(CASES)])
def test_events_said_in_other_words(language, text, expected, name):
    assert expected <= events_of(text, language, name)


@pytest.mark.parametrize(("language", "refused", "control", "name", "kind"), [
    # a thing seized is no arrest; the person seized is
    ("en", "The police seized my passport at the airport in 2017.", "The police seized me at the airport in 2017.",
     "Tilek Osmon", "arrest"),
    # a threat is not the act
    ("en", "In 2017 the police threatened to seize me if I spoke.", "In 2017 the police seized me after I spoke.",
     "Tilek Osmon", "arrest"),
    # parents who come for someone are no agents
    ("en", "In 2016 my parents came for me at the airport.", "In 2016 two officers came for me at the airport.",
     "Tilek Osmon", "arrest"),
    ("fr", "En 2017, mes parents sont venus me chercher à l'aéroport.",
     "En 2017, deux policiers m'attendaient à l'aéroport.", "Tilek Osmon", "arrest"),
    # a hospital is no place of custody; a camp is
    ("en", "In 2015 I was in a hospital in Ghulja.", "In 2015 I was in a camp in Ghulja.", "Tilek Osmon", "detention"),
    # years of training are no prison term; years of prison are
    ("en", "In 2019 I got two years of training as a nurse.", "In 2019 I got two years of prison.",
     "Tilek Osmon", "sentencing"),
    # the conditions of a release tell none; a release that "came" does
    ("en", "I was arrested in 2017. The conditions of my release were written in 2019.",
     "I was arrested in 2017. My release came in 2019.", "Tilek Osmon", "release"),
    # no word of a harvest is nobody's disappearance
    ("en", "My uncle Arslan Osmon farms. Since 2018 there has been no word of the harvest.",
     "My uncle Arslan Osmon farms. Since 2018 there has been no word of him.", "Arslan Osmon", "disappearance"),
    ("en", "My uncle Arslan Osmon farms. I have always had word from my uncle Arslan Osmon since 2018.",
     "My uncle Arslan Osmon farms. We lost contact with my uncle Arslan Osmon in 2018.", "Arslan Osmon", "disappearance"),
    # walking out of a shop is no release; out of a camp is
    ("en", "In 2019 I walked out of the shop.", "In 2019 I walked out of the camp.", "Tilek Osmon", "release"),
    # negated
    ("fr", "En 2018, les policiers ne m'ont pas appréhendé.", "En 2018, les policiers m'ont appréhendé.",
     "Tilek Osmon", "arrest"),
    ("ru", "В 2018 году меня не схватили.", "В 2018 году меня схватили.", "Тилек Осмонов", "arrest"),
    # stopping something else is no silence
    ("en", "My uncle Arslan Osmon lives in Urumqi. In March 2018 he stopped smoking.",
     "My uncle Arslan Osmon lives in Urumqi. In March 2018 he stopped answering our calls.", "Arslan Osmon",
     "disappearance"),
    # «взяли на работу»: hired
    ("ru", "В 2018 году меня взяли на работу в школу.", "В 2018 году меня взяли прямо в школе.", "Тилек Осмонов", "arrest"),
])
def test_events_said_in_other_words_refusals(language, refused, control, name, kind):
    assert kind not in {t for t, _d in events_of(refused, language, name)}
    assert kind in {t for t, _d in events_of(control, language, name)}


def test_events_led_away_inside_a_camp_is_no_arrest():
    """Told from inside a camp, "the guards dragged him away" moves a fellow prisoner: no arrest;
    the same words before any custody are the arrest."""
    inside = events_of("Police arrested me on 3 May 2017 and took me to a camp. In June 2017 guards dragged "
                       "my cellmate Arslan Osmon from the cell.", "en", "Arslan Osmon")
    assert "arrest" not in {t for t, _d in inside}
    before = events_of("In June 2017 officers dragged my uncle Arslan Osmon from his shop.", "en", "Arslan Osmon")
    assert ("arrest", "2017-06") in before
