"""Exports of the archive."""
