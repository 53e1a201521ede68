"""Witness protection: keys, encryption at rest, audit. See SECURITY.md for the threat model."""
