"""Fixtures of the hostile suite."""

from tests.hostile.newsroom import newsroom

__all__ = ["newsroom"]
