"""The schema revision this DiploTrack writes, for checks that must not load Alembic."""

# The newest revision in migrations/versions; tests/store/test_migrations.py keeps it true.
HEAD = "0001"
