"""bench/web.py: each server process's share of the server's CPU over a run."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parents[1]


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("bench_web", REPO / "bench" / "web.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shares_of_the_server_processes():
    web = _bench()
    assert web.shares({1: 10.0, 2: 4.0, 3: 0.5}, {1: 13.0, 2: 5.0, 3: 0.5}) == [75, 25]  # 3 spent none
    assert web.shares({1: 1.0}, {}) == []  # a process gone before the second reading
    assert web.shares({}, {}) == []


def test_children_of_this_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in _bench().children(os.getpid())
    finally:
        child.kill()
        child.wait()
