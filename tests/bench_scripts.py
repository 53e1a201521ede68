"""Load a script of bench/ as a module, for the tests of the bench scripts' own logic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load(name: str):
    """`load("web")` -> bench/web.py as a fresh module named bench_web; bench/ goes on sys.path first,
    so that a script's own `import extract`-style imports of its neighbours resolve."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
