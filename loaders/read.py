"""Reading articles from files, folders, JSON Lines and saved HTML pages.

Every input becomes an :class:`Article` (clean body text plus metadata) or a
:class:`ReadProblem` (one line naming the input). Problems are *yielded*, not
raised: an analyst who points parley at a folder of a thousand scraped
articles wants the 999 good ones read and one clear line about the bad one.

Metadata comes, in order of precedence, from the folder's ``index.yaml`` /
``index.csv`` (what a news feed supplies), from the article's own header
(``title:``/``date:``/``language:``/``source:`` lines ended by ``---``, or a
leading ``date YYYY-MM-DD`` marker), from the text (its first line is the
title when it looks like one), and, for the language, from detection.

>>> a = read_text("Kreml avviser forslaget\\n\\nRussland sier nei til våpenhvile.", id="a1")
>>> a.title, a.text, a.language
('Kreml avviser forslaget', 'Russland sier nei til våpenhvile.', 'nb')
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parley.graph.errors import InputError
from parley.graph.records import ArticleRecord
from parley.loaders.clean import Debris, clean_report, is_caption
from parley.loaders.language import SUPPORTED_LANGUAGES, detect_language, normalise_language

__all__ = ["SUPPORTED_LANGUAGES", "Article", "ReadProblem", "read_inputs", "read_text"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
INDEX_NAMES = ("index.yaml", "index.yml", "index.csv")
METADATA_FIELDS = ("title", "date", "language", "source")

# Bytes looked at to tell text from binary, and the share of control bytes that makes it binary.
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)) and b != 127)


@dataclass
class Article:
    """One article, ready for extraction: body text and the metadata of SPEC.md's Article node."""

    id: str
    title: str | None
    text: str  # the body: no title line, no header; paragraphs separated by "\n\n"
    language: str | None  # ISO 639-1 ("nb" for Norwegian)
    date: str | None  # YYYY-MM-DD
    source: str | None
    sha256: str  # of the raw bytes: tells a changed article from an unchanged one
    warnings: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # debris taken out, as "reason: line"

    def record(self) -> ArticleRecord:
        """The interchange record (``record: article``) for this article."""
        return ArticleRecord(id=self.id, title=self.title, language=self.language, date=self.date, source=self.source)


@dataclass
class ReadProblem:
    """An input that could not be read, and why, in one line."""

    input: str  # the path, or "file.jsonl:7" for one line of a JSON Lines file
    message: str

    def __str__(self) -> str:
        return f"{self.input}: {self.message}"


class _Skip(Exception):
    """Internal: this input becomes a ReadProblem with this message."""


# --- public entry points -------------------------------------------------------------------------


def read_inputs(
    paths: Iterable[str | Path], *, max_bytes: int = 10_000_000, detect: bool = True
) -> Iterator[Article | ReadProblem]:
    """Read files and folders (recursively, sorted) into articles, yielding a problem per bad input.

    Text files (``.txt``, ``.md``, no extension), JSON Lines (``.jsonl``, one article per line)
    and saved HTML pages (``.html``, ``.htm``) are read; a folder's ``index.yaml``/``index.csv``
    supplies metadata. Files over ``max_bytes`` are refused without being read. With
    ``detect=False`` the language comes only from metadata (and stays None without it).
    """
    reader = _Reader(max_bytes=max_bytes, detect=detect)
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield ReadProblem(str(p), "no such file or directory")
        elif path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                yield from reader.read_file(f, root=path, in_folder=True)
            if not found:
                yield ReadProblem(str(p), "folder has no article files (.txt, .md, .jsonl, .html)")
        else:
            yield from reader.read_file(path, root=path.parent, in_folder=False)


