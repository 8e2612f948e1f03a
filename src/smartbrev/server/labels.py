"""What each label of the registry is for, in a sentence an editor can act on: shown on
hover and beside label completions. A test keeps it in step with the registry."""

from __future__ import annotations

PURPOSES: dict[str, str] = {
    "why-it-matters": "Why the reader should care: the stakes of the news, right after the lede.",
    "driving-the-news": "The event or announcement that makes this a story today.",
    "big-picture": "The wider trend or context the news belongs to.",
    "what-theyre-saying": "Quotes and reactions, each attributed to a named speaker.",
    "go-deeper": "Links to further reading; comes last.",
    "by-the-numbers": "The key figures, usually as a short bulleted list.",
    "between-the-lines": "What the news suggests that no one says outright.",
    "yes-but": "The caveat or counterpoint to what came before.",
    "whats-next": "What happens next, and when.",
    "what-to-watch": "What to keep an eye on as the story develops.",
    "zoom-in": "A close look at one detail, place or person.",
    "zoom-out": "Stepping back to the larger picture.",
    "bottom-line": "The one-sentence takeaway; often the last block.",
    "other-side": "The view of those who disagree.",
    "reality-check": "Facts that temper a claim or an expectation.",
    "flashback": "The history that explains today's news.",
    "state-of-play": "Where things stand right now.",
    "catch-up-quick": "A fast summary for readers new to the story.",
    "intrigue": "The unresolved question or tension that makes the story interesting.",
    "behind-the-scenes": "What happened out of public view, from reporting.",
    "context": "Background the reader needs to follow the story.",
    "friction-point": "Where the parties disagree or the plan could stall.",
    "threat-level": "How serious the risk is, and for whom.",
    "what-were-hearing": "What sources are telling the newsroom, not yet on the record.",
    "be-smart": "An insight that leaves the reader better informed than the headline.",
    "details": "The specifics: who, what, where, how much.",
    "how-it-works": "How the thing in the news works, step by step.",
    "whats-new": "What changed since the reader last heard about this.",
    "key-points": "The main points, usually as bullets.",
    "latest": "The most recent development in a running story.",
    "thought-bubble": "The reporter's own analysis, marked as such.",
    "one-big-thing": "The single most important story of the edition.",
    "of-note": "Smaller items worth a mention, usually a short list.",
    "better-news": "The hopeful side of a grim story.",
    "situational-awareness": "Quick news the reader should know about, outside the main story.",
    "whats-happening": "What is going on right now, in brief.",
    "meanwhile": "A related development happening at the same time.",
    "what-they-found": "The findings of a study, an audit or an investigation.",
    "what-were-watching": "What the newsroom is following as the story develops.",
    "follow-the-money": "Who pays, who gains, and how much.",
    "where-it-stands": "The current status of a bill, a case or a deal.",
    "backdrop": "The setting or history the news happens against.",
    "yes-and": "A point that strengthens what came before.",
    "worthy-of-your-time": "A recommended read, watch or listen.",
    "good-news": "The encouraging part of the story.",
    "bad-news": "The discouraging part of the story.",
    "big-question": "The open question the story raises.",
    "why-now": "Why this is happening, or being reported, at this moment.",
    "what-happened": "The sequence of events, plainly told.",
    "fine-print": "Details and conditions that are easy to miss.",
}

CUSTOM_PURPOSE = (
    "A label the registry does not know: the block is kept with `axiom: custom` and the "
    "label as written."
)
