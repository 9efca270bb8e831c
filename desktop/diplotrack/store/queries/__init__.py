"""Read queries for screens and the command line: light rows, filtered and sorted in SQL."""
