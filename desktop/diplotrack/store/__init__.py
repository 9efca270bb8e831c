"""Storage: engines and sessions, migrations, reference data, history, read queries, backups."""
