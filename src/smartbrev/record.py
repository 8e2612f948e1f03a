"""Frozen records whose equality can leave some fields out (source positions, attachments)."""

from __future__ import annotations

from typing import Any, ClassVar

import msgspec


class Record(msgspec.Struct, frozen=True):
    """A frozen record; fields named in `uncompared` take no part in equality or hashing."""

    uncompared: ClassVar[frozenset[str]] = frozenset()

    def _compared(self) -> tuple[Any, ...]:
        skip = self.uncompared
        return tuple(getattr(self, name) for name in self.__struct_fields__ if name not in skip)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())
