"""Loading interchange records into a store: idempotent and atomic per article.

An article's statements are replaced as a whole: if its content digest is
unchanged nothing is written; otherwise its old statements and mentions are
deleted and the new ones merged, in the same transaction. Articles are written
in batches (one transaction per batch, for speed); if a batch fails, each of
its articles is retried alone, so one bad article never takes others with it
and never stays half-loaded.

Curated statements (analyst-coded, ``method: curated``) survive article
reloads; suppressions remove matching extracted statements after every load.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parley.graph import cypher
from parley.graph.errors import ModelError, ParleyError, RecordError, StoreError
from parley.graph.model import STATEMENT_TYPES, check_edge, model, split_id
from parley.graph.records import (
    ArticleRecord,
    Bundle,
    EdgeRecord,
    NodeRecord,
    Record,
    bundles_from_records,
    read_jsonl,
    record_from_dict,
)
from parley.graph.store import Statement, Store

CURATED_ARTICLE = "curated"


@dataclass
class Skipped:
    """An input or article that was not loaded, and why (one line).

    ``kind``: ``input`` (a file that could not be read as an article), ``record``
    (a malformed interchange record) or ``article`` (an article the store refused).
    """

    input: str
    reason: str
    kind: str = "article"


@dataclass
class LoadSummary:
    """What a load did, for the end-of-load report."""

    articles_added: int = 0
    articles_replaced: int = 0
    articles_unchanged: int = 0
    nodes_written: int = 0
    statements_added: int = 0
    statements_replaced: int = 0
    statements_unchanged: int = 0
    curated_statements: int = 0
    suppressed: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.articles_added + self.articles_replaced + self.articles_unchanged

    @property
    def statements(self) -> int:
        return self.statements_added + self.statements_replaced + self.statements_unchanged

    def merge(self, other: LoadSummary) -> None:
        for name in _COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.skipped.extend(other.skipped)


_COUNTERS = [
    "articles_added", "articles_replaced", "articles_unchanged", "nodes_written", "statements_added",
    "statements_replaced", "statements_unchanged", "curated_statements", "suppressed",
]


@dataclass
class Curated:
    """Analyst-coded statements and suppressions, in interchange shapes."""

    nodes: list[NodeRecord] = field(default_factory=list)
    statements: list[EdgeRecord] = field(default_factory=list)
    suppress: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""


def complete(bundle: Bundle, known: dict[str, NodeRecord] | None = None) -> Bundle:
    """Make a bundle self-contained: every edge endpoint becomes a node of the bundle.

    An endpoint missing from the records gets a stub node named after its key,
    so a statement is never silently dropped for want of its node.
    """
    known = known or {}
    have = {n.id for n in bundle.nodes}
    for e in bundle.edges:
        if e.date is None:
            e.date = bundle.article.date
        if e.language is None:
            e.language = bundle.article.language
        for nid in (e.source, e.target):
            if nid in have:
                continue
            label, key = split_id(nid)
            node = known.get(nid) or NodeRecord(id=nid, label=label, name=key)
            bundle.nodes.append(node)
            have.add(nid)
    return bundle


def _statements_for(
    bundles: Sequence[Bundle],
    replaced: Sequence[str],
    *,
    fresh: bool = True,
    digests: dict[str, str] | None = None,
) -> list[Statement]:
    """The write statements for a batch of bundles (grouped per label and type for batch writes).

    ``fresh``: the bundles' articles have no statements in the store (new, or
    deleted by the first statements here), so relationships are created, not merged.
    """
    stmts: list[Statement] = []
    if replaced:
        stmts.append((cypher.DELETE_ARTICLE_STATEMENTS, {"articles": list(replaced)}))
        stmts.append((cypher.DELETE_ARTICLE_MENTIONS, {"articles": list(replaced)}))
    node_rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    edge_rows: dict[tuple[str, str, str], dict[tuple[str, str, str, str], dict[str, Any]]] = defaultdict(dict)
    for b in bundles:
        a = b.article
        node_rows["Article"][a.id] = {
            "key": a.id, "name": a.title or a.id, "aliases": [], "title": a.title, "language": a.language,
            "date": a.date, "source": a.source, "sha256": (digests or {}).get(a.id) or b.digest(),
        }
        for n in b.nodes:
            if n.label == "Article":
                continue
            node_rows[n.label][n.key] = _node_row(n)
            edge_rows[("MENTIONS", "Article", n.label)][(a.id, "MENTIONS", n.key, a.id)] = {
                "source": a.id, "target": n.key, "article": a.id,
            }
        for e in b.edges:
            if e.type == "MENTIONS":
                continue
            src_label, src_key = split_id(e.source)
            tgt_label, tgt_key = split_id(e.target)
            check_edge(e.type, src_label, tgt_label)
            edge_rows[(e.type, src_label, tgt_label)][e.identity] = {
                "source": src_key, "target": tgt_key, "article": e.article, "date": e.date,
                "sentence": e.sentence, "language": e.language, "confidence": float(e.confidence),
                "method": e.method, "role": e.role, "condition": e.condition,
            }
    for label, rows in node_rows.items():
        stmts.append((cypher.merge_nodes(label), {"rows": list(rows.values())}))
    for (rel, src, tgt), erows in sorted(edge_rows.items()):
        if rel == "MENTIONS":
            stmts.append((cypher.merge_mentions(tgt, fresh=fresh), {"rows": list(erows.values())}))
        else:
            stmts.append((cypher.merge_edges(rel, src, tgt, fresh=fresh), {"rows": list(erows.values())}))
    return stmts


def _node_row(n: NodeRecord) -> dict[str, Any]:
    row: dict[str, Any] = {"key": n.key, "name": n.name, "aliases": list(n.aliases)}
    for p, typ in model().labels[n.label].items():
        if p not in row:  # a null list has no type the embedded store can bind: use []
            value = n.props.get(p)
            row[p] = [] if value is None and typ.endswith("[]") else value
    return row


def _statement_count(b: Bundle) -> int:
    return len({e.identity for e in b.edges if e.type in STATEMENT_TYPES})


def load_bundles(
    store: Store,
    bundles: Iterable[Bundle],
    *,
    batch_size: int = 250,
    curated: Sequence[Curated] = (),
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load article bundles; unchanged articles are skipped, changed ones replaced atomically."""
    summary = LoadSummary()
    batch: list[Bundle] = []
    suppressions = [s for c in curated for s in c.suppress]
    for b in bundles:
        batch.append(_suppress(complete(b), suppressions))
        if len(batch) >= batch_size:
            summary.merge(_load_batch(store, batch))
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        summary.merge(_load_batch(store, batch))
        if progress:
            progress(len(batch))
    for c in curated:
        summary.merge(apply_curated(store, c))
    return summary


