"""Centrality and coalitions on a small graph whose blocs are known by construction."""

from __future__ import annotations

import json

from parley.graph.analysis import ActorScore, centrality, coalitions, positions, to_networkx
from parley.graph.records import EdgeRecord, NodeRecord

DONBAS = "proposal:ukraine-cedes-donbas"
NATO = "proposal:ukraine-joins-nato"
FORCE = "proposal:reassurance-force"
CEASEFIRE = "proposal:full-ceasefire"
SANCTIONS = "proposal:lift-sanctions"


def graph() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    nodes = [
        NodeRecord("state:ukraine", "State", "Ukraine"),
        NodeRecord("state:united-kingdom", "State", "United Kingdom"),
        NodeRecord("organisation:european-union", "Organisation", "European Union"),
        NodeRecord("person:volodymyr-zelenskyy", "Person", "Volodymyr Zelenskyy"),
        NodeRecord("state:russia", "State", "Russia"),
        NodeRecord("state:belarus", "State", "Belarus"),
        NodeRecord("person:vladimir-putin", "Person", "Vladimir Putin"),
        NodeRecord("state:united-states", "State", "United States"),
        NodeRecord("talks:istanbul", "Talks", "Istanbul talks"),
        NodeRecord(DONBAS, "Proposal", "Ukraine cedes all of Donbas"),
        NodeRecord(NATO, "Proposal", "Ukraine joins NATO"),
        NodeRecord(FORCE, "Proposal", "European reassurance force"),
        NodeRecord(CEASEFIRE, "Proposal", "Full ceasefire"),
        NodeRecord(SANCTIONS, "Proposal", "Lift sanctions on Russia"),
    ]

    def e(source: str, rel: str, target: str, article: str = "a1", **kw: str) -> EdgeRecord:
        return EdgeRecord(source, target, rel, article, sentence=f"{source} {rel} {target}", **kw)

    edges = [
        # the Ukrainian side; Ukraine's stance on Donbas comes only through Zelenskyy
        e("person:volodymyr-zelenskyy", "REPRESENTS", "state:ukraine", role="president"),
        e("person:volodymyr-zelenskyy", "REJECTS", DONBAS, "a2"),
        e("state:ukraine", "DEMANDS", NATO),
        e("state:ukraine", "SUPPORTS", FORCE),
        e("state:ukraine", "PROPOSES", CEASEFIRE),
        e("state:ukraine", "REJECTS", SANCTIONS),
        e("state:united-kingdom", "GUARANTEES", FORCE),
        e("state:united-kingdom", "REJECTS", DONBAS),
        e("state:united-kingdom", "SUPPORTS", NATO),
        e("state:united-kingdom", "REJECTS", SANCTIONS),
        e("organisation:european-union", "SUPPORTS", FORCE),
        e("organisation:european-union", "REJECTS", SANCTIONS),
        e("organisation:european-union", "REJECTS", DONBAS),
        # the Russian side; Russia wavers on the ceasefire: for in one article, against in two
        e("person:vladimir-putin", "REPRESENTS", "state:russia", role="president"),
        e("person:vladimir-putin", "DEMANDS", DONBAS, "a3"),
        e("state:russia", "DEMANDS", DONBAS),
        e("state:russia", "REJECTS", NATO),
        e("state:russia", "REJECTS", FORCE),
        e("state:russia", "DEMANDS", SANCTIONS),
        e("state:russia", "SUPPORTS", CEASEFIRE, "a1"),
        e("state:russia", "REJECTS", CEASEFIRE, "a2"),
        e("state:russia", "REJECTS", CEASEFIRE, "a4"),
        e("state:belarus", "SUPPORTS", DONBAS),
        e("state:belarus", "REJECTS", NATO),
        e("state:belarus", "SUPPORTS", SANCTIONS),
        # the mediator
        e("state:united-states", "MEDIATES", "talks:istanbul"),
        e("state:united-states", "PROPOSES", CEASEFIRE),
        e("state:russia", "ACCUSES", "state:ukraine"),
        EdgeRecord("article:a1", "state:russia", "MENTIONS", "a1"),
    ]
    return nodes, edges


def test_to_networkx_keeps_every_statement_and_attribute() -> None:
    nodes, edges = graph()
    g = to_networkx(nodes, edges)
    assert g.number_of_edges() == len(edges)
    assert g.nodes["article:a1"]["label"] == "Article"  # added from the edge, named by its key
    data = g.get_edge_data("state:russia", CEASEFIRE)
    assert sorted(data) == ["REJECTS|a2", "REJECTS|a4", "SUPPORTS|a1"]
    rep = g.get_edge_data("person:vladimir-putin", "state:russia")["REPRESENTS|a1"]
    assert rep["role"] == "president" and rep["article"] == "a1"


