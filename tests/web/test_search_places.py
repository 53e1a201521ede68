"""Search facets and places named in the reader's language (issue 12)."""

import re

from fastapi.testclient import TestClient

from guwah.places import gazetteer, place_name
from guwah.web import create_app
from tests.search.test_public_index import archive  # noqa: F401 — the released entries searched here
from tests.web.test_i18n import peopled  # noqa: F401 — five released people from Ghulja


def test_search_facets_and_places_are_named_in_the_readers_language(archive):  # noqa: F811
    store, _ = archive
    client = TestClient(create_app(store))
    for language in ("zh", "ug", "ru", "kk"):
        ili, yining = place_name("xj.ili", language), place_name("xj.ili.yining", language)
        page = client.get(f"/search?q=Gulnar+Tursun&lang={language}").text
        assert f'dir="auto">{ili}</a>' in page  # the prefecture facet's value
        data = client.get(f"/api/search?q=Gulnar+Tursun&lang={language}").json()
        prefecture = data["facets"]["prefecture"][0]
        assert (prefecture["value"], prefecture["label"], prefecture["local_label"]) == ("xj.ili", gazetteer().get("xj.ili").name, ili)
        # A query that names a place: the place first in the reader's language, its id and English name kept.
        place_page = client.get(f"/search?q=Ghulja&lang={language}").text
        assert f'<span dir="auto" class="place">{yining}</span>' in place_page
        place = client.get(f"/api/search?q=Ghulja&lang={language}").json()["places"]["data"][0]
        assert (place["id"], place["name"], place["local_name"]) == ("xj.ili.yining", gazetteer().get("xj.ili.yining").name, yining)


def test_a_places_count_of_entries_takes_the_languages_plural(archive):  # noqa: F811
    """"1 public entries" was English for one entry and wrong Russian for 1–4 and 21–24."""
    store, _ = archive
    client = TestClient(create_app(store))
    persons = client.get("/api/search?q=Ghulja").json()["places"]["data"][0]["persons"]
    assert persons >= 1
    english = client.get("/search?q=Ghulja").text
    assert f"{persons} public {'entry' if persons == 1 else 'entries'} linked to this place" in english
    russian = client.get("/search?q=Ghulja&lang=ru").text
    last, tens = persons % 10, persons % 100
    form = ("открытая запись, связанная" if last == 1 and tens != 11 else
            "открытые записи, связанные" if 2 <= last <= 4 and not 12 <= tens <= 14 else "открытых записей, связанных")
    assert f"{persons} {form} с этим местом" in russian


# A BCP 47 tag: a language, then a script and variants (a lang attribute must be one).
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Za-z0-9]{5,8})*")


def test_a_place_found_says_its_kind_in_the_readers_language_and_tags_its_names(archive):  # noqa: F811
    """The place's kind was English on every page ("(county city)") and its pinyin name was
    tagged lang="pinyin", which is no language."""
    store, _ = archive
    client = TestClient(create_app(store))
    english = client.get("/search?q=Ghulja").text
    assert "(county-level city)" in english
    tags = re.findall(r'\blang="([^"]+)"', english)
    assert "zh-Latn-pinyin" in tags and [tag for tag in tags if not LANGUAGE_TAG.fullmatch(tag)] == []
    for language, kind in (("ru", "город уездного уровня"), ("zh", "县级市"), ("ug", "ناھىيە دەرىجىلىك شەھەر"),
                           ("kk", "аудандық деңгейдегі қала")):
        assert f"({kind})" in client.get(f"/search?q=Ghulja&lang={language}").text


def test_a_search_that_finds_nothing_lists_the_spellings_tried_once(archive):  # noqa: F811
    """The spellings stood twice on the page that found nothing: "Spellings tried: …" and again
    in "We looked for … written as: …"."""
    from guwah.names import latin_forms

    store, _ = archive
    client = TestClient(create_app(store))
    nothing = client.get("/search", params={"q": "Мухтар Кадыров"}).text
    assert "We looked for" in nothing and "report a missing person" in nothing
    assert all(nothing.count(f'<span dir="auto">{form}</span>') == 1 for form in latin_forms("Мухтар Кадыров"))
    found = client.get("/search", params={"q": "Memet Tohti"}).text
    assert "Spellings tried:" in found and "We looked for" not in found


