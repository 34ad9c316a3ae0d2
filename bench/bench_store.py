"""Benchmark: load generated articles' statements, then time every saved query.

    python bench/bench_store.py                       # embedded store, 10,000 articles x 10 statements
    python bench/bench_store.py --store neo4j --uri bolt://127.0.0.1:7687 --password ...
    python bench/bench_store.py --articles 2000 --single 200   # also time one-statement-per-transaction writes

Numbers are printed (and written as JSON with --json), never asserted: speed is measured here, not in tests.
Targets (issues 2 and 4): embedded >= 20,000 statements/s, Neo4j >= 10,000 statements/s,
every saved query < 100 ms on 100,000 statements.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from parley.graph.load import load_bundles
from parley.graph.model import STATEMENT_TYPES
from parley.graph.store import Store
from parley.graph.synthetic import generate_bundles
from parley.queries import saved_queries
from parley.queries.saved import actor_resolver, bind

PARAMS = {"timeline": {"actor": "State 1"}, "evidence": {"actor": "State 1"},
          "common-ground": {"a": "State 1", "b": "State 2"}}


def open_store(args: argparse.Namespace, tmp: Path | None = None) -> tuple[Store, Path | None]:
    if args.store == "neo4j":
        from parley.graph.neo4j_store import Neo4jStore, connect

        store = Neo4jStore(connect(args.uri, args.user, args.password), owns_driver=True)
        store.clear()
        return store, None
    from parley.graph.embedded import EmbeddedStore

    tmp = tmp or Path(tempfile.mkdtemp(prefix="parley-bench-"))
    return EmbeddedStore(tmp / "db"), tmp


def time_queries(store: Store, repeat: int, label: str) -> dict[str, float]:
    """Median milliseconds of every saved query, printed as they come."""
    resolve = actor_resolver(store)
    out: dict[str, float] = {}
    for q in saved_queries().values():
        params = bind(q, PARAMS.get(q.name, {}), resolve)
        times = []
        rows = 0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(store.query(q.text, params))
            times.append((time.perf_counter() - t) * 1000)
        med = statistics.median(times)
        out[q.name] = round(med, 1)
        print(f"{label} {q.name:20s} {med:8.1f} ms  ({rows} rows) {'OK' if med < 100 else 'SLOW'}")
    return out


def single_statement_writes(store: Store, n_articles: int) -> float:
    """Statements/s when every statement is its own transaction (the naive way), for the ratio."""
    from parley.graph import cypher
    from parley.graph.model import split_id

    bundles = generate_bundles(n_articles, seed=99)
    for b in bundles:
        b.article.id = "single-" + b.article.id
        for e in b.edges:
            e.article = b.article.id
    load_bundles(store, [type(b)(article=b.article, nodes=b.nodes, edges=[]) for b in bundles])  # nodes first
    n = 0
    start = time.perf_counter()
    for b in bundles:
        for e in b.edges:
            src, skey = split_id(e.source)
            tgt, tkey = split_id(e.target)
            row = {"source": skey, "target": tkey, "article": e.article, "date": e.date, "sentence": e.sentence,
                   "language": e.language, "confidence": e.confidence, "method": e.method, "role": e.role,
                   "condition": e.condition}
            store.write([(cypher.merge_edges(e.type, src, tgt), {"rows": [row]})])
            n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    ap.add_argument("--uri", default="bolt://127.0.0.1:7687")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default="parley-test-pw")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--statements", type=int, default=10, help="statements per article")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5, help="runs per query (median reported)")
    ap.add_argument("--single", type=int, default=0, help="also time N articles written one statement per transaction")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    store, tmp = open_store(args)
    out: dict[str, Any] = {"store": args.store, "articles": args.articles}
    try:
        bundles = generate_bundles(args.articles, statements_per_article=args.statements)
        start = time.perf_counter()
        summary = load_bundles(store, bundles, batch_size=args.batch_size)
        elapsed = time.perf_counter() - start
        rate = summary.statements_added / elapsed
        counts = store.counts()
        out.update(statements=summary.statements_added, load_seconds=round(elapsed, 2),
                   statements_per_second=round(rate), mentions=counts["MENTIONS"])
        print(f"[{args.store}] loaded {summary.statements_added:,} statements of {args.articles:,} articles "
              f"in {elapsed:.2f} s: {rate:,.0f} statements/s (+{counts['MENTIONS']:,} MENTIONS written)")
        # a rate only counts if the store really holds what the load reports
        expected = {"statements": args.articles * args.statements, "MENTIONS": sum(
            len({n.id for n in b.nodes if n.label != "Article"}) for b in bundles)}
        found = {"statements": sum(counts[t] for t in STATEMENT_TYPES), "MENTIONS": counts["MENTIONS"]}
        good = found == expected and not summary.skipped
        out["store_check"] = "ok" if good else {"expected": expected, "found": found}
        if not good:
            print(f"[{args.store}] WRONG STORE CONTENT: expected {expected}, found {found}, "
                  f"{len(summary.skipped)} articles skipped")
        start = time.perf_counter()
        again = load_bundles(store, bundles, batch_size=args.batch_size)
        print(f"[{args.store}] reload of unchanged articles: {again.articles_unchanged:,} skipped in "
              f"{time.perf_counter() - start:.2f} s")
        if args.single:
            single = single_statement_writes(store, args.single)
            out.update(single_statement_per_second=round(single), batch_vs_single=round(rate / single, 1))
            print(f"[{args.store}] one statement per transaction: {single:,.0f} statements/s; "
                  f"UNWIND batches are {rate / single:.1f}x faster")
        out["queries_ms"] = time_queries(store, args.repeat, f"[{args.store}]")
        if tmp is not None:
            # as `parley query` finds the store: a separate process, after the load's close checkpointed it
            store.close()
            store = open_store(args, tmp)[0]
            out["queries_ms_reopened"] = time_queries(store, args.repeat, f"[{args.store}, reopened]")
    finally:
        store.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
