import codecs
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guwah.errors import InputError
from guwah.link.mentions import (
    AGE_SPAN,
    APPROXIMATE_SPAN,
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_AGE,
    parse_age,
    parse_birth_years,
    parse_gender,
    parse_years,
)
from guwah.link.spreadsheet import AGES_UNPLACED, BARE_NUMBERS, GENDERS_UNREAD, read_mentions

HEADER = "mention_id,name,gender,birth_year,hometown,facility,detained_year"
ROWS = ["a1,Ilham Tohti,male,1969,Atush,,2014", "a2,Илхам Тохти,М,c. 1969,Артуш,,2014"]


def write(tmp_path, text: str, encoding: str = "utf-8", bom: bytes = b"", name="in.csv"):
    path = tmp_path / name
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_read_mentions_encodings(tmp_path, encoding, bom):
    mentions = read_mentions(write(tmp_path, "\n".join([HEADER, *ROWS]) + "\n", encoding, bom))
    assert [m.mention_id for m in mentions] == ["a1", "a2"]
    assert mentions[1].name == "Илхам Тохти"
    assert mentions[1].hometown == "Артуш"


def test_read_mentions_cp1251(tmp_path):
    text = "mention_id;name;hometown\nr1;Гульбахар Джамилова;Кульджа\n"
    mentions = read_mentions(write(tmp_path, text, "cp1251"))
    assert mentions[0].name == "Гульбахар Джамилова" and mentions[0].hometown == "Кульджа"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_read_mentions_sniffs_the_delimiter(tmp_path, delimiter):
    text = "\n".join(line.replace(",", delimiter) for line in [HEADER, *ROWS])
    mentions = read_mentions(write(tmp_path, text))
    assert mentions[0].birth_year == (1969, 1969) and mentions[1].birth_year == (1967, 1971)
    assert mentions[1].gender == "male"


def test_read_mentions_quoted_cells_extra_columns_and_crlf(tmp_path):
    text = 'Mention_ID,Name,notes\r\n"b1","Tursun, Memet","x"\r\n\r\n'
    mentions = read_mentions(write(tmp_path, text))
    assert mentions[0].name == "Tursun, Memet" and mentions[0].birth_year is None


@pytest.mark.parametrize("text, expected", [
    ("80s", (1980, 1989)), ("'90s", (1990, 1999)), ("mid-70s", (1973, 1977)), ("80-е", (1980, 1989)), ("10s", (2010, 2019)),
    ("1975", (1975, 1975)), ("c. 1975", (1973, 1977)), ("ca 1975", (1973, 1977)), ("1975?", (1973, 1977)),
    ("около 1975", (1973, 1977)), ("1980s", (1980, 1989)), ("1980's", (1980, 1989)), ("early 1980s", (1980, 1984)),
    ("late 1970s", (1975, 1979)), ("1970-75", (1970, 1975)), ("1975/76", (1975, 1976)), ("1975–1977", (1975, 1977)),
    ("1975-03-02", (1975, 1975)), ("02.03.1975", (1975, 1975)), ("1975 г.", (1975, 1975)), ("1980-е", (1980, 1989)),
    ("1975年3月2日", (1975, 1975)), ("1975年3月", (1975, 1975)), ("early 2018", (2018, 2018)),
    ("mid-2018", (2018, 2018)), ("в начале 2018 года", (2018, 2018)), ("2018 yılı sonunda", (2018, 2018)),
    ("2018年初", (2018, 2018)), ("1978 жылы", (1978, 1978)), ("1970'ler", (1970, 1979)), ("1980-yillar", (1980, 1989)), ("1974 civarı", (1972, 1976)),
    ("1974-yillar etrapida", (1972, 1976)), ("19820122", (1982, 1982)), ("1975年左右", (1973, 1977)), ("1980 жылдары", (1980, 1989)), ("около 1978 г.", (1976, 1980)),
    ("", None), ("unknown", None), ("?", None), (None, None),
    # Months and years, several years, birth markers, unknown in other languages (invented values).
    ("2016-07", (2016, 2016)), ("07/2016", (2016, 2016)), ("07.2016", (2016, 2016)), ("July 2016", (2016, 2016)),
    ("Jul 2016", (2016, 2016)), ("июля 2016 г.", (2016, 2016)), ("июль 2016", (2016, 2016)), ("октябрь 2016", (2016, 2016)), ("ок. 1975", (1973, 1977)), ("Temmuz 2016", (2016, 2016)),
    ("3 Haziran 2016", (2016, 2016)), ("шілде 2016", (2016, 2016)), ("juillet 2016", (2016, 2016)),
    ("2016-yili 7-ay", (2016, 2016)), ("2016, 2018", (2016, 2018)), ("2018、2016", (2016, 2018)),
    ("1968 г.р.", (1968, 1968)), ("1968 doğumlu", (1968, 1968)), ("1968 ж.", (1968, 1968)),
    ("1968 ж.т.", (1968, 1968)), ("1968 жылы туған", (1968, 1968)), ("1960 жж.", (1960, 1969)),
    ("1960-жж", (1960, 1969)),
    ("1968 жыл", (1968, 1968)), ("1968年生", (1968, 1968)), ("1968年出生", (1968, 1968)),
    ("1968 года рождения", (1968, 1968)),
    # A year framed by a word that leaves it as it is (born, since, in), in each list language.
    ("b. 1975", (1975, 1975)), ("born c. 1975", (1973, 1977)), ("since 2017", (2017, 2017)), ("в 2017", (2017, 2017)),
    ("с 2017 г.", (2017, 2017)), ("2017'de", (2017, 2017)), ("2017'den beri", (2017, 2017)),
    ("2017 жылдан бері", (2017, 2017)), ("2017年以来", (2017, 2017)),
    ("namelum", None), ("белгісіз", None), ("无", None),
])
def test_parse_years_reads_ranges(text, expected):
    assert parse_years(text) == expected


