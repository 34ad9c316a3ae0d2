"""Loading into the embedded store: idempotent, replacing, atomic per article, curated statements."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from parley.graph.embedded import MARKER, EmbeddedStore
from parley.graph.errors import NotAStoreError, RecordError, StoreError
from parley.graph.load import apply_curated, load_bundles, load_statements_file, read_curated
from parley.graph.records import ArticleRecord, Bundle, EdgeRecord, NodeRecord
from parley.graph.synthetic import generate_bundles

from .conftest import SMALL


def stance_count(store, article: str) -> int:
    q = ("MATCH (:Article {key: $a})-[:MENTIONS]->(n)-[r]->() WHERE r.article = $a RETURN count(r) AS n")
    return int(store.query(q, {"a": article}).rows[0][0])


def test_load_twice_changes_nothing(store):
    first = load_statements_file(store, SMALL)
    counts = store.counts()
    again = load_statements_file(store, SMALL)
    assert (first.articles_added, first.statements_added) == (3, 26)
    assert (again.articles_unchanged, again.statements_unchanged, again.articles_added) == (3, 26, 0)
    assert store.counts() == counts
    assert counts["REPRESENTS"] == 6 and counts["Article"] == 3 and counts["MENTIONS"] == 32


def test_changed_article_replaces_its_statements(store):
    bundles = generate_bundles(5, statements_per_article=6)
    load_bundles(store, bundles)
    before = store.counts()
    changed = generate_bundles(5, statements_per_article=6)[2]
    changed.edges = changed.edges[:2]  # the article now says less
    summary = load_bundles(store, [changed])
    assert (summary.articles_replaced, summary.statements_replaced) == (1, 2)
    assert stance_count(store, changed.article.id) == 2
    assert sum(store.counts()[t] for t in ("DEMANDS", "PROPOSES", "SUPPORTS", "REJECTS", "GUARANTEES",
                                           "MEDIATES", "REPRESENTS")) == 5 * 6 - 4
    assert store.counts()["Article"] == before["Article"]


def test_missing_endpoint_becomes_a_stub_node(store):
    edge = EdgeRecord("state:ukraine", "proposal:new-idea", "PROPOSES", "x1")
    b = Bundle(article=ArticleRecord(id="x1"), edges=[edge])
    load_bundles(store, [b])
    rows = store.query("MATCH (s:State)-[:PROPOSES]->(p:Proposal) RETURN s.name, p.key").rows
    assert rows == [["ukraine", "new-idea"]]


def test_failed_write_leaves_nothing(store):
    good = generate_bundles(1)[0]
    with pytest.raises(StoreError, match="rolled back"):
        store.write([("UNWIND $rows AS row MERGE (n:State {key: row.key})", {"rows": [{"key": "half"}]}),
                     ("MATCH (n:NoSuchLabel) RETURN n", {})])
    assert store.query("MATCH (n:State {key: 'half'}) RETURN count(n)").rows == [[0]]
    load_bundles(store, [good])
    assert stance_count(store, good.article.id) == len(good.edges)


def test_bad_article_in_batch_does_not_block_others(store):
    bundles = generate_bundles(3, statements_per_article=3)
    bad = Bundle(article=ArticleRecord(id="bad"), nodes=[NodeRecord(id="proposal:p", label="Proposal", name="P")],
                 edges=[EdgeRecord("state:russia", "proposal:p", "DEMANDS", "bad", confidence=float("nan"))])
    bad.edges[0].type = "NOT_A_TYPE"
    summary = load_bundles(store, [bundles[0], bad, bundles[1], bundles[2]])
    assert summary.articles_added == 3
    assert [s.input for s in summary.skipped] == ["bad"]
    assert store.counts()["Article"] == 3


def test_killed_load_leaves_no_half_loaded_article(tmp_path):
    """SIGKILL a real load half way; every article in the store then has all of its statements."""
    db = tmp_path / "db"
    script = textwrap.dedent(f"""
        import sys
        from parley.graph.embedded import EmbeddedStore
        from parley.graph.load import load_bundles
        from parley.graph.synthetic import iter_bundles
        store = EmbeddedStore({str(db)!r})
        def tick(n):
            print("batch", flush=True)
        load_bundles(store, iter_bundles(4000, statements_per_article=8), batch_size=100, progress=tick)
        print("done", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    batches = 0
    deadline = time.time() + 120
    while batches < 3 and time.time() < deadline:
        line = proc.stdout.readline()
        batches += line.startswith("batch")
    time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert batches >= 3, "the load never got going"
    store = EmbeddedStore(db)
    articles = [r[0] for r in store.query("MATCH (a:Article) RETURN a.key ORDER BY a.key").rows]
    assert 300 <= len(articles) < 4000
    per_article = store.query(
        "MATCH (a:Article)-[:MENTIONS]->(n)-[r]->() WHERE r.article = a.key RETURN a.key, count(r)"
    ).rows
    assert len(per_article) == len(articles)
    assert {n for _, n in per_article} == {8}
    store.close()


def test_not_a_store_directory(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(NotAStoreError, match="is not a parley store"):
        EmbeddedStore(tmp_path)
    with pytest.raises(NotAStoreError, match="no parley store"):
        EmbeddedStore(tmp_path / "absent", create=False)
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotAStoreError, match="is a file"):
        EmbeddedStore(tmp_path / "file")
    s = EmbeddedStore(tmp_path / "fresh")
    s.close()
    assert json.loads((tmp_path / "fresh" / MARKER).read_text())["parley"] == "store"


def test_curated_statements_and_suppressions(store, tmp_path):
    load_statements_file(store, SMALL)
    cur = tmp_path / "curated.yaml"
    cur.write_text(textwrap.dedent("""
        nodes:
          - {id: proposal:black-sea-ceasefire, label: Proposal, name: Black Sea ceasefire, kind: ceasefire,
             topics: [black_sea, ceasefire]}
        statements:
          - {source: state:turkey, type: PROPOSES, target: proposal:black-sea-ceasefire,
             sentence: "Ankara proposed a Black Sea ceasefire.", date: "2025-04-01"}
        suppress:
          - {source: state:ukraine, type: ACCUSES, target: state:russia}
    """))
    curated = read_curated(cur)
    summary = apply_curated(store, curated)
    assert (summary.curated_statements, summary.suppressed) == (1, 1)
    rows = store.query("MATCH (s:State)-[r:PROPOSES]->(p:Proposal {key: 'black-sea-ceasefire'}) "
                       "RETURN s.key, r.method, r.article, p.kind").rows
    assert rows == [["turkey", "curated", "curated", "ceasefire"]]
    assert store.counts()["ACCUSES"] == 0
    # re-loading the articles with the curated file keeps the suppression and the curated statement
    summary = load_statements_file(store, SMALL, curated=[curated])
    assert store.counts()["ACCUSES"] == 0 and store.counts()["PROPOSES"] == 2


@pytest.mark.parametrize(
    "text, message",
    [
        ("statements: [{source: state:a, type: LIKES, target: state:b}]", "unknown relationship type"),
        ("suppress: [{source: state:a}]", "needs source, type and target"),
        ("other: []", "unknown section"),
        ("[1, 2", "not valid YAML"),
    ],
)
def test_bad_curated_file(tmp_path, text, message):
    p = tmp_path / "c.yaml"
    p.write_text(text)
    with pytest.raises(RecordError, match=message):
        read_curated(p)
