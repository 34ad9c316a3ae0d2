"""The default store: ladybug, an embedded graph database with Cypher, no server.

A store is a directory (``./parley-data`` by default) holding the database
file and a ``parley-store.json`` marker, so parley never writes into a folder
that is not its own. The small dialect adapter below is the only place where
parley's portable Cypher is changed to run on ladybug:

* ``type(r)`` is ladybug's ``label(r)``: a ``type`` macro is created with the schema;
* variable-length patterns ``*m..n`` get ladybug's ``TRAIL`` so they walk like Neo4j's.

>>> adapt("MATCH (a)-[:REPRESENTS*1..2]->(b) RETURN b")
'MATCH (a)-[:REPRESENTS* TRAIL 1..2]->(b) RETURN b'
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import ladybug

from parley.graph.errors import NotAStoreError, QueryError, ReadOnlyError, StoreError
from parley.graph.model import model
from parley.graph.store import Result, Statement, Store

MARKER = "parley-store.json"
DB_FILE = "graph.lbug"
SCHEMA_VERSION = 1
CHECKPOINT_BYTES = 512 * 1024 * 1024

_VAR_LENGTH = re.compile(r"\*\s*(?!\s*TRAIL)(\d*\s*\.\.\s*\d*|\d+)(?=\s*\])")


def adapt(text: str) -> str:
    """Rewrite portable Cypher for ladybug (see the module docstring)."""
    return _VAR_LENGTH.sub(lambda m: "* TRAIL " + m.group(1).replace(" ", ""), text)


def schema_ddl() -> list[str]:
    """CREATE statements for every label and relationship type of the model."""
    ddl: list[str] = []
    for label, props in model().labels.items():
        cols = ", ".join(f"{p} {t}" + (" PRIMARY KEY" if p == "key" else "") for p, t in props.items())
        ddl.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols})")
    edge_cols = ", ".join(f"{p} {t}" for p, t in model().statement_properties.items())
    for rel in model().relationships.values():
        pairs = ", ".join(f"FROM {s} TO {t}" for s in rel.sources for t in rel.targets)
        ddl.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}, {edge_cols})")
    return ddl


class EmbeddedStore(Store):
    """parley's graph in a local ladybug database directory."""

    kind = "embedded"

    def __init__(self, path: Path | str, *, create: bool = True) -> None:
        self.path = Path(path)
        marker = self.path / MARKER
        if self.path.exists() and not self.path.is_dir():
            raise NotAStoreError(f"{self.path} is a file, not a parley store directory")
        if self.path.is_dir() and not marker.exists() and any(self.path.iterdir()):
            raise NotAStoreError(
                f"{self.path} is not a parley store (no {MARKER}); give --db a new or empty directory"
            )
        if not marker.exists():
            if not create:
                raise NotAStoreError(f"no parley store at {self.path}; run 'parley load' or 'parley demo' first")
            self.path.mkdir(parents=True, exist_ok=True)
            marker.write_text(json.dumps({"parley": "store", "schema": SCHEMA_VERSION}) + "\n")
        else:
            try:
                info = json.loads(marker.read_text())
            except (OSError, ValueError) as exc:
                raise NotAStoreError(f"{marker} is unreadable: {exc}") from exc
            if info.get("schema") != SCHEMA_VERSION:
                raise NotAStoreError(f"{self.path} has schema {info.get('schema')}, this parley needs {SCHEMA_VERSION}")
        try:
            # checkpoint rarely: each checkpoint rewrites pages, and loads commit per batch
            self._db = ladybug.Database(str(self.path / DB_FILE), checkpoint_threshold=CHECKPOINT_BYTES)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        self._ensure_schema()

    def describe(self) -> str:
        return f"embedded store {self.path}"

    def _ensure_schema(self) -> None:
        try:
            for stmt in schema_ddl():
                self._conn.execute(stmt)
            self._conn.execute("CREATE MACRO type(r) AS label(r)")
        except RuntimeError as exc:
            if "already exists" not in str(exc):  # the macro is stored with the database
                raise StoreError(f"cannot prepare the store at {self.path}: {_first_line(exc)}") from exc

    def query(self, text: str, params: dict[str, Any] | None = None, *, read_only: bool = True) -> Result:
        text = adapt(text)
        try:
            if read_only:
                self._conn.execute("BEGIN TRANSACTION READ ONLY")
            res = self._conn.execute(text, params or {})
            assert not isinstance(res, list)
            columns = list(res.get_column_names())
            rows = []
            while res.has_next():
                rows.append([plain(v) for v in res.get_next()])
            if read_only:
                self._conn.execute("COMMIT")
        except RuntimeError as exc:
            self._rollback()
            msg = _first_line(exc)
            if "read-only transaction" in msg:
                raise ReadOnlyError("this is a read-only command; the query tries to write") from exc
            raise QueryError(msg) from exc
        return Result(columns=columns, rows=rows)

    def write(self, statements: Sequence[Statement]) -> None:
        try:
            self._conn.execute("BEGIN TRANSACTION")
            for text, params in statements:
                self._conn.execute(adapt(text), params)
            self._conn.execute("COMMIT")
        except RuntimeError as exc:
            self._rollback()
            raise StoreError(f"write failed and was rolled back: {_first_line(exc)}") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(RuntimeError):  # a failed statement already ended the transaction
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()
        self._conn = None  # type: ignore[assignment]
        self._db = None  # type: ignore[assignment]


def plain(value: Any) -> Any:
    """Decimals (ladybug's sums) become int or float, so results print and compare alike on every store."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