def _load_batch(store: Store, batch: list[Bundle]) -> LoadSummary:
    summary = LoadSummary()
    # the same article twice in one batch: the last one wins
    by_id = {b.article.id: b for b in batch}
    batch = list(by_id.values())
    digests = {
        row[0]: row[1]
        for row in store.query(cypher.ARTICLE_DIGESTS, {"keys": list(by_id)}).rows
    }
    todo: list[Bundle] = []
    replaced: list[str] = []
    new_digests = {b.article.id: b.digest() for b in batch}
    for b in batch:
        old = digests.get(b.article.id)
        n = _statement_count(b)
        if old is not None and old == new_digests[b.article.id]:
            summary.articles_unchanged += 1
            summary.statements_unchanged += n
            continue
        todo.append(b)
        if old is not None:
            replaced.append(b.article.id)
    if not todo:
        return summary
    try:
        store.write(_statements_for(todo, replaced, digests=new_digests))
        done = todo
    except (StoreError, ModelError):
        done = []
        for b in todo:  # isolate the article that broke the batch
            try:
                again = [b.article.id] if b.article.id in replaced else []
                store.write(_statements_for([b], again, digests=new_digests))
                done.append(b)
            except (StoreError, ModelError) as exc:
                summary.skipped.append(Skipped(b.article.id, str(exc)))
    for b in done:
        n = _statement_count(b)
        summary.nodes_written += len(b.nodes)
        if b.article.id in replaced:
            summary.articles_replaced += 1
            summary.statements_replaced += n
        else:
            summary.articles_added += 1
            summary.statements_added += n
    return summary


def _suppress(bundle: Bundle, suppressions: Sequence[dict[str, Any]]) -> Bundle:
    if not suppressions:
        return bundle
    keep = []
    for e in bundle.edges:
        if any(_matches(s, e) for s in suppressions):
            continue
        keep.append(e)
    bundle.edges = keep
    return bundle


def _matches(s: dict[str, Any], e: EdgeRecord) -> bool:
    return (
        s["source"] == e.source
        and s["type"] == e.type
        and s["target"] == e.target
        and s.get("article") in (None, e.article)
        and e.method != "curated"
    )


def load_records(store: Store, records: Iterable[Record], **kw: Any) -> LoadSummary:
    """Load interchange records (from JSON Lines), grouping them by article."""
    recs = list(records)
    known = {r.id: r for r in recs if isinstance(r, NodeRecord)}
    bundles = [complete(b, known) for b in bundles_from_records(recs)]
    summary = load_bundles(store, bundles, **kw)
    unattached = [n for n in known.values() if not n.articles]  # no article mentions them: still keep them
    if unattached:
        by_label: dict[str, list[NodeRecord]] = defaultdict(list)
        for n in unattached:
            by_label[n.label].append(n)
        store.write([(cypher.merge_nodes(label), {"rows": [_node_row(n) for n in nodes]})
                     for label, nodes in by_label.items() if label != "Article"])
        summary.nodes_written += len(unattached)
    return summary


