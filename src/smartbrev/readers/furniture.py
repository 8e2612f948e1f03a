"""Page furniture: the text a page prints around a story that is not part of it.

Relative times, image and chart credits, share buttons, sign-up prompts, newsletter
greetings, counts and sign-offs ("Thanks for reading", "This newsletter was edited by ...",
an unsubscribe line). Readers set such lines aside (kept, and reported) so that they
never become a headline, a lede or the end of a block. Each test here looks at one line
on its own; where on the page a line stands is the page reader's business.
"""

from __future__ import annotations

import re
from functools import lru_cache

from smartbrev.axioms import strip_decoration
from smartbrev.dates import MONTH_NAMES as _MONTH_NAMES
from smartbrev.dates import is_date_without_year
from smartbrev.patterns import Lazy
from smartbrev.words import LINK_TARGET

_TIME_UNITS = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_RELATIVE = re.compile(
    rf"^(?:updated\s+)?(?:(?:\d+|an?|one)\s+{_TIME_UNITS}\s+ago|just now|yesterday)"
    r"(?:\s*[-\u2013\u2014|\u00b7\u2022]\s*[^.!?]{1,60})?$",
    re.IGNORECASE,
)
_CREDIT_WORDS = (
    r"(?:photo(?:graph)?s?|illustrations?|images?|charts?|maps?|graphics?|videos?|"
    r"animations?|screenshots?|gifs?|photo illustration|data visualization|tables?)"
)
_CREDIT = re.compile(rf"^{_CREDIT_WORDS}(?: credit)?\s*:\s*\S", re.IGNORECASE)
_CREDIT_BY = re.compile(rf"^{_CREDIT_WORDS}\s+(?:by|courtesy of)\s+[A-Z]", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(
    rf"[.!?\u201d\")]\s+(?:{_CREDIT_WORDS})\s*:\s*[^.!?]{{2,80}}$", re.IGNORECASE
)
_SOURCE_CREDIT = re.compile(r"^(?:data|source|sources|reproduced from)\b", re.IGNORECASE)
_SECOND_CREDIT = Lazy(r"[;.)]\s*(?:chart|map|table|graphic)s?\s*:", re.IGNORECASE)
_ALT_TEXT = re.compile(
    r"^(?:an?\s+)?(?:illustration|photo(?:graph)?|image|picture|graphic|drawing|rendering)s?"
    r"\s+(?:of|showing|shows)\s",
    re.IGNORECASE,
)
_SHARE = frozenset(
    {
        "share",
        "share this",
        "share this:",
        "share this story",
        "share this article",
        "share on facebook",
        "share on x",
        "share on twitter",
        "share on linkedin",
        "share on whatsapp",
        "share on reddit",
        "share on bluesky",
        "share via email",
        "share by email",
        "email",
        "print",
        "copy link",
        "copy url",
        "link copied",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "reddit",
        "bluesky",
        "save",
        "save article",
        "expand chart",
        "expand image",
        "enlarge this image",
        "view in browser",
        "view this email in your browser",
        "open in app",
    }
)
_PROMO = re.compile(
    r"^(?:add axios as (?:a |your )?preferred source"
    r"|read the (?:full|whole) (?:article|story)"
    r"|(?:was this (?:email|newsletter) forwarded|forwarded this (?:email|newsletter))"
    r"|get more .{1,60} in your inbox"
    r"|the post .{1,200} appeared first on "
    r"|you(?:'|\u2019)re receiving this"
    r"|posted in\s"
    r"|(?:presented|sponsored|brought to you|powered) by\s"
    r"|today(?:'|\u2019)s (?:newsletter|count|weather)\b"
    r"|smart brevity(?:\u2122)? count\b"
    r"|happy birthday to\b"
    r"|subscribe (?:to|here|now|for)\b"
    r"|sign up (?:here|now|for|to)\b"
    r"|support local journalism\b"
    r"|download the .{1,40} app\b"
    r"|thanks for reading\b"
    r"|this (?:newsletter|edition|email|issue) was (?:edited|produced|written) by\b"
    r"|thanks to (?:our )?(?:copy )?editors?\b"
    r"|want to advertise\b)",
    re.IGNORECASE,
)
_PROMO_END = Lazy(
    r"\b(?:register here|rsvp here|sign up here|subscribe here|get tickets here|sign up now)"
    r"[.!]?(?:\s*:?\s*\S+)?$",
    re.IGNORECASE,
)
_UNSUBSCRIBE = Lazy(r"(?:^|[.!?|\u00b7]\s+)unsubscribe(?: here)?[.!]?$", re.IGNORECASE)
"""A newsletter's closing line: the sender's address, then "Unsubscribe" (the link's text)."""
_COUNT = Lazy(
    r"\b[\d,]+ words\b.{0,30}\b(?:minutes?|min\.?)(?:[- ]read)?\b|"
    r"\b\d+(?:\.\d+)?[- ]minute read\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|happy (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|weekend|holidays|new year)|hello|hi|hey|howdy|welcome back"
    r"|greetings)\b[^:]{0,80}$",
    re.IGNORECASE,
)
_MAX_WORDS = 30
"""Furniture is short: a longer line is story text, whatever it starts with."""

_TIME_WORDS = frozenset({"updated", "a", "an", "one", "just", "yesterday"})
_CREDIT_STARTS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "illustration",
        "illustrations",
        "image",
        "images",
        "chart",
        "charts",
        "map",
        "maps",
        "graphic",
        "graphics",
        "video",
        "videos",
        "animation",
        "animations",
        "screenshot",
        "screenshots",
        "gif",
        "gifs",
        "table",
        "tables",
        "data",
        "source",
        "sources",
        "reproduced",
    }
)
_PROMO_STARTS = frozenset(
    {
        "add",
        "read",
        "was",
        "forwarded",
        "get",
        "the",
        "you're",
        "you\u2019re",
        "posted",
        "presented",
        "sponsored",
        "brought",
        "powered",
        "today's",
        "today\u2019s",
        "smart",
        "happy",
        "subscribe",
        "sign",
        "support",
        "download",
        "thanks",
        "this",
        "want",
    }
)
"""The first words furniture can start with: other lines are looked at no further (most
lines of a draft are story, and are passed over at the cost of one split)."""
_PROMO_HINT = re.compile(r"here|rsvp|tickets|now|words|minute|min\.|unsubscribe")
"""A word that promos ending with a call to act, and word counts, hold."""


