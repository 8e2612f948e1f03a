"""The shipped briefing schemas: discovery, loading and compiled validators.

Schemas resolve only from package data through a `referencing.Registry`; a `$ref` to
anything else is refused, so validation never touches the network.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from smartbrev.errors import SchemaError

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

    from jsonschema.protocols import Validator
    from referencing import Registry, Resource

SCHEMA_FILE = "briefing.schema.json"
EDITION_FILE = "edition.schema.json"


def _schemas_root() -> Traversable:
    # The package is always files on disk here (the wheel is unpacked), so plain paths
    # serve, and importlib.resources (and the zip support it loads) stays out of start-up.
    package = Path(__file__).parents[1]
    packaged = package / "schemas"
    if packaged.is_dir():
        return packaged
    # A source checkout or an editable install: the schemas sit at the repository root.
    checkout = package.resolve().parents[1] / "schemas"
    if checkout.is_dir():
        return checkout
    from importlib import resources  # installed some other way, e.g. zipped

    return resources.files("smartbrev") / "schemas"


def _version_key(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)


def _discover(kind: str = "briefing", file: str = SCHEMA_FILE) -> tuple[str, ...]:
    root = _schemas_root() / kind
    found = [entry.name for entry in root.iterdir() if entry.is_dir() and (entry / file).is_file()]
    return tuple(sorted(found, key=_version_key))


SCHEMA_VERSIONS: tuple[str, ...] = _discover()
"""Every released schema version, oldest first."""

LATEST: str = SCHEMA_VERSIONS[-1]
"""The newest schema version; drafts that name none get this one."""


EDITION_VERSIONS: tuple[str, ...] = _discover("edition", EDITION_FILE)
"""Every released version of the edition schema (a newsletter edition), oldest first."""

EDITION_LATEST: str = EDITION_VERSIONS[-1]


def edition_schema(version: str) -> dict[str, Any]:
    """The parsed edition schema of one version (do not mutate it)."""
    if version not in EDITION_VERSIONS:
        raise SchemaError(
            f"unknown edition version {version!r}; known versions: {', '.join(EDITION_VERSIONS)}"
        )
    return _load_edition(version)


@cache
def _load_edition(version: str) -> dict[str, Any]:
    path = _schemas_root() / "edition" / version / EDITION_FILE
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def schema_path(version: str) -> Traversable:
    """Where the schema of one version is stored."""
    if version not in SCHEMA_VERSIONS:
        raise SchemaError(
            f"unknown schema version {version!r}; known versions: {', '.join(SCHEMA_VERSIONS)}"
        )
    return _schemas_root() / "briefing" / version / SCHEMA_FILE


@cache
def load_schema(version: str) -> dict[str, Any]:
    """The parsed schema of one version (cached; do not mutate it)."""
    schema: dict[str, Any] = json.loads(schema_path(version).read_text(encoding="utf-8"))
    return schema


def schema_text(version: str) -> str:
    """The schema of one version exactly as shipped."""
    text: str = schema_path(version).read_text(encoding="utf-8")
    return text


def _refuse_remote(uri: str) -> Resource[Any]:
    raise SchemaError(f"refusing to fetch {uri!r}: schemas resolve only from the smartbrev package")


@cache
def registry() -> Registry[Any]:
    """A registry holding every shipped schema under its `$id`; nothing else resolves."""
    from referencing import Registry, Resource

    resources_ = [Resource.from_contents(load_schema(v)) for v in SCHEMA_VERSIONS]
    resources_ += [Resource.from_contents(edition_schema(v)) for v in EDITION_VERSIONS]
    pairs = [(resource.id() or "", resource) for resource in resources_]
    empty: Registry[Any] = Registry(retrieve=_refuse_remote)  # type: ignore[call-arg]
    return empty.with_resources(pairs).crawl()


def make_validator(schema: dict[str, Any], *, registry_: Registry[Any] | None = None) -> Validator:
    """A draft 2020-12 validator with format checking on and remote references refused."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        schema,
        registry=registry_ if registry_ is not None else registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


@cache
def validator(version: str) -> Validator:
    """The compiled validator of one schema version, built once per process."""
    return make_validator(load_schema(version))


class FastValidator(Protocol):
    """The part of a compiled jsonschema-rs validator used here."""

    def is_valid(self, instance: Any) -> bool:
        """Whether the instance passes the schema."""


def _refuse_remote_fast(uri: str) -> Any:
    raise ValueError(f"refusing to fetch {uri!r}: schemas resolve only from the smartbrev package")


@cache
def fast_validator(version: str) -> FastValidator | None:
    """A jsonschema-rs validator of one version, or None where that library is unavailable.

    It only decides valid or invalid; `validator` stays the reference that explains
    failures, and tests prove the two agree.
    """
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - depends on the platform's wheels
        return None
    compiled: FastValidator = jsonschema_rs.validator_for(
        load_schema(version), validate_formats=True, retriever=_refuse_remote_fast
    )
    return compiled


def schema_id(version: str) -> str:
    """The `$id` of one schema version."""
    return str(load_schema(version)["$id"])
