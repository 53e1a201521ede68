"""A relative someone stayed or lived with is a host, not whom an act of the same sentence was done
to (`subjects.is_host`): "he stayed with my uncle", « vivait chez sa grand-mère », «жил у дяди»."""

from tests.extract.helpers import codes_of, doc_of, person_named


def _events(doc, name: str) -> set[str]:
    person = person_named(doc, name)
    return {event.type for event in doc.events if event.person == person.id}


def test_the_one_who_lived_with_a_host_is_the_one_detained_and_the_host_is_no_victim():
    doc = doc_of("My nephew Erkin Rozi lived with his grandfather Tursun Ahmet in Kashgar, and in 2018 he was "
                 "detained there.\n")
    assert "detention" in _events(doc, "Erkin Rozi")
    host = person_named(doc, "Tursun Ahmet")
    assert "victim" not in host.roles and "relative" in host.roles and not _events(doc, "Tursun Ahmet")


def test_a_host_an_act_happens_to_is_a_victim():
    # The controls: named as the one arrested, or in a relative clause on the host.
    doc = doc_of("My brother Ablet Tursun stayed with my uncle Tursun Ahmet in Ghulja until Tursun Ahmet was "
                 "arrested in 2018.\n")
    assert "arrest" in _events(doc, "Tursun Ahmet") and "victim" in person_named(doc, "Tursun Ahmet").roles
    assert "victim" not in person_named(doc, "Ablet Tursun").roles
    doc = doc_of("My brother Ablet Tursun stayed with my uncle Tursun Ahmet in Ghulja, who was arrested in 2018.\n")
    assert "arrest" in _events(doc, "Tursun Ahmet")
    assert "arrest" not in _events(doc, "Ablet Tursun")


def test_a_french_host_is_not_whose_passport_was_kept():
    doc = doc_of("Leur fils Arslan Memet, âgé de sept ans, vit chez sa grand-mère Meryem Tohti à Aksou : la police "
                 "locale a retenu son passeport en 2019.\n", "fr")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Arslan Memet"))
    host = person_named(doc, "Meryem Tohti")
    assert not codes_of(host) and "victim" not in host.roles


def test_is_host_reads_the_words_before_a_mention():
    from guwah.extract.subjects import is_host

    doc = doc_of("My son Emil Rozi stayed with my aunt Meryem Tohti in Ghulja. Police arrested Gulnar Ismail "
                 "and Meryem Tohti in 2018.\n")
    first, second = (i for i in range(len(doc.text)) if doc.text.startswith("Meryem Tohti", i))
    assert is_host(doc, first, first + 12)
    assert not is_host(doc, second, second + 12)  # the control: the same person, arrested
    assert {"arrest"} <= _events(doc, "Meryem Tohti")
