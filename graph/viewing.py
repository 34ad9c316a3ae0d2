"""Choosing what a view shows, from a store, and writing it (``parley view``).

:mod:`parley.graph.views` draws records; this module picks the records: the
whole graph, an actor's neighbourhood, a topic or model, or the nodes that a
saved query returns together with the statements between them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from parley.graph.errors import InputError
from parley.graph.records import EdgeRecord, NodeRecord
from parley.graph.store import Store
from parley.graph.views import render_view, select


def nodes_in_result(nodes: list[NodeRecord], edges: list[EdgeRecord], cells: list[Any]
                    ) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """Nodes whose name or key appears in a query's cells, and the statements among them."""
    wanted: set[str] = set()
    for cell in cells:
        for value in cell if isinstance(cell, list) else [cell]:
            if isinstance(value, str):
                wanted.add(value.casefold())
    keep = [n for n in nodes if n.name.casefold() in wanted or n.key in wanted]
    ids = {n.id for n in keep}
    return keep, [e for e in edges if e.source in ids and e.target in ids]


def write_view(
    store: Store,
    output: Path,
    *,
    query: str | None = None,
    params: Mapping[str, str] | None = None,
    actor: str | None = None,
    topic: str | None = None,
    model: str | None = None,
    title: str = "parley",
) -> str:
    """Render the chosen part of the graph to ``output``; returns a short description of what was drawn."""
    nodes, edges = store.dump()
    if query:
        from parley.queries import run_query

        result = run_query(store, query, params or {})
        nodes, edges = nodes_in_result(nodes, edges, [c for row in result.rows for c in row])
    if actor or topic or model:
        nodes, edges = select(nodes, edges, actor=actor, topic=topic, model=model)
    if not nodes:
        raise InputError("nothing to draw: the selection is empty (is the store loaded? try parley stats)")
    render_view(nodes, edges, output, title=title)
    return f"{len(nodes)} nodes, {len(edges)} statements"
