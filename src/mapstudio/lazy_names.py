"""Package names that import their module on first use (PEP 562).

A package whose public names live in heavy modules (the export writers, the
editor's canvas view) re-exports them lazily, so importing the package, or
one light module inside it, does not pull in what the caller never uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: dict[str, Any], homes: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for a package's `globals()`.

    `homes` maps each public name to the module defining it; a name is
    imported the first time it is asked for, then kept in the package's
    globals so later look-ups skip this function.
    """

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        package[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*package, *homes})

    return __getattr__, __dir__
