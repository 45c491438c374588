"""Files -> Document: the text exactly as decoded, a title, and the document's own date.

Where the date comes from, first match wins: a front-matter block at the top of the file, the
folder's `documents.csv` manifest, a header line ("date 2020-02-24", "Date: February 24, 2020";
for TimeML the DCT), a dateline among the first lines ("WASHINGTON, Dec. 29, 2016 —"); the
first lines are read in `datelines`. A document with no date gets none: nothing here ever uses
today's date.
"""

from __future__ import annotations

import codecs
import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline.datelines import Header, find_dateline, find_header, header_from, headline
from timeline.dates import whole_date
from timeline.errors import DocumentError
from timeline.htmltext import html_text
from timeline.models import DateSource, Document
from timeline.settings import Settings

__all__ = [
    "MANIFEST_NAME",
    "SUFFIXES",
    "ReadResult",
    "check_size",
    "file_title",
    "parse_document",
    "read_document",
    "read_documents",
]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".tml")
MANIFEST_NAME = "documents.csv"
MANIFEST_COLUMNS = ("file", "date", "title", "source", "url", "author")
FRONT_MATTER_KEYS = ("date", "title", "source", "url", "author")


@dataclass(frozen=True)
class ReadResult:
    """The documents that could be read, and one error for each file that could not."""

    documents: tuple[Document, ...]
    errors: tuple[DocumentError, ...] = field(default=())


@dataclass(frozen=True)
class _Meta:
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None


def read_documents(paths: Iterable[str | Path], settings: Settings | None = None) -> ReadResult:
    """Read every document under `paths` (files or folders, recursively, in a stable order).

    A file that cannot be read gives a `DocumentError` in the result and the others go on.

    >>> result = read_documents(["seeds"])
    >>> [(d.id, d.date, d.date_source) for d in result.documents][0]
    ('000_937114fbc32cb6bf.txt', '2020-02-24', 'header')
    """
    settings = settings or Settings()
    documents: list[Document] = []
    errors: list[DocumentError] = []
    manifests: dict[Path, dict[str, _Meta | DocumentError]] = {}
    for path, doc_id in _walk(paths, errors):
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = _load_manifest(folder, errors)
        meta = manifests[folder].get(path.name)
        try:
            if isinstance(meta, DocumentError):
                raise meta
            documents.append(read_document(path, doc_id, meta, settings))
        except DocumentError as exc:
            errors.append(exc)
    return ReadResult(tuple(documents), tuple(errors))


def read_document(
    path: Path,
    doc_id: str | None = None,
    meta: _Meta | None = None,
    settings: Settings | None = None,
) -> Document:
    """Read one file as a Document, or raise a DocumentError naming the file and the problem."""
    settings = settings or Settings()
    name = str(path)
    try:
        check_size(name, path.stat().st_size, settings)
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot read the file: {exc.strerror or exc}") from None
    return parse_document(data, name, doc_id or path.name, meta or _Meta(), settings)


def file_title(name: str) -> str:
    """Return the title a document gets when nothing in it reads as one: its file's name."""
    return Path(name).stem


def check_size(name: str, size: int, settings: Settings) -> None:
    """Refuse a file over the size limit before it is read or parsed."""
    if size > settings.max_document_bytes:
        raise DocumentError(
            name,
            f"file is {size:,} bytes, over the limit of {settings.max_document_bytes:,} "
            "(setting max_document_bytes)",
        )


