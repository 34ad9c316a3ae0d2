"""The Neo4j 5 store: same interface as the embedded one, for analysts using Neo4j Browser.

The store receives a ``neo4j.Driver``; it never reads credentials. Writes run
as managed transactions (``execute_write``), which the driver retries on
transient errors; each call is one transaction, so a batch of articles is
written entirely or not at all. Reads run in READ access mode, so the server
itself refuses a write from ``parley cypher``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import neo4j
from neo4j import exceptions as nx

from parley.graph.errors import ConnectionFailed, QueryError, ReadOnlyError, StoreError
from parley.graph.model import LABELS, REL_TYPES
from parley.graph.store import Result, Statement, Store


def schema_statements() -> list[str]:
    """Unique-key constraints per label and an index on ``article`` per relationship type."""
    out = [
        f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in LABELS
    ]
    out += [
        f"CREATE INDEX {rel.lower()}_article IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.article)" for rel in REL_TYPES
    ]
    return out


def connect(uri: str, user: str, password: str, **config: Any) -> neo4j.Driver:
    """Open a driver and check that the server answers and accepts the credentials."""
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), **config)
    except (ValueError, nx.ConfigurationError) as exc:
        raise ConnectionFailed(f"bad Neo4j URI {uri!r}: {exc}") from exc
    try:
        driver.verify_connectivity()
    except nx.AuthError as exc:
        driver.close()
        raise ConnectionFailed(f"Neo4j at {uri} refused the credentials for user {user!r}") from exc
    except (nx.ServiceUnavailable, OSError) as exc:
        driver.close()
        raise ConnectionFailed(f"cannot reach Neo4j at {uri} (is the server running? tools/neo4j/start)") from exc
    return driver


def _plain(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        return {"_label": next(iter(value.labels), None), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **dict(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class Neo4jStore(Store):
    """parley's graph in a Neo4j 5 database."""

    kind = "neo4j"

    def __init__(self, driver: neo4j.Driver, *, database: str | None = None, owns_driver: bool = False) -> None:
        self.driver = driver
        self.database = database
        self._owns = owns_driver
        self._ensure_schema()

    def describe(self) -> str:
        return f"neo4j {self.database or 'default database'}"

    def _session(self, mode: str) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _ensure_schema(self) -> None:
        try:
            with self._session(neo4j.WRITE_ACCESS) as s:
                for stmt in schema_statements():
                    s.run(stmt).consume()
        except nx.AuthError as exc:
            raise ConnectionFailed("Neo4j refused the credentials") from exc
        except nx.ServiceUnavailable as exc:
            raise ConnectionFailed(f"cannot reach Neo4j: {exc}") from exc
        except nx.Neo4jError as exc:
            raise StoreError(f"cannot prepare the Neo4j schema: {exc.message}") from exc

    def query(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True) -> Result:
        def work(tx: neo4j.ManagedTransaction) -> Result:
            res = tx.run(text, params or {})
            keys = list(res.keys())
            return Result(columns=keys, rows=[[_plain(v) for v in rec.values()] for rec in res])

        try:
            with self._session(neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS) as s:
                return s.execute_read(work) if read_only else s.execute_write(work)
        except nx.ServiceUnavailable as exc:
            raise ConnectionFailed(f"lost the connection to Neo4j: {exc}") from exc
        except nx.Neo4jError as exc:
            msg = (exc.message or str(exc)).splitlines()[0]
            if "read access mode" in msg.lower() or (exc.code or "").endswith("ForbiddenDueToTransactionType"):
                raise ReadOnlyError("this is a read-only command; the query tries to write") from exc
            raise QueryError(msg) from exc

    def write(self, statements: Sequence[Statement]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for text, params in statements:
                tx.run(text, params).consume()

        try:
            with self._session(neo4j.WRITE_ACCESS) as s:
                s.execute_write(work)
        except nx.ServiceUnavailable as exc:
            raise ConnectionFailed(f"lost the connection to Neo4j: {exc}") from exc
        except nx.Neo4jError as exc:
            raise StoreError(f"write failed and was rolled back: {exc.message}") from exc

    def clear(self) -> None:
        """Delete every node and relationship (tests and benchmarks)."""
        # relationships first, in batches: detaching a hub node at once can exceed the transaction memory limit
        with self._session(neo4j.WRITE_ACCESS) as s:
            s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
            s.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()

    def close(self) -> None:
        if self._owns:
            self.driver.close()
