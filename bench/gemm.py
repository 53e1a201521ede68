"""Matrix products of the sizes spaCy's English network layers multiply, through blis (as spaCy
does) and through numpy's BLAS (OpenBLAS, one thread; what `guwah.extract.ner.use_numpy_gemm`
makes the layers use), in CPU ms per product and GFLOP/s. Also names the kernel blis picked.

    PYTHONPATH=src .venv/bin/python bench/gemm.py

~2,400 tokens a testimony; tok2vec maxout 288 -> 3 x 96, the embeddings' mixer 384 -> 3 x 96.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _blis_kernel() -> str:
    """The sub-configuration blis selects on this CPU (it says so with BLIS_ARCH_DEBUG=1)."""
    code = "import numpy; from blis.py import gemm; a = numpy.ones((4, 4), dtype='f'); gemm(a, a)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "BLIS_ARCH_DEBUG": "1"}, check=False)
    return (run.stdout + run.stderr).strip() or "blis said nothing"


def main() -> int:
    import numpy
    from thinc.api import NumpyOps

    from guwah.extract.ner import one_blas_thread

    blis, plain = NumpyOps(), NumpyOps(use_blis=False)
    rng = numpy.random.default_rng(0)
    print(_blis_kernel())
    with one_blas_thread():
        for m, k, n in ((2400, 288, 288), (2400, 384, 288), (300, 288, 288)):
            x = rng.standard_normal((m, k), dtype=numpy.float32)
            w = rng.standard_normal((n, k), dtype=numpy.float32)
            for name, ops in (("blis", blis), ("numpy", plain)):
                ops.gemm(x, w, trans2=True)
                started, repeats = time.process_time(), 40
                for _ in range(repeats):
                    ops.gemm(x, w, trans2=True)
                seconds = (time.process_time() - started) / repeats
                print(f"{m} x {k} . {k} x {n}  {name:5s} {seconds * 1000:7.2f} ms  {2 * m * k * n / seconds / 1e9:6.1f} GFLOP/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
