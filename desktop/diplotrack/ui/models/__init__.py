"""The window's item models: thin, typed, read-only, backed by the query layer"""
