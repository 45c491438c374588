"""Load the temporal rules (TOML data) and validate them before any text is tagged.

A rulebook is three kinds of data: fragments (named regex pieces, each feeding a field),
tables (text -> normalized value) and rules (a pattern over fragments, a TIMEX3 type, how to
compute the value, and examples). Loading refuses, with a `RuleError` naming the file and the
rule: unknown keys, unknown fragments or tables, patterns that do not compile or that match the
empty string, offsets over unknown fields, and examples their own rule does not match.
Fragments, and the patterns written over them, are `patterns`' job.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.errors import RuleError
from timeline.tagger.calendar import holiday
from timeline.tagger.patterns import (
    FIELDS,
    Fragment,
    check_references,
    expand,
    expand_triggers,
    field_in,
    filter_pattern,
    fragment_of,
    load_fragment,
    word_start,
)

__all__ = ["Example", "Rule", "Rulebook", "default_rulebook", "load_rulebook"]

TYPES = ("DATE", "TIME", "DURATION", "SET")
# What a relative expression counts from: the document's date, the date the text last
# mentioned, that date only when it is a fiscal period (a quarter or half), the quarter or
# half last mentioned however many dates came after it (itself, or only if it has ended), the
# last date only when it is a day, or the last day that stood alone on its line (a heading
# over a list of times).
REFERENCES = ("document", "previous", "period", "last_period", "same_period", "closed_period",
              "day", "heading")
RULE_KEYS = {
    "name", "type", "pattern", "examples", "value", "fields", "offset", "reference", "mod",
    "priority", "exclude_after", "exclude_before", "require_before", "sets_reference",
    "triggers", "names_unit", "tenseless", "shifts_date", "ends_on_date",
}
REQUIRED_RULE_KEYS = ("name", "type", "pattern", "examples")
EXAMPLE_KEYS = {"text", "value", "anchor", "context", "mod"}
_NEVER = re.compile(r"(?!)")  # matches nothing
_OFFSET_TERM = re.compile(r"-?(?:\d+|[a-z_]+)")


@dataclass(frozen=True)
class Example:
    """Text the rule must match whole, and the value it must give against `anchor`."""

    text: str
    value: str
    anchor: str = "2020-02-24"
    context: str | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Rule:
    """One compiled rule."""

    name: str
    type: str
    source: str
    pattern: str
    regex: re.Pattern[str]
    examples: tuple[Example, ...]
    value: str | None = None
    fields: tuple[tuple[str, Any], ...] = ()
    offset: str | None = None
    reference: str = "document"  # one of REFERENCES
    mod: str | None = None
    priority: int = 0
    exclude_after: re.Pattern[str] | None = None
    exclude_before: re.Pattern[str] | None = None
    require_before: re.Pattern[str] | None = None
    sets_reference: bool = True
    # "the following year" names a year even after a day; "a year earlier" keeps the precision
    # of the date it counts from.
    names_unit: bool = False
    # Neither the sentence's tense nor nearness places it: its shape's default does, and a
    # sentence that looks ahead takes the nearest. "second-quarter profit" in February is the
    # last second quarter, not the one about to begin; "will report third-quarter results" in
    # November the quarter just closed, and in September "fourth-quarter results" the coming one.
    tenseless: bool = False
    # The offset moves the date the match names, not the anchor: "the day after Christmas".
    # The result keeps that date's precision, or with names_unit takes the unit's: "the week
    # of March 6" is a week.
    shifts_date: bool = False
    # The unit ends on the date the match names, and is the calendar unit its middle lies in:
    # "the quarter ended July 31" ran from May to July, the second quarter.
    ends_on_date: bool = False
    # Lowercase strings one of which every match contains; the engine scans only near them.
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rulebook:
    """Fragments, tables and rules, validated."""

    fragments: dict[str, Fragment]
    tables: dict[str, dict[str, Any]]
    rules: tuple[Rule, ...]
    modifiers: re.Pattern[str] = field(default=_NEVER)  # "early", "more than" before
    postmodifiers: re.Pattern[str] = field(default=_NEVER)  # "or so", "or more" after

    def normalize(self, table: str, text: str) -> Any:
        """Return the table's value for `text` (case, curly quotes and a final "." ignored)."""
        return self.tables[table].get(table_key(text))


