"""The web app answers only to its configured host names (GUWAH_PUBLIC_HOSTS): the links and form
actions it writes are built from the request's Host header, which anyone can set."""

import pytest
from fastapi.testclient import TestClient

from guwah.config import DEFAULT_PUBLIC_HOSTS, load_settings
from guwah.errors import InputError
from guwah.storage import Store
from guwah.web import create_app
from tests.conftest import make_settings


@pytest.fixture
def site_store(tmp_path):
    store = Store(make_settings(tmp_path / "data", GUWAH_PUBLIC_HOSTS="guwah.example.org"))
    yield store
    store.close()


def test_a_request_naming_another_host_is_refused_before_any_link_is_written(site_store):
    # Before: `curl -H 'Host: evil.example' /report` answered 200 with the links and the form's
    # action pointing to evil.example. Now 400, naming no host; the configured name (control) works.
    client = TestClient(create_app(site_store), base_url="https://guwah.example.org")
    page = client.get("/report")
    assert page.status_code == 200 and "https://guwah.example.org/report" in page.text
    for host in ("evil.example", "guwah.example.org.evil.example", "evil.example:443"):
        refused = client.get("/report", headers={"Host": host})
        assert refused.status_code == 400 and "evil" not in refused.text
        assert refused.headers["X-Content-Type-Options"] == "nosniff"
    assert client.post("/report", headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"])
def test_the_default_keeps_guwah_serve_working_on_this_machine(tmp_path, base_url):
    store = Store(make_settings(tmp_path / "data", GUWAH_PUBLIC_HOSTS=""))
    try:
        assert store.settings.public_hosts == DEFAULT_PUBLIC_HOSTS
        client = TestClient(create_app(store), base_url=base_url)
        assert client.get("/report").status_code == 200
        assert client.get("/report", headers={"Host": "evil.example"}).status_code == 400
    finally:
        store.close()


@pytest.mark.parametrize("value", ["https://guwah.example.org", "guwah.example.org:443", "*", "a b/c"])
def test_a_public_host_setting_that_is_no_host_name_is_refused(tmp_path, value):
    with pytest.raises(InputError, match="GUWAH_PUBLIC_HOSTS"):
        load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_PUBLIC_HOSTS": value})
    assert load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_PUBLIC_HOSTS": "Guwah.Example.org, *.example.net"}
                         ).public_hosts == ("guwah.example.org", "*.example.net")
