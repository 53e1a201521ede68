import pytest

from guwah.names import is_placeholder, keys_many


@pytest.mark.parametrize("cell", ["Unknown", "UNKNOWN", " unknown ", "N/A", "n/a", "-", "?", "none", "None",
                                  "неизвестно", "Не известно", "белгісіз", "نامەلۇم", "不详", "未知", "姓名不详",
                                  "Unknown Unknown", "(unknown)", "Name unknown"])
def test_a_placeholder_is_no_name_and_has_no_keys(cell):
    assert is_placeholder(cell)
    assert keys_many([cell], marked=True) == keys_many([cell]) == [[]]


@pytest.mark.parametrize("cell", ["Memet Tursun", "Nur", "Nonna", "Unknownova", "Memet (unknown)", "Ilham 未知"])
def test_a_name_is_no_placeholder_and_keeps_its_keys(cell):
    # Control: real names, and names beside a placeholder word, keep their keys.
    assert not is_placeholder(cell)
    assert all(keys_many([cell], marked=True)) and all(keys_many([cell]))
