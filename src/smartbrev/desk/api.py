"""The desk's JSON API: review a draft, fix it, export it, and list, open and save the
briefings of the folder. Every endpoint answers JSON; a refusal is `{"error": "..."}`."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import msgspec
from starlette.requests import Request
from starlette.responses import Response

from smartbrev.desk import engine
from smartbrev.desk.folder import MAX_DRAFT, Folder, Refused
from smartbrev.desk.review import Review, preview, review

T = TypeVar("T")

REMEMBERED = 4
"""Drafts whose lint is kept for the next call about the same text."""

EDIT_FORMATS = ("markdown", "text", "json", "yaml")
"""Formats the editor takes (HTML pages and ninjs items are read, not written by hand)."""

MEDIA_TYPES = {
    "json": "application/json",
    "yaml": "application/yaml",
    "markdown": "text/markdown",
    "text": "text/plain",
    "html": "text/html",
    "ninjs": "application/json",
    "ninjs-2.2": "application/json",
    "email": "message/rfc822",
}

DOWNLOAD_SUFFIXES = {**engine.EXTENSIONS, "ninjs-2.2": "-ninjs-2.2.ninjs.json"}
"""File name endings of downloads (the two ninjs versions apart, both still `.ninjs.json`)."""


class Draft(msgspec.Struct, frozen=True):
    """The editor's text, its format, and the file it belongs to (relative to the folder)."""

    text: str
    format: str
    path: str | None = None


class ReviewRequest(Draft, frozen=True):
    preview: bool = False
    """Whether to render the page too (the page asks while its preview is on screen)."""


class FixRequest(Draft, frozen=True):
    fixes: list[engine.Fix] | None = None
    """The fixes to apply (each as the review offered it); none: every safe fix."""
    unsafe: bool = False


class ExportRequest(Draft, frozen=True):
    to: str = "json"


class SaveRequest(msgspec.Struct, frozen=True):
    path: str
    text: str
    version: str | None = None
    newline: str = "\n"
    bom: bool = False


class Label(msgspec.Struct, frozen=True):
    label: str
    axiom: str


class Session(msgspec.Struct, frozen=True, omit_defaults=True):
    folder: str
    version: str
    labels: list[Label]
    edit_formats: tuple[str, ...]
    export_formats: tuple[str, ...]
    problem: str | None = None


class Fixed(msgspec.Struct, frozen=True, omit_defaults=True):
    text: str
    applied: int
    refused: str | None = None


class Export(msgspec.Struct, frozen=True):
    filename: str
    media_type: str
    content: str


def json_response(value: Any, status: int = 200) -> Response:
    return Response(msgspec.json.encode(value), status, media_type="application/json")


def error(message: str, status: int) -> Response:
    return json_response({"error": message}, status)


def slug(headline: str | None) -> str:
    """A download's name from a headline: lower case, words joined by hyphens."""
    words = re.findall(r"[^\W_]+", (headline or "").lower())
    text = "-".join(words)[:60].strip("-")
    return text or "briefing"


