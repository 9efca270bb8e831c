"""Use cases: every change to the office's records as one validated transaction."""
