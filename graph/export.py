"""Export the graph for other tools: GraphML (Gephi, yEd, Cytoscape), JSON, CSV.

- ``graphml``: one file; node and edge attributes as in the interchange format.
  GraphML has no list type, so lists (aliases, articles, topics) are JSON
  strings, e.g. ``["donbas", "crimea"]``; absent values are left out. Edge ids
  are ``TYPE|article``.
- ``json``: one object ``{"nodes": [...], "edges": [...]}`` whose items are
  the interchange records of SPEC.md (``record: node`` / ``record: edge``),
  so :func:`read_json` (or any JSON Lines reader, item by item) reads them back.
- ``csv``: a folder with two files, ``nodes.csv`` and ``edges.csv`` (a
  stream cannot hold two tables, so ``out`` must be a folder path; it is
  created). Columns: nodes ``id,label,key,name,aliases,articles`` followed by
  every label property of the model; edges ``source,type,target,article,date,
  sentence,language,confidence,method,role,condition``. Lists are JSON
  strings, as in GraphML; empty cells are absent values.

Output is sorted (nodes by id, edges by source, type, target, article) so
that exporting the same graph twice gives the same bytes.

>>> import io
>>> buf = io.StringIO()
>>> export([NodeRecord("state:russia", "State", "Russia")], [], "json", buf).nodes
1
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from parley.graph import model as m
from parley.graph.analysis import to_networkx
from parley.graph.errors import InputError
from parley.graph.records import EdgeRecord, NodeRecord, record_from_dict

FORMATS: tuple[str, ...] = ("graphml", "json", "csv")
EDGE_COLUMNS: tuple[str, ...] = ("source", "type", "target", "article", "date", "sentence", "language",
                                 "confidence", "method", "role", "condition")


@dataclass(frozen=True)
class ExportSummary:
    """What was written: counts and the files (none when writing to a stream)."""

    format: str
    nodes: int
    edges: int
    files: tuple[Path, ...]


def export(
    nodes: Sequence[NodeRecord],
    edges: Sequence[EdgeRecord],
    fmt: str,
    out: Path | TextIO,
) -> ExportSummary:
    """Write the records in ``fmt`` (graphml, json, csv) to a file path, a stream, or (csv) a folder."""
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    node_list = sorted(nodes, key=lambda n: n.id)
    edge_list = sorted(edges, key=lambda e: e.identity)
    if fmt == "csv":
        if not isinstance(out, (str, Path)):
            raise InputError("csv export writes two files (nodes.csv, edges.csv): give a folder, not a stream")
        files = _write_csv(node_list, edge_list, Path(out))
        return ExportSummary(fmt, len(node_list), len(edge_list), files)
    writer = _write_graphml if fmt == "graphml" else _write_json
    if isinstance(out, (str, Path)):
        path = Path(out)
        if path.is_dir():
            raise InputError(f"{path} is a folder; {fmt} export writes one file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8", newline="\n") as fh:
                writer(node_list, edge_list, fh)
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return ExportSummary(fmt, len(node_list), len(edge_list), (path,))
    writer(node_list, edge_list, out)
    return ExportSummary(fmt, len(node_list), len(edge_list), ())


def read_json(source: Path | TextIO) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """Read a ``json`` export back into records (validated like any interchange record)."""
    if isinstance(source, (str, Path)):
        with Path(source).open(encoding="utf-8") as fh:
            doc = json.load(fh)
    else:
        doc = json.load(source)
    if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list) or not isinstance(
        doc.get("edges"), list
    ):
        raise InputError('not a parley JSON export: expected {"nodes": [...], "edges": [...]}')
    nodes = [r for r in map(record_from_dict, doc["nodes"]) if isinstance(r, NodeRecord)]
    edges = [r for r in map(record_from_dict, doc["edges"]) if isinstance(r, EdgeRecord)]
    return nodes, edges


def _write_json(nodes: list[NodeRecord], edges: list[EdgeRecord], fh: TextIO) -> None:
    doc = {"nodes": [n.to_dict() for n in nodes], "edges": [e.to_dict() for e in edges]}
    json.dump(doc, fh, ensure_ascii=False, indent=1)
    fh.write("\n")


def _write_graphml(nodes: list[NodeRecord], edges: list[EdgeRecord], fh: TextIO) -> None:
    g = to_networkx(nodes, edges)
    flat = nx.MultiDiGraph()
    for nid, attrs in g.nodes(data=True):
        flat.add_node(nid, key=_split_key(nid), **_scalars(attrs))
    for s, t, k, attrs in g.edges(keys=True, data=True):
        flat.add_edge(s, t, key=k, **_scalars(attrs))
    for line in nx.generate_graphml(flat, encoding="utf-8", prettyprint=True):
        fh.write(line + "\n")


def _write_csv(nodes: list[NodeRecord], edges: list[EdgeRecord], folder: Path) -> tuple[Path, ...]:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; csv export writes nodes.csv and edges.csv into a folder")
    props: list[str] = []
    for spec in m.model().labels.values():
        props.extend(p for p in spec if p not in ("key", "name", "aliases") and p not in props)
    node_columns = ["id", "label", "key", "name", "aliases", "articles", *props]
    node_path, edge_path = folder / "nodes.csv", folder / "edges.csv"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with node_path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(node_columns)
            for n in nodes:
                row: dict[str, Any] = {"id": n.id, "label": n.label, "key": _split_key(n.id), "name": n.name,
                                       "aliases": n.aliases, "articles": n.articles, **n.props}
                w.writerow([_cell(row.get(c)) for c in node_columns])
        with edge_path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(EDGE_COLUMNS)
            for e in edges:
                d = e.to_dict()
                w.writerow([_cell(d.get(c)) for c in EDGE_COLUMNS])
    except OSError as exc:
        raise InputError(f"cannot write csv export into {folder}: {exc.strerror or exc}") from exc
    return (node_path, edge_path)


def _scalars(attrs: dict[str, Any]) -> dict[str, Any]:
    """GraphML-friendly attributes: lists as JSON strings, None left out, one type per attribute
    (confidence a double, everything else a string)."""
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple, dict)):
            out[k] = json.dumps(list(v) if isinstance(v, tuple) else v, ensure_ascii=False)
        elif k == "confidence" and isinstance(v, (int, float)):
            out[k] = float(v)
        else:
            out[k] = str(v)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _split_key(nid: str) -> str:
    return nid.partition(":")[2] or nid

