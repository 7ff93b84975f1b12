"""PyInstaller's entry script: the frozen MapStudio runs the same `main` as the console script."""

from __future__ import annotations

import sys

from mapstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