@pytest.mark.parametrize("text", ["abc", "75", "1975-1970", "3000", "19755", "early", "2018年13", "late 19755", "19821322",
                                  "Friday 2016", "2016-13", "13/2016", "2016, 75",
                                  "since", "b. 75", "in 3000", "'de"])
def test_parse_years_refuses_what_is_not_a_year(text):
    with pytest.raises(InputError):
        parse_years(text)


@pytest.mark.parametrize("text, expected", [("F", "female"), ("ж", "female"), ("Male", "male"), ("男", "male"),
                                            ("", None), ("other", None)])
def test_parse_gender(text, expected):
    assert parse_gender(text) == expected


def test_read_mentions_counts_gender_cells_it_cannot_read(tmp_path):
    # A gender cell that is neither a spelling of male or female nor of unknown ("blue", "2") was
    # read as no gender without a word: now counted, and the command says how many (no content).
    from guwah.domain import Gender

    rows = [HEADER, "a1,Zorvat Telmek,blue,,,,", "a2,Zorvat Telmek,F,,,,", "a3,Miran Keldan,?,,,,",
            "a4,Miran Keldan,2,,,,", "a5,Miran Keldan,,,,,", "a6,Miran Keldan,Erkek,,,,"]
    notes = Counter()
    mentions = read_mentions(write(tmp_path, "\n".join(rows)), notes=notes)
    assert [m.gender for m in mentions] == [None, "female", None, None, None, "male"]
    assert {m.gender for m in mentions} - {None} <= set(Gender)
    assert notes == Counter({GENDERS_UNREAD: 2})  # blue and 2; "?" and a blank say unknown


@pytest.mark.parametrize("rows, message", [
    (["a1,X Y,,,,,", "a2,Z W,,,,,", "a1,Q R,,,,,"], "row 4: mention_id a1 repeats row 2"),
    (["a1,X Y,,,,,", "a2,Z W,,,"], "row 3: 5 cells where the header has 7"),
    (["a1,X Y,,,,,", "a2"], "row 3: 1 cell where the header has 7"),
    (["a1,X Y,,,,,", ",Z W,,,,,"], "row 3: mention_id is empty"),
    (["a1,,,,,,"], "row 2: name is empty"),
    (["a1,X Y,,nineteen,,,"], "row 2: birth_year is not a year"),
    (["a1,X Y,,,,,20177"], "row 2: detained_year is not a year"),
    (["a1,X Y,,1850,,,"], "row 2: birth_year is a year outside 1880"),
    # A quote left open would swallow the rows after it into one cell.
    (["a1,X Y,,,,,", 'a2,"Z W,,,,,', "a3,Q R,,,,,"], "row 3: malformed CSV"),
])
def test_read_mentions_refuses_bad_rows_naming_them(tmp_path, rows, message):
    with pytest.raises(InputError) as caught:
        read_mentions(write(tmp_path, "\n".join([HEADER, *rows])))
    assert caught.value.message.startswith(message)


