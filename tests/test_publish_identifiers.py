"""What points to a witness or a withheld relative in the shape of a document's line: a passport's
machine-readable zone, where the issuing state's code runs into the surname ("P<CHNTASHMAMATOVA<<…"),
a passport number, and an e-mail address or profile address with a masked part inside it, which kept
the rest of the address ("facebook.com/gulzire.[detail withheld].5"). Found by h-adversary73 through
the CLI; tested through the public API and page. Invented people."""

from html import unescape

from tests.test_publish import add, allow_name, name_person, release

SIDECAR = ("consent: pseudonymous\ntitle: A wife's account\n"
           "witness: {name: Gulzire Tashmamatova, consent: pseudonymous}\n")


def _shown(store, document_id):
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    client = TestClient(create_app(store))
    return client.get(f"/api/documents/{document_id}").json()["text"], unescape(client.get(f"/documents/{document_id}").text)


MRZ = ("I am Gulzire Tashmamatova. They took my husband Ilhamjan Rozibaqi in April 2018. My passport reads\n"
       "P<CHNTASHMAMATOVA<<GULZIRE<<<<<<<<<<<<<<<<<<<<<\nand his reads\n"
       "P<CHNROZIBAQI<<ILHAMJAN<<<<<<<<<<<<<<<<<<<<<<<<\nand our neighbour's reads\n"
       "P<CHNSEYTNIYAZOV<<DOLQUN<<<<<<<<<<<<<<<<<<<<<<<\n")


def test_a_passport_zone_shows_no_withheld_surname(store, tmp_path):
    document = add(store, tmp_path, "mrz.txt", SIDECAR, text=MRZ)
    name_person(store, document, "Ilhamjan Rozibaqi", "confidential", text=MRZ)
    neighbour = name_person(store, document, "Dolqun Seytniyazov", "public", text=MRZ)
    allow_name(store, neighbour)
    release(store, document)
    for text in _shown(store, document):
        for part in ("TASHMAMATOVA", "GULZIRE", "ROZIBAQI", "ILHAMJAN"):
            assert part not in text.upper(), (part, text)
        assert "SEYTNIYAZOV<<DOLQUN" in text, text  # the control: a named person's zone is shown


CONTACTS = ("I am Gulzire Tashmamatova. They took my husband in April 2018. Find me at "
            "facebook.com/gulzire.tashmamatova.5 or write to g.tashmamatova88@protonmail.com; my passport "
            "number is E45219873. We were held in camp No. 3 from 2018. Tashmamatova's father Tashmamat Hoshur "
            "was taken too. At school everyone called me Gulya; my old page is instagram.com/gulya.88.toqsu.")


def test_an_address_with_her_name_in_it_is_masked_whole_and_so_is_her_passport_number(store, tmp_path):
    document = add(store, tmp_path, "contacts.txt", SIDECAR, text=CONTACTS)
    name_person(store, document, "Tashmamat Hoshur", "confidential", text=CONTACTS)
    release(store, document)
    for text in _shown(store, document):
        assert "Find me at" in text and "camp No. 3 from 2018" in text, text  # the control: the rest stays
        for piece in ("gulzire", "tashmamatova", "protonmail", "facebook.com/", "E45219873", "gulya",
                      "instagram.com", "toqsu"):
            assert piece not in text.lower().replace("e45219873", "E45219873"), (piece, text)


SIGNED = ("I am Gulzire Tashmamatova. They took my husband Ilhamjan Rozibaqi in April 2018. He signed his "
          "letters IRozibaqi, and our neighbour Dolqun Seytniyazov signs his DSeytniyazov.")


def test_an_initial_run_into_a_withheld_surname_is_masked(store, tmp_path):
    document = add(store, tmp_path, "signed.txt", SIDECAR, text=SIGNED)
    name_person(store, document, "Ilhamjan Rozibaqi", "confidential", text=SIGNED)
    neighbour = name_person(store, document, "Dolqun Seytniyazov", "public", text=SIGNED)
    allow_name(store, neighbour)
    release(store, document)
    for text in _shown(store, document):
        assert "Rozibaqi" not in text, text
        assert "signs his DSeytniyazov" in text, text  # the control: a named person's signature is shown


PLATES = ("I am Gulzire Tashmamatova. In April 2018 they stopped my husband's car, plate 新F·73K21, and later mine, "
          "新A 5D821, on the road to 新疆 camp No. 3 near Ghulja.\n")


def test_a_car_plate_is_masked_as_a_contact_detail(store, tmp_path):
    """A Chinese number plate (h-adversary74) points to its owner as a passport number does: it stayed shown.
    The control: the road's "新疆" (Xinjiang), the camp's number and the year stay."""
    document = add(store, tmp_path, "plates.txt", SIDECAR, text=PLATES)
    release(store, document)
    for text in _shown(store, document):
        for piece in ("73K21", "5D821", "新F", "新A"):
            assert piece not in text, (piece, text)
        assert "新疆 camp No. 3" in text and "April 2018" in text, text
