"""Guwah: a documentation system for testimonies of the Xinjiang internment camps."""

__version__ = "0.1.0"
