"""A withheld name inside a handle, an e-mail's local part or a file name is masked with the whole token it
is joined into by "_", ".", a hyphen or digits (h-handle74): in a public testimony, "merdan_yol1986" was
released as "[name withheld]_yol1986", a piece of the withheld brother's surname and his birth year shown.
The controls: a hyphenated name the layer reads is masked as before, a name at a sentence's end before "."
or "_" takes nothing after it, a handle with no masked name in it and the consented witness's own handle
stay shown. Tested through a release and the public page. Invented people."""

from guwah.publish import public_document
from tests.test_publish import add, allow_name, name_person, release, witness_id

SIDECAR = "consent: public\nwitness: {name: Patime Yolwasova, consent: public}\n"
TEXT = ("My name is Patime Yolwasova and my handle is patime_yol88. They took my brother Merdan Yolwasniyaz "
        "in 2018. His WeChat id was merdan_yol1986, his old one yol.merdan86, he signed his letters "
        "MerdanY_86, and his photo was saved as merdan-yol86.jpg. Our cousin Abdu-Salam Qaraev was taken "
        "with him. The last word I had was from Merdan. Friends wrote to blue_river.77 about Merdan_ "
        "and nobody answered.")


def _released(store, tmp_path, consent="public"):
    document = add(store, tmp_path, "handles.txt", SIDECAR.replace("consent: public\n", f"consent: {consent}\n", 1),
                   text=TEXT)
    name_person(store, document, "Merdan Yolwasniyaz", "confidential", text=TEXT)
    name_person(store, document, "Abdu-Salam Qaraev", "confidential", text=TEXT)
    allow_name(store, witness_id(store, document))
    release(store, document)
    with store.session() as session:
        return public_document(session, 1).text


def test_a_withheld_name_in_a_handle_is_masked_with_the_whole_handle(store, tmp_path):
    text = _released(store, tmp_path)
    for piece in ("Merdan", "merdan", "yol1986", "yol.", "86", "Y_", "-yol", ".jpg"):
        assert piece not in text, (piece, text)
    assert "His WeChat id was [name withheld], his old one [name withheld], he signed his letters " \
           "[name withheld], and his photo was saved as [name withheld]." in text, text


def test_the_controls_stay_as_they_were(store, tmp_path):
    text = _released(store, tmp_path)
    # The consented witness's own name and handle, and a handle with no masked name in it, are shown.
    assert text.startswith("My name is Patime Yolwasova and my handle is patime_yol88. "), text
    assert "Friends wrote to blue_river.77 about" in text, text
    # A hyphenated name the layer reads is masked as one name, the words around it kept.
    assert "Our cousin [name withheld] was taken with him." in text and "Abdu" not in text, text
    # A name before a sentence's full stop, or a lone "_" and a space, is no token: only the name is masked.
    assert "The last word I had was from [name withheld]. Friends" in text, text
    assert "about [name withheld]_ and nobody answered." in text, text


DETAIL_TEXT = ("My name is Patime Yolwasova. They took my brother Merdan Yolwasniyaz from our home in Aksu. "
               "His account was merdan_aksu1986 and mine is patime.q.")


def test_a_handle_with_a_withheld_name_and_a_masked_detail_is_masked_whole(store, tmp_path):
    """Widened to its handle, the name's mask meets the village's: both go, neither left beside the other."""
    document = add(store, tmp_path, "detail.txt", SIDECAR, text=DETAIL_TEXT)
    name_person(store, document, "Merdan Yolwasniyaz", "confidential", text=DETAIL_TEXT)
    allow_name(store, witness_id(store, document))
    release(store, document, details=["Aksu"])
    with store.session() as session:
        text = public_document(session, 1).text
    assert "His account was [name withheld] and mine is patime.q." in text, text
    assert "our home in [detail withheld]." in text, text  # the control: the detail alone is masked as before


LINE_TEXT = ("My name is Patime Yolwasova. They took my brother Merdan Yolwasniyaz in 2018. Everyone called him "
             "Merdan-aka.\nMerdan'ning ayali waited at the gate.\nThe police came.\nYolwasniyaz was his father's "
             "name too.\nHis account is merdan.yol86 now.")


def test_a_name_at_a_line_start_after_a_full_stop_is_masked_and_the_line_before_kept(store, tmp_path):
    """h-adversary75: the token a name mask widens to was read back to the line before when a line break
    followed a full stop ("$" matched before the break): "The police came.\\nYolwasniyaz" was released as
    "The police c[name withheld]", and after a masked "Merdan-aka." the next line's "Merdan'ning" (a Uyghur
    Latin genitive) was shown whole, its mask dropped into the widened one before it. The control: a
    handle on its own line is still masked whole."""
    document = add(store, tmp_path, "lines.txt", SIDECAR, text=LINE_TEXT)
    name_person(store, document, "Merdan Yolwasniyaz", "confidential", text=LINE_TEXT)
    allow_name(store, witness_id(store, document))
    release(store, document)
    with store.session() as session:
        text = public_document(session, 1).text
    assert "Merdan" not in text and "merdan" not in text and "Yolwasniyaz" not in text, text
    assert "\n[name withheld] ayali waited at the gate.\nThe police came.\n[name withheld] was his father's" \
           in text, text
    assert "His account is [name withheld] now." in text, text
