"""Export: JSON round trip, GraphML and CSV readable by their standard readers, stable bytes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from parley.graph.errors import InputError
from parley.graph.export import EDGE_COLUMNS, export, read_json
from parley.graph.records import EdgeRecord, NodeRecord

TRICKY = 'Zelenskyj: "Nej, aldrig",\nsa han; <b>Donbas</b> & Krim'


def records() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    nodes = [
        NodeRecord("state:ukraine", "State", "Ukraine", ["Ukraina", "Oekraïne"], ["a1", "a2"], {"iso2": "UA"}),
        NodeRecord("person:volodymyr-zelenskyy", "Person", "Volodymyr Zelenskyy", ["Zelenskyj"], ["a1"]),
        NodeRecord("organisation:nato", "Organisation", "NATO", ["NAVO"], ["a2"], {"type": "alliance"}),
        NodeRecord("proposal:ukraine-cedes-donbas", "Proposal", "Ukraine cedes all of Donbas", [], ["a1"],
                   {"kind": "territorial", "topics": ["donbas", "territorial_concessions"]}),
        NodeRecord("proposal:ukraine-joins-nato", "Proposal", "Ukraine joins NATO", [], ["a2"],
                   {"kind": "security_guarantee", "model": "nato_membership", "topics": ["nato_membership"]}),
        NodeRecord("talks:istanbul", "Talks", "Istanbul talks", [], ["a2"], {"location": "Istanbul",
                                                                             "date": "2025-05-16"}),
        NodeRecord("article:a1", "Article", "a1", [], [], {"title": "Fredssamtal", "language": "sv"}),
    ]
    edges = [
        EdgeRecord("person:volodymyr-zelenskyy", "proposal:ukraine-cedes-donbas", "REJECTS", "a1",
                   "2025-03-01", TRICKY, "sv", 0.9, "rules"),
        EdgeRecord("person:volodymyr-zelenskyy", "state:ukraine", "REPRESENTS", "a1", "2025-03-01",
                   "Ukrainas president Zelenskyj", "sv", 1.0, "curated", role="president"),
        EdgeRecord("state:ukraine", "proposal:ukraine-joins-nato", "DEMANDS", "a2", None,
                   "Oekraïne eist lidmaatschap", "nl", 0.7, "rules", condition="als de VS instemmen"),
        EdgeRecord("organisation:nato", "talks:istanbul", "MEDIATES", "a2", None, None, "nl", 0.5, "rules"),
        EdgeRecord("article:a1", "state:ukraine", "MENTIONS", "a1"),
    ]
    return nodes, edges


def test_json_round_trip(tmp_path: Path) -> None:
    nodes, edges = records()
    summary = export(nodes, edges, "json", tmp_path / "g.json")
    assert (summary.nodes, summary.edges, summary.files) == (len(nodes), len(edges), (tmp_path / "g.json",))
    back_nodes, back_edges = read_json(tmp_path / "g.json")
    assert back_nodes == sorted(nodes, key=lambda n: n.id)
    assert back_edges == sorted(edges, key=lambda e: e.identity)
    doc = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert doc["nodes"][0]["record"] == "node" and doc["edges"][0]["record"] == "edge"
    # a stream gets the same text, and reads back the same
    buf = io.StringIO()
    export(nodes, edges, "JSON", buf)
    assert buf.getvalue() == (tmp_path / "g.json").read_text(encoding="utf-8")
    assert read_json(io.StringIO(buf.getvalue())) == (back_nodes, back_edges)


def test_read_json_rejects_other_documents(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="not a parley JSON export"):
        read_json(tmp_path / "x.json")


def test_graphml_reads_back_with_networkx(tmp_path: Path) -> None:
    nodes, edges = records()
    export(nodes, edges, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges)
    donbas = g.nodes["proposal:ukraine-cedes-donbas"]
    assert json.loads(donbas["topics"]) == ["donbas", "territorial_concessions"]
    assert donbas["kind"] == "territorial" and donbas["key"] == "ukraine-cedes-donbas"
    assert "model" not in donbas  # absent, not "None"
    assert json.loads(g.nodes["state:ukraine"]["aliases"]) == ["Ukraina", "Oekraïne"]
    rejects = g.get_edge_data("person:volodymyr-zelenskyy", "proposal:ukraine-cedes-donbas")["REJECTS|a1"]
    assert rejects["sentence"] == TRICKY and rejects["confidence"] == pytest.approx(0.9)
    assert rejects["type"] == "REJECTS"
    rep = g.get_edge_data("person:volodymyr-zelenskyy", "state:ukraine")["REPRESENTS|a1"]
    assert rep["role"] == "president" and "condition" not in rep


def test_csv_folder_with_two_tables(tmp_path: Path) -> None:
    nodes, edges = records()
    summary = export(nodes, edges, "csv", tmp_path / "out")
    assert summary.files == (tmp_path / "out" / "nodes.csv", tmp_path / "out" / "edges.csv")
    with summary.files[0].open(encoding="utf-8", newline="") as fh:
        node_rows = list(csv.DictReader(fh))
    with summary.files[1].open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == EDGE_COLUMNS
        edge_rows = list(reader)
    assert len(node_rows) == len(nodes) and len(edge_rows) == len(edges)
    donbas = next(r for r in node_rows if r["id"] == "proposal:ukraine-cedes-donbas")
    assert json.loads(donbas["topics"]) == ["donbas", "territorial_concessions"] and donbas["model"] == ""
    assert donbas["label"] == "Proposal" and donbas["key"] == "ukraine-cedes-donbas"
    rejects = next(r for r in edge_rows if r["type"] == "REJECTS")
    assert rejects["sentence"] == TRICKY and float(rejects["confidence"]) == 0.9
    demands = next(r for r in edge_rows if r["type"] == "DEMANDS")
    assert demands["condition"] == "als de VS instemmen" and demands["date"] == ""


def test_bad_targets_and_formats(tmp_path: Path) -> None:
    nodes, edges = records()
    with pytest.raises(InputError, match="unknown export format 'gexf'; choose one of: graphml, json, csv"):
        export(nodes, edges, "gexf", tmp_path / "x")
    with pytest.raises(InputError, match="give a folder, not a stream"):
        export(nodes, edges, "csv", io.StringIO())
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        export(nodes, edges, "csv", tmp_path / "file")
    with pytest.raises(InputError, match="is a folder"):
        export(nodes, edges, "json", tmp_path)


@pytest.mark.parametrize("fmt", ["graphml", "json", "csv"])
def test_same_graph_same_bytes(tmp_path: Path, fmt: str) -> None:
    nodes, edges = records()
    a = export(nodes, edges, fmt, tmp_path / "a")
    b = export(list(reversed(nodes)), list(reversed(edges)), fmt, tmp_path / "b")
    assert [p.read_bytes() for p in a.files] == [p.read_bytes() for p in b.files]
