"""Events from the seed corpus (the table of the events issue) and from general rules."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from timeline.documents import parse_document
from timeline.events import category_of, document_events, resolution_text
from timeline.export import timeline_record
from timeline.headlines import compress, headline
from timeline.merge import content_words
from timeline.models import Event, TaggedDocument, Timeline
from timeline.pipeline import extract, extract_documents, fingerprinted_files
from timeline.settings import Settings
from timeline.subjects import object_relative
from timeline.tagger import tag
from timeline.verbs import present

SCHEMA = Path(__file__).resolve().parents[2] / "timeline" / "resources" / "timeline.schema.json"
HILL = "000_937114fbc32cb6bf.txt"
LETTER = "002_9f7f0484744ac74f.txt"
NO_CACHE = Settings(cache_dir="")


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return extract([SEEDS], NO_CACHE)


def find(timeline: Timeline, date: str, docs: set[str], *words: str) -> Event:
    for event in timeline.events:
        text = (event.headline + " " + " ".join(s.evidence for s in event.sources)).lower()
        if event.date == date and {s.doc for s in event.sources} >= docs and all(
            w.lower() in text for w in words
        ):
            return event
    raise AssertionError(f"no event at {date} from {docs} with {words}: "
                         f"{[(e.date, e.headline) for e in timeline.events]}")


# document, date, kind, the date as written, words the event must be about
SEED_TABLE = [
    ({HILL}, "2020-02-24", "document", "Monday", ["urge", "sanctions"]),
    ({HILL}, "2020-W08", "mentioned", "last week", ["reports", "Russian agents"]),
    ({HILL}, "2020", "mentioned", "2020", ["2020", "elections"]),
    ({HILL, LETTER}, "2016", "mentioned", "2016", ["interference", "2016"]),
    ({LETTER}, "2017-05-26", "document", "2017-05-26", ["Blumenthal", "Coons", "Mnuchin"]),
    ({LETTER}, "2017-05-26", "mentioned", "today", ["G7 Summit begins", "Sicily"]),
    ({LETTER}, "2016-12", "mentioned", "December", ["Obama expands Executive Order 13694"]),
    ({LETTER}, "2017-05", "mentioned", "this month", ["Clapper"]),
    ({LETTER}, "2017-05", "mentioned", "earlier this month", ["French elections"]),
    ({LETTER}, "2018", "mentioned", "2018", ["2018", "mid-term elections"]),
    ({LETTER}, "2017", "mentioned", "later this year", ["elections", "United Kingdom"]),
]


@pytest.mark.parametrize(("docs", "date", "kind", "written", "words"), SEED_TABLE,
                         ids=[f"{r[1]}:{r[3]}" for r in SEED_TABLE])
def test_seed_table(timeline: Timeline, docs: set[str], date: str, kind: str, written: str,
                    words: list[str]) -> None:
    event = find(timeline, date, docs, *words)
    assert event.kind == kind
    assert any(written in s.date_text for s in event.sources)
    for source in event.sources:
        doc = next(d for d in timeline.documents if d.id == source.doc)
        assert doc.text[source.start:source.end] == source.evidence


def test_no_extra_dated_events_on_the_seeds(timeline: Timeline) -> None:
    assert len(timeline.events) == len(SEED_TABLE)
    assert all(e.placed for e in timeline.events)


def test_interference_in_2016_is_one_event_with_both_documents(timeline: Timeline) -> None:
    events_2016 = [e for e in timeline.events if e.date == "2016"]
    assert len(events_2016) == 1
    assert {s.doc for s in events_2016[0].sources} == {HILL, LETTER}
    assert events_2016[0].merged_because


def test_dates_keep_their_precision(timeline: Timeline) -> None:
    december = find(timeline, "2016-12", {LETTER}, "Obama")
    assert (december.precision, december.start, december.end) == ("month", "2016-12-01",
                                                                   "2016-12-31")
    week = find(timeline, "2020-W08", {HILL}, "reports")
    assert (week.precision, week.start, week.end) == ("week", "2020-02-17", "2020-02-23")


def test_resolution_is_explained(timeline: Timeline) -> None:
    december = find(timeline, "2016-12", {LETTER}, "Obama")
    assert december.sources[0].resolution == (
        "'December', past tense, so the month before 2017-05-26: 2016-12"
    )
    own = find(timeline, "2017-05-26", {LETTER}, "Blumenthal", "Coons")
    assert "from its manifest" in own.sources[0].resolution


def test_actors_are_normalized(timeline: Timeline) -> None:
    own = find(timeline, "2020-02-24", {HILL}, "urge")
    assert "Charles Schumer" in own.actors
    letter = find(timeline, "2017-05-26", {LETTER}, "Blumenthal")
    assert {"Richard Blumenthal", "Chris Coons", "Steve Mnuchin"} <= set(letter.actors)
    assert find(timeline, "2016-12", {LETTER}, "Obama").actors[0] == "Obama"


def test_categories(timeline: Timeline) -> None:
    assert find(timeline, "2016-12", {LETTER}, "Obama").category == "executive action"
    g7 = find(timeline, "2017-05-26", {LETTER}, "G7 Summit begins")
    assert g7.category == "meeting or summit"
    assert find(timeline, "2020-02-24", {HILL}, "urge").category == "letter or statement"
    assert find(timeline, "2018", {LETTER}, "2018").category == "election"
    assert category_of("Nothing of note", "Nothing of note here.") == "other"


def test_json_validates_against_the_schema(timeline: Timeline) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        timeline_record(timeline))


def test_event_ids_are_stable(timeline: Timeline) -> None:
    again = extract([SEEDS], NO_CACHE)
    assert [e.id for e in again.events] == [e.id for e in timeline.events]


def doc(text: str, date: str | None = "2021-03-10", name: str = "x.txt") -> TaggedDocument:
    document = parse_document(text.encode(), name, name)
    document = type(document)(**{**document.__dict__, "date": date})
    return TaggedDocument(document, date, tuple(tag(document.text, date)))


def test_undated_document_gives_undated_events() -> None:
    tagged = doc("Officials said the Treasury imposed sanctions on Russian banks last week.",
                 date=None)
    (event,) = document_events(tagged)
    assert (event.date, event.start, event.placed) == (None, None, False)
    assert "could not be placed" in event.sources[0].resolution


def test_a_title_that_is_only_a_dateline_gives_way_to_the_lead() -> None:
    tagged = doc("BRUSSELS, December 2 (Xinhua) --\n\nThe ratification process of NATO "
                 "enlargement concluded on Wednesday after the Netherlands gave its go-ahead.",
                 date="1998-12-03")
    (own,) = [e for e in document_events(tagged) if e.kind == "document"]
    assert own.headline.startswith("Ratification process of NATO enlargement concludes")


def test_a_document_without_a_headline_line_is_told_by_its_lead() -> None:
    tagged = doc("LONDON, 14 June 2023 — The government will publish its response to the "
                 "inquiry on Thursday. It has been criticised since the report came out.",
                 date="2023-06-14", name="story7.txt")
    assert tagged.document.title == "story7"  # no line reads as a headline: the file's name
    (own,) = [e for e in document_events(tagged) if e.kind == "document"]
    assert own.headline == "Government will publish its response to inquiry on Thursday"


def test_a_lead_after_its_dateline_on_one_line_still_makes_events() -> None:
    text = ("WASHINGTON, Dec. 29, 2016 — The Treasury imposed sanctions on Russian banks on "
            "Tuesday. The move came after months of debate.")
    document = parse_document(text.encode(), "a.txt", "a.txt")
    assert (document.date, document.date_line) == ("2016-12-29", "WASHINGTON, Dec. 29, 2016")
    events = document_events(TaggedDocument(document, document.date,
                                            tuple(tag(document.text, document.date))))
    assert [(e.kind, e.date, e.headline) for e in events] == [
        ("document", "2016-12-29", "Treasury imposes sanctions on Russian banks on Tuesday"),
        ("mentioned", "2016-12-27", "Treasury imposes sanctions on Russian banks")]


def test_the_title_line_is_no_lead_and_the_lead_s_own_day_is_the_document_s_event() -> None:
    text = ("Drug cuts risk of second heart attack, trial finds\n\n"
            "LONDON, March 4, 2025 — A daily pill cut the risk of a second heart attack by a "
            "third, according to results of a trial published on Tuesday.")
    document = parse_document(text.encode(), "trial.txt", "trial.txt")
    events = document_events(TaggedDocument(document, document.date,
                                            tuple(tag(document.text, document.date))))
    (own,) = events  # "published on Tuesday" is that day: no second event from the lead
    assert own.headline == "Drug cuts risk of second heart attack, trial finds"
    assert own.sources[0].evidence.startswith("LONDON, March 4, 2025 — A daily pill")


def test_a_time_the_lead_gives_its_own_day_times_the_document_s_event() -> None:
    tagged = doc("Russian forces launched an invasion of Ukraine before dawn on Thursday, "
                 "officials said.", date="2022-02-24")
    assert [(e.kind, e.date) for e in document_events(tagged)] == [
        ("document", "2022-02-24TMO")]
    tagged = doc("Forecasters issued a blizzard warning for 14 counties, effective until "
                 "noon Thursday.", date="2024-01-11")  # a bound of the warning, not its time
    assert [(e.kind, e.date) for e in document_events(tagged)] == [
        ("document", "2024-01-11"), ("mentioned", "2024-01-11T12:00")]


def test_he_or_she_opening_a_headline_is_the_person_the_story_is_about() -> None:
    tagged = doc("Margaret Ellison, an oceanographer, died on Sunday. Ellison mapped the "
                 "seafloor. She was born in 1931 in Omaha. Her husband, Tom Reyes, survives "
                 "her. He retired in 1990. She earned a doctorate in 1959 after meeting "
                 "Margaret Mead. Ellison taught until 2003.", date="2024-05-13")
    titles = {e.date: e.headline for e in document_events(tagged)}
    assert titles["1931"] == "Ellison is born in Omaha"
    assert titles["1990"] == "He retires"  # the nearest person is someone else
    assert titles["1959"].startswith("She earns doctorate")  # her sentence names a Margaret


def test_a_title_s_bare_participle_is_passive() -> None:
    for title, expected in (
            ("Former treasurer sentenced to six years", "Former treasurer is sentenced to six "
                                                        "years"),
            ("Sanctions imposed", "Sanctions are imposed"),
            ("Three killed in crash", "Three are killed in crash"),
            ("Senators urged Treasury to act", "Senators urge Treasury to act"),
            ("Stocks fell on Monday", "Stocks fall on Monday")):
        assert compress(title, title=True) == expected


def test_a_dateline_alone_makes_no_event_and_is_no_lead() -> None:
    tagged = doc("DAR ES SALAAM, Tanzania (AP) _\n\nWASHINGTON, August 8 (Xinhua) --\n\n"
                 "U.S. officials said on Friday that the embassy would reopen. Until this week.",
                 date="1998-08-08")
    events = [(e.kind, e.date, e.headline) for e in document_events(tagged)]
    assert events == [
        ("document", "1998-08-08", "U.S. officials say on Friday that embassy would reopen"),
        ("mentioned", "1998-08-07", "U.S. officials say that embassy would reopen"),
        ("mentioned", "1998-W32", "Until this week"),  # never an empty headline
    ]


def test_a_date_counted_from_a_coarser_one_is_undated_and_says_why() -> None:
    tagged = doc("He joined the club in January. He scored twice on his debut a week later.",
                 date="2024-11-25")
    (event,) = [e for e in document_events(tagged) if e.date is None]
    assert event.sources[0].resolution == ("'a week later' could not be placed: the date "
                                           "mentioned just before is too coarse to count from")


def test_durations_sets_and_references_make_no_event() -> None:
    tagged = doc("The program has run for three years, meets every week and is now under "
                 "review, officials said in a statement published yesterday.")
    events = document_events(tagged)
    assert [e.sources[0].date_text for e in events if e.kind == "mentioned"] == ["yesterday"]


def test_a_year_labelling_a_line_gives_way_to_the_date_within_it() -> None:
    tagged = doc("Key dates\n\n2014: Russia annexes Crimea.\n\n2017: In August, Congress "
                 "passes a sanctions law.\n", date="2024-03-01")
    events = [(e.date, e.headline) for e in document_events(tagged) if e.kind == "mentioned"]
    assert events == [("2014", "Russia annexes Crimea"),
                      ("2017-08", "Congress passes sanctions law")]


def test_a_date_that_is_its_whole_sentence_makes_no_event() -> None:
    tagged = doc("Storm diary\n\nWednesday, Jan. 10\nSnow fell at the airport on Tuesday.\n",
                 date="2024-01-11")
    events = [(e.date, e.headline) for e in document_events(tagged) if e.kind == "mentioned"]
    assert events == [("2024-01-09", "Snow falls at airport")]


def test_dates_coordinated_with_the_event_date_leave_its_headline_whole() -> None:
    tagged = doc("The team lost in the finals in 2009, 1985 and 1978. The talks ran from May "
                 "to July and ended without a deal. He was sentenced on Monday to 12 years in "
                 "prison. The firm cut its forecast for the year and now expects less.",
                 date="2024-03-01")
    events = {(e.date, e.headline) for e in document_events(tagged) if e.kind == "mentioned"}
    assert events == {
        ("2009", "Team loses in finals"), ("1985", "Team loses in finals"),
        ("1978", "Team loses in finals"), ("2023-05", "Talks run and end without deal"),
        ("2024", "Firm cuts its forecast and now expects less"),  # "now" stays
        ("2023-07", "Talks run and end without deal"),
        ("2024-02-26", "He is sentenced to 12 years in prison"),  # a duration stays
    }


def test_a_date_that_only_dates_a_record_makes_no_event() -> None:
    tagged = doc("Rovers were promoted for the first time since 2004 on Saturday. Rates rose to "
                 "7.09%, the highest since April 2001. It was the deadliest attack since the "
                 "2008 Mumbai attacks. Fighting has intensified since October.")
    dates = {e.date for e in document_events(tagged) if e.kind == "mentioned"}
    assert dates == {"2021-03-06", "2008", "2020-10"}


def test_a_name_never_runs_from_a_heading_into_the_line_below() -> None:
    tagged = doc("Results\n\nConference Call\nAcme Inc. will host a call at 5 p.m. today.")
    (event,) = [e for e in document_events(tagged) if e.date == "2021-03-10T17:00"]
    assert event.actors == ("Acme Inc",)


def test_two_dates_in_one_sentence_make_two_events_never_merged() -> None:
    a = doc("Dear colleague,\n\nThe ministry said on Monday that the 2019 elections were free.")
    events = document_events(a)
    timeline = extract_documents([a.document], NO_CACHE)
    dates = sorted(e.date or "" for e in timeline.events if e.kind == "mentioned")
    assert dates == ["2019", "2021-03-08"]
    assert len(events) == 3  # the document's own event, and the two mentioned


def test_same_precision_different_dates_never_merge() -> None:
    first = parse_document(b"Sanctions were imposed on Russia on March 3, 2019 by Treasury.",
                           "a.txt", "a.txt")
    second = parse_document(b"Sanctions were imposed on Russia on March 4, 2019 by Treasury.",
                            "b.txt", "b.txt")
    timeline = extract_documents([first, second], NO_CACHE)
    assert sorted(e.date or "" for e in timeline.events) == ["2019-03-03", "2019-03-04"]


def test_the_same_event_in_two_documents_merges_with_the_finer_date() -> None:
    first = parse_document(
        b"Treasury Secretary Janet Yellen imposed sanctions on Russian banks in March 2022.",
        "a.txt", "a.txt")
    second = parse_document(
        b"On March 8, 2022 Treasury Secretary Janet Yellen imposed sanctions on Russian banks.",
        "b.txt", "b.txt")
    timeline = extract_documents([first, second], NO_CACHE)
    (event,) = timeline.events
    assert event.date == "2022-03-08"
    assert {s.doc for s in event.sources} == {"a.txt", "b.txt"}
    assert "Janet Yellen" in event.actors and event.category == "sanction"


def test_a_merged_event_takes_the_time_one_document_gives_its_day() -> None:
    day = parse_document(b"---\ndate: 2022-02-25\n---\nRussian forces launched an invasion of "
                         b"Ukraine on Thursday, Western officials said.", "a.txt", "a.txt")
    morning = parse_document(b"---\ndate: 2022-02-25\n---\nRussian forces launched an invasion "
                             b"of Ukraine early Thursday morning.", "b.txt", "b.txt")
    for documents in ([day, morning], [morning, day]):
        (event,) = [e for e in extract_documents(documents, NO_CACHE).events
                    if e.date and e.date.startswith("2022-02-24")]
        assert event.date == "2022-02-24TMO" and len(event.sources) == 2


def test_a_change_to_any_rule_or_lexicon_file_re_extracts() -> None:
    package = Path(__file__).resolve().parents[2] / "timeline"
    rules = sorted(package.rglob("*.toml"))
    assert package / "tagger" / "resources" / "tense.toml" in rules
    assert set(rules) <= set(fingerprinted_files())


def _releases(second_company: str) -> list[Event]:
    first = parse_document(
        b"Acme Robotics Inc. reported results on Oct. 24, 2024.\n\nRevenue for the three "
        b"months ended Sept. 28, 2024 rose 12% to $1.2 billion, Acme Robotics said.",
        "a.txt", "a.txt")
    second = parse_document(
        f"{second_company} reported results on Oct. 30, 2024.\n\nRevenue for the three "
        f"months ended Sept. 28, 2024 rose 8% to $310 million, {second_company} said."
        .encode(), "b.txt", "b.txt")
    return list(extract_documents([first, second], NO_CACHE).events)


def test_documents_naming_no_actor_in_common_tell_different_events() -> None:
    quarters = [e for e in _releases("Northwind Systems Corp.") if e.date == "2024-09-28"]
    assert sorted(len(e.sources) for e in quarters) == [1, 1]


def test_documents_sharing_an_actor_may_still_merge_an_event() -> None:
    quarters = [e for e in _releases("Acme Robotics Inc.") if e.date == "2024-09-28"]
    assert [{s.doc for s in e.sources} for e in quarters] == [{"a.txt", "b.txt"}]


def test_an_early_part_of_a_period_never_merges_with_a_day_outside_it() -> None:
    early = parse_document(b"---\ndate: 2024-06-01\n---\nThe city said the new bridge over "
                           b"the Kell River will open in early 2025.", "a.txt", "a.txt")
    july = parse_document(b"---\ndate: 2024-06-01\n---\nThe new bridge over the Kell River "
                          b"will open on July 1, 2025, the city said.", "b.txt", "b.txt")
    march = parse_document(b"---\ndate: 2024-06-01\n---\nThe new bridge over the Kell River "
                           b"will open on March 3, 2025, the city said.", "c.txt", "c.txt")
    dated = [e for e in extract_documents([early, july], NO_CACHE).events
             if e.kind == "mentioned"]
    assert sorted(e.date or "" for e in dated) == ["2025", "2025-07-01"]
    (merged,) = [e for e in extract_documents([early, march], NO_CACHE).events
                 if e.kind == "mentioned"]
    assert merged.date == "2025-03-03" and len(merged.sources) == 2


def test_common_words_alone_never_merge_two_stories() -> None:
    chips = parse_document(b"---\ndate: 2023-07-20\n---\nThe chipmaker reported a drop in "
                           b"profit in the second quarter, its fourth quarterly decline.",
                           "a.txt", "a.txt")
    phones = parse_document(b"---\ndate: 2023-07-20\n---\nPhone sales slipped in the second "
                            b"quarter, the retailer reported, a third quarterly decline.",
                            "b.txt", "b.txt")
    events = extract_documents([chips, phones], NO_CACHE).events
    assert len(events) == 4 and all(len(e.sources) == 1 for e in events)


def test_per_share_figures_of_two_companies_never_merge() -> None:
    first = parse_document(b"---\ndate: 1989-10-30\n---\nThe miller had a net loss of C$2.3 "
                           b"million, or 14 Canadian cents a share, a year ago.", "a.txt", "a.txt")
    second = parse_document(b"---\ndate: 1989-10-30\n---\nThe grocer earned C$18.1 million, "
                            b"or 21 Canadian cents a share, a year earlier.", "b.txt", "b.txt")
    events = extract_documents([first, second], NO_CACHE).events
    assert all(len(e.sources) == 1 for e in events)


def test_a_story_printed_twice_merges_whole() -> None:
    text = b"---\ndate: 1989-10-30\n---\nThat compared with a loss of $3 million in 1988."
    copies = [parse_document(text, name, name) for name in ("a.txt", "b.txt")]
    events = extract_documents(copies, NO_CACHE).events
    assert sorted(e.date or "" for e in events) == ["1988", "1989-10-30"]
    assert all({s.doc for s in e.sources} == {"a.txt", "b.txt"} for e in events)


def test_a_name_or_figure_in_common_lets_two_actorless_stories_merge() -> None:
    first = parse_document(b"---\ndate: 2024-03-01\n---\nThe Kell River bridge was closed "
                           b"in 2019 after cracks were found.", "a.txt", "a.txt")
    second = parse_document(b"---\ndate: 2024-03-02\n---\nInspectors closed the Kell River "
                            b"bridge in 2019.", "b.txt", "b.txt")
    (event,) = [e for e in extract_documents([first, second], NO_CACHE).events
                if e.date == "2019"]
    assert {s.doc for s in event.sources} == {"a.txt", "b.txt"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue fell, falls and will fall", {"revenue", "fall"}),  # a verb's forms: one word
        ("It announced what it announces", {"announce"}),
        ("Output shrank 2.4% to 300,000 barrels", {"output", "shrank", "2.4", "300,000",
                                                   "barrel"}),
        ("Three months later, on Monday, 5 more", set()),  # time words and small numbers
        ("Net was 74 cents a share", {"net", "74"}),  # the words of every earnings report
    ],
)
def test_content_words(text: str, expected: set[str]) -> None:
    assert content_words(text) == expected


def test_a_capitalized_word_opening_a_headline_is_no_actor() -> None:
    tagged = doc("The board declared a dividend of 10 cents a share, payable Dec. 1 to stock "
                 "of record Nov. 15.")
    for event in document_events(tagged):
        assert not any(a.startswith("Payable") for a in event.actors), event


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("In December, former President Obama expanded Executive Order 13694.", "December",
         "Obama expands Executive Order 13694"),
        ("Ahead of the G7 Summit, beginning today in Sicily, senators wrote.", "today",
         "G7 Summit begins in Sicily"),
        ("The 2018 United States mid-term elections are quickly approaching, and we must act.",
         "2018", "2018 United States mid-term elections are quickly approaching"),
        ("The minister resigned on Friday after weeks of protests.", "on Friday",
         "Minister resigns after weeks of protests"),
        # a verb after a present or future auxiliary stays as it is
        ("Decisions are expected by the end of June.", "the end of June",
         "Decisions are expected"),
        ("Fighting has intensified around Avdiivka since October.", "October",
         "Fighting has intensified around Avdiivka"),
        # too long for both verbs joined by "and": the one the date belongs to
        ("Rovers have won nine of their last 10 games and have not lost at home since Boxing "
         "Day.", "Boxing Day", "Rovers have not lost at home"),
        ("Gas prices have fallen for eight straight weeks and averaged $3.29 a gallon on "
         "Monday.", "Monday", "Gas prices average $3.29 a gallon"),
        ("The two are suspected of setting off the bombs that killed three people and injured "
         "more than 170 at Monday's marathon.", "Monday", "Two are suspected of setting off "
         "bombs that killed three people"),  # cut before "and", not at the verb after it
        # a relative clause between the subject and the date's verb goes; a participle
        # opening the sentence leaves what is said; a closing attribution reports the clause
        ("A former treasurer who stole $2.4 million over a decade was sentenced on Tuesday to "
         "six years in prison.", "Tuesday", "Former treasurer is sentenced to six years in "
         "prison"),
        ("The threshold below which workers must be paid overtime will rise to $43,888 on July "
         "1.", "July 1", "Threshold below which workers must be paid overtime will rise"),
        ("Speaking in the Commons on Wednesday, she said the cuts would be phased in from April "
         "and would fall mainly on departmental budgets.", "Wednesday",
         "She says cuts would be phased in from April"),
        ("Borrowing reached £79.6bn, the Office for National Statistics said last Friday, £7bn "
         "more than predicted.", "last Friday",
         "Office for National Statistics says borrowing reached £79.6bn"),
        ("Borrowing in September reached £79.6bn, officials said.", "September",
         "Borrowing reaches £79.6bn"),  # a gerund with a verb is a subject
        # a relative clause is about its antecedent
        ("The plant, which opened in 1971, closed last year.", "1971", "Plant opens"),
        # an object relative clause is told from its subject
        ("Ministers defended the spending review, which the chancellor set out in the Commons "
         "on Wednesday.", "Wednesday", "Chancellor sets out spending review in Commons"),
        ("The bill, which the House passed on Wednesday, goes to the Senate.", "Wednesday",
         "House passes bill"),
        ("The old library on Church Road, which opened in 1968, closed.", "1968",
         "Old library on Church Road opens"),
        ("Guardiola, whose contract runs until the summer of 2026, said he would stay.",
         "the summer of 2026", "Guardiola's contract runs"),
        # no word left waiting for the date that was cut after it
        ("The session stretched past midnight.", "midnight", "Session stretches"),
        ("The chamber could vote as early as Friday.", "Friday", "Chamber could vote"),
        ("Banks will remain closed until at least Thursday.", "Thursday",
         "Banks will remain closed"),
        ("Cases peaked in mid-January.", "mid-January", "Cases peak"),
        # a verb agrees with a plural subject
        ("By 1900, railroads had taken much of its traffic.", "1900",
         "Railroads have taken much of its traffic"),
        ("More than a million infants in the region missed a dose in 2020.", "2020",
         "More than million infants in region miss dose"),
        ("A group of senators met on Tuesday.", "on Tuesday", "Group of senators meets"),
        ("Net income for the three months ended Sept. 30 fell to $2 billion.", "Sept. 30",
         "Net income for three months ended falls to $2 billion"),
        # a clause that begins with its verb takes the subject past what interrupts it
        ("Early voting, which began Sept. 22, ended Saturday.", "Saturday", "Early voting ends"),
        ("The law, known as SB4, was signed in December.", "December", "Law is signed"),
        ("Lee, 54, became CEO in 2019.", "2019", "Lee becomes CEO"),
        ("The roof, built from 2,000 oak trees, was completed in the spring.", "the spring",
         "Roof is completed"),
        ("Police said the suspect, 17, was taken into custody Sunday.", "Sunday",
         "Suspect is taken into custody"),
        # but a participle after a whole clause may belong to any noun in it: no subject
        ("We object to the rule on emissions, published in the Register on May 23.", "May 23",
         "Published in Register"),
        ("The reply, dated April 19, offered none.", "April 19", "Reply"),
        # a subject and its verb keep the place after them
        ("Construction began on July 4, 1817, in Rome, N.Y.", "July 4, 1817",
         "Construction begins in Rome"),
        # a clause with no verb takes the verb of the clause before it, not a comparison
        ("The canal was enlarged twice, in the 1830s and again in 1905.", "the 1830s",
         "Canal is enlarged twice"),
        ("It has 61,000 staff, up from 48,000 a year earlier.", "a year earlier",
         "Up from 48,000"),
        ("It earned $38 million, or 52 cents, against $29 million, or 40 cents, a year earlier.",
         "a year earlier", "40 cents"),
        # the expression as the subject stays
        ("The first half of this year was harder than we planned.", "The first half of this year",
         "First half of this year is harder than we planned"),
        # a day counted in an event: the event is the headline
        ("It's the second day of an offensive by the security forces.", "the second day",
         "Offensive by security forces"),
        # "according to" dates the source, and the headline is what it says
        ("Prices have fallen by 7 percent, according to data released last month.", "last month",
         "Prices have fallen by 7 percent"),
        # a participle after a plural noun, the verb coming later, modifies the noun
        ("The number of bridges rated in poor condition has fallen since 2021.", "2021",
         "Number of bridges rated in poor condition has fallen"),
        ("The authors warned in May that progress had slowed.", "May",
         "Authors warn that progress had slowed"),
        # a participle after "than" or "as" compares: it is no verb to move
        ("Inflation slowed, but rose more than expected in February.", "February",
         "Rose more than expected"),
        # verbs joined by "and" move together; after an auxiliary, a past form is a participle
        ("In December, Obama expanded the order and imposed sanctions.", "In December",
         "Obama expands order and imposes sanctions"),
        ("He was arrested on Monday and charged with fraud.", "on Monday",
         "He is arrested and charged with fraud"),
        ("On Monday, Lopez said the firm would close two plants and cut 900 jobs.", "On Monday",
         "Lopez says firm would close two plants and cut 900 jobs"),
        ("Prosecutors said the fraud began in 2013 and continued for years.", "2013",
         "Prosecutors say fraud began and continued for years"),
        # a participle's subject is the noun before it, and its verb agrees; "following" opens
        # a phrase, and has none
        ("The vote came after euro zone ministers, meeting in Brussels early Saturday, agreed.",
         "early Saturday", "Euro zone ministers meet in Brussels"),
        ("Sanctions were tightened on March 7, following the North's nuclear test in February.",
         "February", "North's nuclear test"),
        # "police", "people" and "many" are plural
        ("Many ignored the warnings on Sunday.", "on Sunday", "Many ignore warnings"),
        ("Police arrested him on Monday and charged him.", "on Monday",
         "Police arrest him and charge him"),
        # a past form that is its own base is a verb, unless a noun's neighbours follow it
        ("The Fed cut rates on Monday.", "on Monday", "Fed cuts rates"),
        ("A rate cut was approved on Monday.", "on Monday", "Rate cut is approved"),
        ("A tax cut of 5% took effect in May.", "in May", "Tax cut of 5% takes effect"),
        # an expression in parentheses is where the parenthesis was
        ("The line went dead at 9 a.m. (0000 GMT), a spokesman said.", "0000 GMT",
         "Line goes dead at 9 a.m."),
        # an initialism or an abbreviation keeps its period
        ("On Monday, sanctions were imposed by the U.S.", "On Monday",
         "Sanctions are imposed by U.S."),
        ("On Monday, the firm was bought by Acme Inc.", "On Monday", "Firm is bought by Acme Inc."),
        # a short past form is a verb, whose subject lies before a "whose" clause
        ("Ann Lee, whose surveys in the 1960s mapped the ridge, died on Saturday at home.",
         "Saturday", "Ann Lee dies at home"),
        # a semicolon ends the clauses the headline is taken from
        ("Nine were hurt; one of them, a visitor, died at a hospital Sunday.", "Sunday",
         "One dies at hospital"),
        # a participle heads its own clause only: the one before is no subject for it
        ("Remembering Ann Lee, 1941-2024", "1941", "Remembering Ann Lee -2024"),
        # an opening "Born ..." is the main clause's subject's birth
        ("Born on March 3, 1933, in Duluth, Dr. Lee spent summers on the lake.", "March 3, 1933",
         "Lee is born in Duluth"),
        ("Born in Omaha in January 1941, she was the youngest of six.", "January 1941",
         "She is born in Omaha"),
        # a verb coordinated after other clauses takes the sentence's opening subject
        ("She earned a doctorate in 1959, one of two women, and joined the institute the "
         "following year.", "the following year", "She joins institute"),
        # a participle between a subject and its verb is passive
        ("Hamburg, relegated in 2018, will rebuild its stadium.", "2018", "Hamburg is relegated"),
        ("Northwind Health, founded in 1961, operates 14 hospitals.", "1961",
         "Northwind Health is founded"),
        ("The plant, built in 1971, employs 500 workers.", "1971", "Plant is built"),
        # a capitalized word in -ing is a name, not a participle
        ("March 25, 2024 - Boeing says its chief will step down at the end of the year.",
         "the end of the year", "Boeing says its chief will step down"),
        # a date inside the dateline dates the lead, which says what happened
        ("DENVER, March 3, 2026 /PRNewswire/ -- Acme Health opened a cancer center.",
         "March 3, 2026", "Acme Health opens cancer center"),
        # "who" speaks of the name before it, past an age
        ("We saw them, said Ruth Dalton, 71, who has lived here since 1962.", "1962",
         "Ruth Dalton has lived here"),
        # a gerund the date qualifies is the event, done by the clause's subject
        ("President Ann Lee arrived on Wednesday, her first visit since taking office two "
         "years ago.", "two years ago", "Ann Lee takes office"),
        ("The jury deliberated for two days before reaching its verdict at 2 p.m.", "2 p.m.",
         "Jury reaches its verdict"),
        ("The probe will map the surface before collecting a sample in spring 2028.",
         "spring 2028", "Probe will collect sample"),
        # a year modifying a compound noun names all of it
        ("Prices rose after a 2023 state inspection found faults.", "2023",
         "2023 state inspection"),
        # a rate keeps its "a"; a preposition that wants the date goes with it
        ("People who walked 30 minutes a day were healthier in 2020.", "in 2020",
         "People who walk 30 minutes a day were healthier"),
        ("Talks will continue through the weekend if needed.", "the weekend",
         "Talks will continue if needed"),
        # the verb of a relative clause agrees with the noun before it
        ("Few of the men who survived it returned in 1946.", "in 1946",
         "Few of men who survive it returned"),
        # "ended" with a verb after it qualifies a noun
        ("Net income for the quarter ended June 30 was $42 million.", "June 30",
         "Net income for quarter ended is $42 million"),
        # the part of a date named before it goes with it
        ("On the night of July 14, 2021, the river rose nine feet.", "July 14, 2021",
         "River rises nine feet"),
        # a participle right before a verb qualifies the noun before it
        ("A levee approved in late 2022 is not finished.", "late 2022",
         "Levee approved is not finished"),
        # a participle after a time leans on the thing named before it, or on the subject
        ("Lee joined City on Thursday night, signing a deal before the window closed at 11 p.m.",
         "11 p.m.", "Lee signs deal before window closes"),
        ("The city will hold a parade on Wednesday, beginning at 11 a.m. at the station.",
         "11 a.m.", "Parade begins at station"),
        # how near a date is goes with it; a past verb a present "says" reports stays past
        ("The suit says the firm knew as early as 1984 that the dye was toxic.", "1984",
         "Suit says firm knew that dye was toxic"),
        ("Judges in two other states blocked similar laws in April.", "in April",
         "Judges in two other states block similar laws"),
        # a possessive goes with the expression
        ("The budget is 3.1% larger than this year's.", "this year", "Budget is 3.1% larger"),
        ("We request a response no later than Oct. 1.", "Oct. 1", "We request response"),
        ("No later than Oct. 1.", "Oct. 1", "No later than"),  # never an empty headline
        # one of a list of verb phrases takes the subject the list opens with
        ("Russia massed troops in 2021, withdrew some of them in April, and built up again.",
         "in April", "Russia withdraws some of them"),
        # "including" opens no headline: what it includes is the event
        ("The tour lasts three days, including a stop in Rome on Friday.", "on Friday",
         "Stop in Rome"),
        # "I was" is "I am"; "having been" is "has been"; a name in -ys or -as is one
        ("I was pleased on Monday that they came.", "on Monday", "I am pleased that they came"),
        ("Unisys posted a loss in the third quarter.", "in the third quarter",
         "Unisys posts loss"),
        # the period a date ends is no event: the next clause is
        ("In the quarter ended June 28, net income fell to $142 million.", "June 28",
         "Net income falls to $142 million"),
        # a body whose name holds "and" is one
        ("The Immigration and Naturalization Service made a decision on Wednesday.",
         "on Wednesday", "Immigration and Naturalization Service makes decision"),
        # wire copy's ASCII quotes go as the others do
        ("The department issued an updated ``worldwide caution'' on Sunday.", "on Sunday",
         "Department issues updated worldwide caution"),
        # "dated" speaks of the noun before it
        ("It hurts us, said a version of the letter, dated Feb. 4.", "Feb. 4", "Letter"),
        # a word in -ed that is never a verb stays as it is
        ("Two hundred people died on Monday.", "on Monday", "Two hundred people die"),
        ("He indeed resigned on Monday.", "on Monday", "He indeed resigns"),
        # a verb joined by "but" moves with the first
        ("She retired in 1998 but kept writing.", "1998", "She retires but keeps writing"),
        # a word that wants the cut expression after it goes with it
        ("Winds reached 70 mph at the airport shortly after 10 p.m.", "10 p.m.",
         "Winds reach 70 mph at airport"),
    ],
)
def test_headlines(sentence: str, expression: str, expected: str) -> None:
    start = sentence.index(expression)
    assert headline(sentence, start, start + len(expression)) == expected
    assert len(headline(sentence, start, start + len(expression)).split()) <= 12


def test_resolution_text_of_an_absolute_date() -> None:
    (m,) = tag("It was signed on December 29, 2016.")
    assert resolution_text(m, "2017-01-05") == "'December 29, 2016' names the date itself: " \
        "2016-12-29"


def test_countries_are_no_people_and_regnal_names_keep_their_numeral() -> None:
    from timeline.actors import ActorIndex

    actors = ActorIndex()
    assert actors.find("North Korea cut the hotline with South Korea.") == (
        "North Korea", "South Korea")
    assert actors.find("Pope Benedict XVI resigned.") == ("Benedict XVI",)
    assert actors.people == ["Benedict XVI"]
    sentence = "North Korea cut the hotline on Wednesday, after Benedict XVI resigned."
    start = sentence.index("Wednesday")
    assert headline(sentence, start, start + 9, actors.people) == "North Korea cuts hotline"
    sentence = "Benedict XVI stunned the world on Feb. 11."
    start = sentence.index("Feb. 11")
    assert headline(sentence, start, start + 7, actors.people) == "Benedict XVI stuns world"


def test_a_surname_two_people_share_names_the_first_and_shortens_neither() -> None:
    from timeline.actors import ActorIndex

    actors = ActorIndex()
    for sentence in ("Ann Ellison died on Saturday.", "Her husband, Tom Ellison, died in 2011.",
                     "Dr. Ellison joined the institute in 1960."):
        actors.find(sentence)
    assert actors.people == ["Ann Ellison", "Tom Ellison"]
    assert actors.find("In 1960 Dr. Ellison sailed.") == ("Ann Ellison",)
    sentence = "Her husband, Tom Ellison, died in 2011."
    start = sentence.index("2011")
    assert headline(sentence, start, start + 4, actors.people) == "Tom Ellison dies"
    assert headline(sentence, start, start + 4, ["Tom Ellison"]) == "Ellison dies"


def test_a_company_named_for_its_trade_is_one_organization() -> None:
    from timeline.actors import ActorIndex

    actors = ActorIndex()
    assert actors.find("Greenfield Foods recalled its berries.") == ("Greenfield Foods",)
    assert actors.find("Families sued Halvorsen Chemical.") == ("Halvorsen Chemical",)
    assert actors.find("Airlines cancelled flights.") == ()
    assert actors.find("Northwind Health opened the Halvorsen Cancer Center.") == (
        "Northwind Health", "Halvorsen Cancer Center")
    assert actors.find("The Office for National Statistics said so.") == (
        "Office for National Statistics",)
    assert actors.find("Anheuser-Busch Cos. said it would cut prices.") == (
        "Anheuser-Busch Cos",)
    assert actors.people == []
    assert compress("Anheuser-Busch Cos. said it would cut prices.") == \
        "Anheuser-Busch Cos. says it would cut prices"
    assert compress("General Motors Corp.'s unit said profit fell.") == \
        "General Motors Corp.'s unit says profit fell"  # "General" is no title here
    sentence = "Northwind Systems said on Monday that revenue rose."
    start = sentence.index("on Monday")
    assert headline(sentence, start, start + 9, actors.people) == \
        "Northwind Systems says that revenue rose"
    sentence = "Airlines cancelled 900 flights on Monday."
    start = sentence.index("on Monday")
    assert headline(sentence, start, start + 9) == "Airlines cancel 900 flights"


@pytest.mark.parametrize(("sentence", "expected"), [
    # "and" and "&" inside a body's name
    ("A decision from the US Food and Drug Administration is due.",
     ("United States", "US Food and Drug Administration")),
    ("The Securities and Exchange Commission sued him.", ("Securities and Exchange Commission",)),
    ("The Department of Health and Human Services said so.",
     ("Department of Health and Human Services",)),
    ("Harbor Foods will buy Crisp & Co. for $2 billion.", ("Harbor Foods", "Crisp & Co")),
    # ... but not between two names
    ("The Treasury Department and State Department agreed.",
     ("Treasury Department", "State Department")),
    ("Apple and Microsoft Corp. rose.", ("Microsoft Corp",)),
    ("Pacific Gas and Electric Co. raised rates.", ("Pacific Gas and Electric Co",)),
    ("Russia and China vetoed it.", ("Russia", "China")),
    ("The bill passed the Senate and House on Friday.", ("Senate",)),
    # the body before a title, and no flight in an airline's name
    ("Bank of England Governor Andrew Bailey spoke.", ("Bank of England", "Andrew Bailey")),
    ("Ethiopian Airlines Flight 302 crashed.", ("Ethiopia", "Ethiopian Airlines")),
    # a holiday is nobody
    ("Burglaries went on through Christmas Eve, police said.", ()),
    # a name after "in" is a place, unless a title introduces it or it owns something, or it
    # is what a stake is in
    ("Voters at the caucuses in Des Moines cheered.", ()),
    ("Crowds gathered outside Buckingham Palace and in France.", ("France",)),
    ("They met in Senator Ann Lee's office.", ("Ann Lee",)),
    ("A rally was held in John Smith's farm.", ("John Smith",)),
    ("The crowd rushed at Manuel Gonzalez.", ("Manuel Gonzalez",)),
    ("Allianz holds a stake in Navigation Mixte.", ("Navigation Mixte",)),
    # a state's abbreviation closes a place's name
    ("He lived in Buffalo, N.Y. Barnett Slepian treated him.", ("Barnett Slepian",)),
])
def test_bodies_named_with_and_before_titles_or_flights(sentence: str,
                                                         expected: tuple[str, ...]) -> None:
    from timeline.actors import ActorIndex

    assert ActorIndex().find(sentence) == expected


def test_a_title_case_line_teaches_no_name_but_a_titled_one() -> None:
    from timeline.actors import ActorIndex

    actors = ActorIndex()
    assert actors.find("Storm Leaves 40,000 Without Power in Russia") == ("Russia",)
    assert actors.find("Ann Lee, Pioneering Marine Biologist, Dies at 91") == ()
    assert actors.people == []
    assert actors.find("Ann Lee studied reefs.") == ("Ann Lee",)
    assert actors.find("Ann Lee, Pioneering Marine Biologist, Dies at 91") == ("Ann Lee",)
    assert actors.find("The Honorable Steven Mnuchin") == ("Steven Mnuchin",)
    assert actors.find("Former Mayor Sentenced to Four Years") == ()
    assert actors.find("A former Mayor of Millbrook resigned.") == ()
    assert actors.people == ["Ann Lee", "Steven Mnuchin"]
    assert compress("Former Mayor Sentenced to Four Years") == \
        "Former Mayor Sentenced to Four Years"


def test_an_actor_read_from_the_end_of_a_longer_name_is_that_name() -> None:
    tagged = doc("The National Weather Service said a warning was issued at 9:47 p.m. on "
                 "Tuesday for the county.", date="2024-05-22")
    (event,) = [e for e in document_events(tagged) if e.kind == "mentioned"]
    assert event.actors == ("National Weather Service",)


def test_an_organization_is_no_person_and_a_dateline_no_headline() -> None:
    from timeline.actors import ActorIndex

    actors = ActorIndex()
    assert actors.find("Acme Robotics reports results") == ("Acme Robotics",)
    assert actors.find("Acme Robotics Inc. said it would hire.") == ("Acme Robotics Inc",)
    assert actors.find("Founded in 2011, Acme Robotics builds robots.") == ("Acme Robotics Inc",)
    assert actors.people == []
    assert actors.find("Late Silva goal keeps City top") == ()
    assert actors.find("It ended the Korean War near Sistine Chapel.") == ()
    assert actors.find("Snow reached New York and San Antonio, Santa Ana and Fort Worth.") == ()
    for lead in ("BOSTON, Nov. 6, 2024 /PRNewswire/ -- Acme Inc. said on Monday it would hire.",
                 "SEOUL, March 27 (Reuters) - Acme Inc. said on Monday it would hire.",
                 "NICOSIA, Cyprus — Acme Inc. said on Monday it would hire.",
                 "THE HAGUE, Netherlands (AP)_ Acme Inc. said on Monday it would hire."):
        start = lead.index("on Monday")
        assert headline(lead, start, start + 9) == "Acme Inc. says it would hire"


def test_possessives_split_names_and_verbs_keep_their_stem() -> None:
    from timeline.actors import ActorIndex

    assert ActorIndex().find("Iraq's Saddam Hussein appeared at the border.") == (
        "Iraq", "Saddam Hussein")
    sentence = "On Monday, Saddam Hussein appeared to accept the treaty."
    start = sentence.index("On Monday")
    assert headline(sentence, start, start + 9) == "Saddam Hussein appears to accept treaty"


def test_an_object_relative_clause_needs_its_own_subject_and_verb() -> None:
    assert object_relative(["the", "review,"], "the chancellor set out in May".split()) == [
        "the", "chancellor", "set", "out", "the", "review", "in", "May"]
    assert object_relative(["Apophis,"], "it is due to reach in 2029".split()) == []
    assert object_relative(["the", "plan,"], "was unveiled on Monday".split()) == []


@pytest.mark.parametrize(
    ("past", "singular", "plural"),
    [
        ("expanded", "expands", "expand"), ("declared", "declares", "declare"),
        ("lined", "lines", "line"), ("declined", "declines", "decline"),
        ("interfered", "interferes", "interfere"), ("explained", "explains", "explain"),
        ("joined", "joins", "join"), ("offered", "offers", "offer"), ("planned", "plans", "plan"),
        ("carried", "carries", "carry"), ("had", "has", "have"), ("agreed", "agrees", "agree"),
        ("freed", "frees", "free"), ("decided", "decides", "decide"), ("added", "adds", "add"),
        ("avoided", "avoids", "avoid"), ("liked", "likes", "like"),
        ("poured", "pours", "pour"), ("soured", "sours", "sour"), ("cured", "cures", "cure"),
        ("flew", "flies", "fly"), ("went", "goes", "go"), ("caught", "catches", "catch"),
        ("froze", "freezes", "freeze"), ("blew", "blows", "blow"), ("upheld", "upholds", "uphold"),
        ("filed", "files", "file"), ("failed", "fails", "fail"), ("scored", "scores", "score"),
        ("honored", "honors", "honor"), ("completed", "completes", "complete"),
        ("targeted", "targets", "target"), ("died", "dies", "die"), ("served", "serves", "serve"),
        ("raised", "raises", "raise"), ("finished", "finishes", "finish"),
        ("issued", "issues", "issue"), ("rescued", "rescues", "rescue"),
        ("valued", "values", "value"), ("pursued", "pursues", "pursue"),
        ("named", "names", "name"), ("traded", "trades", "trade"), ("believed", "believes",
        "believe"), ("handled", "handles", "handle"), ("revoked", "revokes", "revoke"),
        ("postponed", "postpones", "postpone"), ("collapsed", "collapses", "collapse"),
        ("belonged", "belongs", "belong"), ("looked", "looks", "look"),
        ("headed", "heads", "head"), ("defrauded", "defrauds", "defraud"),
    ],
)
def test_a_past_form_takes_its_present(past: str, singular: str, plural: str) -> None:
    assert (present(past, plural=False), present(past, plural=True)) == (singular, plural)


def test_a_participle_in_ing_takes_its_present() -> None:
    from timeline.verbs import participle_present

    assert [participle_present(w, plural=False) for w in (
        "beginning", "bringing", "making", "changing", "running")] == [
        "begins", "brings", "makes", "changes", "runs"]
    assert participle_present("bringing", plural=True) == "bring"
    assert participle_present("having", plural=False) == "has"
