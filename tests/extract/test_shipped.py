"""guwah.extract.shipped: a model read once from its folder, another put in place for a block."""

from guwah.extract.shipped import ShippedModel


def test_read_once_replaced_in_a_block_and_none_without_a_folder(tmp_path, caplog):
    reads = []
    (tmp_path / "meta.json").write_text("{}")
    model = ShippedModel(tmp_path, lambda folder: reads.append(folder) or "shipped", "rules only")
    assert model.current() == model.current() == "shipped" and reads == [tmp_path]
    with model.using("other"):
        assert model.current() == "other"
        with model.using(None):
            assert model.current() is None
        assert model.current() == "other"
    assert model.current() == "shipped"
    missing = ShippedModel(tmp_path / "absent", lambda folder: "never", "rules only")
    assert missing.current() is None and "rules only" in caplog.text