def test_read_mentions_needs_the_two_columns(tmp_path):
    with pytest.raises(InputError, match="row 1: the header must name"):
        read_mentions(write(tmp_path, "id,full_name\n1,X Y\n"))


def test_read_mentions_row_cap(tmp_path):
    text = "\n".join([HEADER] + [f"m{i},Name{i} X,,,,," for i in range(4)])
    assert len(read_mentions(write(tmp_path, text), max_rows=4)) == 4
    with pytest.raises(InputError, match="row 5: more than 3 rows"):
        read_mentions(write(tmp_path, text), max_rows=3)


@pytest.mark.parametrize("text, expected", [
    ("990101197703150012", (1977, 1977)), ("99010119770315001X", (1977, 1977)),  # 18 characters
    ("990101770315001", (1977, 1977)),                                            # the older 15 digits
    (" 1977 ", (1977, 1977)), ("", None),                                         # years as before
])
def test_a_birth_column_reads_the_year_of_a_resident_identity_number(text, expected):
    assert parse_birth_years(text) == expected


@pytest.mark.parametrize("text", ["990101197713150012", "990101177703150012", "99010119770315001", "990101197703150012a"])
def test_a_number_that_is_no_identity_number_is_still_refused(text):
    """A month 13, a year before 1880, a digit short or one too many: not read as a birth date."""
    with pytest.raises(InputError):
        parse_birth_years(text)


def test_read_mentions_reads_an_identity_number_in_the_birth_column_only(tmp_path):
    rows = [HEADER, "a1,Zorvat Telmek,,990101197703150012,,,", "a2,Zorvat Telmek,,,,,990101197703150012"]
    with pytest.raises(InputError, match="row 3: detained_year is"):
        read_mentions(write(tmp_path, "\n".join(rows)))
    assert read_mentions(write(tmp_path, "\n".join(rows[:2])))[0].birth_year == (1977, 1977)


# Ages in the birth-year column (issue 10; invented values). An age said in the detention year D
# is a birth in D - age - 1 .. D - age, widened by AGE_SPAN either side.
AGE_FORMS = ["age {}", "aged {}", "Age: {}", "{} years old", "{}-year-old", "{} y.o.", "{} yo", "{} yrs",
             "{}岁", "年龄{}", "{} лет", "в возрасте {} лет", "{} yaşında", "{} yash", "{} yashta", "yéshi {}",
             "{} жаста"]
APPROXIMATE_AGE_FORMS = ["about {}", "around {} years old", "aged about {}", "около {} лет", "约{}岁",
                         "yaklaşık {} yaşında", "{}? years"]


@pytest.mark.parametrize("form", AGE_FORMS)
def test_an_age_is_a_birth_range_counted_from_the_detention_year(form):
    assert parse_age(form.format(37)) == (37, 37)
    assert parse_birth_years(form.format(37), (2018, 2018)) == (2018 - 37 - 1 - AGE_SPAN, 2018 - 37 + AGE_SPAN)
    assert parse_birth_years(form.format(37)) is None  # no detention year: no birth year


@pytest.mark.parametrize("form", APPROXIMATE_AGE_FORMS)
def test_an_approximate_age_is_wider(form):
    assert parse_age(form.format(37)) == (37 - APPROXIMATE_SPAN, 37 + APPROXIMATE_SPAN)


@pytest.mark.parametrize("text", ["37?", "age", "age 37 or 38", f"age {MAX_AGE + 1}", "age 1937", "37 years ago",
                                  "about 37 km", "yaş"])
def test_what_is_no_age_is_still_refused(text):
    """Neither an age nor a year: "37?" has no word saying it is an age, and may be a year."""
    assert parse_age(text) is None
    with pytest.raises(InputError):
        parse_birth_years(text, (2018, 2018))


@pytest.mark.parametrize("text", ["37", " 7 ", "105"])
def test_a_number_alone_is_no_birth_year(text):
    """An age or a year written with two digits: either reading would be a guess."""
    assert parse_birth_years(text, (2018, 2018)) is None and parse_birth_years(text) is None


@pytest.mark.parametrize("text, expected", [
    ("1999–03", (1999, 2003)), ("1998 — 01", (1998, 2001)), ("1999 to 02", (1999, 2002)),
    ("1999-03", (1999, 1999)), ("1999/03", (1999, 1999)),  # a hyphen or a slash: March 1999
])
def test_a_range_with_a_dash_may_cross_a_century(text, expected):
    assert parse_birth_years(text) == expected