def _short(text: str, words: int = _MAX_WORDS) -> bool:
    # At most `words` + 1 pieces: a long paragraph is not split to its end.
    return len(text.split(None, words)) <= words


def is_relative_time(line: str) -> bool:
    """ "18 hours ago", "Updated 3 hours ago - Politics & Policy", "Just now"."""
    return bool(_RELATIVE.match(line.strip()))


def is_credit(line: str) -> bool:
    """An image or chart credit: "Photo: ...", "Illustration: ...", "Data: ...; Chart: ..."."""
    text = strip_decoration(line.strip())
    # The anchored patterns fail at once on most lines: they go before counting words.
    found = (
        _CREDIT.match(text)
        or _CREDIT_BY.match(text)
        or (_SOURCE_CREDIT.match(text) and _SECOND_CREDIT.search(text))
    )
    return bool(found) and "://" not in text and _short(text)


def caption_credit(line: str) -> int | None:
    """Where the credit starts in a caption that ends with one ("... in 2023. Photo: ...")."""
    text = line.rstrip()
    if ":" not in text or not _short(text, 60):
        return None
    match = _CAPTION_CREDIT.search(text)
    if match is None:
        return None
    start = match.start() + 1  # after the caption's closing punctuation
    return len(text) - len(text[start:].lstrip())


