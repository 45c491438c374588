"""Sentence spans: abbreviations, and the abbreviations that can also end a sentence."""

from __future__ import annotations

import pytest

from timeline.sentences import Sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Sen. Warner spoke. Mr. Rubio agreed.", ["Sen. Warner spoke.", "Mr. Rubio agreed."]),
    ("It met on Jan. 5 in Washington.", ["It met on Jan. 5 in Washington."]),
    ("The rally is at 2 p.m. The police expect 500 people.",
     ["The rally is at 2 p.m.", "The police expect 500 people."]),
    ("He joined Acme Inc. in 1990. It grew.", ["He joined Acme Inc. in 1990.", "It grew."]),
    ("He met Acme Inc. Chairman John Doe.", ["He met Acme Inc. Chairman John Doe."]),
    ("Shares rose at 10 a.m. EST Friday.", ["Shares rose at 10 a.m. EST Friday."]),
    ("First paragraph\n\nSecond one", ["First paragraph", "Second one"]),
    # an abbreviation that ends its line ends the sentence, but for a title or a date
    ("He lives in Greenwich, Conn.\nFrom 2015 he paid himself.",
     ["He lives in Greenwich, Conn.", "From 2015 he paid himself."]),
    # initials run together stay with the name; a country's still end a sentence
    ("Former President George H.W. Bush died. He was 94.",
     ["Former President George H.W. Bush died.", "He was 94."]),
    ("N.V. DSM said net income rose. Sanctions hit the U.S. The move came later.",
     ["N.V. DSM said net income rose.", "Sanctions hit the U.S.", "The move came later."]),
    ("He was shot outside Buffalo, N.Y. His name was crossed out.",
     ["He was shot outside Buffalo, N.Y.", "His name was crossed out."]),
    ("She moved to Austin, Tex. The firm followed.",
     ["She moved to Austin, Tex.", "The firm followed."]),
    ("He flew to Albany, N.Y. on Friday.", ["He flew to Albany, N.Y. on Friday."]),
    ("We met Sen.\nWarner on Jan.\n5 in Washington.",
     ["We met Sen.\nWarner on Jan.\n5 in Washington."]),
    # a sentence may open with wire copy's ASCII quote
    ("It was over. ``We won,'' he said.", ["It was over.", "``We won,'' he said."]),
    # an initial does not end a sentence; a possessive's "s" does
    ("Sen. J. Smith spoke. The budget beats this year's. It adds staff.",
     ["Sen. J. Smith spoke.", "The budget beats this year's.", "It adds staff."]),
    # a heading is its own sentence; a line wrapped inside a sentence is not
    ("About Acme Robotics\nFounded in 2011, Acme makes robots.",
     ["About Acme Robotics", "Founded in 2011, Acme makes robots."]),
    ("He met with\nPresident Obama on Monday and the\nSenate leaders.",
     ["He met with\nPresident Obama on Monday and the\nSenate leaders."]),
    ("The company said on Monday that its chief executive, who joined in\nMarch, would stay.",
     ["The company said on Monday that its chief executive, who joined in\nMarch, would stay."]),
])
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in Sentences(text).spans] == expected


def test_span_at_finds_the_sentence_of_an_offset() -> None:
    text = "One. Two three. Four."
    sentences = Sentences(text)
    assert sentences.span_at(text.index("three")) == (5, 15)
    assert Sentences("").span_at(0) == (0, 0)
