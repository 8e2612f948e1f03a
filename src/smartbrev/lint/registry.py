"""Every rule, listed explicitly. Codes are permanent: a retired code is never reused."""

from __future__ import annotations

from smartbrev.lint.rule import Rule
from smartbrev.lint.rules import (
    bare_url,
    briefing_too_long,
    duplicate_block,
    duplicate_item,
    edition_too_long,
    empty_block,
    go_deeper_not_last,
    go_deeper_without_link,
    headline_too_long,
    hedge_words,
    item_without_headline,
    jargon,
    lede_multiple_sentences,
    lede_too_long,
    missing_byline,
    missing_headline,
    missing_lede,
    missing_why_it_matters,
    misspelled_label,
    mojibake,
    nonstandard_label,
    paragraph_too_long,
    passive_voice,
    sentence_too_long,
    speaker_without_quote,
    straight_quotes,
    too_many_blocks,
    too_many_bullets,
    unattributed_quote,
    unbalanced_quotes,
    unknown_label,
    unknown_rule_in_suppression,
    unsafe_link,
    unused_suppression,
    weak_intensifiers,
    why_it_matters_not_first,
    why_it_matters_too_long,
)

RULES: tuple[Rule, ...] = (
    missing_lede.RULE,
    missing_why_it_matters.RULE,
    why_it_matters_not_first.RULE,
    empty_block.RULE,
    duplicate_block.RULE,
    go_deeper_not_last.RULE,
    missing_byline.RULE,
    missing_headline.RULE,
    item_without_headline.RULE,
    duplicate_item.RULE,
    too_many_blocks.RULE,
    headline_too_long.RULE,
    lede_too_long.RULE,
    lede_multiple_sentences.RULE,
    why_it_matters_too_long.RULE,
    paragraph_too_long.RULE,
    sentence_too_long.RULE,
    too_many_bullets.RULE,
    briefing_too_long.RULE,
    edition_too_long.RULE,
    misspelled_label.RULE,
    nonstandard_label.RULE,
    unknown_label.RULE,
    unattributed_quote.RULE,
    unbalanced_quotes.RULE,
    straight_quotes.RULE,
    speaker_without_quote.RULE,
    hedge_words.RULE,
    weak_intensifiers.RULE,
    passive_voice.RULE,
    jargon.RULE,
    mojibake.RULE,
    go_deeper_without_link.RULE,
    unsafe_link.RULE,
    bare_url.RULE,
    unused_suppression.RULE,
    unknown_rule_in_suppression.RULE,
)

RETIRED_CODES: frozenset[str] = frozenset()
"""Codes of removed rules; never given to a new rule."""

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {name: rule for rule in RULES for name in (rule.name, *rule.aliases)}


def find(selector: str) -> Rule | None:
    """The rule a code or name (or former name) refers to."""
    return BY_CODE.get(selector.upper()) or BY_NAME.get(selector.lower())
