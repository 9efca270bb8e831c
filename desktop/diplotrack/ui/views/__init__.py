"""The window's screens: one module per view"""
