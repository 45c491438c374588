"""Fragments, and the rule patterns written over them: a pattern names fragments ("{month}"),
each expanded into a named group that feeds the fragment's field, or into a plain group when it
only matches ("{~month}"); loading checks each fragment, and refuses a pattern that does not
compile or that matches the empty string, naming the file and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from timeline.errors import RuleError

__all__ = [
    "FIELDS", "Fragment", "check_references", "compile_pattern", "expand", "expand_triggers",
    "field_in", "filter_pattern", "fragment_of", "load_fragment", "split_trigger", "word_start",
]

_WORD_END = "\\b"  # ends a trigger that must end a word: "mar\\b" finds "Mar.", not "market"
FRAGMENT_KEYS = {"pattern", "field", "table", "triggers"}
FIELDS = {
    "year", "month", "day", "weekday", "season", "quarter", "half", "decade", "century",
    "number", "unit", "rel", "part", "hour", "minute", "minutes_to", "ampm", "zone", "clock",
    "offset", "holiday", "weekend", "every", "week_of_month", "day_of_month", "grain", "turn",
    "to_weekday",
}
_REFERENCE = re.compile(r"\{(~?)(\w+)\}")  # "{month}" feeds a field, "{~month}" only matches
# No expression begins inside a word. Put before every rule's pattern, it spares the regex
# engine most of the positions it would try, and halves the time rules take.
_WORD_START = r"(?!(?<=\w)\w)"


@dataclass(frozen=True)
class Fragment:
    """A named regex piece whose matched text becomes `field`, normalized through `table`. A
    piece with no field feeds none itself; the fragments it names ("{month}") feed theirs, as
    if its pattern were written in the rule."""

    name: str
    pattern: str
    field: str | None
    table: str | None
    triggers: tuple[str, ...] = ()


def fragment_of(group: str) -> str:
    """Return the fragment name behind a regex group name (repeated uses carry a suffix)."""
    return group.split("__", 1)[0]


def load_fragment(source: str, name: str, spec: dict[str, Any]) -> Fragment:
    """Return the fragment `spec` describes, refusing unknown keys and fields."""
    where = f"{source}: fragment {name!r}"
    unknown = set(spec) - FRAGMENT_KEYS
    if unknown:
        raise RuleError(
            f"{where}: unknown keys {sorted(unknown)}; expected {sorted(FRAGMENT_KEYS)}"
        )
    if "field" in spec and spec["field"] not in FIELDS:  # without one, it only matches
        raise RuleError(
            f"{where}: expected a field in {sorted(FIELDS)}, found {spec['field']!r}"
        )
    if "field" not in spec and "table" in spec:
        raise RuleError(f"{where}: a table normalizes a field; found a table and no field")
    pattern = spec.get("pattern", "")
    compile_pattern(where, pattern)
    raw = spec.get("triggers", [])
    if not isinstance(raw, list):
        raise RuleError(f"{where}: expected triggers as a list of strings, found {raw!r}")
    lowered = tuple(_trigger(where, t) for t in raw)
    return Fragment(name, pattern, spec.get("field"), spec.get("table"), lowered)


def _trigger(where: str, raw: object) -> str:
    """Return a trigger in lower case, refusing one with no text before its `_WORD_END`."""
    if not isinstance(raw, str) or not split_trigger(raw)[0]:
        raise RuleError(f"{where}: expected a trigger as a non-empty string, found {raw!r}")
    return raw.lower()


def check_references(fragments: dict[str, Fragment], tables: dict[str, Any]) -> None:
    """Refuse a fragment whose table is unknown or whose references break the nesting rule."""
    for frag in fragments.values():
        if frag.table is not None and frag.table not in tables:
            raise RuleError(f"fragment {frag.name!r}: expected a known table, found {frag.table!r}")
        for ref in _REFERENCE.finditer(frag.pattern):
            inner = fragments.get(ref.group(2))
            # A fragment without a field names fragments with one; one with a field may take
            # a piece of pattern ({~piece}) from a fragment without one.
            piece = frag.field is not None and bool(ref.group(1))
            if inner is None or (inner.field is None) != piece:
                raise RuleError(
                    f"fragment {frag.name!r}: expected references to fragments with a field in "
                    f"a fragment without one, or {{~piece}} of a fragment without a field in "
                    f"a fragment with one; found {ref.group(0)}"
                )


def expand(where: str, pattern: str, fragments: dict[str, Fragment]) -> re.Pattern[str]:
    """Compile a rule's pattern, each fragment it names a group feeding the fragment's field
    (named after it, with a suffix from its second use on)."""
    uses: dict[str, int] = {}

    def group(m: re.Match[str], only_match: bool = False) -> str:
        frag = _named(where, m, fragments)
        matches_only = only_match or bool(m.group(1))
        if frag.field is None:  # its own pieces feed their fields, unless it only matches
            return "(?:" + _REFERENCE.sub(lambda n: group(n, matches_only), frag.pattern) + ")"
        inner = _REFERENCE.sub(lambda n: group(n, True), frag.pattern)  # its {~piece}s
        if matches_only:
            return f"(?:{inner})"
        uses[frag.name] = uses.get(frag.name, 0) + 1
        name = frag.name if uses[frag.name] == 1 else f"{frag.name}__{uses[frag.name]}"
        return f"(?P<{name}>{inner})"

    return compile_pattern(where, _WORD_START + _REFERENCE.sub(group, pattern))


def filter_pattern(
    where: str, pattern: str | None, fragments: dict[str, Fragment]
) -> re.Pattern[str] | None:
    """Compile a rule's filter: its fragments only match, ignoring case as in a pattern (the
    rest of a filter is as case-sensitive as written)."""
    if pattern is None:
        return None

    def matching(m: re.Match[str]) -> str:
        frag = _named(where, m, fragments)
        return "(?i:(?:" + _REFERENCE.sub(matching, frag.pattern) + "))"

    try:
        return re.compile(_REFERENCE.sub(matching, pattern))
    except re.error as exc:
        raise RuleError(f"{where}: filter pattern does not compile: {exc}") from None


def _named(where: str, m: re.Match[str], fragments: dict[str, Fragment]) -> Fragment:
    frag = fragments.get(m.group(2))
    if frag is None:
        raise RuleError(f"{where}: pattern names unknown fragment {{{m.group(2)}}}")
    return frag


def word_start(trigger: str) -> str:
    """Return a regex finding `trigger` where the engine looks for it: word triggers at a word
    start, others anywhere; one ending in `_WORD_END` only where no letter follows it."""
    stem, whole = split_trigger(trigger)
    start = "(?<![a-z])" if stem[0].isalpha() else ""
    return start + re.escape(stem) + ("(?![a-z])" if whole else "")


def split_trigger(trigger: str) -> tuple[str, bool]:
    """Return a trigger's text and whether it must end a word ("mar\\b": "Mar.", not "market")."""
    if trigger.endswith(_WORD_END):
        return trigger[:-len(_WORD_END)], True
    return trigger, False


def expand_triggers(
    where: str, raw: list[str] | None, fragments: dict[str, Fragment]
) -> tuple[str, ...]:
    """Expand a rule's triggers: literal strings, or "{fragment}" for a fragment's own."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"{where}: expected triggers as a non-empty list, found {raw!r}")
    found: list[str] = []
    for item in raw:
        m = _REFERENCE.fullmatch(item)
        if m:
            frag = fragments.get(m.group(2))
            if frag is None or not frag.triggers:
                raise RuleError(f"{where}: trigger {item!r} names no fragment with triggers")
            found.extend(frag.triggers)
        else:
            found.append(_trigger(where, item))
    return tuple(dict.fromkeys(found))


def compile_pattern(where: str, pattern: str) -> re.Pattern[str]:
    """Compile a pattern, refusing one that does not compile or that matches nothing at all."""
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: pattern does not compile: {exc}") from None
    if regex.fullmatch(""):
        raise RuleError(f"{where}: pattern matches the empty string")
    return regex


def field_in(word: str, groups: set[str], fragments: dict[str, Fragment]) -> bool:
    """Return True when one of the fragments behind `groups` feeds the field `word`."""
    return any(fragments[g].field == word for g in groups if g in fragments)
