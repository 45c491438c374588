"""Rules are validated when they load: each kind of mistake is refused with file and rule."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from timeline.errors import RuleError
from timeline.tagger import Tagger
from timeline.tagger.rulebook import load_rulebook
from timeline.tagger.vocabulary import parse_tense_words, tense_words

FRAGMENTS = """
[fragment.month]
field = "month"
table = "month"
triggers = ["jan"]
pattern = "jan(?:uary)?"

[table.month]
january = 1
jan = 1
"""

def write(tmp_path: Path, rules: str, fragments: str = FRAGMENTS) -> Path:
    (tmp_path / "fragments.toml").write_text(fragments, encoding="utf-8")
    (tmp_path / "rules.toml").write_text(rules, encoding="utf-8")
    return tmp_path


def rule(**overrides: str) -> str:
    fields = {
        "name": '"r"', "type": '"DATE"', "pattern": '"{month}"',
        "examples": '[{ text = "January", value = "2020-01" }]',
    }
    fields.update(overrides)
    return "[[rule]]\n" + "\n".join(f"{k} = {v}" for k, v in fields.items() if v) + "\n"


def test_a_valid_custom_rulebook_tags(tmp_path: Path) -> None:
    book = load_rulebook(write(tmp_path, rule()))
    (m,) = Tagger(book).tag("Since January prices rose.", "2020-02-24")
    assert (m.text, m.value, m.rule) == ("January", "2020-01", "r")


def test_a_match_only_fragment_feeds_no_field(tmp_path: Path) -> None:
    pattern = '"{month}(?=\\\\s+and\\\\s+{~month})"'
    examples = '[{ text = "jan", value = "2020-01", context = "jan and january" }]'
    book = load_rulebook(write(tmp_path, rule(pattern=pattern, examples=examples)))
    (m,) = Tagger(book).tag("Both jan and january.", "2020-02-24")
    assert (m.text, m.value) == ("jan", "2020-01")
    assert list(book.rules[0].regex.groupindex) == ["month"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"colour": '"red"'}, "unknown keys ['colour']"),
        ({"pattern": '"{moon}"'}, "unknown fragment {moon}"),
        ({"pattern": '"{~moon}"'}, "unknown fragment {moon}"),
        ({"pattern": '"(?:x)?"'}, "matches the empty string"),
        ({"pattern": '"(unclosed"'}, "does not compile"),
        ({"type": '"INSTANT"'}, "expected type in"),
        ({"examples": '[{ text = "February", value = "2020-02" }]'}, "does not match the rule"),
        ({"examples": "[]"}, "at least one example"),
        ({"examples": '[{ text = "January" }]'}, "expected examples as"),
        ({"examples": '[{ text = "January", value = 2020 }]'}, "expected examples as"),
        ({"offset": '"weeks"'}, "offset names 'weeks'"),
        ({"reference": '"yesterday"'}, "expected reference in"),
        ({"triggers": '["feb"]'}, "holds none of the rule's triggers"),
        ({"triggers": '["janu\\\\b"]'}, "holds none of the rule's triggers"),
        ({"triggers": '["\\\\b"]'}, "expected a trigger as a non-empty string"),
        ({"fields": "{ colour = 1 }"}, "not among"),
        ({"name": ""}, "missing required keys ['name']"),
        ({"shifts_date": "true"}, "shifts_date needs an offset and a unit"),
        ({"ends_on_date": "true"}, "ends_on_date needs shifts_date"),
    ],
)
def test_invalid_rules_are_refused(tmp_path: Path, overrides: dict[str, str], message: str) -> None:
    with pytest.raises(RuleError, match=r"rules\.toml") as error:
        load_rulebook(write(tmp_path, rule(**overrides)))
    assert message in str(error.value)


def test_a_trigger_marked_to_end_a_word_skips_longer_words(tmp_path: Path) -> None:
    fragments = FRAGMENTS.replace('["jan"]', '["jan\\\\b"]')
    rules = rule(pattern='"{month}|jan\\\\w+"', triggers='["{month}"]',
                 examples='[{ text = "Jan", value = "2020-01" }]')
    tagger = Tagger(load_rulebook(write(tmp_path, rules, fragments)))
    assert tagger.rulebook.rules[0].triggers == ("jan\\b",)
    assert [m.text for m in tagger.tag("Sales fell in Jan. and rose.", "2020-02-24")] == ["Jan"]
    # "Janet" would match the pattern, but holds no trigger: the rule does not run there
    assert tagger.tag("Janet left.", "2020-02-24") == []


def test_duplicate_rule_names(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="duplicates: \\['r'\\]"):
        load_rulebook(write(tmp_path, rule() + rule()))


def test_a_fragment_without_a_field(tmp_path: Path) -> None:
    fragments = FRAGMENTS + (
        '[fragment.early]\npattern = "early"\n'
        '[fragment.month_pair]\npattern = "{month}\\\\s+or\\\\s+{month}"\n'
    )
    pattern = '"{~early}\\\\s+{month}"'
    examples = '[{ text = "early jan", value = "2020-01" }]'
    book = load_rulebook(write(tmp_path, rule(pattern=pattern, examples=examples), fragments))
    (m,) = Tagger(book).tag("In early January it fell.", "2020-02-24")
    assert (m.text, m.value) == ("early January", "2020-01")
    # one that names fragments stands for its pattern: they feed their fields
    examples = '[{ text = "jan or january", value = "2020-01" }]'
    book = load_rulebook(write(tmp_path, rule(pattern='"{month_pair}"', examples=examples),
                               fragments))
    assert list(book.rules[0].regex.groupindex) == ["month", "month__2"]
    book = load_rulebook(write(tmp_path, rule(pattern='"{~month_pair}"', examples=examples),
                               fragments))
    assert list(book.rules[0].regex.groupindex) == []
    with pytest.raises(RuleError, match="a table normalizes a field"):
        broken = fragments.replace('"early"\n', '"early"\ntable = "month"\n')
        load_rulebook(write(tmp_path, rule(), broken))
    # one with a field takes a piece of pattern from one without, which feeds no field
    pieced = fragments.replace('"jan(?:uary)?"', '"(?:{~early}\\\\s+)?jan(?:uary)?"')
    book = load_rulebook(write(tmp_path, rule(), pieced))
    assert list(book.rules[0].regex.groupindex) == ["month"]
    assert book.rules[0].regex.search("early jan") is not None
    with pytest.raises(RuleError, match=r"fragment 'month': expected references"):
        load_rulebook(write(tmp_path, rule(), fragments.replace('"jan(?:uary)?"', '"{early}"')))


def test_a_filter_names_fragments_that_only_match(tmp_path: Path) -> None:
    fragments = FRAGMENTS + '[fragment.early]\npattern = "early\\\\s+"\n'
    book = load_rulebook(write(tmp_path, rule(exclude_before='"{~early}$"'), fragments))
    tagger = Tagger(book)
    assert tagger.tag("It fell in early January.", "2020-02-24") == []
    assert tagger.tag("Early January saw it fall.", "2020-02-24") == []  # case as in a pattern
    assert [m.text for m in tagger.tag("It fell in January.", "2020-02-24")] == ["January"]
    with pytest.raises(RuleError, match=r"unknown fragment \{moon\}"):
        load_rulebook(write(tmp_path, rule(exclude_before='"{~moon}$"'), fragments))


def test_fragment_problems(tmp_path: Path) -> None:
    bad = FRAGMENTS.replace('field = "month"', 'field = "colour"')
    with pytest.raises(RuleError, match="fragment 'month': expected a field"):
        load_rulebook(write(tmp_path, rule(), bad))
    with pytest.raises(RuleError, match="expected a known table"):
        load_rulebook(write(tmp_path, rule(), FRAGMENTS.replace('table = "month"', 'table = "x"')))


def test_bad_holiday_spec_names_the_file(tmp_path: Path) -> None:
    tables = '[table.holiday]\n"good friday" = "easter minus 2"\n'
    with pytest.raises(RuleError, match=r"rules\.toml: holiday 'good friday': expected a spec"):
        load_rulebook(write(tmp_path, rule() + tables))


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"rules\.toml: expected valid TOML"):
        load_rulebook(write(tmp_path, "[[rule]\nname = "))


def test_folder_without_rules(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="found none"):
        load_rulebook(tmp_path)


def test_bundled_rulebook_loads() -> None:
    book = load_rulebook()
    assert {"month", "weekday", "unit", "number"} <= set(book.fragments)
    assert {"month", "modifier", "holiday"} <= set(book.tables)


def test_bundled_tense_words_load() -> None:
    words = tense_words()
    assert "said" in words.past and "will" in words.future and "said" in words.speech


@pytest.mark.parametrize(("change", "problem"), [
    (('present = "now', 'present = "Now'), r"present: expected lowercase words, found \['Now'\]"),
    (('present = "now', 'present = "now now'), r"present: expected each word once"),
    (('present = "now', 'present = "said now'), r"found \['said'\] in more than one"),
    (("nouns_too =", "noun_too ="), r"expected the keys .* found .*'noun_too'"),
    (('nouns_too = "', 'nouns_too = 3 #'), r"nouns_too: expected a string of words, found 3"),
    (("nouns_too =", "nouns_too"), r"expected valid TOML"),
])
def test_bad_tense_words_name_the_file(change: tuple[str, str], problem: str) -> None:
    source = resources.files("timeline.tagger").joinpath("resources/tense.toml").read_text()
    with pytest.raises(RuleError, match=r"tense\.toml: .*" + problem):
        parse_tense_words(source.replace(*change, 1), "tense.toml")
