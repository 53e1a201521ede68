"""`python -m guwah ...` runs the same command line as `guwah ...`."""

from guwah.cli import app

app(prog_name="guwah")