def check_size(text: str) -> None:
    """Refuse a draft that is not Unicode text, or larger than the desk takes."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        raise Refused("the draft is not valid Unicode text", 400) from None
    if size > MAX_DRAFT:
        raise Refused(f"the draft is over the desk's {MAX_DRAFT // 1024} KiB limit", 413)


class Api:
    """The endpoints, bound to one folder. Work on drafts runs one request at a time, off
    the event loop, so the server keeps answering while a large folder is surveyed."""

    def __init__(self, folder: Folder) -> None:
        self.folder = folder
        self._limiter: anyio.CapacityLimiter | None = None
        self._checked: OrderedDict[tuple[str, str, str], tuple[engine.Settings, engine.Checked]]
        self._checked = OrderedDict()

    async def _run(self, work: Callable[[], T]) -> T:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)
        return await anyio.to_thread.run_sync(work, limiter=self._limiter)

    async def _decode(self, request: Request, kind: type[T]) -> T:
        body = await request.body()
        try:
            value = msgspec.json.decode(body, type=kind)
        except msgspec.ValidationError as problem:
            raise Refused(f"malformed request: {problem}", 400) from None
        except msgspec.DecodeError:
            raise Refused("malformed request: the body is not valid JSON", 400) from None
        if isinstance(value, Draft):
            self._check_draft(value)
        return value

    @staticmethod
    def _check_draft(draft: Draft) -> None:
        if draft.format not in EDIT_FORMATS:
            formats = ", ".join(EDIT_FORMATS)
            raise Refused(f"unknown format {draft.format!r}; use one of {formats}", 400)
        check_size(draft.text)

    def _settings(self, draft: Draft) -> engine.Settings:
        return engine.settings_for(self.folder.probe(draft.path))

    def _name(self, draft: Draft) -> str:
        return draft.path or "untitled." + ("md" if draft.format == "markdown" else "txt")

    def _check(self, draft: Draft) -> tuple[engine.Settings, engine.Checked]:
        """The draft linted under its settings; the last few are remembered, as the page
        asks for the review, then the preview (and maybe a fix) of the same text."""
        settings = self._settings(draft)
        key = (draft.text, draft.format, self._name(draft))
        known = self._checked.get(key)
        if known is not None and known[0] is settings:
            self._checked.move_to_end(key)
            return known
        checked = engine.check(draft.text, draft.format, self._name(draft), settings)
        self._checked[key] = (settings, checked)
        if len(self._checked) > REMEMBERED:
            self._checked.popitem(last=False)
        return settings, checked

    async def handle(self, request: Request, endpoint: Callable[[Request], Any]) -> Response:
        """Run an endpoint, turning refusals and smartbrev's own errors into JSON errors."""
        try:
            return json_response(await endpoint(request))
        except Refused as refused:
            return error(refused.message, refused.status)
        except engine.ConfigError as problem:
            return error(f"configuration problem: {problem}", 422)
        except Exception as problem:  # a bug: say so in one line, keep serving
            return error(f"internal error: {type(problem).__name__}: {problem}", 500)

    async def session(self, request: Request) -> Session:
        def work() -> Session:
            problem = None
            labels: list[tuple[str, str]] = [(a.label, a.id) for a in engine.AXIOMS]
            try:
                labels = engine.house_labels(engine.settings_for(self.folder.probe(None)))
            except engine.ConfigError as error:
                problem = f"configuration problem: {error}"
            return Session(
                folder=self.folder.root.name,
                version=engine.__version__,
                labels=[Label(label, axiom) for label, axiom in labels],
                edit_formats=EDIT_FORMATS,
                export_formats=engine.OUTPUT_FORMATS,
                problem=problem,
            )

        return await self._run(work)

    async def review(self, request: Request) -> Any:
        draft = await self._decode(request, ReviewRequest)

        def work() -> Review:
            settings, checked = self._check(draft)
            return review(checked, settings, draft.format, with_preview=draft.preview)

        return await self._run(work)

    async def preview(self, request: Request) -> Any:
        draft = await self._decode(request, Draft)
        return await self._run(lambda: preview(self._check(draft)[1]))

    async def fix(self, request: Request) -> Fixed:
        wanted = await self._decode(request, FixRequest)

        def work() -> Fixed:
            checked = self._check(wanted)[1]
            done = engine.fix(checked, wanted.fixes, wanted.unsafe)
            return Fixed(done.text or wanted.text, done.applied, done.refused)

        return await self._run(work)

    async def export(self, request: Request) -> Export:
        wanted = await self._decode(request, ExportRequest)
        if wanted.to not in engine.OUTPUT_FORMATS:
            formats = ", ".join(engine.OUTPUT_FORMATS)
            raise Refused(f"unknown output format {wanted.to!r}; use one of {formats}", 400)

        def work() -> Export:
            checked = self._check(wanted)[1]
            if checked.source is None or checked.doc is None:
                first = next(
                    (d for d in checked.diagnostics if d.severity is engine.Severity.ERROR), None
                )
                why = f": {first.message}" if first else ""
                raise Refused(f"not exported: the briefing is not valid yet{why}", 422)
            try:
                content = engine.publish(checked.source, wanted.to)
            except (engine.InvalidBriefing, engine.WriteError) as problem:
                raise Refused(f"not exported: {problem}", 422) from None
            return Export(
                slug(checked.doc.headline) + DOWNLOAD_SUFFIXES[wanted.to],
                MEDIA_TYPES[wanted.to],
                content,
            )

        return await self._run(work)

    async def files(self, request: Request) -> Any:
        return await self._run(self.folder.listing)

    async def open(self, request: Request) -> Any:
        path = request.query_params.get("path", "")
        return await self._run(lambda: self.folder.open(path))

    async def save(self, request: Request) -> Any:
        wanted = await self._decode(request, SaveRequest)
        check_size(wanted.text)
        return await self._run(
            lambda: self.folder.save(
                wanted.path,
                wanted.text,
                version=wanted.version,
                newline=wanted.newline,
                bom=wanted.bom,
            )
        )
