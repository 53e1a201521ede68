"""/report and /report/status: the public form stores a checked report or nothing at all."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from guwah.reports import list_reports, set_status
from guwah.web import create_app
from guwah.web.routes.reports import FORM_COOKIE, MAX_BODY_BYTES, REFUSALS_PER_HOUR, REPORTS_PER_HOUR, STATUS_CHECKS
from tests.accounts.factories import fast_hashing
from tests.reports.helpers import CONTACT, report_fields, stored


@pytest.fixture
def client(store):
    with fast_hashing():
        yield TestClient(create_app(store))


def form_token(client: TestClient, path: str = "/report") -> str:
    """Open the form as a browser would; the CSRF token it carries (equal to its cookie)."""
    page = client.get(path)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    assert token == client.cookies.get(FORM_COOKIE)
    return token


def send(client: TestClient, **changes):
    data = {**report_fields(**changes), "website": "", "csrf_token": form_token(client)}
    data.update({key: value for key, value in changes.items() if key in ("website", "csrf_token")})
    return client.post("/report", data=data)


def receipt_of(page: str) -> tuple[str, str]:
    return (re.search(r'id="reference">([^<]+)<', page).group(1),
            re.search(r'id="secret" class="secret">([^<]+)<', page).group(1))


def alert(page: str) -> str:
    return re.search(r'<p class="error" role="alert"[^>]*>([^<]*)</p>', page).group(1)


class _Labels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inputs, self.labels = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") != "hidden":
            self.inputs.append(attrs.get("id"))
        if tag == "label":
            self.labels.add(attrs.get("for"))


def test_report_form_explains_and_labels_everything(client):
    response = client.get("/report")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    text = response.text
    for promise in ("Nothing you write here is published", "only the organisation's volunteers",
                    "Your contact is stored encrypted", "never written to disk", "reference and a secret"):
        assert promise in text
    parser = _Labels()
    parser.feed(text)
    assert parser.inputs and set(parser.inputs) <= parser.labels  # every field has its label
    assert 'name="website"' in text and 'aria-hidden="true"' in text  # the honeypot, hidden


def test_report_submitted_through_the_form_is_queued(client, store):
    response = send(client)
    assert response.status_code == 200
    reference, secret = receipt_of(response.text)
    assert CONTACT not in response.text
    with store.session() as session:
        [queued] = list_reports(store, session, "moderator")
    assert queued.reference == reference and queued.names[1] == "ئابلىكىم تۇردى" and queued.has_contact
    status = client.post("/report/status", data={"reference": reference, "secret": secret,
                                                 "csrf_token": form_token(client, "/report/status")})
    assert status.status_code == 200 and "Received." in status.text
    assert "Ablikim" not in status.text and CONTACT not in status.text


REFUSED = [({"names": ["", ""]}, "Give at least one name"), ({"names": ["Ablikim", "A" * 201]}, "Name 2 is longer than 200"),
           ({"birth_year": "1850"}, "birth year must be a year between 1900"),
           ({"hometown": "<img src=x onerror=alert(1)>"}, "may not contain &lt; or &gt;"),
           ({"relation": "sister\u202e"}, "invisible text-direction character"),
           ({"last_seen_where": "Ghulja\r\nprison"}, "control character"),
           ({"last_seen_when": f"spring {date.today().year + 1}"}, "last seen names a date after today"),
           ({"last_seen_when": "31 February 2020"}, "last seen names a day that does not exist")]


@pytest.mark.parametrize("changes, message", REFUSED)
def test_report_refused_with_one_line_and_nothing_stored(client, store, changes, message):
    response = send(client, **changes)
    assert response.status_code == 400
    assert message in alert(response.text)
    assert stored(store) == (0, 0)
    # What was typed comes back (escaped) to be corrected, except the contact, which is never shown.
    assert 'value="Ghulja"' in response.text or "hometown" in changes
    assert CONTACT not in response.text
    assert "<img src=x" not in response.text


@pytest.mark.parametrize("changes, field", [({"names": ["", ""]}, "name-1"), ({"names": ["Ablikim", "A" * 201]}, "name-2"),
                                            ({"birth_year": "1850"}, "birth_year"),
                                            ({"hometown": "<b>Ghulja</b>"}, "hometown"),
                                            ({"relation": "sister\u202e"}, "relation"),
                                            ({"contact": "a\tb"}, "contact"),
                                            ({"last_seen_when": f"{date.today().year + 2}"}, "last_seen_when")])
def test_a_refused_field_is_marked_invalid_and_described_by_the_refusal(client, changes, field):
    """A screen reader heard the refusal once, at the top, and no field said it was the one."""
    page = send(client, **changes).text
    marked = re.findall(r'<input id="([^"]+)"[^>]*aria-invalid="true"[^>]*>', page)
    assert marked == [field]
    described = re.search(rf'<input id="{field}"[^>]*aria-describedby="([^"]+)"', page).group(1).split()
    assert described[0] == "report-error" and 'id="report-error"' in page
    if field == "birth_year":
        assert described == ["report-error", "birth_year-hint"]  # the hint is still read
    assert 'aria-invalid' not in client.get("/report").text


def test_report_honeypot_looks_like_success_and_stores_nothing(client, store):
    response = send(client, website="http://spam.example")
    assert response.status_code == 200
    reference, secret = receipt_of(response.text)
    assert stored(store) == (0, 0)
    status = client.post("/report/status", data={"reference": reference, "secret": secret,
                                                 "csrf_token": form_token(client, "/report/status")})
    assert "No report matches" in status.text


@pytest.mark.parametrize("token", [None, "", "forged"])
def test_report_without_the_form_token_is_refused(client, store, token):
    form_token(client)
    data = {**report_fields()}
    if token is not None:
        data["csrf_token"] = token
    response = client.post("/report", data=data)
    assert response.status_code == 403 and "expired" in alert(response.text)
    assert stored(store) == (0, 0)


def test_report_body_limits(client, store):
    token = form_token(client)
    big = client.post("/report", data={**report_fields(hometown="x" * MAX_BODY_BYTES), "csrf_token": token})
    assert big.status_code == 413 and "too large" in alert(big.text)
    many = client.post("/report", data={**report_fields(names=["n"] * 60), "csrf_token": token})
    assert many.status_code == 413
    as_json = client.post("/report", json={**report_fields(), "csrf_token": token})
    assert as_json.status_code == 415
    garbled = client.post("/report", content=b"names=%FF%FE&csrf_token=" + token.encode(),
                          headers={"content-type": "application/x-www-form-urlencoded"})
    assert garbled.status_code == 400
    assert stored(store) == (0, 0)


def test_report_rate_limit_per_client_in_memory(client, store):
    for _ in range(REPORTS_PER_HOUR):
        assert send(client).status_code == 200
    refused = send(client)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert "Too many attempts" in alert(refused.text)
    assert stored(store)[0] == REPORTS_PER_HOUR
    # Another client is not held back by the first one's count.
    other = TestClient(client.app, client=("192.0.2.7", 5000))
    assert send(other).status_code == 200
    # Nothing about the clients reached the disk.
    raw = b"".join(p.read_bytes() for p in store.settings.data_dir.rglob("*") if p.is_file())
    assert b"192.0.2.7" not in raw and b"testclient" not in raw


def test_refused_reports_do_not_use_up_the_report_limit(client, store):
    """A family that mistypes (or several families behind one VPN exit) was locked out for an hour
    after REPORTS_PER_HOUR refusals (issue 12): a refusal stores nothing, so it counts only against
    the looser REFUSALS_PER_HOUR; stored reports and honeypot hits count against the report limit."""
    for _ in range(REPORTS_PER_HOUR + 2):
        assert send(client, birth_year="1850").status_code == 400
    assert send(client).status_code == 200
    assert send(client, website="http://spam.example").status_code == 200  # looks stored: counts
    for _ in range(REPORTS_PER_HOUR - 2):
        assert send(client).status_code == 200
    refused = send(client)
    assert refused.status_code == 429 and "Too many attempts" in alert(refused.text)
    assert stored(store)[0] == REPORTS_PER_HOUR - 1


def test_refusals_have_their_own_cap_so_the_checks_cannot_be_ground(client, store):
    for _ in range(REFUSALS_PER_HOUR):
        assert send(client, names=["", ""]).status_code == 400
    # Past the cap, every submission from that address waits, a good one too.
    for changes in ({"names": ["", ""]}, {}):
        refused = send(client, **changes)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert stored(store) == (0, 0)
    other = TestClient(client.app, client=("192.0.2.8", 5000))
    assert send(other).status_code == 200


def test_report_status_unknown_reference_and_wrong_secret_read_the_same(client, store):
    reference, secret = receipt_of(send(client).text)
    token = form_token(client, "/report/status")

    def check(ref, sec):
        return client.post("/report/status", data={"reference": ref, "secret": sec, "csrf_token": token})

    wrong_secret, unknown = check(reference, "AAAA-BBBB-CCCC-DDDD-EEEE"), check("R-ZZZZ-ZZZZ", secret)
    assert wrong_secret.status_code == unknown.status_code == 200
    assert wrong_secret.content == unknown.content
    assert "No report matches" in unknown.text and reference not in unknown.text
    with store.session() as session:
        set_status(store, session, reference, "under_review", "moderator")
    assert "Under review." in check(reference, secret).text


def test_report_status_checks_are_rate_limited(client):
    token = form_token(client, "/report/status")
    answers = [client.post("/report/status", data={"reference": "R-0000-0000", "secret": "x", "csrf_token": token})
               for _ in range(STATUS_CHECKS + 1)]
    assert [a.status_code for a in answers[:-1]] == [200] * STATUS_CHECKS and answers[-1].status_code == 429


def test_report_is_linked_from_the_nav_and_an_empty_search(client):
    assert re.search(r'<nav[^>]*>.*<a href="[^"]*/report">Report a missing person</a>.*</nav>', client.get("/").text, re.S)
    empty = client.get("/search", params={"q": "Nobody Atall"}).text
    assert re.search(r'class="empty">[^<]*<a href="[^"]*/report">report a missing person</a>', empty)


@pytest.mark.parametrize("code", ["ug", "zh", "ru", "kk"])
def test_report_refusals_are_in_the_readers_language(client, store, code):
    from guwah.errors import Text
    from guwah.reports import MAX_NAME_CHARS
    from guwah.web.i18n import localize
    from guwah.web.routes.reports import EXPIRED

    client.get(f"/language?lang={code}&next=/report")  # the switcher keeps the choice in a cookie
    response = send(client, names=["Ablikim", "A" * (MAX_NAME_CHARS + 1)])
    english = Text.counted(("%(field)s is longer than %(limit)s character.", "%(field)s is longer than %(limit)s characters."),
                           MAX_NAME_CHARS, {"field": Text("Name %(position)s", {"position": 2}), "limit": MAX_NAME_CHARS})
    assert response.status_code == 400
    shown = alert(response.text)
    assert shown == localize(english, code) != str(english) and str(MAX_NAME_CHARS) in shown
    expired = send(client, csrf_token="forged")
    assert alert(expired.text) == localize(EXPIRED, code) != EXPIRED
    impossible = send(client, last_seen_when="31.02.2020")
    english = Text("%(field)s names a day that does not exist (such as 31 February).",
                   {"field": Text("When the person was last seen")})
    assert alert(impossible.text) == localize(english, code) != str(english)
    for month_13 in ("2019-13-02", "13/13/2019"):  # before: taken, as no date at all
        assert alert(send(client, last_seen_when=month_13).text) == localize(english, code)
    assert stored(store) == (0, 0)


def test_report_status_dates_are_in_the_readers_language(client):
    """"Получено 2026-12-02" on a Russian page: the status's dates were ISO, the one date on the
    site not written in the reader's locale."""
    from datetime import date

    from guwah.web.i18n import format_date

    reference, secret = receipt_of(send(client).text)
    for code in ("ru", "ug", "en"):
        page = client.post(f"/report/status?lang={code}", data={
            "reference": reference, "secret": secret, "csrf_token": form_token(client, f"/report/status?lang={code}")}).text
        assert format_date(date.today(), code) in page
        assert date.today().isoformat() not in page
