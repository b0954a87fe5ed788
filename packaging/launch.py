"""Entry script of the frozen app: the same main() as ``skillnav`` and ``python -m desktop``."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
