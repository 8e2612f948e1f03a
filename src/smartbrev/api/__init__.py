"""The public functions behind `smartbrev`'s `__all__`: reading, linting, fixing,
rendering and validating briefings. Pure functions of their arguments (the only state is
caches), so they can be mapped over many processes."""

from __future__ import annotations

from smartbrev.api.linting import Config, fix, lint
from smartbrev.api.reading import Input, Reading, load, parse, read, validate
from smartbrev.api.rendering import render

__all__ = [
    "Config",
    "Input",
    "Reading",
    "fix",
    "lint",
    "load",
    "parse",
    "read",
    "render",
    "validate",
]
