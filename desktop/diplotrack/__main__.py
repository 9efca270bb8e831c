"""`python -m diplotrack`: the same as the `diplotrack` command."""

import sys

from diplotrack.cli import main

if __name__ == "__main__":
    sys.exit(main())
