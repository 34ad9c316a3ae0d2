"""The embedded store: packed batch writes make the graph plain rows make; a crash mid-commit loses that commit only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from parley.graph import cypher, embedded
from parley.graph.embedded import FS, NUL, RS, US, EmbeddedStore, pack
from parley.graph.load import load_bundles
from parley.graph.model import LABELS
from parley.graph.records import ArticleRecord, Bundle, EdgeRecord, NodeRecord
from parley.graph.synthetic import generate_bundles

from .test_load import stance_count

AWKWARD = ["", US, RS, FS, NUL, f"a{US}b", f"a{RS}", f"{FS}x", "x" + NUL, "é😀 'quoted' \"double\" \\ \n\tend", "  "]


def test_rows_that_cannot_travel_packed_go_as_they_are():
    text = cypher.merge_edges("DEMANDS", "State", "Proposal", fresh=True)
    good = {"source": "s", "target": "p", "article": "a", "date": None, "sentence": "It is 'so'.\n", "language": "en",
            "confidence": 0.1, "method": "rules", "role": None, "condition": "if x" + NUL}
    bad = [
        {**good, "sentence": ""},
        {**good, "sentence": f"one{US}two"},
        {**good, "condition": RS},
        {**good, "role": NUL},
        {**good, "source": None},
        {**good, "confidence": float("nan")},
        {**good, "confidence": 1},
        {**good, "method": 3},
        {k: v for k, v in good.items() if k != "role"},
    ]
    out = pack(text, {"rows": [good, *bad]})
    assert [len(p) for _, p in out] == [5, 1]
    (packed, params), (plain, rest) = out
    assert plain == text and rest == {"rows": bad}
    assert params["data"] == US.join(["s", "p", "a", NUL, "It is 'so'.\n", "en", "0.1", "rules", NUL, "if x" + NUL])
    assert pack("MATCH (n) RETURN n", {"rows": [good]}) == [("MATCH (n) RETURN n", {"rows": [good]})]
    only_bad = pack(text, {"rows": bad})
    assert only_bad == [(text, {"rows": bad})]


def test_lists_travel_packed_when_their_items_can():
    text = cypher.create_nodes("Proposal")
    row = {"key": "p", "name": "P", "aliases": [], "kind": None, "model": None, "topics": ["donbas", "crimea"]}
    bad = [{**row, "aliases": [""]}, {**row, "topics": ["a" + FS]}, {**row, "topics": None}, {**row, "aliases": [1]},
           {**row, "topics": [NUL]}]
    (_, params), (_, rest) = pack(text, {"rows": [row, *bad]})
    assert params["data"] == US.join(["p", "P", NUL, NUL, NUL, f"donbas{FS}crimea"])
    assert rest == {"rows": bad}


def test_a_merge_travels_packed_whole_or_not_at_all():
    text = cypher.merge_nodes("State")
    row = {"key": "s", "name": "S", "aliases": [], "iso2": None}
    rows = [row, {**row, "key": "t", "name": ""}]
    assert pack(text, {"rows": rows}) == [(text, {"rows": rows})]
    assert [len(p) for _, p in pack(text, {"rows": rows[:1]})] == [5]


def _awkward_bundles() -> list[Bundle]:
    bundles = generate_bundles(40, statements_per_article=6, seed=3)
    for i, b in enumerate(bundles):
        for j, e in enumerate(b.edges):
            k = i * len(b.edges) + j
            e.sentence = AWKWARD[k % len(AWKWARD)] if k % 3 else e.sentence
            e.condition = AWKWARD[(k + 1) % len(AWKWARD)] if k % 4 == 0 else None
            e.role = AWKWARD[(k + 2) % len(AWKWARD)] if k % 5 == 0 else e.role
            e.confidence = [0.1, 1 / 3, 5e-324, 1.0, 0.99999999999, float("inf")][k % 6] if k % 2 else e.confidence
            if k % 7 == 0:
                e.date = e.language = None
        if i % 4 == 0:
            b.article.title = AWKWARD[i % len(AWKWARD)]
            b.article.language = None
    odd = Bundle(
        article=ArticleRecord(id="odd" + US, title="Odd", language="en"),
        nodes=[NodeRecord(id="proposal:odd", label="Proposal", name="Odd " + FS, aliases=["", "x" + FS],
                          props={"kind": "political", "topics": ["talks", "summit"]}),
               NodeRecord(id="state:odd", label="State", name="", aliases=["Oddland", "Odd-land"])],
        edges=[EdgeRecord("state:odd", "proposal:odd", "SUPPORTS", "odd" + US, sentence="Odd supports odd.")],
    )
    return [*bundles, odd]


def _graph(store: EmbeddedStore) -> tuple[dict[str, list[list[object]]], list[object]]:
    nodes = {label: store.query(cypher.read_nodes(label)).rows for label in LABELS}
    _, edges = store.dump(mentions=True)
    return nodes, sorted(repr(vars(e)) for e in edges)


def test_packed_load_writes_the_same_graph_as_plain_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    packed = EmbeddedStore(tmp_path / "packed")
    sent: list[str] = []
    real_pack = embedded.pack
    monkeypatch.setattr(embedded, "pack", lambda t, p: [s for s in real_pack(t, p) if not sent.append(s[0])])
    first = load_bundles(packed, _awkward_bundles(), batch_size=15)
    assert any("string_split($data" in s for s in sent) and any("$rows" in s for s in sent)  # both ways taken
    monkeypatch.setattr(embedded, "_packings", dict)  # nothing travels packed
    plain = EmbeddedStore(tmp_path / "plain")
    second = load_bundles(plain, _awkward_bundles(), batch_size=15)
    assert not first.skipped and not second.skipped
    assert first.statements_added == second.statements_added == 40 * 6 + 1
    assert packed.counts() == plain.counts()
    assert _graph(packed) == _graph(plain)
    nodes, _ = _graph(packed)
    assert ["odd", "Odd " + FS, ["", "x" + FS], "political", None, ["talks", "summit"]] in nodes["Proposal"]
    again = load_bundles(packed, _awkward_bundles(), batch_size=15)
    assert again.articles_unchanged == 41
    packed.close()
    plain.close()


def test_a_torn_log_tail_loses_only_the_unfinished_commit(tmp_path: Path):
    """What a process killed while it commits leaves behind: the store opens with every finished batch."""
    db = tmp_path / "db"
    store = EmbeddedStore(db)
    bundles = generate_bundles(6, statements_per_article=4)
    load_bundles(store, bundles[:3], settle=False)  # no checkpoint: the log keeps the commits
    wal = db / "graph.lbug.wal"
    committed = wal.stat().st_size
    load_bundles(store, bundles[3:], settle=False)
    torn = committed + (wal.stat().st_size - committed) // 2
    shutil.copytree(db, tmp_path / "crashed")  # the files as a crash would leave them: no checkpoint yet
    store.close()
    with open(tmp_path / "crashed" / "graph.lbug.wal", "r+b") as f:
        f.truncate(torn)
    crashed = EmbeddedStore(tmp_path / "crashed")
    assert [r[0] for r in crashed.query("MATCH (a:Article) RETURN a.key ORDER BY a.key").rows] == [
        b.article.id for b in bundles[:3]]
    again = load_bundles(crashed, bundles)
    assert (again.articles_unchanged, again.articles_added) == (3, 3)
    assert all(stance_count(crashed, b.article.id) == 4 for b in bundles)
    crashed.close()
