"""The network layers multiplying through numpy (ner.use_numpy_gemm) annotate as through blis."""


import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from thinc.api import NumpyOps

from guwah.extract import ner
from tests.bench_scripts import load
from tests.shared import REPO

COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def _layers(nlp) -> list:
    return [node for _name, pipe in nlp.components if getattr(pipe, "model", None) is not None
            for node in pipe.model.walk()]


def _texts(language: str) -> list[str]:
    folder = REPO / "bench" / "data" / "extract-dev"
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob(f"dev-*-{language}-*.txt"))]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_numpy_gemm_gives_the_same_annotations_as_blis(language):
    ours, blis = ner.load_pipeline(language), ner.load_pipeline(language, numpy_gemm=False)
    assert _layers(ours) and all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in _layers(ours))
    assert all(node.ops.use_blis for node in _layers(blis))
    texts = _texts(language)
    assert texts
    with ner.one_blas_thread():
        for text in texts:
            a, b = ours(text), blis(text)
            assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
            assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
    # the layers did run on another product: their floats differ in the last bits, not more
    doc = ours.make_doc(texts[0])
    x, y = ours.get_pipe("tok2vec").predict([doc])[0], blis.get_pipe("tok2vec").predict([doc])[0]
    assert x.shape == y.shape and numpy.allclose(x, y, atol=1e-4) and not (x == y).all()


def test_bench_batches_are_balanced_over_the_workers():
    bench = load("extract")
    for count, processes, batch in [(40, 2, 8), (32, 2, 8), (17, 2, 8), (3, 2, 8), (1, 2, 8), (5, 3, 2), (40, 2, 1)]:
        documents = list(range(count))
        batches = bench.balanced_batches(documents, processes, batch)
        assert [d for b in batches for d in b] == documents
        assert all(0 < len(b) <= batch for b in batches)
        assert max(map(len, batches)) - min(map(len, batches)) <= 1
        assert len(batches) % processes == 0 or len(batches) == count
    assert [len(b) for b in bench.balanced_batches(list(range(40)), 2, 8)] == [7, 7, 7, 7, 6, 6]