def table_key(text: str) -> str:
    """Return the lookup key of a table entry for `text`."""
    return " ".join(text.lower().replace("’", "'").rstrip(".").split())


def load_rulebook(folder: Path | None = None) -> Rulebook:
    """Load and validate every `*.toml` file in `folder` (default: the bundled English rules)."""
    files = _files(folder)
    fragments: dict[str, Fragment] = {}
    tables: dict[str, dict[str, Any]] = {}
    raw_rules: list[tuple[str, dict[str, Any]]] = []
    for name, text in files:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{name}: expected valid TOML, found an error: {exc}") from None
        unknown = set(data) - {"fragment", "table", "rule"}
        if unknown:
            raise RuleError(
                f"{name}: expected sections fragment, table, rule; found {sorted(unknown)}"
            )
        for frag_name, spec in data.get("fragment", {}).items():
            fragments[frag_name] = load_fragment(name, frag_name, spec)
        for table_name, entries in data.get("table", {}).items():
            if table_name == "holiday":
                _check_holidays(name, entries)
            tables.setdefault(table_name, {}).update(
                {table_key(k): v for k, v in entries.items()}
            )
        raw_rules.extend((name, spec) for spec in data.get("rule", []))
    check_references(fragments, tables)
    rules = tuple(_rule(source, spec, fragments, tables) for source, spec in raw_rules)
    names = [r.name for r in rules]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RuleError(f"expected unique rule names, found duplicates: {duplicates}")
    before = _phrases(tables, "modifier", r"(?:^|(?<=[\s(\"“]))(?P<mod>{})\s*$")
    after = _phrases(tables, "postmodifier", r"(?<=\w)\s+(?P<mod>{})\b")
    return Rulebook(fragments, tables, rules, before, after)


def _check_holidays(where: str, entries: dict[str, Any]) -> None:
    for key, spec in entries.items():
        try:
            holiday(str(spec), 2000)
        except (ValueError, TypeError, IndexError) as exc:
            raise RuleError(f"{where}: holiday {key!r}: expected a spec such as '12-25', "
                            f"'11-4-4' or 'easter -2', found {spec!r}") from exc


def _phrases(tables: dict[str, dict[str, Any]], table: str, template: str) -> re.Pattern[str]:
    """Return a regex for the phrases of `table` (longest first) set in `template`."""
    phrases = sorted(tables.get(table, {}), key=len, reverse=True)
    if not phrases:
        return _NEVER
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(template.format(alternatives), re.IGNORECASE)


@cache
def default_rulebook() -> Rulebook:
    """Return the bundled English rulebook, loaded once per process."""
    return load_rulebook()


