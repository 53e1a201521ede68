"""The attribute ruler as array operations (guwah.extract.attribute_table) gives spaCy's values."""

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from guwah.extract import ner
from guwah.extract.attribute_table import AttributeTable, Unsupported

# Words the English ruler's exceptions are about ("ai n't", "gon na", "let 's", "this", spaces),
# beside ordinary testimony sentences.
TEXTS = {
    "en": "My aunt Rahile Osman was taken to a camp in Hotan in the spring of 2018.  \n\n"
          "They ain't gonna let 's see him; c'mon, this is what they wanted. I don't know. She's gotta go.\n"
          "When Zulhumar Yasin landed at Ürümchi airport on 13 May 2015, officers took her three babies away.",
    "fr": "En 2017, Gulnisa Emet est arrêtée à Karamay et internée dans un camp.\n\n  Relâchée, elle reste "
          "surveillée par la police, qui lui a retiré son passeport. Elle l'a dit : « je ne sais pas ».",
}
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_attribute_table_sets_what_spacys_ruler_sets(language):
    fast = ner.load_pipeline(language)
    spacy_ruler = ner.load_pipeline(language, fast_attributes=False)
    assert "guwah_attribute_table" in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    assert "attribute_ruler" in spacy_ruler.pipe_names
    ours, theirs = fast(TEXTS[language]), spacy_ruler(TEXTS[language])
    assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == [(t.pos_, t.lemma_, str(t.morph)) for t in theirs]
    assert any(t.pos_ == "SPACE" for t in ours) and any(t.lemma_ == "be" and t.lower_ == "ai" for t in ours) \
        if language == "en" else any(t.pos_ == "PROPN" for t in ours)


def test_attribute_table_exceptions_win_over_the_tag_map():
    """A later pattern (an exception for a word) overrides an earlier one (its tag), as in the ruler."""
    nlp = ner.load_pipeline("en", fast_attributes=False)
    ruler = nlp.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    doc = nlp.make_doc("this")
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    assert doc[0].tag_ == "DT"
    expected = ruler(doc.copy())
    ours = table(doc.copy())
    assert str(ours[0].morph) == str(expected[0].morph) == "Number=Sing|PronType=Dem"
    assert ours[0].pos_ == expected[0].pos_


def test_attribute_table_refuses_what_it_does_not_reproduce():
    nlp = ner.load_pipeline("en", fast_attributes=False)
    ruler = nlp.add_pipe("attribute_ruler", name="extra_ruler")
    ruler.add([[{"LOWER": "camp", "OP": "+"}]], {"POS": "NOUN"})
    with pytest.raises(Unsupported):
        AttributeTable(ruler)
    ruler.clear()
    ruler.add([[{"LOWER": "camp"}]], {"NORM": "camp"})  # a lexical attribute: not reproduced
    with pytest.raises(Unsupported):
        AttributeTable(ruler)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_lemma_table_sets_what_spacys_lemmatizer_sets(language):
    """Each pipeline has its own lemmatizer cache: the table's lemmas come from no shared state."""
    fast = ner.load_pipeline(language)
    spacy_lemmatizer = ner.load_pipeline(language, fast_attributes=False)
    assert "guwah_lemma_table" in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert "lemmatizer" in spacy_lemmatizer.pipe_names
    text = TEXTS[language] + "\n" + TEXTS[language].upper() + " The detained were beaten; beatings, babies, wives, held."
    for ours, theirs in zip(fast.pipe([text, TEXTS[language]]), spacy_lemmatizer.pipe([text, TEXTS[language]]), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()
    # the table did lemmatize: words whose lemma is not their text
    assert any(t.lemma_ != t.text and t.lemma_ != t.lower_ for t in ours)


def test_lemma_table_refuses_another_mode():
    """A mode of a language's own (here one that reads the token's dependency) is not reproduced."""
    from spacy.pipeline import Lemmatizer

    from guwah.extract.attribute_table import LemmaTable

    class ByDependency(Lemmatizer):  # another class, another mode
        def dependency_lemmatize(self, token):
            return [token.dep_ or token.text]

    nlp = ner.load_pipeline("en", fast_attributes=False)
    lemmatizer = ByDependency(nlp.vocab, None, mode="dependency")
    with pytest.raises(Unsupported):
        LemmaTable(lemmatizer)
    assert LemmaTable(nlp.get_pipe("lemmatizer")).lemmatizer.mode == "rule"
