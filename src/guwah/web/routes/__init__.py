"""One router module per audience."""