def _files(folder: Path | None) -> list[tuple[str, str]]:
    if folder is not None:
        paths = sorted(folder.glob("*.toml"))
        if not paths:
            raise RuleError(f"{folder}: expected *.toml rule files, found none")
        return [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    root = resources.files("timeline.tagger").joinpath("resources/en")
    entries = sorted((e for e in root.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)
    return [(f"resources/en/{e.name}", e.read_text(encoding="utf-8")) for e in entries]


def _rule(
    source: str,
    spec: dict[str, Any],
    fragments: dict[str, Fragment],
    tables: dict[str, dict[str, Any]],
) -> Rule:
    name = spec.get("name", "?")
    where = f"{source}: rule {name!r}"
    missing = [k for k in REQUIRED_RULE_KEYS if k not in spec]
    if missing:
        raise RuleError(f"{where}: missing required keys {missing}")
    unknown = set(spec) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}; expected {sorted(RULE_KEYS)}")
    if spec["type"] not in TYPES:
        raise RuleError(f"{where}: expected type in {TYPES}, found {spec['type']!r}")

    regex = expand(where, spec["pattern"], fragments)
    group_names = {fragment_of(g) for g in regex.groupindex}
    fields = spec.get("fields", {})
    bad_fields = set(fields) - FIELDS
    if bad_fields:
        raise RuleError(f"{where}: fields {sorted(bad_fields)} are not among {sorted(FIELDS)}")
    offset = spec.get("offset")
    if offset is not None:
        offset = str(offset)
        for term in offset.split("*"):
            if not _OFFSET_TERM.fullmatch(term):
                raise RuleError(f"{where}: offset term {term!r} is not an integer or a name")
            word = term.lstrip("-")
            known = word.isdigit() or word in group_names or word in fields
            if not known and (word not in FIELDS or not field_in(word, group_names, fragments)):
                raise RuleError(
                    f"{where}: offset names {word!r}, which the pattern does not capture"
                )
    # A group that is not a fragment is a shift word ("earlier", "the next"), read through the
    # `shift` table by the offset that names it.
    words = group_names - set(fragments)
    unused = sorted(w for w in words if w not in (offset or "").replace("-", "").split("*"))
    if unused:
        raise RuleError(f"{where}: groups {unused} are neither fragments nor used by the offset")
    if words and "shift" not in tables:
        raise RuleError(f"{where}: shift words need a 'shift' table, found none")
    has_unit = "unit" in fields or field_in("unit", group_names, fragments)
    if spec.get("shifts_date") and (offset is None or not has_unit):
        raise RuleError(f"{where}: shifts_date needs an offset and a unit (fixed or matched), "
                        f"found offset {offset!r} and fields {sorted(fields)}")
    if spec.get("ends_on_date") and not spec.get("shifts_date"):
        raise RuleError(f"{where}: ends_on_date needs shifts_date, found none")
    if spec.get("reference", "document") not in REFERENCES:
        raise RuleError(
            f"{where}: expected reference in {REFERENCES}, found {spec.get('reference')!r}"
        )
    triggers = expand_triggers(where, spec.get("triggers"), fragments)
    examples = []
    for raw in spec["examples"]:
        if not isinstance(raw, dict) or set(raw) - EXAMPLE_KEYS or not {"text", "value"} <= set(
                raw) or not all(isinstance(v, str) for v in raw.values()):
            raise RuleError(f"{where}: expected examples as {{text, value[, anchor, context]}}, "
                            f"found {raw!r}")
        example = Example(**raw)
        haystack = example.context or example.text
        if not any(m.group(0) == example.text for m in regex.finditer(haystack)):
            raise RuleError(
                f"{where}: example {example.text!r} does not match the rule's pattern"
                + (f" in its context {haystack!r}" if example.context else "")
            )
        if triggers and not any(re.search(word_start(t), haystack.lower()) for t in triggers):
            raise RuleError(f"{where}: example {example.text!r} holds none of the rule's triggers")
        examples.append(example)
    if not examples:
        raise RuleError(f"{where}: expected at least one example, found none")
    return Rule(
        name=name,
        type=spec["type"],
        source=source,
        pattern=spec["pattern"],
        regex=regex,
        examples=tuple(examples),
        value=spec.get("value"),
        fields=tuple(sorted(fields.items())),
        offset=offset,
        reference=spec.get("reference", "document"),
        mod=spec.get("mod"),
        priority=int(spec.get("priority", 0)),
        exclude_after=filter_pattern(where, spec.get("exclude_after"), fragments),
        exclude_before=filter_pattern(where, spec.get("exclude_before"), fragments),
        require_before=filter_pattern(where, spec.get("require_before"), fragments),
        sets_reference=bool(spec.get("sets_reference", True)),
        names_unit=bool(spec.get("names_unit", False)),
        tenseless=bool(spec.get("tenseless", False)),
        shifts_date=bool(spec.get("shifts_date", False)),
        ends_on_date=bool(spec.get("ends_on_date", False)),
        triggers=triggers,
    )
