"""Reading documents: each date source, each format, each kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.documents import read_document, read_documents
from timeline.errors import DocumentError
from timeline.settings import Settings


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_seeds_dates_come_from_header_and_manifest(seeds: Path) -> None:
    result = read_documents([seeds])
    assert result.errors == ()
    got = {d.id: (d.date, d.date_source) for d in result.documents}
    assert got == {
        "000_937114fbc32cb6bf.txt": ("2020-02-24", "header"),
        "002_9f7f0484744ac74f.txt": ("2017-05-26", "manifest"),
    }
    hill = result.documents[0]
    assert hill.title.startswith("Senate Democrats urge Trump administration")
    assert hill.source == "The Hill" and hill.author == "Maggie Miller"
    assert hill.text == (seeds / hill.id).read_text(encoding="utf-8")


def test_front_matter_wins_and_offsets_are_recorded(tmp_path: Path) -> None:
    body = "Date: March 3, 2019\nSomething happened on Monday.\n"
    write(tmp_path, "a.md", f"---\ntitle: A title\ndate: 2020-01-05\nsource: Wire\n---\n{body}")
    write(tmp_path, "documents.csv", "file,date,title,source,url\na.md,2021-01-01,,,\n")
    doc = read_documents([tmp_path]).documents[0]
    assert (doc.date, doc.date_source, doc.title, doc.source) == (
        "2020-01-05", "front matter", "A title", "Wire"
    )
    assert doc.text == body
    raw = (tmp_path / "a.md").read_text(encoding="utf-8")
    start = doc.text.index("Monday")
    assert raw[doc.text_offset + start:].startswith("Monday")


def test_manifest_beats_header(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "date 2020-02-24 Header title\nText.\n")
    write(tmp_path, "documents.csv", "file,date,title,source,url\na.txt,2019-07,Manifest title,,\n")
    doc = read_documents([tmp_path]).documents[0]
    assert (doc.date, doc.date_source, doc.title) == ("2019-07", "manifest", "Manifest title")


@pytest.mark.parametrize(
    ("first_lines", "value", "source", "title"),
    [
        ("date 2020-02-24 Senators urge", "2020-02-24", "header", "Senators urge"),
        ("Date: February 24, 2020\nSenators urge sanctions", "2020-02-24", "header", None),
        ("Published on 3 March 2018", "2018-03-03", "header", None),
        # a time after the header's date is no title, and a time before it is passed over
        ("Posted: 14 May 2024, 09:31 BST\nBank cuts jobs", "2024-05-14", "header",
         "Bank cuts jobs"),
        ("Updated 2:45 PM ET, Tue May 14, 2024\nBank cuts jobs", "2024-05-14", "header",
         "Bank cuts jobs"),
        ("Tuesday, May 14, 2024", "2024-05-14", "dateline", None),
        ("Date: 15-May-2024", "2024-05-15", "header", None),
        # a span of years opening a line is no dateline, nor an impossible month
        ("2019-20 was a hard season.", None, "none", None),
        ("December 29, 2016", "2016-12-29", "dateline", None),
        ("Jan 16, 2018 | Press Releases", "2018-01-16", "dateline", None),
        ("WASHINGTON, Dec. 29, 2016 — The Treasury acted.", "2016-12-29", "dateline", None),
        ("Aug. 2, 2017", "2017-08-02", "dateline", None),
        ("Senators act\nSeptember 12, 2018", "2018-09-12", "dateline", "Senators act"),
        # nor is a line that is only a date, or a paragraph of two sentences
        ("---\ndate: 2014-03-05\n---\nWednesday, March 5, 2014\nAcme opens a plant",
         "2014-03-05", "front matter", "Acme opens a plant"),
        ('"Sales rose," Holt said. "We will hire."\nAcme hires', None, "none", "Acme hires"),
        # a release's label above its headline is no title
        ("FOR IMMEDIATE RELEASE\n\nAcme opens a plant\n\nDENVER, March 3, 2026 /PRNewswire/ -- "
         "Acme opened a plant.", "2026-03-03", "dateline", "Acme opens a plant"),
        ("March 2018", "2018-03", "dateline", None),
        ("No date anywhere here.", None, "none", None),
    ],
)
def test_date_sources(
    tmp_path: Path, first_lines: str, value: str | None, source: str, title: str | None
) -> None:
    path = write(tmp_path, "doc.txt", first_lines + "\n\nThe body says something on Monday.\n")
    doc = read_document(path)
    assert (doc.date, doc.date_source) == (value, source)
    if title:
        assert doc.title == title


def test_dateline_not_taken_from_running_text(tmp_path: Path) -> None:
    path = write(tmp_path, "doc.txt", "Title here\n\nOn December 29, 2016 the order was signed.\n")
    doc = read_document(path)
    assert (doc.date, doc.date_source, doc.title) == (None, "none", "Title here")


def test_html_visible_text_only(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Page title</title><style>p{}</style>"
        '<meta property="article:published_time" content="2017-08-02T10:00:00Z"></head>'
        "<body><h1>Senators act</h1><script>var x = 'December 1, 2000';</script>"
        "<p>On Monday the &amp; senators wrote.</p></body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", html))
    assert "var x" not in doc.text and "p{}" not in doc.text
    assert "On Monday the & senators wrote." in doc.text
    assert (doc.title, doc.date, doc.date_source) == ("Senators act", "2017-08-02", "header")


def test_timeml_text_and_dct(tmp_path: Path) -> None:
    tml = (
        '<?xml version="1.0" ?>\n<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="TIME" '
        'value="1990-08-15T13:37" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n'
        '<TEXT>\nIraq <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" '
        'value="1990-08-15">today</TIMEX3> it &amp; others.\n</TEXT></TimeML>'
    )
    doc = read_document(write(tmp_path, "x.tml", tml))
    assert doc.text == "\nIraq said today it & others.\n"
    assert (doc.date, doc.date_source) == ("1990-08-15", "header")


def test_folders_are_walked_recursively_in_stable_order(tmp_path: Path) -> None:
    for name in ("b/z.txt", "a.txt", "b/a.md", ".hidden/x.txt", "notes.csv", "c.htm"):
        write(tmp_path, name, "Some text\n")
    ids = [d.id for d in read_documents([tmp_path]).documents]
    assert ids == ["a.txt", "b/a.md", "b/z.txt", "c.htm"]


def test_encodings(tmp_path: Path) -> None:
    bom = read_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbfCaf\xc3\xa9 text"))
    assert (bom.text, bom.warnings) == ("Café text", ())
    utf16 = read_document(write(tmp_path, "u16.txt", "Café text".encode("utf-16")))
    assert utf16.text == "Café text"
    cp = read_document(write(tmp_path, "cp.txt", b"It\x92s caf\xe9 text"))
    assert cp.text == "It’s café text" and cp.encoding == "cp1252"
    assert "not valid UTF-8" in cp.warnings[0] and "0x92" in cp.warnings[0]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n\t", "no text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("open.md", b"---\ntitle: x\nauthor: y\n", "never closed"),
        ("bad.md", b"---\ntitle x\n---\nText\n", "expected 'key: value'"),
        ("baddate.md", b"---\ndate: someday\n---\nText\n", "found 'someday'"),
        ("feb30.txt", b"Date: February 30, 2020\nText\n", "impossible date"),
        ("dateline.txt", b"February 30, 2020\nText\n", "impossible date"),
        ("broken.tml", b"<TimeML><TEXT>unclosed</TimeML>", "malformed TimeML"),
        ("notext.tml", b"<TimeML><DOCID>x</DOCID></TimeML>", "expected a <TEXT> element"),
    ],
)
def test_bad_input_names_file_and_problem(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    write(tmp_path, name, content)
    write(tmp_path, "good.txt", "A good document.\n")
    result = read_documents([tmp_path])
    assert [d.id for d in result.documents] == ["good.txt"]
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.path.endswith(name)
    assert problem in str(error) and name in str(error)


def test_size_limit_is_a_setting(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2000)
    with pytest.raises(DocumentError, match="over the limit of 1,000"):
        read_document(path, settings=Settings(max_document_bytes=1000))
    assert read_document(path).size == 2000


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "text")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(DocumentError, match=r"secret\.txt: cannot read the file: Permission"):
        read_document(path)


def test_unreadable_file_as_root_via_directory(tmp_path: Path) -> None:
    # A directory named like a document cannot be read as one, whoever we are.
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(DocumentError, match="cannot read the file"):
        read_document(tmp_path / "folder.txt")


def test_manifest_problems(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Text a\n")
    write(tmp_path, "b.txt", "Text b\n")
    write(
        tmp_path,
        "documents.csv",
        "file,date,title,source,url\nmissing.txt,2020-01-01,,,\nb.txt,2020-02-30,,,\n",
    )
    result = read_documents([tmp_path])
    assert [d.id for d in result.documents] == ["a.txt"]
    messages = sorted(str(e) for e in result.errors)
    assert any("missing.txt" in m and "documents.csv" in m for m in messages)
    assert any(m.startswith(str(tmp_path / "b.txt")) and "2020-02-30" in m for m in messages)


def test_manifest_without_file_column(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Text a\n")
    write(tmp_path, "documents.csv", "name,date\na.txt,2020-01-01\n")
    result = read_documents([tmp_path])
    assert [d.date for d in result.documents] == [None]
    assert "expected a header row with columns file" in str(result.errors[0])


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    other = write(tmp_path, "data.json", "{}")
    result = read_documents([tmp_path / "nope.txt", other])
    assert result.documents == ()
    assert "no such file" in str(result.errors[0])
    assert "unsupported file type '.json'" in str(result.errors[1])


def test_undated_document_is_never_given_today(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "Officials met yesterday.\n"))
    assert doc.date is None and doc.date_source == "none" and doc.date_line is None