def test_an_age_that_puts_the_birth_before_1880_is_refused():
    with pytest.raises(InputError, match="outside 1880"):
        parse_birth_years("age 119", (1995, 1995))


@settings(max_examples=300, deadline=None)
@given(age=st.integers(APPROXIMATE_SPAN, 95), detained=st.integers(1985, 2030), spread=st.integers(0, 3),
       form=st.sampled_from(AGE_FORMS + APPROXIMATE_AGE_FORMS))
def test_an_age_always_covers_its_birth_year(age, detained, spread, form):
    """Born in D - age - 1 or D - age for any detention year D of the row's range, whatever the form."""
    text = form.format(age)
    years = parse_birth_years(text, (detained, detained + spread))
    for year in range(detained, detained + spread + 1):
        assert years[0] <= year - age - 1 and year - age <= years[1]
    width = 2 * AGE_SPAN + 1 + spread + (2 * APPROXIMATE_SPAN if form in APPROXIMATE_AGE_FORMS else 0)
    assert years[1] - years[0] == width
    assert parse_birth_years(text) is None


@settings(max_examples=300, deadline=None)
@given(year=st.integers(EARLIEST_YEAR, LATEST_YEAR), detained=st.none() | st.integers(1985, 2030))
def test_a_year_reads_the_same_whatever_the_detention_year(year, detained):
    span = None if detained is None else (detained, detained)
    for text in (str(year), f"b. {year}", f"{year}-03-02"):
        assert parse_age(text) is None
        assert parse_birth_years(text, span) == parse_years(text) == (year, year)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(categories=["L", "Zs", "P"]), min_size=1, max_size=12))
def test_a_cell_without_digits_is_never_an_age(text):
    """Words alone are no age: refused unless they say unknown (or name nothing at all)."""
    assert parse_age(text) is None
    try:
        assert parse_birth_years(text, (2018, 2018)) is None
    except InputError:
        pass


def test_read_mentions_counts_ages_it_cannot_place_and_refuses_the_rest(tmp_path):
    rows = [HEADER, "a1,Zorvat Telmek,,age 37,,,2018", "a2,Zorvat Telmek,,37 years old,,,",
            "a3,Miran Keldan,,about 50,,,", "a4,Miran Keldan,,1970,,,", "a5,Miran Keldan,,52,,,2018"]
    notes = Counter()
    mentions = read_mentions(write(tmp_path, "\n".join(rows)), notes=notes)
    assert mentions[0].birth_year == (2018 - 38 - AGE_SPAN, 2018 - 37 + AGE_SPAN)
    assert [mention.birth_year for mention in mentions[1:]] == [None, None, (1970, 1970), None]
    assert notes == Counter({AGES_UNPLACED: 2, BARE_NUMBERS: 1})
    with pytest.raises(InputError, match="row 3: birth_year is not a year"):
        read_mentions(write(tmp_path, "\n".join([HEADER, rows[1], "a2,Zorvat Telmek,,37?,,,2018"])))


@pytest.mark.parametrize("text, expected", [
    ("бл. 1970", (1968, 1972)), ("бл 1970", (1968, 1972)), ("approx. 1975", (1973, 1977)),
    ("1975 (approx)", (1973, 1977)), ("1975 (approx.)", (1973, 1977)), ("1975 (ca.)", (1973, 1977)),
    ("1975 (около)", (1973, 1977)), ("1975 approx.", (1973, 1977)), ("c.1975", (1973, 1977)),
    ("около 1970", (1968, 1972)), ("1970年左右", (1968, 1972)),
    ("1975", (1975, 1975)),  # control: a plain year stays exact
])
def test_both_year_columns_read_the_approximate_forms_spreadsheets_hold(text, expected):
    """Issue 10: "бл. 1970" and "1975 (approx)" stopped the whole file; one range parser reads them."""
    assert parse_years(text) == expected
    assert parse_birth_years(text) == expected


@pytest.mark.parametrize("text", ["?", "n/a", "unknown", "неизвестно", "不详", ""])
def test_explicit_unknown_markers_are_empty_in_both_year_columns(text):
    assert parse_years(text) is None and parse_birth_years(text) is None