def test_positions_majority_and_representation() -> None:
    _, edges = graph()
    pos = positions(edges)
    assert pos["state:ukraine"][DONBAS] == -1  # through Zelenskyy
    assert pos["state:russia"][CEASEFIRE] == -1  # 2 articles against, 1 for
    assert pos["state:russia"][DONBAS] == 1
    assert "talks:istanbul" not in pos and "article:a1" not in pos
    tie = [EdgeRecord("state:x", "proposal:p", "SUPPORTS", "1"), EdgeRecord("state:x", "proposal:p", "REJECTS", "2")]
    assert positions(tie) == {}
    # one article reporting the same stance twice (person and state) counts once
    same = [EdgeRecord("person:p", "state:x", "REPRESENTS", "1"), EdgeRecord("person:p", "proposal:q", "REJECTS", "1"),
            EdgeRecord("state:x", "proposal:q", "SUPPORTS", "2"), EdgeRecord("state:x", "proposal:q", "REJECTS", "1")]
    assert "state:x" not in positions(same)  # -1 (article 1, once) + 1 (article 2): a tie
    assert positions(same)["person:p"] == {"proposal:q": -1}


def test_coalitions_find_the_two_blocs() -> None:
    nodes, edges = graph()
    found = coalitions(nodes, edges)
    blocs = [set(c.actors) for c in found]
    west = {"state:ukraine", "state:united-kingdom", "organisation:european-union", "person:volodymyr-zelenskyy"}
    east = {"state:russia", "state:belarus", "person:vladimir-putin"}
    assert any(west <= b for b in blocs) and any(east <= b for b in blocs)
    assert not any(west & b and east & b for b in blocs)
    first = next(c for c in found if "state:ukraine" in c.actors)
    agreed = {(a.proposal, a.side) for a in first.agreements}
    assert {(FORCE, "for"), (DONBAS, "against"), (SANCTIONS, "against")} <= agreed
    donbas = next(a for a in first.agreements if a.proposal == DONBAS)
    assert donbas.name == "Ukraine cedes all of Donbas"
    assert {"state:ukraine", "person:volodymyr-zelenskyy", "state:united-kingdom"} <= set(donbas.actors)
    east_bloc = next(c for c in found if "state:russia" in c.actors)
    assert (NATO, "against") in {(a.proposal, a.side) for a in east_bloc.agreements}
    assert [c.number for c in found] == list(range(1, len(found) + 1))
    assert all(len(c.actors) >= 2 and c.weight > 0 for c in found)
    json.dumps([c.to_dict() for c in found])  # plain data for `parley analyze --format json`


def test_coalitions_are_deterministic() -> None:
    nodes, edges = graph()
    once = coalitions(nodes, edges)
    assert coalitions(list(reversed(nodes)), list(reversed(edges))) == once
    assert coalitions(nodes, edges) == once


def test_coalitions_need_shared_stances() -> None:
    nodes = [NodeRecord("state:a", "State", "A"), NodeRecord("state:b", "State", "B")]
    edges = [EdgeRecord("state:a", "proposal:x", "SUPPORTS", "1"), EdgeRecord("state:b", "proposal:x", "REJECTS", "1")]
    assert coalitions(nodes, edges) == []
    assert coalitions([], []) == []


def test_centrality_ranks_actors_only() -> None:
    nodes, edges = graph()
    scores = centrality(nodes, edges)
    ids = [s.id for s in scores]
    assert all(isinstance(s, ActorScore) for s in scores)
    assert not any(i.startswith(("proposal:", "talks:", "article:")) for i in ids)
    by_id = {s.id: s for s in scores}
    # Russia speaks on every proposal, accuses Ukraine and is represented by Putin
    assert by_id["state:russia"].degree == max(s.degree for s in scores) == 7
    assert by_id["state:russia"].statements == 9
    assert ids[0] == "state:russia"
    # the United States is the only way to the Istanbul talks
    assert by_id["state:united-states"].betweenness > 0
    # Putin's two neighbours (Russia, Donbas) are linked directly: he bridges nothing
    assert by_id["person:vladimir-putin"].betweenness == 0
    assert [s.eigenvector for s in scores] == sorted((s.eigenvector for s in scores), reverse=True)
    assert centrality(list(reversed(nodes)), list(reversed(edges))) == scores
    assert centrality([], []) == []


def test_analyze_report_prints_and_serialises() -> None:
    import io

    from parley.graph.analysis import analyze

    nodes, edges = graph()
    nodes = [*nodes, NodeRecord("state:evil", "State", "[bold red]Evil[/] state")]
    edges = [*edges, EdgeRecord("state:evil", DONBAS, "SUPPORTS", "a1")]
    report = analyze(nodes, edges)
    assert report.actors == centrality(nodes, edges) and report.coalitions == coalitions(nodes, edges)
    doc = json.loads(json.dumps(report.to_dict()))
    assert doc["actors"][0]["id"] == "state:russia"
    assert {"number", "actors", "names", "weight", "agreements"} <= set(doc["coalitions"][0])
    buf = io.StringIO()
    report.print(top=3, out=buf)
    text = buf.getvalue()
    assert "Actor centrality (top 3 of 9)" in text and "Russia" in text
    assert "[bold red]Evil[/] state" in text  # article text is printed literally, not as markup
    assert "against: Ukraine cedes all of Donbas" in text
    empty = io.StringIO()
    analyze([], []).print(out=empty)
    assert "(no actor has a stance statement)" in empty.getvalue()