def read_text(
    text: str,
    *,
    id: str = "text",
    source: str | None = None,
    title: str | None = None,
    date: str | None = None,
    language: str | None = None,
    detect: bool = True,
) -> Article:
    """Make an article from a string, as the file reader would (header, debris, title, language).

    Raises :class:`~parley.graph.errors.InputError` for an empty text or an unsupported language.
    """
    meta = {"title": title, "date": date, "language": language, "source": source}
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    try:
        return _build(id, text, meta=meta, sha=sha, source=source, detect=detect, title_from_text=title is None)
    except _Skip as exc:
        raise InputError(f"{id}: {exc}") from None


# --- walking folders -----------------------------------------------------------------------------


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, skipping hidden files and folders and index files."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.lower() in INDEX_NAMES:
                continue
            yield Path(dirpath) / name


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


# --- the reader ----------------------------------------------------------------------------------


class _Reader:
    """State shared across one call of :func:`read_inputs`: folder indexes and the ids seen."""

    def __init__(self, *, max_bytes: int, detect: bool) -> None:
        self.max_bytes = max_bytes
        self.detect = detect
        self.indexes: dict[Path, dict[str, dict[str, Any]]] = {}
        self.seen: dict[str, str] = {}

    def read_file(self, path: Path, *, root: Path, in_folder: bool) -> Iterator[Article | ReadProblem]:
        kind = _kind(path)
        if kind is None:
            if in_folder:
                yield ReadProblem(
                    str(path), f"unsupported file type '{path.suffix}' (expected .txt, .md, .jsonl, .html)"
                )
                return
            kind = "text"  # named explicitly: try it, the binary check will refuse what is not text
        if path.name.lower() in INDEX_NAMES:
            yield ReadProblem(str(path), "an index of article metadata, not an article")
            return
        yield from self._index_problems(path, root)
        try:
            if kind == "jsonl":
                yield from self._read_jsonl(path, root)
                return
            raw = self._read_bytes(path)
            sha = hashlib.sha256(raw).hexdigest()
            text, warnings = _decode(raw)
            meta = self._metadata(path.stem, path, root)
            if kind == "html":
                article = _build_html(path.stem, text, meta=meta, sha=sha, source=str(path), detect=self.detect)
            else:
                article = _build(
                    path.stem,
                    text,
                    meta=meta,
                    sha=sha,
                    source=str(path),
                    detect=self.detect,
                    title_from_text=True,
                    markdown=path.suffix.lower() in (".md", ".markdown"),
                )
        except _Skip as exc:
            yield ReadProblem(str(path), str(exc))
            return
        except OSError as exc:
            yield ReadProblem(str(path), f"cannot read: {exc.strerror or exc}")
            return
        article.warnings[:0] = warnings
        yield self._note_id(article, str(path))

    def _note_id(self, article: Article, where: str) -> Article:
        other = self.seen.setdefault(article.id, where)
        if other != where:
            article.warnings.append(f"duplicate id '{article.id}' (also read from {other})")
        return article

    def _read_bytes(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size > self.max_bytes:
            raise _Skip(f"larger than {_size(self.max_bytes, limit=True)} limit ({_size(size)})")
        with path.open("rb") as fh:
            raw = fh.read(self.max_bytes + 1)
        if len(raw) > self.max_bytes:  # it grew while we looked
            raise _Skip(f"larger than {_size(self.max_bytes, limit=True)} limit")
        if not raw:
            raise _Skip("empty file")
        _check_text(raw)
        return raw

    # -- JSON Lines --

    def _read_jsonl(self, path: Path, root: Path) -> Iterator[Article | ReadProblem]:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            if not head:
                raise _Skip("empty file")
            _check_text(head)
            fh.seek(0)
            lineno = 0
            any_line = False
            while True:
                line = fh.readline(self.max_bytes + 1)
                if not line:
                    break
                lineno += 1
                where = f"{path}:{lineno}"
                if len(line) > self.max_bytes and not line.endswith(b"\n"):
                    while (chunk := fh.readline(1 << 20)) and not chunk.endswith(b"\n"):
                        pass
                    yield ReadProblem(where, f"line larger than {_size(self.max_bytes, limit=True)} limit")
                    continue
                line = line.rstrip(b"\r\n")
                if not line.strip():
                    continue
                any_line = True
                try:
                    article = self._jsonl_article(line, path, root)
                except _Skip as exc:
                    yield ReadProblem(where, str(exc))
                    continue
                yield self._note_id(article, where)
            if not any_line:
                raise _Skip("empty file (no JSON Lines records)")

    def _jsonl_article(self, line: bytes, path: Path, root: Path) -> Article:
        warnings: list[str] = []
        try:
            s = line.decode("utf-8")
        except UnicodeDecodeError:
            s = line.decode("cp1252", errors="replace")
            warnings.append("decoded as cp1252 (not valid UTF-8)")
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise _Skip(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise _Skip(f"a record must be a JSON object, not {type(obj).__name__}")
        aid = obj.get("id")
        if isinstance(aid, (int, float)) and not isinstance(aid, bool):
            aid = str(aid)
        if not isinstance(aid, str) or not aid.strip():
            raise _Skip("missing field 'id'")
        text = obj.get("text")
        if text is None:
            raise _Skip(f"record '{aid}' has no 'text'")
        if not isinstance(text, str):
            raise _Skip(f"record '{aid}': field 'text' must be a string, not {type(text).__name__}")
        if not text.strip():
            raise _Skip(f"record '{aid}': empty 'text'")
        meta: dict[str, Any] = {}
        for key in METADATA_FIELDS:
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                raise _Skip(f"record '{aid}': field '{key}' must be a string, not {type(value).__name__}")
            meta[key] = value
        meta.update({k: v for k, v in self._metadata(aid.strip(), path, root).items() if v is not None})
        sha = hashlib.sha256(line).hexdigest()
        article = _build(
            aid.strip(),
            text,
            meta=meta,
            sha=sha,
            source=meta.get("source") or str(path),
            detect=self.detect,
            title_from_text=not meta.get("title"),
        )
        article.warnings[:0] = warnings
        return article

    # -- folder metadata --

    def _metadata(self, aid: str, path: Path, root: Path) -> dict[str, Any]:
        """The index entry for ``aid``: the nearest index between the file's folder and ``root``."""
        for folder in _folders_up(path.parent, root):
            entry = self._index(folder).get(aid)
            if entry is not None:
                return entry
        return {}

    def _index_problems(self, path: Path, root: Path) -> Iterator[ReadProblem]:
        """Load the indexes that apply to ``path``; their problems are reported once, here."""
        for folder in _folders_up(path.parent, root):
            if folder not in self.indexes:
                self.indexes[folder], problems = _load_index(folder)
                yield from problems

    def _index(self, folder: Path) -> dict[str, dict[str, Any]]:
        if folder not in self.indexes:
            self.indexes[folder] = _load_index(folder)[0]
        return self.indexes[folder]


def _folders_up(folder: Path, root: Path) -> Iterator[Path]:
    """``folder`` and its parents up to ``root`` (inclusive)."""
    yield folder
    try:
        rel = folder.relative_to(root)
    except ValueError:
        return
    for parent in rel.parents:
        if parent == Path("."):
            if folder != root:
                yield root
        else:
            yield root / parent


def _index_path(folder: Path) -> Path:
    for name in INDEX_NAMES:
        if (folder / name).is_file():
            return folder / name
    return folder / INDEX_NAMES[0]


def _load_index(folder: Path) -> tuple[dict[str, dict[str, Any]], list[ReadProblem]]:
    """Read a folder's ``index.yaml`` (id -> fields) or ``index.csv`` (a header with ``id``).

    A malformed entry costs only itself (and a problem naming its line), not the whole index.
    """
    path = _index_path(folder)
    if not path.is_file():
        return {}, []
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [ReadProblem(str(path), f"cannot read the metadata index: {exc}")]
    if path.suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
        if rows and "id" not in rows[0]:
            return {}, [ReadProblem(str(path), "metadata index has no 'id' column")]
        entries = {
            row["id"].strip(): {k: (row.get(k) or None) for k in METADATA_FIELDS} for row in rows if row.get("id")
        }
        return entries, []
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError:
        return _load_index_leniently(path, raw)
    try:
        return _index_entries(data), []
    except _Skip as exc:
        return {}, [ReadProblem(str(path), str(exc))]


def _index_entries(data: Any) -> dict[str, dict[str, Any]]:
    if data is None:
        return {}
    items: Iterable[tuple[Any, Any]]
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):  # a list of mappings, each with an "id"
        items = [(d.get("id"), d) for d in data if isinstance(d, dict)]
    else:
        raise _Skip("metadata index must map article ids to their fields")
    entries: dict[str, dict[str, Any]] = {}
    for key, value in items:
        if key is not None:
            fields = value if isinstance(value, dict) else {}
            entries[str(key)] = {k: fields.get(k) for k in METADATA_FIELDS}
    return entries


_TOP_LEVEL = re.compile(r"^[^\s#]")


def _load_index_leniently(path: Path, raw: str) -> tuple[dict[str, dict[str, Any]], list[ReadProblem]]:
    """An index mapping that YAML refuses as a whole: parse it entry by entry, then line by line."""
    lines = raw.split("\n")
    starts = [i for i, ln in enumerate(lines) if _TOP_LEVEL.match(ln)] + [len(lines)]
    entries: dict[str, dict[str, Any]] = {}
    problems: list[ReadProblem] = []
    for a, b in zip(starts, starts[1:], strict=False):
        chunk = "\n".join(lines[a:b])
        try:
            entries.update(_index_entries(yaml.safe_load(chunk)))
            continue
        except (yaml.YAMLError, _Skip):
            pass
        head = lines[a].split(":", 1)
        if len(head) != 2 or head[1].strip():
            problems.append(ReadProblem(f"{path}:{a + 1}", "metadata index: not valid YAML (entry skipped)"))
            continue
        fields: dict[str, Any] = {}
        for i in range(a + 1, b):
            if not lines[i].strip() or lines[i].lstrip().startswith("#"):
                continue
            try:
                item = yaml.safe_load(lines[i].strip())
            except yaml.YAMLError:
                item = None
            if isinstance(item, dict):
                fields.update(item)
            else:
                problems.append(ReadProblem(f"{path}:{i + 1}", "metadata index: not valid YAML (line skipped)"))
        entries[head[0].strip().strip("\"'")] = {k: fields.get(k) for k in METADATA_FIELDS}
    return entries, problems


# --- bytes to text -------------------------------------------------------------------------------


def _check_text(raw: bytes) -> None:
    """Refuse binary content: NUL bytes (outside UTF-16) or many control bytes."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    sample = raw[:_SNIFF_BYTES]
    if b"\x00" in sample or len(sample.translate(None, _NOT_CONTROL)) > _MAX_CONTROL_SHARE * len(sample):
        raise _Skip("binary file (not text)")


def _decode(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; else CP1252/Latin-1, with a warning."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            raise _Skip("not valid UTF-16 despite its byte-order mark") from None
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    try:
        return raw.decode("cp1252"), [f"decoded as cp1252 (not valid UTF-8 at {where})"]
    except UnicodeDecodeError:
        return raw.decode("latin-1"), [f"decoded as latin-1 (not valid UTF-8 at {where})"]


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _normalise(text: str) -> str:
    """NFC, "\\n" line ends, no soft hyphens or zero-width characters, single spaces."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _SPACES.sub(" ", text)


# --- headers, paragraphs, title ------------------------------------------------------------------

_HEADER_LINE = re.compile(r"^(title|date|language|lang|source|url|link)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_FRONT_MATTER_LINE = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_DATE_MARKER = re.compile(r"^\s*(?:date|dato|datum)\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_HEADER_KEYS = {"lang": "language", "url": "source", "link": "source"}


def _parse_header(text: str) -> tuple[dict[str, str], str]:
    """Split off a ``key: value`` header ended by ``---`` (or YAML front matter), or a date marker."""
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return {}, text
    front = lines[first].strip() == "---"
    start = first + 1 if front else first
    header: dict[str, str] = {}
    for i in range(start, min(len(lines), start + 30)):
        line = lines[i].strip()
        if line == "---" and (header or front):
            return header, "\n".join(lines[i + 1 :])
        if not line:
            continue
        m = _HEADER_LINE.match(line)
        if m:
            key = m.group(1).lower()
            header[_HEADER_KEYS.get(key, key)] = m.group(2).strip().strip("\"'")
        elif not (front and _FRONT_MATTER_LINE.match(line)):
            break
    marker = _DATE_MARKER.match(text.lstrip("\n"))
    if marker:
        return {"date": marker.group(1)}, text.lstrip("\n")[marker.end() :]
    return {}, text


_TERMINAL = re.compile(r"[.!?:;…\"”»«’)]$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_BULLET = re.compile(r"^[*+-]\s+")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _paragraphs(body: str, markdown: bool = False) -> list[str]:
    """Blank-line blocks; inside one, each line is a paragraph unless the block is hard-wrapped."""
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", body):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if markdown:
            lines = [_markdown_line(ln) for ln in lines]
            lines = [ln for ln in lines if ln]
        if not lines:
            continue
        if _hard_wrapped(lines):
            out.append(" ".join(lines))
            continue
        current = lines[0]
        for ln in lines[1:]:
            if not _TERMINAL.search(current) and ln[0].islower():  # a sentence broken over two lines
                current = f"{current} {ln}"
            else:
                out.append(current)
                current = ln
        out.append(current)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of a similar width, 40-100 characters: text wrapped by an editor, not one paragraph each."""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    widths = [len(ln) for ln in inner]
    if min(widths) < 40 or max(widths) > 100 or max(widths) - min(widths) > 35:
        return False
    return sum(not _TERMINAL.search(ln) for ln in inner) * 2 > len(inner)  # most break mid-sentence


def _markdown_line(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_HEADING.sub("", line)
    line = _MD_QUOTE.sub("", line)
    line = _MD_BULLET.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line).strip()


_INNER_BOUNDARY = re.compile(r"[.!?][\"”’»]?\s+[\"“„«–]?[A-ZÆØÅÄÖÜÉ]")
_QUOTES = str.maketrans({c: '"' for c in "“”„«»‘’‚'`´"})


def _looks_like_title(line: str) -> bool:
    """A headline: short, one sentence, not ending with a full stop."""
    return (
        len(line) <= 160
        and len(line.split()) <= 25
        and not line.endswith(".")
        and not _INNER_BOUNDARY.search(line)
        and not is_caption(line)
    )


def _same_text(a: str, b: str) -> bool:
    """Equal up to quote style, case, spacing and final punctuation (a title repeated as a lead)."""

    def key(s: str) -> str:
        return " ".join(s.translate(_QUOTES).lower().split()).rstrip(".:")

    return key(a) == key(b)


def _take_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The first paragraph, when it looks like a headline; captions before it are passed over."""
    for i, para in enumerate(paragraphs):
        if is_caption(para):
            continue
        if _looks_like_title(para) and len(paragraphs) > 1:
            return para, paragraphs[:i] + paragraphs[i + 1 :]
        break
    return None, paragraphs


# --- building an article -------------------------------------------------------------------------


def _build(
    aid: str,
    text: str,
    *,
    meta: dict[str, Any],
    sha: str,
    source: str | None,
    detect: bool,
    title_from_text: bool,
    markdown: bool = False,
) -> Article:
    """Header, debris, title, metadata and language: the steps every plain-text input goes through."""
    text = _normalise(text)
    if not text.strip():
        raise _Skip("empty file (only white space)")
    header, body = _parse_header(text)
    explicit_language = normalise_language(meta.get("language") or header.get("language"))
    paras, removed = clean_report(_paragraphs(body, markdown), explicit_language)
    text_title = None
    if title_from_text:
        text_title, paras = _take_title(paras)
    title = _clean_title(meta.get("title") or header.get("title") or text_title)
    return _finish(
        aid,
        title,
        paras,
        removed=[str(d) for d in removed],
        meta=meta,
        header=header,
        sha=sha,
        source=meta.get("source") or header.get("source") or source,
        detect=detect,
    )


def _finish(
    aid: str,
    title: str | None,
    paras: list[str],
    *,
    removed: list[str],
    meta: dict[str, Any],
    header: dict[str, str],
    sha: str,
    source: str | None,
    detect: bool,
) -> Article:
    warnings: list[str] = []
    repeated = None
    while paras and title and _same_text(paras[0], title):
        repeated = paras.pop(0)
        removed.append(f"repeated title: {repeated}")
    if not paras:
        if repeated is None:
            raise _Skip("no article text (only debris)" if removed else "empty file (only white space)")
        paras = [repeated]  # a one-line article: its line is both title and text
    body = "\n\n".join(paras)
    language = normalise_language(meta.get("language") or header.get("language"))
    if language is None and detect:
        language = detect_language(body if len(body) >= 200 or not title else f"{title}\n\n{body}")
        if language is None:
            warnings.append("language not detected (too little text)")
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise _Skip(f"unsupported language '{language}' (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    date = None
    raw_date = meta.get("date") or header.get("date")
    if raw_date:
        date = _iso_date(raw_date)
        if date is None:
            warnings.append(f"ignored date {str(raw_date)!r} (not a date)")
    return Article(
        id=aid,
        title=title,
        text=body,
        language=language,
        date=date,
        source=str(source) if source is not None else None,
        sha256=sha,
        warnings=warnings,
        removed=removed,
    )


def _clean_title(title: Any) -> str | None:
    if title is None:
        return None
    t = " ".join(str(title).split())
    return t or None


def _build_html(aid: str, html: str, *, meta: dict[str, Any], sha: str, source: str, detect: bool) -> Article:
    """A saved web page: trafilatura finds the article body, title and date, offline."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html-clean part
        raise _Skip(f"cannot read HTML: trafilatura is not usable ({exc})") from None
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    if doc is None:
        raise _Skip("no article text found in the HTML page")
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = found.get("text") or ""
    if not body.strip():
        raise _Skip("no article text found in the HTML page")
    explicit_language = normalise_language(meta.get("language"))
    paras, removed = clean_report(_paragraphs(_normalise(body)), explicit_language)
    page_title = _clean_title(found.get("title"))
    while paras and page_title and _same_text(paras[0], page_title):  # the page's <h1>
        removed.append(Debris(paras.pop(0), "repeated title"))
    title = _clean_title(meta.get("title")) or page_title
    if not title:
        title, paras = _take_title(paras)
    if not paras:
        raise _Skip("no article text found in the HTML page")
    page_meta = {
        "title": title,
        "date": meta.get("date") or found.get("date"),
        "language": meta.get("language"),
        "source": meta.get("source") or found.get("url") or source,
    }
    return _finish(
        aid,
        title,
        paras,
        removed=[str(d) for d in removed],
        meta=page_meta,
        header={},
        sha=sha,
        source=page_meta["source"],
        detect=detect,
    )


_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def _iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from a date, a datetime, an ISO string (with or without time) or DD.MM.YYYY."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10].replace("/", "-")).isoformat()
    except ValueError:
        pass
    m = _DMY.match(s)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None


def _size(n: int, *, limit: bool = False) -> str:
    """Bytes for people: "52.4 MB"; a limit drops needless decimals ("10 MB")."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{n / scale:g} {unit}" if limit and n % (scale // 10) == 0 else f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
