import pytest

from guwah.names import detect_script


@pytest.mark.parametrize(
    ("name", "script"),
    [
        ("Ilham Tohti", "Latn"),
        ("Mihrigül Tursun", "Latn"),
        ("Orınbek Köksebek", "Latn"),
        ("Илхам Тохти", "Cyrl"),
        ("Нұрлан Серікұлы", "Cyrl"),
        ("ئىلھام توختى", "Arab"),
        ("ﺋﯩﻠﮭﺎﻡ", "Arab"),
        ("伊力哈木·土赫提", "Hani"),
        ("马明", "Hani"),
        ("Ilham 土赫提", "Zyyy"),
        ("Ilham Тохти", "Zyyy"),
        ("123 · -", "Zyyy"),
        ("", "Zyyy"),
    ],
)
def test_detect_script(name, script):
    assert detect_script(name) == script



@pytest.mark.parametrize(
    ("char", "script"),
    [("q", "Latn"), ("ü", "Latn"), ("ı", "Latn"), ("ş", "Latn"), ("ж", "Cyrl"), ("ң", "Cyrl"),
     ("ә", "Cyrl"), ("ۈ", "Arab"), ("ې", "Arab"), ("ئ", "Arab"), ("ﺋ", "Arab"), ("伊", "Hani"),
     ("ـ", None), ("\u064e", None), ("٣", None), ("·", None), ("7", None), ("×", None),
     ("҂", None)],
)
def test_char_script(char, script):
    from guwah.names.scripts import char_script

    assert char_script(char) == script
    assert detect_script(char) == (script or "Zyyy")
