"""A public testimony whose witness recorded her own confidential consent (`witness: {consent: confidential}`) is
drafted for her as for a witness who chose a pseudonym (`publish._pseudonymous_witness`): her name is
"[name withheld]", the part of a relative's name that is hers stays masked, and a relative
shown beside a kin word needs the reviewer's choice. Before, nothing of that was drafted for her, though hers is the
stricter refusal. The control: the same testimony whose witness is public shows her brother whole, with no choice
asked. Invented people."""

import re

import pytest

from guwah.errors import ReviewRequired
from guwah.releases import approve_release, relatives_shown
from tests.test_publish_public_pseudonymous_witness import _drafted


@pytest.mark.parametrize("witness", ["confidential", "pseudonymous", "public"])
def test_a_public_testimony_of_a_confidential_witness_is_drafted_as_for_a_pseudonymous_one(store, tmp_path, witness):
    from guwah.storage.tables import Release

    _, (brother, husband), draft = _drafted(store, tmp_path, witness)
    with store.session() as session:
        release = session.get(Release, draft)
        text, shown = release.content["text"], set(relatives_shown(session, release))
    if witness == "public":  # the control: she agreed to be named; her relatives tell nothing more
        assert "my elder brother Erkinjan Hamdulla" in text and shown == set()
        return
    assert "Gulzire" not in text and "Hamdulla" not in text, text  # hers, in her brother's name too
    # A witness who chose a pseudonym is shown as it in her own text, though her surname is also her
    # brother's, hidden in his name (h-pseudo73); a confidential one is "[name withheld]".
    if witness == "pseudonymous":
        assert re.search(r"My name is Person [A-Z2-7]{4}\. ", text), text
    else:
        assert "My name is [name withheld]." in text, text
    assert "my elder brother [name withheld] was taken" in text, text  # never her pseudonym in his name
    assert husband in shown and "my husband Abdurehim Tursun" in text
    with store.session() as session, pytest.raises(ReviewRequired, match=f"M-{husband}"):
        approve_release(session, draft, "reviewer")
    with store.session() as session:  # the reviewer's choice still publishes him
        assert approve_release(session, draft, "reviewer", "the family asked", keep_relatives=True).state == "approved"
