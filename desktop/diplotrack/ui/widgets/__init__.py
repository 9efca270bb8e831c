"""The window's small reusable widgets (flags, the filter bar, pickers)"""
