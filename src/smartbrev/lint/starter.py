"""The commented starter configuration `smartbrev init` writes."""

from __future__ import annotations

from smartbrev.lint.registry import RULES


def starter_config() -> str:
    """A smartbrev.toml that documents itself; every rule is listed, commented out."""
    rules = "\n".join(f"# {rule.code}  {rule.name:<28} {rule.severity.value}" for rule in RULES)
    return f"""\
# smartbrev configuration. Settings here apply to this folder and the ones below it;
# the closest configuration to a file wins. In pyproject.toml, put them under
# [tool.smartbrev]. `smartbrev config PATH` shows what applies to a file.

# Inherit from another configuration file (a newsroom-wide house style, say).
# extend = "../house-style.toml"

# Which files are briefings (gitignore syntax, relative to this folder). By default
# every briefing extension, except a repository's README, LICENSE, CHANGELOG and tools'
# files (docs/configuration.md lists them). Files named on the command line are
# checked anyway, unless --force-exclude (or force-exclude = true) is given.
# include = ["briefs/**"]
# extend-exclude = ["templates/"]

# Rules to run: codes (SB201), code prefixes (SB2), names (lede-too-long) or ALL.
select = ["ALL"]
# extend-select = []
ignore = []

# Severity per rule: "error", "warning" or "info".
[severity]
# missing-headline = "error"

# Options per rule.
[rules.lede-too-long]
max-words = 35

# [rules.nonstandard-label]
# house-forms = {{ big-picture = "Big picture" }}

# The newsroom's own labels, with the variants that mean the same.
# [labels.our-take]
# label = "Our take"
# variants = ["Our view"]

# Settings for some files only.
# [[overrides]]
# files = ["archive/**"]
# ignore = ["missing-headline"]

# Every rule (see `smartbrev rule NAME`):
{rules}
"""
