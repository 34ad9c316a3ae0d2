"""The store interface that loading, queries, views and the CLI talk to.

Two implementations share it: :class:`parley.graph.embedded.EmbeddedStore`
(ladybug, the default, no server) and :class:`parley.graph.neo4j_store.Neo4jStore`.
A store only knows how to run Cypher, read-only or as one atomic write; what
to write lives in :mod:`parley.graph.cypher` and :mod:`parley.graph.load`.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from parley.graph import cypher
from parley.graph.model import LABELS, REL_TYPES, model, node_id
from parley.graph.records import EdgeRecord, NodeRecord

Statement = tuple[str, dict[str, Any]]


@dataclass
class Result:
    """Rows of a read query, with column names, independent of the store."""

    columns: list[str]
    rows: list[list[Any]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def __iter__(self) -> Iterator[list[Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Store(ABC):
    """A graph database that parley can load into and query."""

    kind: str = "store"

    @abstractmethod
    def query(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True) -> Result:
        """Run one query; with ``read_only`` the store refuses any write."""

    @abstractmethod
    def write(self, statements: Sequence[Statement]) -> None:
        """Run statements as ONE transaction: all of them take effect, or none."""

    def prepare(self, statements: Sequence[Statement]) -> list[Statement]:
        """The same statements in the form this store writes fastest; safe to call from another thread."""
        return list(statements)

    def settle(self) -> None:  # noqa: B027 - a hook: most stores have nothing to do
        """After a load: make the new data cheap to query (the embedded store checkpoints)."""

    @abstractmethod
    def close(self) -> None:
        """Release the database or connection."""

    def describe(self) -> str:
        """Where the data lives, for messages."""
        return self.kind

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # Generic reads built on query(); both stores inherit them.

    def counts(self) -> dict[str, int]:
        """Node count per label and relationship count per type (zeros included)."""
        out: dict[str, int] = {}
        for label in LABELS:
            out[label] = int(self.query(cypher.count_nodes(label)).rows[0][0])
        for rel in REL_TYPES:
            out[rel] = int(self.query(cypher.count_edges(rel)).rows[0][0])
        return out

    def dump(self, *, mentions: bool = False) -> tuple[list[NodeRecord], list[EdgeRecord]]:
        """The whole graph as interchange records (for views, analysis and export)."""
        nodes: dict[str, NodeRecord] = {}
        for label in LABELS:
            for row in self.query(cypher.read_nodes(label)).dicts():
                nid = node_id(label, row["key"])
                props = {k: v for k, v in row.items() if k not in ("key", "name", "aliases") and v is not None}
                nodes[nid] = NodeRecord(
                    id=nid, label=label, name=row["name"] or row["key"], aliases=row["aliases"] or [], props=props
                )
        edges: list[EdgeRecord] = []
        for rel in model().relationships.values():
            if rel.name == "MENTIONS" and not mentions:
                continue
            for src in rel.sources:
                for tgt in rel.targets:
                    for row in self.query(cypher.read_edges(rel.name, src, tgt)).dicts():
                        edges.append(
                            EdgeRecord(
                                source=node_id(src, row["source"]),
                                target=node_id(tgt, row["target"]),
                                type=rel.name,
                                article=row["article"],
                                date=row["date"],
                                sentence=row["sentence"],
                                language=row["language"],
                                confidence=row["confidence"] if row["confidence"] is not None else 1.0,
                                method=row["method"] or "rules",
                                role=row["role"],
                                condition=row["condition"],
                            )
                        )
        mentioned: dict[str, list[str]] = {}
        for label in LABELS:
            if label == "Article":
                continue
            rows = self.query(
                f"MATCH (a:Article)-[:MENTIONS]->(n:{label}) RETURN n.key AS key, a.key AS article "
                "ORDER BY key, article"
            ).rows
            for key, article in rows:
                mentioned.setdefault(node_id(label, key), []).append(article)
        for nid, arts in mentioned.items():
            if nid in nodes:
                nodes[nid].articles = arts
        return list(nodes.values()), edges


def default_db_path() -> Path:
    """``--db`` default: ``$PARLEY_DB`` or ``./parley-data``."""
    return Path(os.environ.get("PARLEY_DB") or "parley-data")
