"""Whole-word search across scripts over a blind index that holds no words in the clear."""

import pytest
from sqlalchemy import select

from guwah.errors import InputError
from guwah.ingest import ingest_file
from guwah.search import reindex_all, search_documents
from guwah.storage.tables import SearchTerm


@pytest.fixture
def documents(any_store, tmp_path):
    texts = {
        "ru.txt": "Мой брат Серик Омаров жил в Кульдже.",
        "ug.txt": "ئاكام غۇلجىدا تۇتۇلدى. غۇلجا",
        "en.txt": "Her father was detained in Ürümqi and later moved to Ghulja.",
        "zh.txt": "他在伊宁市被拘留。",
        "zh-name.txt": "我的哥哥吐尔逊·托合提被抓走了，嫂子也被带走。",
        "en-name.txt": "My brother Tursun was taken in 2017.",
    }
    ids = {}
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        ids[name] = ingest_file(any_store, path).document_id
    return ids


def find(store, query):
    with store.session() as session:
        return search_documents(session, store.ring, query)


def test_search_finds_words_in_any_case_and_without_diacritics(any_store, documents):
    assert find(any_store, "URUMQI") == [documents["en.txt"]]
    assert find(any_store, "father Ghulja") == [documents["en.txt"]]
    assert find(any_store, "father Kashgar") == []


def test_search_crosses_scripts(any_store, documents):
    assert find(any_store, "Omarov") == [documents["ru.txt"]]
    assert find(any_store, "Омаров") == [documents["ru.txt"]]
    assert documents["ug.txt"] in find(any_store, "ghulja")


def test_chinese_is_found_by_character_pairs(any_store, documents):
    assert find(any_store, "他在") == [documents["zh.txt"]]
    assert documents["zh.txt"] in find(any_store, "伊宁")


def test_a_place_is_found_by_any_name_the_gazetteer_gives_it_in_any_script_and_case(any_store, documents):
    # Session 44: a researcher's "Ghulja" did not find «в Кульдже» (a case ending) nor 伊宁市, and
    # "伊宁" found only the Chinese text: a query in characters was read as character pairs, never
    # as the place. Each text is indexed by the places it names (`guwah.search.place_terms`).
    yining = sorted(documents[name] for name in ("ru.txt", "ug.txt", "en.txt", "zh.txt"))
    for query in ("Ghulja", "Kulja", "Кульджа", "Құлжа", "غۇلجا", "伊宁", "伊宁市", "Yining"):
        assert find(any_store, query) == yining, query
    assert find(any_store, "Kashgar") == []  # control: another place
    assert find(any_store, "喀什") == []
    assert find(any_store, "father 伊宁") == [documents["en.txt"]]  # and every word must be found


def test_a_word_in_lower_case_names_no_place_in_a_text(any_store, tmp_path):
    # "bay" is a word, Bay a county of Aksu: only the capitalised word is read as the place.
    from guwah.search import text_place_terms

    assert text_place_terms("The boat left the bay.") == set()
    assert text_place_terms("He was held in Bay.") == {"place:xj.aksu.baicheng"}


def test_the_index_holds_no_words(any_store, documents):
    with any_store.session() as session:
        terms = set(session.scalars(select(SearchTerm.term)))
    assert terms and not ({"omarov", "ghulja", "father"} & terms)
    assert all(len(term) == 32 and int(term, 16) >= 0 for term in terms)


def test_a_name_in_chinese_characters_inside_a_sentence_is_found_in_letters_and_back(any_store, documents):
    # 吐尔逊 is written inside a sentence with no spaces: found by its Latin readings both ways
    assert find(any_store, "Tursun") == sorted([documents["zh-name.txt"], documents["en-name.txt"]])
    assert find(any_store, "吐尔逊") == sorted([documents["zh-name.txt"], documents["en-name.txt"]])
    assert find(any_store, "Tohti") == [documents["zh-name.txt"]]
    assert find(any_store, "Tursun 2017") == [documents["en-name.txt"]]
    # control: a word the Chinese text does not hold, and ordinary Chinese still by character pairs
    assert find(any_store, "Memet") == []
    assert find(any_store, "拘留") == [documents["zh.txt"]]
    assert find(any_store, "哥哥") == [documents["zh-name.txt"]]


def test_han_name_forms_read_marked_stretches_only():
    from guwah.search import han_name_forms

    assert "tursun" in han_name_forms("我的哥哥吐尔逊被抓走了")
    assert han_name_forms("我们都很好") == set()  # no transcription character: no reading
    assert han_name_forms("Tursun") == set()


def test_reindex_rebuilds_the_same_results(any_store, documents):
    with any_store.session() as session:
        assert reindex_all(session, any_store.ring) == 6
    assert find(any_store, "Omarov") == [documents["ru.txt"]]


def test_an_empty_query_is_refused(any_store):
    with pytest.raises(InputError):
        find(any_store, "  ...  ")


def test_a_russian_djan_finds_the_uyghur_tjan_in_either_index(any_store, tmp_path):
    """A query in Cyrillic is read by the same layer as the indexed word (`guwah.names.latin_forms`),
    with the t that the Russian дж hides: Мамаджан finds مەمەتجان (Memetjan), and back."""
    ids = {}
    for name, text in {"ug.txt": "مەمەتجان ئابدۇراخمان تۇتۇلدى.", "ru.txt": "Мамаджан Абдурахман был задержан.",
                       "other.txt": "Memet Tohti was detained."}.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        ids[name] = ingest_file(any_store, path).document_id
    both = sorted([ids["ug.txt"], ids["ru.txt"]])
    assert find(any_store, "Мамаджан Абдурахман") == both
    assert find(any_store, "Mamatjan") == both
    assert find(any_store, "مەمەتجان") == both
    assert find(any_store, "Мамаджан Тохти") == []


def test_the_workspace_and_the_public_search_read_a_word_by_one_rule(any_store, tmp_path):
    """Before, the workspace's blind index had a rule of its own (`word_variants`): a word in Latin
    letters kept only its case and diacritics folded, while the public index (`word_forms`) also
    read its Latin spellings, so "Kurban Urumchi" found a released "Qurban ... Urumqi" on the site
    and nothing in the workspace. Both now index and look up `guwah.search.word_forms`."""
    import guwah.search
    import guwah.search.public
    from guwah.search.public import document_words

    path = tmp_path / "qurban.txt"
    path.write_text("Police took Qurban to a camp near Urumqi in 2018.", encoding="utf-8")
    document_id = ingest_file(any_store, path).document_id
    public_words = document_words({"title": None, "text": path.read_text(encoding="utf-8")})
    for query in ("Kurban Urumchi", "Ⱪurban Ürümqi", "qurban URUMQI"):
        assert find(any_store, query) == [document_id], query
        for word in query.split():  # the public index finds it by the same forms
            assert guwah.search.word_forms(word) & public_words, word
    assert find(any_store, "Kurban Kashgar") == []  # control: every word must be found
    assert guwah.search.public.word_forms is guwah.search.word_forms
    assert not hasattr(guwah.search, "word_variants")
