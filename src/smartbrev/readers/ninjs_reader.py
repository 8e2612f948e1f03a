"""ninjs items (2.x and 3.x) read into a briefing.

A smartbrev item carries the canonical briefing in its `smartbrev` body, which is
restored exactly; any other item gives a best-effort briefing: the main headline, the
first description as the lede, and the plain-text body read as a text draft.
"""

from __future__ import annotations

from typing import Any

from smartbrev.bylines import byline_line
from smartbrev.errors import ReadError
from smartbrev.formats import NINJS_ROLE
from smartbrev.messages import kind_of
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.draft import Draft
from smartbrev.readers.json_reader import parse_json
from smartbrev.readers.metadata import is_datetime, is_language
from smartbrev.readers.text_reader import read_text
from smartbrev.schema import store as schemas


def _get(item: dict[str, Any], key: str) -> Any:
    """A field in ninjs 3.x (camelCase) or 2.x (lower case) spelling."""
    return item.get(key, item.get(key.lower()))


def read_ninjs(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from a ninjs item."""
    item = parse_json(text, name, limits)
    if not isinstance(item.get("uri"), str) or not any(
        k in item for k in ("bodies", "headlines", "descriptions", "body_text", "headline")
    ):
        raise ReadError(
            "not a ninjs item: it needs a `uri` and a headline, description or body",
            code="SB002",
            name="invalid-syntax",
            path=name,
        )
    listed = item.get("bodies", [])
    if not isinstance(listed, list):
        raise ReadError(
            f"`bodies` must be a list of bodies, not {kind_of(listed)}",
            code="SB002",
            name="invalid-syntax",
            path=name,
        )
    bodies = [b for b in listed if isinstance(b, dict)]
    for body in bodies:
        if body.get("role") == NINJS_ROLE and isinstance(body.get("value"), str):
            return Draft(_smartbrev_body(body["value"], name, limits), {})
    return _best_effort(item, bodies, name)


def _smartbrev_body(value: str, name: str, limits: Limits) -> dict[str, Any]:
    """The briefing a smartbrev body carries, held to the rules of a JSON file (duplicate
    keys, depth, numbers JSON can hold); its errors say where in the body they are."""
    try:
        return parse_json(value, name, limits)
    except ReadError as error:
        where = f" at line {error.line}, column {error.column}" if error.line else ""
        raise ReadError(
            f"the smartbrev body{where}: {error.message}",
            code=error.code,
            name=error.name,
            path=name,
        ) from None


def _first(entries: Any, role: str | None = None) -> str | None:
    if not isinstance(entries, list):
        return None
    chosen = [e for e in entries if isinstance(e, dict) and isinstance(e.get("value"), str)]
    preferred = [e for e in chosen if e.get("role") == role] if role else []
    return str((preferred or chosen)[0]["value"]) if chosen else None


def _body_draft(bodies: list[dict[str, Any]], name: str) -> Draft | None:
    """The item's text read as a draft: a plain-text body first, else an HTML one."""
    kinds = [(b, str(_get(b, "contentType") or "text/plain")) for b in bodies]
    for body, kind in kinds:
        if "text/plain" in kind and isinstance(body.get("value"), str) and body["value"].strip():
            return read_text(body["value"], name)
    for body, kind in kinds:
        if "html" in kind and isinstance(body.get("value"), str) and body["value"].strip():
            from smartbrev.readers.html_reader import read_html

            return read_html(body["value"], name)
    return None


def _best_effort(item: dict[str, Any], bodies: list[dict[str, Any]], name: str) -> Draft:
    headline = _first(item.get("headlines"), "main")
    description = _first(item.get("descriptions"))
    draft = _body_draft(bodies, name)
    data: dict[str, Any] = dict(draft.data) if draft else {}
    data["schema_version"] = schemas.LATEST
    data.setdefault("blocks", [])
    if headline and "headline" not in data:
        data["headline"] = " ".join(headline.split())
    body_lede = data.get("lede")
    if description and description.strip() != (body_lede or "").strip():
        data["lede"] = description.strip()
        if body_lede:
            # The body's opening is kept, under a label of its own, after the description.
            data["blocks"].insert(
                0,
                {
                    "axiom": "custom",
                    "label": "The story",
                    "content": [{"type": "paragraph", "text": body_lede}],
                },
            )
    by = _get(item, "by")
    cue = byline_line(by) if isinstance(by, str) else None
    if cue is not None and "byline" not in data:
        authors = [{"name": n, **({"role": r} if r else {})} for n, r in cue.authors]
        data["byline"] = {"authors": authors, "text": by.strip()}
    located = _get(item, "located")
    if isinstance(located, str) and located.strip():
        data["dateline"] = " ".join(located.split())
    meta: dict[str, Any] = {}
    for source, target in (("firstCreated", "published"), ("versionCreated", "updated")):
        value = _get(item, source)
        if is_datetime(value):
            meta[target] = value
    if is_language(item.get("language")):
        meta["language"] = item["language"]
    if meta:
        data["meta"] = meta
    return Draft(data, draft.locations if draft else {}, draft.diagnostics if draft else [])