def parse_document(
    data: bytes, name: str, doc_id: str, meta: _Meta | None = None, settings: Settings | None = None
) -> Document:
    """Return the Document held in `data`, the bytes of the file `name`."""
    settings = settings or Settings()
    manifest = meta or _Meta()
    if not data:
        raise DocumentError(name, "empty file: expected text, found 0 bytes")
    decoded, encoding, warnings = _decode(data, name)
    suffix = Path(name).suffix.lower()
    front, front_line, offset = _Meta(), None, 0
    header: Header | None = None
    markup_title: str | None = None
    if suffix == ".tml":
        text, header, markup_title = _timeml(decoded, name)
    elif suffix in (".html", ".htm"):
        text, markup_title, published = html_text(decoded)
        if published:
            header = header_from(published, published, name)
    else:
        front, front_line, offset, text = _front_matter(decoded, name)
    if not text.strip():
        raise DocumentError(name, "no text: the document holds only whitespace or markup")
    if header is None and suffix != ".tml":
        header = find_header(text, name, settings)

    date: str | None
    source: DateSource
    if front.date:
        date, source, line = front.date, "front matter", front_line
    elif manifest.date:
        date, source, line = manifest.date, "manifest", None
    elif header is not None:
        date, source, line = header.date, "header", header.line
    else:
        found = find_dateline(text, name, settings)
        date, line = found if found else (None, None)
        source = "dateline" if found else "none"
    title = (
        front.title
        or manifest.title
        or (header.title if header else None)
        or markup_title
        or headline(text, line, settings)
        or file_title(name)
    )
    return Document(
        id=doc_id,
        path=name,
        title=title,
        text=text,
        date=date,
        date_source=source,
        date_line=line,
        source=front.source or manifest.source,
        url=front.url or manifest.url,
        author=front.author or manifest.author,
        text_offset=offset,
        size=len(data),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _walk(paths: Iterable[str | Path], errors: list[DocumentError]) -> Iterator[tuple[Path, str]]:
    """Yield each document file with its id, skipping hidden files and manifests."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            found = [
                p
                for p in root.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            ]
            for path in sorted(found, key=lambda p: p.relative_to(root).as_posix()):
                yield path, path.relative_to(root).as_posix()
        elif root.is_file():
            if root.suffix.lower() not in SUFFIXES:
                errors.append(
                    DocumentError(
                        str(root),
                        f"unsupported file type {root.suffix or '(none)'!r}; "
                        f"expected one of {', '.join(SUFFIXES)}",
                    )
                )
                continue
            yield root, root.name
        else:
            errors.append(DocumentError(str(root), "no such file or folder"))


def _load_manifest(
    folder: Path, errors: list[DocumentError]
) -> dict[str, _Meta | DocumentError]:
    """Return the metadata rows of `folder`'s manifest by file name; bad rows become errors."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    name = str(path)
    try:
        text, _, _ = _decode(path.read_bytes(), name)
    except OSError as exc:
        errors.append(DocumentError(name, f"cannot read the manifest: {exc.strerror or exc}"))
        return {}
    except DocumentError as exc:
        errors.append(exc)
        return {}
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip() for c in reader.fieldnames or []]
    if "file" not in columns:
        errors.append(
            DocumentError(
                name, f"expected a header row with columns {','.join(MANIFEST_COLUMNS)}, "
                f"found {','.join(columns) or 'nothing'}"
            )
        )
        return {}
    rows: dict[str, _Meta | DocumentError] = {}
    for number, row in enumerate(reader, start=2):
        cells = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        file = cells.get("file", "")
        if not file:
            errors.append(DocumentError(name, f"row {number}: expected a file name, found none"))
            continue
        if not (folder / file).is_file():
            errors.append(
                DocumentError(name, f"row {number} names {file!r}, which is not a file in {folder}")
            )
            continue
        date = None
        if cells.get("date"):
            try:
                date = whole_date(cells["date"])
            except ValueError as exc:
                # The document itself is refused: reading it undated would hide the mistake.
                rows[file] = DocumentError(str(folder / file), f"{name} row {number}: {exc}")
                continue
        rows[file] = _Meta(
            date=date,
            title=cells.get("title") or None,
            source=cells.get("source") or None,
            url=cells.get("url") or None,
            author=cells.get("author") or None,
        )
    return rows


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Return the text, the encoding used and any warning; refuse binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    name,
                    f"starts with a {encoding} byte-order mark but {exc.reason} "
                    f"at byte {exc.start}",
                ) from None
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\0" in head or controls > len(head) // 10:
        raise DocumentError(name, "binary file: expected text, found control bytes such as NUL")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        warning = (
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "decoded as cp1252"
        )
        return data.decode("cp1252", errors="replace"), "cp1252", [warning]


def _front_matter(decoded: str, name: str) -> tuple[_Meta, str | None, int, str]:
    """Split a leading `---` block off the text: (metadata, its date line, text offset, text)."""
    first, sep, rest = decoded.partition("\n")
    if first.rstrip() != "---" or not sep:
        return _Meta(), None, 0, decoded
    values: dict[str, str] = {}
    date_line = None
    offset = len(first) + 1
    for number, line in enumerate(rest.splitlines(keepends=True), start=2):
        offset += len(line)
        stripped = line.strip()
        if stripped in ("---", "..."):
            break
        if not stripped or stripped.startswith("#") or line[:1] in (" ", "\t", "-"):
            continue  # blank, comment, or a continuation of a key we do not use
        key, colon, value = stripped.partition(":")
        if not colon:
            raise DocumentError(
                name, f"malformed front matter, line {number}: expected 'key: value', "
                f"found {stripped!r}"
            )
        key = key.strip().lower()
        if key in FRONT_MATTER_KEYS:
            values[key] = value.strip().strip("\"'")
            if key == "date":
                date_line = stripped
    else:
        raise DocumentError(
            name, "malformed front matter: the '---' block opened on line 1 is never closed"
        )
    date = None
    if values.get("date"):
        try:
            date = whole_date(values["date"])
        except ValueError as exc:
            raise DocumentError(name, f"front matter date: {exc}") from None
    meta = _Meta(
        date=date,
        title=values.get("title") or None,
        source=values.get("source") or None,
        url=values.get("url") or None,
        author=values.get("author") or None,
    )
    return meta, date_line, offset, decoded[offset:]


def _timeml(decoded: str, name: str) -> tuple[str, Header | None, None]:
    """Return the character data of a TimeML file's TEXT element and its DCT as a header."""
    try:
        root = ET.fromstring(decoded.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise DocumentError(name, f"malformed TimeML: {exc}") from None
    body = root.find("TEXT")
    if body is None:
        raise DocumentError(name, "malformed TimeML: expected a <TEXT> element, found none")
    text = "".join(body.itertext())
    dct = root.find("DCT/TIMEX3")
    if dct is None or not dct.get("value"):
        return text, None, None
    value = dct.get("value", "").split("T")[0]
    header = header_from(value, f"DCT {dct.get('value')}", name)
    return text, header, None
