"""Every rule's own examples, run through the whole tagger (selection, modifiers, resolution)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag
from timeline.tagger.rulebook import Example, Rule, default_rulebook

CASES = [
    pytest.param(rule, example, id=f"{rule.name}:{example.text}")
    for rule in default_rulebook().rules
    for example in rule.examples
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    text = example.context or example.text
    mentions = tag(text, example.anchor)
    start = text.index(example.text)
    end = start + len(example.text)
    # A modifier before the example ("mid-" in "mid-November") joins the mention.
    found = [m for m in mentions if m.end == end and
             (m.start == start or (example.mod and m.start < start))]
    assert found, f"{rule.name}: no mention {example.text!r} in {mentions}"
    assert found[0].value == example.value
    assert found[0].type == rule.type
    if example.mod:
        assert found[0].mod == example.mod


def test_every_rule_has_examples_and_triggers_or_a_reason() -> None:
    rules = default_rulebook().rules
    assert len(rules) > 60
    assert all(rule.examples for rule in rules)
    assert all(rule.triggers for rule in rules)
