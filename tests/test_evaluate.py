"""Scoring against hand-made tiny gold: matching rules of ../shared/gold/README.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.graph.errors import InputError
from parley.graph.records import ArticleRecord, Bundle, EdgeRecord, NodeRecord
from parley.loaders.evaluate import evaluate, evaluate_inputs, read_extraction

DATA = Path(__file__).parent / "data" / "extract"
GOLD = DATA / "gold"


def _node(nid: str, label: str, name: str, aliases: list[str] | None = None, **props: object) -> NodeRecord:
    return NodeRecord(nid, label, name, aliases or [], ["a1"], dict(props))


def _edge(src: str, rel: str, dst: str) -> EdgeRecord:
    return EdgeRecord(src, dst, rel, "a1", sentence="s.")


def _bundle(edges: list[EdgeRecord], extra_nodes: list[NodeRecord] | None = None) -> Bundle:
    nodes = [
        _node("state:russia", "State", "Russia", ["Russland"]),
        _node("state:ukraine", "State", "Ukraine"),
        _node("person:lavrov", "Person", "Sergej Lavrov"),  # matches the gold actor by alias
        _node(
            "proposal:cede", "Proposal", "Cede Donbas", kind="territorial", topics=["donbas", "territorial_concessions"]
        ),
        _node("proposal:truce", "Proposal", "Truce", kind="ceasefire", topics=["ceasefire"]),
        _node("organisation:reuters", "Organisation", "Reuters", type="media"),
        *(extra_nodes or []),
    ]
    return Bundle(ArticleRecord("a1"), nodes, edges)


def test_perfect_extraction_scores_one() -> None:
    edges = [
        _edge("person:lavrov", "REPRESENTS", "state:russia"),
        _edge("state:russia", "DEMANDS", "proposal:cede"),
        _edge("state:ukraine", "REJECTS", "proposal:cede"),
    ]
    r = evaluate(GOLD, [_bundle(edges)])
    assert (r.statements.precision, r.statements.recall) == (1.0, 1.0)
    assert (r.actors.precision, r.actors.recall) == (1.0, 1.0)  # Reuters is optional: ignored


def test_wrong_kind_duplicates_and_one_edge_per_gold() -> None:
    edges = [
        _edge("person:lavrov", "DEMANDS", "proposal:cede"),
        _edge("person:lavrov", "DEMANDS", "proposal:cede"),  # duplicate counts once
        _edge("state:russia", "DEMANDS", "proposal:truce"),  # wrong kind: spurious
    ]
    r = evaluate(GOLD, [_bundle(edges)])
    assert r.statements.extracted == 2
    assert r.statements.tp_precision == 1
    assert r.statements.tp_recall == 1 and r.statements.gold == 3
    art = r.articles[0]
    assert any("truce" in s for s in art.spurious)
    assert any("Ukraine refuses" in m for m in art.misses)


def test_extra_gold_counts_for_precision_only_and_unknown_actor_is_extra() -> None:
    edges = [_edge("state:norway", "MEDIATES", "talks:x")]
    extra = [
        _node("state:norway", "State", "Norge"),
        _node("state:poland", "State", "Poland"),
        _node("talks:x", "Talks", "talks"),
    ]
    r = evaluate(GOLD, [_bundle(edges, extra)])
    assert r.statements.tp_precision == 1 and r.statements.tp_recall == 0
    assert "state:poland (Poland)" in r.articles[0].extra_actors


def test_jsonl_extraction_and_articles_give_the_same_report(tmp_path: Path) -> None:
    report, problems = evaluate_inputs(GOLD, [DATA / "a1.txt"])
    assert problems == []
    assert report.statements.recall >= 2 / 3
    from parley.loaders.extract import extract_all

    out = tmp_path / "x.jsonl"
    res = extract_all([DATA / "a1.txt"])
    out.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in res.records()), encoding="utf-8")
    bundles, bad = read_extraction(out)
    assert bad == []
    again, _ = evaluate_inputs(GOLD, [out])
    assert again.as_dict()["overall"] == report.as_dict()["overall"]


def test_missing_gold_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate(tmp_path / "nope", [])