@pytest.mark.parametrize("text", ["x", "abc", "1975 (maybe)", "бл."])
def test_a_year_cell_that_says_nothing_readable_is_refused_in_both_columns(text):
    """Issue 10: a detained_year of "x" was read as no year, unsaid; "abc" in birth_year stopped the file."""
    with pytest.raises(InputError):
        parse_years(text)
    with pytest.raises(InputError):
        parse_birth_years(text)


def test_read_mentions_lists_every_unreadable_year_cell_in_one_message(tmp_path):
    """Issue 10: the file stopped at its first bad cell, one error per rerun. Now one refusal lists
    them all (row and column, 20 at most, then a count), and no Mention comes back."""
    rows = [HEADER, "a1,Zorvat Telmek,,abc,,,2018", "a2,Zorvat Telmek,,1970,,,x", "a3,Miran Keldan,,бл. 1970,,,2018",
            "a4,Miran Keldan,,1975 (approx),,,x"]
    with pytest.raises(InputError) as caught:
        read_mentions(write(tmp_path, "\n".join(rows)))
    message = caught.value.message
    assert "\n" not in message
    assert message.startswith("row 2: birth_year is not a year")
    assert "row 3: detained_year is not a year" in message and "row 5: detained_year is not a year" in message
    assert "row 4" not in message and "row 5: birth_year" not in message  # read as ranges
    assert "3 unreadable year cells" in message
    assert "Zorvat" not in message and "abc" not in message  # rows and columns, never a cell
    many = [HEADER] + [f"m{index},Miran Keldan,,abc,,,x" for index in range(15)]
    with pytest.raises(InputError) as caught:
        read_mentions(write(tmp_path, "\n".join(many)))
    message = caught.value.message
    assert message.count(": birth_year is") + message.count(": detained_year is") == 20
    assert "30 unreadable year cells" in message and "10 more" in message
    # h-try62: one cell was "1 unreadable year cells"
    with pytest.raises(InputError) as caught:
        read_mentions(write(tmp_path, "\n".join([HEADER, "a1,Zorvat Telmek,,abc,,,2018"])))
    assert "(1 unreadable year cell: write a year" in caught.value.message
    # Control: the same rows with readable years are read.
    fixed = [HEADER, "a1,Zorvat Telmek,,1969,,,2018", "a2,Zorvat Telmek,,1970,,,", rows[3],
             "a4,Miran Keldan,,1975 (approx),,,?"]
    assert [m.birth_year for m in read_mentions(write(tmp_path, "\n".join(fixed)))] == [
        (1969, 1969), (1970, 1970), (1968, 1972), (1973, 1977)]


# --- spreadsheets as they really come: encodings that are not what they seem ----------------------

CYRILLIC_ROWS = ["c1,Гульбахар Эзиз,f,1985,Турфан,,2018", "c2,Аблет Курбан,m,1952,Кашгар,,2017"]


def test_a_byte_order_mark_over_bytes_it_cannot_read_is_refused_naming_the_row(tmp_path):
    good = "\n".join([HEADER, *ROWS]) + "\n"
    assert len(read_mentions(write(tmp_path, good, bom=codecs.BOM_UTF8))) == 2
    bad = codecs.BOM_UTF8 + good.encode() + "a3,Гульбахар,f,,,,\n".encode("cp1251")
    (tmp_path / "bad.csv").write_bytes(bad)
    with pytest.raises(InputError, match=r"^row 4: cannot be read as UTF-8 \(as its byte-order mark says\)"):
        read_mentions(tmp_path / "bad.csv")
    (tmp_path / "odd.csv").write_bytes(good.encode("utf-16") + b"A")  # cut mid-character
    with pytest.raises(InputError, match=r"^row 4: cannot be read as UTF-16"):
        read_mentions(tmp_path / "odd.csv")


def test_a_row_in_another_encoding_inside_a_utf8_file_is_refused_not_read_as_cp1251(tmp_path):
    rows = [HEADER, *CYRILLIC_ROWS]
    pasted = "\n".join(rows).encode() + b"\n" + "c3,Гульбахар Эзиз,f,1985,Турфан,,2018\n".encode("cp1251")
    (tmp_path / "in.csv").write_bytes(pasted)
    with pytest.raises(InputError, match=r"^row 4: not UTF-8, as the rest of the file is"):
        read_mentions(tmp_path / "in.csv")
    # The same rows all in Windows-1251 are read as such.
    mentions = read_mentions(write(tmp_path, "\n".join([*rows, "c3,Гульбахар Эзиз,f,1985,Турфан,,2018"]), "cp1251"))
    assert [m.name for m in mentions] == ["Гульбахар Эзиз", "Аблет Курбан", "Гульбахар Эзиз"]


