"""bench/web.py: each server process's share of the server's CPU over a run."""

import os
import subprocess
import sys

from tests.bench_scripts import load


def _bench():
    return load("web")


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
