"""The Neo4j store against a real Neo4j 5 server (started by tools/test), and parity with the embedded store."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from parley.graph.embedded import EmbeddedStore
from parley.graph.errors import ConnectionFailed, ReadOnlyError, StoreError
from parley.graph.load import load_bundles, load_statements_file
from parley.graph.synthetic import generate_bundles
from parley.queries import get_query, run_query, saved_queries

from .conftest import NO_NEO4J, SMALL, neo4j_settings, unavailable

pytestmark = pytest.mark.requires_neo4j

SEEDS = Path(__file__).parent.parent / "seeds" / "articles"
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "timeline": {"actor": "Russia"},
    "evidence": {"actor": "Ukraine"},
}


def test_server_version(neo4j_store):
    rows = neo4j_store.query("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS v").rows
    print(f"\nNeo4j server: {rows[0][0]} {rows[0][1]}")
    assert rows[0][1].startswith("5.")


def test_load_twice_changes_nothing(neo4j_store):
    first = load_statements_file(neo4j_store, SMALL)
    counts = neo4j_store.counts()
    again = load_statements_file(neo4j_store, SMALL)
    assert first.statements_added == 26 and again.statements_unchanged == 26 and again.articles_added == 0
    assert neo4j_store.counts() == counts
    assert counts["MENTIONS"] == 32 and counts["Article"] == 3


def test_changed_article_is_replaced(neo4j_store):
    load_bundles(neo4j_store, generate_bundles(4, statements_per_article=5))
    changed = generate_bundles(4, statements_per_article=5)[1]
    changed.edges = changed.edges[:2]
    summary = load_bundles(neo4j_store, [changed])
    assert summary.articles_replaced == 1
    n = neo4j_store.query("MATCH ()-[r]->() WHERE r.article = $a AND type(r) <> 'MENTIONS' RETURN count(r)",
                          {"a": changed.article.id}).rows[0][0]
    assert n == 2


def test_failed_transaction_leaves_nothing(neo4j_store):
    with pytest.raises(StoreError, match="rolled back"):
        neo4j_store.write([("CREATE (:State {key: 'half', name: 'Half'})", {}),
                           ("CREATE (:State {key: 'half', name: 'Again'})", {})])  # breaks the unique key
    assert neo4j_store.query("MATCH (s:State {key: 'half'}) RETURN count(s)").rows == [[0]]


def test_read_only_queries(neo4j_store):
    load_statements_file(neo4j_store, SMALL)
    with pytest.raises(ReadOnlyError):
        neo4j_store.query("MATCH (s:State {key: 'russia'}) SET s.name = 'X'")
    assert neo4j_store.query("MATCH (s:State {key: 'russia'}) RETURN s.name").rows == [["Russia"]]


def test_unreachable_and_bad_password():
    from parley.graph.neo4j_store import connect

    settings = neo4j_settings()
    if settings is None:
        unavailable(NO_NEO4J)
    uri, user, password = settings
    with pytest.raises(ConnectionFailed, match="refused the credentials"):
        connect(uri, user, password + "-wrong")
    with pytest.raises(ConnectionFailed, match="cannot reach Neo4j"):
        connect("bolt://127.0.0.1:1", user, password, connection_timeout=2)


def test_killed_load_leaves_no_half_loaded_article(neo4j_store):
    uri, user, password = neo4j_settings()  # type: ignore[misc]
    script = textwrap.dedent(f"""
        from parley.graph.neo4j_store import Neo4jStore, connect
        from parley.graph.load import load_bundles
        from parley.graph.synthetic import iter_bundles
        store = Neo4jStore(connect({uri!r}, {user!r}, {password!r}))
        load_bundles(store, iter_bundles(3000, statements_per_article=6), batch_size=50,
                     progress=lambda n: print("batch", flush=True))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    batches, deadline = 0, time.time() + 180
    while batches < 4 and time.time() < deadline:
        batches += proc.stdout.readline().startswith("batch")
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert batches >= 4
    articles = neo4j_store.query("MATCH (a:Article) RETURN count(a)").rows[0][0]
    assert 200 <= articles < 3000
    per_article = neo4j_store.query(
        "MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(n)-[r]->() WHERE r.article = a.key "
        "RETURN a.key AS k, count(r) AS n"
    ).rows
    assert {n for _, n in per_article} == {6}


# ---------------------------------------------------------------- parity


def _normal(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted((_normal(v) for v in value), key=repr))
    if isinstance(value, float):
        return round(value, 6) if not math.isnan(value) else "nan"
    return value


def _compare(embedded: EmbeddedStore, neo: Any, name: str, params: dict[str, str]) -> int:
    a = run_query(embedded, name, params)
    b = run_query(neo, name, params)
    assert a.columns == b.columns, name
    rows_a = [tuple(_normal(v) for v in r) for r in a.rows]
    rows_b = [tuple(_normal(v) for v in r) for r in b.rows]
    if "ORDER BY" in get_query(name).text:
        assert rows_a == rows_b, name
    else:
        assert sorted(rows_a, key=repr) == sorted(rows_b, key=repr), name
    return len(rows_a)


def _parity(embedded: EmbeddedStore, neo: Any) -> dict[str, int]:
    assert embedded.counts() == neo.counts()
    sizes = {}
    for name in saved_queries():
        sizes[name] = _compare(embedded, neo, name, QUERY_PARAMS.get(name, {}))
    return sizes


def test_parity_small_graph(neo4j_store, tmp_path):
    emb = EmbeddedStore(tmp_path / "db")
    load_statements_file(emb, SMALL)
    load_statements_file(neo4j_store, SMALL)
    sizes = _parity(emb, neo4j_store)
    assert sum(sizes.values()) > 30
    emb.close()


def test_parity_seed_corpus(neo4j_store, tmp_path):
    """The seed corpus, extracted once, loaded into both stores: every saved query returns the same rows."""
    from parley.loaders.pipeline import load_articles

    emb = EmbeddedStore(tmp_path / "db")
    s1 = load_articles(emb, [SEEDS])
    s2 = load_articles(neo4j_store, [SEEDS])
    assert s1.statements_added == s2.statements_added > 20
    sizes = _parity(emb, neo4j_store)
    print("\nparity on the seed corpus, rows per saved query:", sizes)
    assert sizes["delegations"] > 5 and sizes["guarantee-models"] > 0
    emb.close()