def is_alt_text(line: str) -> bool:
    """A description of an image left behind by a copy ("Illustration of a calendar")."""
    text = line.strip()
    return _short(text, 25) and bool(_ALT_TEXT.match(text)) and not text.endswith(":")


@lru_cache(maxsize=4096)
def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line is, wherever it stands, or None.

    Remembered per line: a page's lines are asked about more than once (where they stand,
    then what they are), and again when a fix is checked by reading the text back."""
    text = strip_decoration(line.strip())
    if not text or len(text) > 12 * _MAX_WORDS:
        return None
    lower = text.lower()
    if lower.rstrip(":") in _SHARE or lower in _SHARE:
        return "share button"
    first = lower.split(maxsplit=1)[0].rstrip(":,")
    if (first[0].isdigit() or first in _TIME_WORDS) and is_relative_time(text):
        return "relative time"
    if first in _CREDIT_STARTS and is_credit(text):
        return "credit"
    if not _short(text):
        return None
    if first in _PROMO_STARTS and _PROMO.match(text):
        return "promotion"
    if _PROMO_HINT.search(lower) and (
        _PROMO_END.search(text) or _COUNT.search(text) or _UNSUBSCRIBE.search(text)
    ):
        return "promotion"
    return None


_LINK = re.compile(r"\[([^\]\n]*)" + LINK_TARGET.pattern)


def plain(text: str) -> str:
    """A line as a reader sees it: without emphasis markers around it and with links as
    their text (`**Photo:** ...` is a credit, `[Share on X](https://...)` a share button)."""
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    return text.strip().strip("*_").strip()


_SHARE_STARTS = frozenset(entry.split()[0].rstrip(":") for entry in _SHARE)
_BODY_WORDS = _TIME_WORDS | _CREDIT_STARTS | _PROMO_STARTS | _SHARE_STARTS
"""The first words a line of furniture can have."""


def _first_word(line: str) -> str:
    """A line's first word, lower-cased, past markup, bullets and an emoji before it."""
    head = line[:48].lstrip(" *_[")
    if head and not head[0].isalnum():
        head = strip_decoration(head)
    word = head.split(maxsplit=1)[0] if head else ""
    return word.lower().rstrip(":,.!?")


def body_furniture(line: str) -> str | None:
    """Furniture standing among a story's paragraphs (a credit under a chart, share
    buttons, a promo): `furniture_kind`, behind a test of the first word that story
    paragraphs, nearly all of them, fail at once."""
    if len(line) > 12 * _MAX_WORDS:
        return None
    text = plain(line) if "](" in line[:64] else line
    word = _first_word(text)
    if not word or not (word[0].isdigit() or word in _BODY_WORDS):
        return None
    return furniture_kind(plain(text))


_TOP_WORDS = _BODY_WORDS | frozenset(
    {
        "good",
        "hello",
        "hi",
        "hey",
        "howdy",
        "welcome",
        "greetings",
        "picture",
        "drawing",
        "rendering",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        *(name for name in _MONTH_NAMES),
    }
)
"""The first words furniture above a story can have (greetings, issue dates, image
descriptions besides what `body_furniture` looks for)."""


def top_furniture(line: str) -> bool:
    """Furniture above a story: what `body_furniture` finds, and greetings, a newsletter's
    issue date without its year, a description of an image left behind."""
    if len(line) > 12 * _MAX_WORDS:
        return False
    text = plain(line)
    word = _first_word(text)
    if not word:
        return False
    if not (word[0].isdigit() or word in _TOP_WORDS or _PROMO_HINT.search(text.lower())):
        return False
    return bool(
        furniture_kind(text)
        or is_greeting(text)
        or is_alt_text(text)
        or is_date_without_year(strip_decoration(text))
    )


def is_greeting(line: str) -> bool:
    """A newsletter's greeting: "Happy Tuesday!", "Good morning, Seattle."."""
    text = strip_decoration(line.strip())
    return _short(text, 20) and bool(_GREETING.match(text))