def test_a_filter_that_matches_nothing_is_named_in_the_readers_language(archive):  # noqa: F811
    """A shared address narrowed to a county or a violation that no entry has said "County:
    xj.ili.tekes" and "Violation: reproductive.forced_contraception": the value's label came only
    from the facets of the entries found, and there were none."""
    from guwah.web.i18n import label

    store, _ = archive
    client = TestClient(create_app(store))
    for language in ("en", "ru", "ug"):
        response = client.get("/search", params={"county": "xj.ili.tekes",
                                                 "violation": "reproductive.forced_contraception", "lang": language})
        assert response.status_code == 200
        page = response.text
        chips = re.findall(r'<a class="chip"[^>]*>(.*?)</a>', page, re.S)
        assert len(chips) == 2, chips
        assert f'<span dir="auto">{place_name("xj.ili.tekes", language)}</span>' in chips[0] + chips[1]
        shown = label("violation", "reproductive.forced_contraception", language)
        assert f'<span dir="auto">{shown}</span>' in chips[0] + chips[1]
        assert "xj.ili.tekes" not in "".join(re.sub(r'href="[^"]*"', "", c) for c in chips)


def test_a_search_page_past_the_last_links_back_to_the_last(peopled):  # noqa: F811
    """A results page past the last ("Page 9 / 1") had no link back: the page list was shown only
    where there were several pages, and "Previous" led to the page before, empty too."""
    client = TestClient(create_app(peopled))
    past = client.get("/search", params={"county": "xj.ili.yining", "page": "9"})
    assert past.status_code == 200
    assert 'rel="prev" href="/search?county=xj.ili.yining&amp;page=1"' in past.text
    first = client.get("/search", params={"county": "xj.ili.yining"})  # control: one page, no page list
    assert 'rel="prev"' not in first.text and 'class="pages"' not in first.text and "/persons/" in first.text


def test_a_place_where_an_entry_was_only_detained_does_not_call_it_from_there(database_url, tmp_path):
    """The search's place card said "1 public entry from here" for Hotan when the entry's only
    tie to Hotan was a detention there (the demo's Patigul Rozi), while the map said no released
    entry had a hometown placed anywhere: the count takes hometowns and events alike, so it says
    "linked to this place"."""
    from guwah.storage import Store
    from guwah.storage.tables import Event, Person, PersonName, Place
    from tests.conftest import make_settings
    from tests.releasing import ingest_text, name_person, release_document, release_entry

    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        document = ingest_text(store, tmp_path, "p.txt", "Patima Rozaxun was detained in Hotan County in 2018.",
                               "consent: public\n")
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted"}
        with store.session() as session:
            place = Place(gazetteer_id="xj.hotan.hotan_county", name="Hotan County")
            person = Person()
            session.add_all([place, person])
            session.flush()
            session.add(PersonName(person_id=person.id, name="Patima Rozaxun", script="Latn", **facts))
            session.add(Event(person_id=person.id, event_type="detention", place_id=place.id, date_value="2018",
                              date_precision="year", **facts))
            person_id, number = person.id, person.entry.number
        name_person(store, person_id)
        release_document(store, document)
        release_entry(store, number)
        client = TestClient(create_app(store))
        assert client.get("/api/search?q=Hotan").json()["places"]["data"][0]["persons"] == 1  # the count is kept
        pages = {language: client.get(f"/search?q=Hotan&lang={language}").text for language in ("en", "ru", "zh", "kk", "ug")}
        assert "1 public entry linked to this place" in pages["en"] and "from here" not in pages["en"]
        assert "1 открытая запись, связанная с этим местом" in pages["ru"] and "отсюда" not in pages["ru"]
        assert "来自此地" not in pages["zh"] and "与此地相关" in pages["zh"]
        assert "жерден" not in pages["kk"] and "бұл жерге қатысты" in pages["kk"]
        assert "بۇ يەردىن" not in pages["ug"] and "بۇ جايغا مۇناسىۋەتلىك" in pages["ug"]
    finally:
        store.close()


def test_a_search_page_past_the_last_says_so_in_the_readers_language(peopled):  # noqa: F811
    """h-try48: /search?q=Erkin&page=999 on the demo said "Previous  Page 500 / 1" under the
    testimonies, the persons gone: a page number past the count, and "Previous" for the way back."""
    client = TestClient(create_app(peopled))
    past = client.get("/search", params={"county": "xj.ili.yining", "page": "999"}).text
    assert "This page is past the end of the results: the last page is 1." in past
    assert 'rel="prev" href="/search?county=xj.ili.yining&amp;page=1">Go to the last page</a>' in past
    assert "/ 1</span>" not in past and ">Previous<" not in past
    russian = client.get("/search", params={"county": "xj.ili.yining", "page": "999", "lang": "ru"}).text
    assert "последняя страница — 1" in russian and "Перейти на последнюю страницу" in russian
    first = client.get("/search", params={"county": "xj.ili.yining"}).text  # control: the page that has them
    assert "past the end" not in first and "/persons/" in first
