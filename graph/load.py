"""Loading interchange records into a store: idempotent and atomic per article.

An article's statements are replaced as a whole: if its content digest is
unchanged nothing is written; otherwise its old statements and mentions are
deleted and the new ones merged, in the same transaction. Articles are written
in batches (one transaction per batch, for speed; the next batch is prepared
while one is written); if a batch fails, each of its articles is retried alone,
so one bad article never takes others with it and never stays half-loaded.

Curated statements (analyst-coded, ``method: curated``) survive article
reloads; suppressions remove matching extracted statements after every load.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
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
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (input, message): loaded, with a caveat

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
        self.warnings.extend(other.warnings)


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
    new: Container[str] = (),
) -> list[Statement]:
    """The write statements for a batch of bundles (grouped per label and type for batch writes).

    ``fresh``: the bundles' articles have no statements in the store (new, or
    deleted by the first statements here), so relationships are created, not merged.
    ``new``: ids of articles known not to be in the store; their nodes are created, not merged.
    """
    stmts: list[Statement] = []
    if replaced:
        stmts.append((cypher.DELETE_ARTICLE_STATEMENTS, {"articles": list(replaced)}))
        stmts.append((cypher.DELETE_ARTICLE_MENTIONS, {"articles": list(replaced)}))
    article_rows: dict[str, dict[str, Any]] = {}
    nodes: dict[str, dict[str, NodeRecord]] = defaultdict(dict)
    mentions: dict[str, dict[str, dict[str, None]]] = defaultdict(dict)  # label -> article -> keys, in order
    edge_rows: dict[tuple[str, str, str], dict[tuple[str, str, str, str], dict[str, Any]]] = defaultdict(dict)
    for b in bundles:
        a = b.article
        article_rows[a.id] = {
            "key": a.id, "name": a.title or a.id, "aliases": [], "title": a.title, "language": a.language,
            "date": a.date, "source": a.source, "sha256": (digests or {}).get(a.id) or b.digest(),
        }
        for n in b.nodes:
            if n.label == "Article":
                continue
            key = n.key
            nodes[n.label][key] = n  # the same node in two bundles: the last one wins, as for rows
            mentions[n.label].setdefault(a.id, {})[key] = None
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
    created = [row for aid, row in article_rows.items() if aid in new]
    merged = [row for aid, row in article_rows.items() if aid not in new]
    if created:
        stmts.append((cypher.create_nodes("Article"), {"rows": created}))
    if merged:
        stmts.append((cypher.merge_nodes("Article"), {"rows": merged}))
    for label, by_key in nodes.items():
        stmts.append((cypher.merge_nodes(label), {"rows": [_node_row(n) for n in by_key.values()]}))
    for label, by_article in mentions.items():
        rows = [{"article": aid, "targets": list(keys)} for aid, keys in by_article.items()]
        stmts.append((cypher.merge_mentions(label, fresh=fresh), {"rows": rows}))
    for (rel, src, tgt), erows in sorted(edge_rows.items()):
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
    settle: bool = True,
) -> LoadSummary:
    """Load article bundles; unchanged articles are skipped, changed ones replaced atomically.

    ``settle``: let the store tidy up for queries afterwards (the embedded store checkpoints).
    """
    summary = LoadSummary()
    suppressions = [s for c in curated for s in c.suppress]
    # While the store writes one batch, the next one is planned (digests, rows) in a second
    # thread: stores leave Python free while their engine or server works. The next batch's
    # stored digests are read before the write, so batches that share an article go one by one.
    batches = _batches(bundles, batch_size, suppressions)
    writing: _Batch | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-load") as planner:
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                break
            except BaseException:  # the input failed: what came before it is still loaded
                if writing is not None:
                    summary.merge(_write(store, writing, progress))
                raise
            if writing is not None and not writing.ids.isdisjoint(b.article.id for b in batch):
                summary.merge(_write(store, writing, progress))
                writing = None
            pending = _read(store, batch)
            planned = planner.submit(_plan, store, pending)
            if writing is not None:
                summary.merge(_write(store, writing, progress))
            planned.result()
            writing = pending
    if writing is not None:
        summary.merge(_write(store, writing, progress))
    for c in curated:
        summary.merge(apply_curated(store, c))
    if settle and (summary.articles_added or summary.articles_replaced or summary.curated_statements):
        store.settle()  # queries right after a load run on the settled store
    return summary


def _batches(bundles: Iterable[Bundle], size: int, suppressions: Sequence[dict[str, Any]]) -> Iterator[list[Bundle]]:
    batch: list[Bundle] = []
    for b in bundles:
        batch.append(_suppress(complete(b), suppressions))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Batch:
    """One batch on its way into the store."""

    bundles: list[Bundle]  # one per article: the same article twice in one batch, the last one wins
    size: int  # bundles as given, for progress
    stored: dict[str, str | None]  # the store's digest of each article it already holds
    summary: LoadSummary = field(default_factory=LoadSummary)
    todo: list[Bundle] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    new: set[str] = field(default_factory=set)
    digests: dict[str, str] = field(default_factory=dict)
    statements: list[Statement] | None = None  # the batch as one write; None: article by article

    @property
    def ids(self) -> set[str]:
        return {b.article.id for b in self.bundles}


def _read(store: Store, batch: list[Bundle]) -> _Batch:
    """What the store holds of a batch's articles (their digests)."""
    by_id = {b.article.id: b for b in batch}
    stored = {row[0]: row[1] for row in store.query(cypher.ARTICLE_DIGESTS, {"keys": list(by_id)}).rows}
    return _Batch(bundles=list(by_id.values()), size=len(batch), stored=stored)


def _plan(store: Store, batch: _Batch) -> None:
    """Decide what to write for a batch and build its statements; touches no data in the store."""
    batch.digests = {b.article.id: b.digest() for b in batch.bundles}
    for b in batch.bundles:
        aid = b.article.id
        if aid in batch.stored and batch.stored[aid] == batch.digests[aid]:
            batch.summary.articles_unchanged += 1
            batch.summary.statements_unchanged += _statement_count(b)
            continue
        batch.todo.append(b)
        if aid in batch.stored:  # in the store (even without a digest): its old statements go first
            batch.replaced.append(aid)
        else:
            batch.new.add(aid)
    if batch.todo:
        try:
            stmts = _statements_for(batch.todo, batch.replaced, digests=batch.digests, new=batch.new)
            batch.statements = store.prepare(stmts)
        except (StoreError, ModelError):
            batch.statements = None


def _write(store: Store, batch: _Batch, progress: Callable[[int], None] | None) -> LoadSummary:
    summary = batch.summary
    done: list[Bundle] = []
    if batch.statements is not None:
        try:
            store.write(batch.statements)
            done = batch.todo
        except (StoreError, ModelError):
            batch.statements = None
    if batch.todo and batch.statements is None:
        for b in batch.todo:  # isolate the article that broke the batch
            try:
                again = [b.article.id] if b.article.id in batch.replaced else []
                store.write(_statements_for([b], again, digests=batch.digests, new=batch.new))
                done.append(b)
            except (StoreError, ModelError) as exc:
                summary.skipped.append(Skipped(b.article.id, str(exc)))
    for b in done:
        n = _statement_count(b)
        summary.nodes_written += len(b.nodes)
        if b.article.id in batch.replaced:
            summary.articles_replaced += 1
            summary.statements_replaced += n
        else:
            summary.articles_added += 1
            summary.statements_added += n
    if progress:
        progress(batch.size)
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