def load_statements_file(store: Store, path: Path | str, **kw: Any) -> LoadSummary:
    """Load a JSON Lines interchange file; malformed lines are reported, the others still load."""
    good: list[Record] = []
    bad: list[Skipped] = []
    p = Path(path)
    if not p.is_file():
        return LoadSummary(skipped=[Skipped(str(p), "no such file", "record")])
    for item in read_jsonl(p):
        if isinstance(item, RecordError):
            where, _, msg = str(item).partition(": ")
            bad.append(Skipped(where, msg, "record"))
        else:
            good.append(item)
    summary = load_records(store, good, **kw)
    summary.skipped[:0] = bad
    return summary


def read_curated(path: Path | str) -> Curated:
    """Read an analyst's curated YAML: ``nodes``, ``statements`` and ``suppress`` lists."""
    p = Path(path)
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise RecordError(f"cannot read curated file: {exc.strerror}", str(p)) from exc
    except yaml.YAMLError as exc:
        raise RecordError(f"not valid YAML ({exc.__class__.__name__})", str(p)) from exc
    if not isinstance(raw, dict):
        raise RecordError("expected a mapping with nodes, statements and suppress lists", str(p))
    unknown = set(raw) - {"nodes", "statements", "suppress"}
    if unknown:
        raise RecordError(f"unknown section(s) {', '.join(sorted(unknown))}", str(p))
    cur = Curated(source=str(p))
    for i, d in enumerate(raw.get("nodes") or [], 1):
        try:
            node = record_from_dict({"record": "node", **d})
        except ParleyError as exc:
            raise RecordError(str(exc), f"{p}: nodes[{i}]") from exc
        assert isinstance(node, NodeRecord)
        cur.nodes.append(node)
    for i, d in enumerate(raw.get("statements") or [], 1):
        d = {"record": "edge", "article": CURATED_ARTICLE, "method": "curated", "confidence": 1.0, **d}
        try:
            edge = record_from_dict(d)
        except ParleyError as exc:
            raise RecordError(str(exc), f"{p}: statements[{i}]") from exc
        assert isinstance(edge, EdgeRecord)
        edge.method = "curated"
        cur.statements.append(edge)
    for i, d in enumerate(raw.get("suppress") or [], 1):
        if not isinstance(d, dict) or not all(d.get(k) for k in ("source", "type", "target")):
            raise RecordError("a suppression needs source, type and target", f"{p}: suppress[{i}]")
        try:
            check_edge(d["type"], split_id(d["source"])[0], split_id(d["target"])[0])
        except ModelError as exc:
            raise RecordError(str(exc), f"{p}: suppress[{i}]") from exc
        cur.suppress.append(dict(d))
    return cur


def apply_curated(store: Store, cur: Curated) -> LoadSummary:
    """Write curated statements (one transaction) and remove suppressed extracted ones."""
    summary = LoadSummary()
    known = {n.id: n for n in cur.nodes}
    by_article: dict[str, Bundle] = {}
    for e in cur.statements:
        b = by_article.setdefault(e.article, Bundle(article=ArticleRecord(id=e.article)))
        b.edges.append(e)
    existing = {r[0] for r in store.query(cypher.ARTICLE_DIGESTS, {"keys": list(by_article)}).rows}
    stmts: list[Statement] = []
    for aid, b in by_article.items():
        complete(b, known)
        if aid in existing:  # keep the article's own metadata and digest; add to it
            article_merge = cypher.merge_nodes("Article")
            stmts.extend(s for s in _statements_for([b], [], fresh=False) if s[0] != article_merge)
        else:
            b.article.title = "Curated statements" if aid == CURATED_ARTICLE else None
            b.article.source = cur.source
            stmts.extend(_statements_for([b], [], fresh=False))
        summary.curated_statements += _statement_count(b)
    for s in cur.suppress:
        src_label, src_key = split_id(s["source"])
        tgt_label, tgt_key = split_id(s["target"])
        params: dict[str, Any] = {"source": src_key, "target": tgt_key}
        if s.get("article"):
            params["article"] = s["article"]
        text = cypher.delete_statement(s["type"], src_label, tgt_label, bool(s.get("article")))
        stmts.append((text, params))
        summary.suppressed += 1
    if stmts:
        store.write(stmts)
    return summary