@pytest.mark.parametrize("encoding, rows, first", [
    ("cp1252", ["w1,Gulbahar Eziz,f,1985,Turpan,,2018", "w2,Gülbahar Äziz,f,1985,Turfan,,2018"], 3),
    ("cp1254", ["w1,Gülşen Öztürk,f,1985,Turpan,,2018", "w2,Gulsen Ozturk,f,1985,Turfan,,2018"], 2),
    ("gb18030", ["w1,阿布来提·库尔班,m,1952,喀什,,2017", "w2,Ablet Kurban,m,1952,Kashgar,,2017"], 2),
])
def test_a_legacy_file_that_is_not_cyrillic_is_refused_not_read_as_mojibake(tmp_path, encoding, rows, first):
    with pytest.raises(InputError, match=rf"^row {first}: the file is not UTF-8, and read as Windows-1251"):
        read_mentions(write(tmp_path, "\n".join([HEADER, *rows]), encoding))
    # The same rows saved as UTF-8, as the message asks, are read as written.
    assert [m.name for m in read_mentions(write(tmp_path, "\n".join([HEADER, *rows])))] == \
        [row.split(",")[1] for row in rows]


def test_a_cyrillic_file_with_a_latin_letter_typed_by_mistake_is_still_read(tmp_path):
    # A Latin K in one surname (a typing slip) and ё after a capital (Фё is a valid UTF-8 pair by
    # chance) do not make a Windows-1251 file another encoding's.
    rows = [HEADER, "r1,Kасымов Нурлан,m,1975,Тачэн,,2018", "r2,Касымов Нурлан,m,1975,Тачэн,,2018",
            "r3,Фёдор Лёвин,m,1970,Чугучак,,2018"]
    mentions = read_mentions(write(tmp_path, "\n".join(rows), "cp1251"))
    assert [m.name for m in mentions] == ["Kасымов Нурлан", "Касымов Нурлан", "Фёдор Лёвин"]


def test_a_control_character_in_a_cell_is_refused_naming_the_row(tmp_path):
    assert read_mentions(write(tmp_path, "\n".join([HEADER, *ROWS, "a3,Gulbahar Eziz,f,,,,"])))[2].name == "Gulbahar Eziz"
    with pytest.raises(InputError, match=r"^row 4: name holds a control character"):
        read_mentions(write(tmp_path, "\n".join([HEADER, *ROWS, "a3,Gulbahar\x00Eziz,f,,,,"])))
    with pytest.raises(InputError, match=r"^row 2: mention_id holds a control character"):
        read_mentions(write(tmp_path, "\n".join([HEADER, "a\x1b1,Gulbahar Eziz,f,,,,"])))


def test_rows_of_empty_cells_are_skipped_like_blank_lines_and_rows_keep_their_numbers(tmp_path):
    # A spreadsheet saves a formatted but empty row as ",,,,,,"; the rows after it keep their numbers.
    rows = [HEADER, ROWS[0], ",,,,,,", "", ' , ,"",,,,', ROWS[1]]
    assert [m.mention_id for m in read_mentions(write(tmp_path, "\n".join(rows)))] == ["a1", "a2"]
    with pytest.raises(InputError, match=r"^row 6: mention_id a1 repeats row 2"):
        read_mentions(write(tmp_path, "\n".join([*rows[:-1], ROWS[0]])))


def test_an_empty_file_a_workbook_and_utf32_say_what_they_are(tmp_path):
    with pytest.raises(InputError, match=r"^the file is empty"):
        read_mentions(write(tmp_path, ""))
    with pytest.raises(InputError, match=r"^the file is empty"):
        read_mentions(write(tmp_path, "\n\n"))
    with pytest.raises(InputError, match=r"^the file has no rows below its header"):
        read_mentions(write(tmp_path, HEADER + "\n"))
    (tmp_path / "book.csv").write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(InputError, match=r"^row 1: this is a workbook"):
        read_mentions(tmp_path / "book.csv")
    mentions = read_mentions(write(tmp_path, "\n".join([HEADER, *ROWS]), "utf-32"))
    assert [m.name for m in mentions] == ["Ilham Tohti", "Илхам Тохти"]
