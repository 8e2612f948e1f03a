"""What a reader finds that the schema version a draft declares has no field for.

A draft that names schema 1.0 or 1.1 is read by the same readers as any other, and they
find what 1.2 added: a byline's outlet, a description, a publication date without a
time. Written into fields the declared version does not have, they would make a good
draft fail validation for what the reader did. Each is kept where the older version can
hold it instead, under `extensions`, and the reader says so. Only what the reader found
moves: fields the front matter writes under the briefing's own names (`byline:`,
`meta:`) are the writer's, and validation judges them as written.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from smartbrev.axioms import CUSTOM
from smartbrev.schema import store

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Moved(msgspec.Struct, frozen=True):
    """A value moved from a field the declared version lacks into `extensions`."""

    pointer: str
    """Where the reader would have put it (`/byline/outlet`)."""
    extension: str
    """The `extensions` key it is kept under (`x-byline-outlet`); "" for a label kept as
    `custom`, which the block itself holds."""
    value: object
    why: str
    """What the declared version lacks, in words."""


def fit_to_version(data: dict[str, Any], version: object, written: dict[str, Any]) -> list[Moved]:
    """Move what `data` holds that schema `version` has no field for into `extensions`
    (`written`: the front matter, whose own fields are left as they are)."""
    if version not in store.SCHEMA_VERSIONS or version == store.LATEST:
        return []
    root = store.load_schema(str(version))
    schema = root["$defs"]
    extensions = dict(data.get("extensions") or {})
    moved: list[Moved] = []

    def move(pointer: str, key: str, value: object, why: str) -> bool:
        if extensions.get(key, value) != value:
            return False  # the name is taken: the field stays, and validation says so
        extensions[key] = value
        moved.append(Moved(pointer, key, value, why))
        return True

    for key in [k for k in data if k not in root["properties"] and k not in written]:
        # An image and its credit (1.1 on) in a draft that names 1.0.
        if move(f"/{key}", f"x-{key}", data[key], f"has no `{key}`"):
            del data[key]
    known = set(schema["axiom"]["enum"])
    blocks = data.get("blocks") if "blocks" not in written else None
    for index, block in enumerate(blocks if isinstance(blocks, list) else []):
        if isinstance(block, dict) and block.get("axiom") not in known:
            # The label stays as written: `custom` is how an older version holds it.
            moved.append(
                Moved(
                    f"/blocks/{index}/axiom",
                    "",
                    block.get("label"),
                    f"does not know the label (axiom `{block.get('axiom')}`)",
                )
            )
            block["axiom"] = CUSTOM
    byline = data.get("byline")
    if (
        isinstance(byline, dict)
        and "outlet" in byline
        and "byline" not in written
        and "outlet" not in schema["byline"]["properties"]
    ):
        outlet = byline["outlet"]
        # "By Ana Ortiz, Axios" holds its outlet in the byline's text already.
        if outlet in (byline.get("text") or "") or move(
            "/byline/outlet", "x-byline-outlet", outlet, "has no byline outlet"
        ):
            data["byline"] = {k: v for k, v in byline.items() if k != "outlet"}
    meta = data.get("meta")
    own = written.get("meta")
    if isinstance(meta, dict):
        fields = schema["meta"]["properties"]
        kept = dict(meta)
        for key, value in meta.items():
            if isinstance(own, dict) and key in own:
                continue
            if key not in fields:
                why = f"has no `meta.{key}`"
            elif isinstance(value, str) and _DATE_ONLY.match(value) and "anyOf" not in fields[key]:
                why = f"takes no date without a time in `meta.{key}`"
            else:
                continue
            if move(f"/meta/{key}", f"x-{key}", value, why):
                del kept[key]
        if kept:
            data["meta"] = kept
        else:
            del data["meta"]
    if extensions:
        data["extensions"] = extensions
    return moved
