"""The JSON Lines interchange format of SPEC.md, as dataclasses.

Extraction writes these records, loading reads them, evaluation and curation
use them. A malformed line never stops a file: :func:`read_jsonl` yields a
:class:`~parley.graph.errors.RecordError` naming the line and goes on.

>>> e = EdgeRecord(source="state:russia", target="proposal:x", type="DEMANDS", article="a1")
>>> EdgeRecord.from_dict(e.to_dict()) == e
True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from parley.graph import model as m
from parley.graph.errors import ModelError, RecordError


@dataclass
class ArticleRecord:
    """An article's metadata (``record: article``)."""

    id: str
    title: str | None = None
    language: str | None = None
    date: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"record": "article", **asdict(self)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        _require(d, "id")
        return cls(
            id=str(d["id"]),
            title=d.get("title"),
            language=d.get("language"),
            date=_date_str(d.get("date")),
            source=d.get("source"),
        )


@dataclass
class NodeRecord:
    """A node (``record: node``); ``props`` holds the label's own properties (iso2, kind, topics, ...)."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return m.split_id(self.id)[1]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"record": "node", "id": self.id, "label": self.label, "name": self.name}
        for prop in m.model().labels[self.label]:
            if prop not in ("key", "name", "aliases"):
                d[prop] = self.props.get(prop)
        d["aliases"] = list(self.aliases)
        d["articles"] = list(self.articles)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NodeRecord:
        _require(d, "id", "label", "name")
        label = d["label"]
        if label not in m.model().labels:
            raise ModelError(f"unknown label {label!r}; known: {', '.join(m.LABELS)}")
        prefix_label, _ = m.split_id(d["id"])
        if prefix_label != label:
            raise ModelError(f"node id {d['id']!r} does not match label {label!r}")
        own = [p for p in m.model().labels[label] if p not in ("key", "name", "aliases")]
        props = {p: d.get(p) for p in own if d.get(p) is not None}
        if label == "Proposal":
            m.check_value("proposal_kind", props.get("kind"))
            m.check_value("guarantee_model", props.get("model"))
            for topic in props.get("topics") or []:
                m.check_value("topics", topic)
        if label == "Organisation":
            m.check_value("organisation_type", props.get("type"))
        return cls(
            id=d["id"],
            label=label,
            name=str(d["name"]),
            aliases=[str(a) for a in d.get("aliases") or []],
            articles=[str(a) for a in d.get("articles") or []],
            props=props,
        )


@dataclass
class EdgeRecord:
    """A statement or mention (``record: edge``) with its provenance."""

    source: str
    target: str
    type: str
    article: str
    date: str | None = None
    sentence: str | None = None
    language: str | None = None
    confidence: float = 1.0
    method: str = "rules"
    role: str | None = None
    condition: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"record": "edge", **asdict(self)}
        if d["role"] is None:
            del d["role"]
        if d["condition"] is None:
            del d["condition"]
        return d

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """(source, type, target, article): at most one relationship per identity."""
        return (self.source, self.type, self.target, self.article)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EdgeRecord:
        _require(d, "source", "target", "type", "article")
        if d["type"] not in m.REL_TYPES:
            raise ModelError(f"unknown relationship type {d['type']!r}; known: {', '.join(m.REL_TYPES)}")
        m.check_edge(d["type"], m.split_id(d["source"])[0], m.split_id(d["target"])[0])
        try:
            confidence = float(d.get("confidence", 1.0) if d.get("confidence") is not None else 1.0)
        except (TypeError, ValueError) as exc:
            raise ModelError(f"confidence {d.get('confidence')!r} is not a number") from exc
        if not 0.0 <= confidence <= 1.0:
            raise ModelError(f"confidence {confidence} is outside 0-1")
        return cls(
            source=d["source"],
            target=d["target"],
            type=d["type"],
            article=str(d["article"]),
            date=_date_str(d.get("date")),
            sentence=d.get("sentence"),
            language=d.get("language"),
            confidence=confidence,
            method=d.get("method") or "rules",
            role=d.get("role"),
            condition=d.get("condition"),
        )


Record = ArticleRecord | NodeRecord | EdgeRecord


@dataclass
class Bundle:
    """Everything one article contributes to the graph: the unit of atomic, idempotent loading."""

    article: ArticleRecord
    nodes: list[NodeRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)
    text_sha256: str | None = None
    warnings: list[str] = field(default_factory=list)  # read problems that did not stop it ("decoded as cp1252")

    def digest(self) -> str:
        """A fingerprint of the article's content: equal digests mean loading again changes nothing."""
        h = hashlib.sha256()
        h.update((self.text_sha256 or "").encode())
        h.update(repr(tuple(self.article.to_dict().items())).encode())
        for n in sorted(self.nodes, key=lambda n: n.id):
            h.update(repr((n.id, n.label, n.name, n.aliases, sorted(n.props.items()))).encode())
        for e in sorted(self.edges, key=lambda e: e.identity):
            h.update(repr(tuple(vars(e).values())).encode())
        return h.hexdigest()


def record_from_dict(d: dict[str, Any]) -> Record:
    """Parse one interchange object; raises ModelError/RecordError when it is malformed."""
    if not isinstance(d, dict):
        raise RecordError("a record must be a JSON object")
    kind = d.get("record")
    if kind == "article":
        return ArticleRecord.from_dict(d)
    if kind == "node":
        return NodeRecord.from_dict(d)
    if kind == "edge":
        return EdgeRecord.from_dict(d)
    raise RecordError(f"unknown record type {kind!r} (expected article, node or edge)")


def read_jsonl(path: Path | str) -> Iterator[Record | RecordError]:
    """Yield each record of a JSON Lines file, or a RecordError naming the bad line (and go on)."""
    p = Path(path)
    with p.open(encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{p}:{lineno}"
            try:
                yield record_from_dict(json.loads(line))
            except json.JSONDecodeError as exc:
                yield RecordError(f"not valid JSON ({exc.msg})", where)
            except (RecordError, ModelError) as exc:
                yield RecordError(str(exc), where)


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """Write records as JSON Lines; returns how many were written."""
    n = 0
    for r in records:
        out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def bundles_from_records(records: Iterable[Record]) -> list[Bundle]:
    """Group interchange records by article: nodes go to every article they list."""
    bundles: dict[str, Bundle] = {}
    nodes: list[NodeRecord] = []

    def get(aid: str) -> Bundle:
        if aid not in bundles:
            bundles[aid] = Bundle(article=ArticleRecord(id=aid))
        return bundles[aid]

    for r in records:
        if isinstance(r, ArticleRecord):
            get(r.id).article = r
        elif isinstance(r, NodeRecord):
            nodes.append(r)
        else:
            get(r.article).edges.append(r)
    for n in nodes:
        for aid in n.articles:
            get(aid).nodes.append(n)
    return list(bundles.values())


def _require(d: dict[str, Any], *keys: str) -> None:
    missing = [k for k in keys if d.get(k) in (None, "")]
    if missing:
        raise RecordError(f"missing field(s): {', '.join(missing)}")


def _date_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
