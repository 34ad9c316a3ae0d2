"""The default store: ladybug, an embedded graph database with Cypher, no server.

A store is a directory (``./parley-data`` by default) holding the database
file and a ``parley-store.json`` marker, so parley never writes into a folder
that is not its own. The small dialect adapter below is the only place where
parley's portable Cypher is changed to run on ladybug:

* ``type(r)`` is ladybug's ``label(r)``: a ``type`` macro is created with the schema;
* variable-length patterns ``*m..n`` get ladybug's ``TRAIL`` so they walk like Neo4j's;
* the loader's batch writes travel packed (see :func:`pack`): the same rows, in one string.

>>> adapt("MATCH (a)-[:REPRESENTS*1..2]->(b) RETURN b")
'MATCH (a)-[:REPRESENTS* TRAIL 1..2]->(b) RETURN b'
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import ladybug

from parley.graph import cypher
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


# Packed batch writes. ladybug turns a list-of-maps parameter into engine values one
# value at a time (about 3 us each: most of a load's time), while splitting one long
# string inside the engine costs next to nothing. So the loader's batch writes (the
# statements of parley.graph.cypher listed in _packings) send their rows as one
# string: fields joined by US, rows by RS, list items by FS, null (or an empty list)
# as NUL. No field or list item may be empty (ladybug's string_split drops empty
# fields between separators), so a row with an empty string, a separator in a value,
# or a value other than text, a list of text or a finite float travels in the
# statement's original form beside the packed rows, in the same transaction: the
# rows written are the same either way.
US, RS, FS, NUL = "\x1f", "\x1e", "\x1c", "\x1d"
_PLACEHOLDER = re.compile(r"<(\w+)>")


@dataclass(frozen=True)
class Packing:
    """How the rows of one batch statement travel packed."""

    text: str  # the packed statement; $data holds the rows
    fields: tuple[str, ...]  # row keys, in field order
    floats: tuple[int, ...]  # positions of DOUBLE fields, sent as repr() and cast back
    lists: tuple[int, ...]  # positions of STRING[] fields
    keys: tuple[int, ...]  # positions of node keys (or lists of them): never null or empty, used as they are
    split: bool  # rows may be written in two parts (packed first); not for MERGE, where row order can matter


def _packing(fields: dict[str, str], write: str, *, split: bool = True) -> Packing | None:
    """``write``: the statement after its UNWIND, with ``<field>`` where each field's value goes."""
    values: dict[str, str] = {}
    for i, (name, typ) in enumerate(fields.items(), 1):
        if typ == "KEY":
            values[name] = f"f[{i}]"
        elif typ == "STRING":
            values[name] = f"nullif(f[{i}], $nul)"
        elif typ == "DOUBLE":
            values[name] = f"CAST(nullif(f[{i}], $nul) AS DOUBLE)"
        elif typ == "STRING[]":
            values[name] = f"CASE WHEN f[{i}] = $nul THEN CAST([] AS STRING[]) ELSE string_split(f[{i}], $fs) END"
        elif typ == "KEY[]":
            values[name] = f"string_split(f[{i}], $fs)"
        else:
            return None
    types = list(fields.values())
    return Packing(
        text="UNWIND string_split($data, $rs) AS line WITH string_split(line, $us) AS f "
        + _PLACEHOLDER.sub(lambda m: values[m.group(1)], write),
        fields=tuple(fields),
        floats=tuple(i for i, t in enumerate(types) if t == "DOUBLE"),
        lists=tuple(i for i, t in enumerate(types) if t in ("STRING[]", "KEY[]")),
        keys=tuple(i for i, t in enumerate(types) if t in ("KEY", "KEY[]")),
        split=split,
    )


@cache
def _packings() -> dict[str, Packing]:
    """The statements that travel packed, by their text in parley.graph.cypher."""
    out: dict[str, Packing] = {}

    def add(text: str, fields: dict[str, str], write: str, *, split: bool = True) -> None:
        packing = _packing(fields, write, split=split)
        if packing is not None:
            out[text] = packing

    def create_edge(rel: str, source: str, target: str, props: dict[str, str]) -> tuple[dict[str, str], str]:
        inline = ", ".join(f"{p}: <{p}>" for p in props)
        return {"source": "KEY", "target": "KEY", **props}, (
            f"MATCH (a:{source} {{key: <source>}}) WITH a, f MATCH (b:{target} {{key: <target>}}) "
            f"CREATE (a)-[r:{rel} {{{inline}}}]->(b)"  # the WITH keeps both MATCHes key lookups
        )

    for rel in model().relationships.values():
        for src in rel.sources:
            for tgt in rel.targets:
                if rel.name == "MENTIONS":  # one row per article, with the keys it names
                    add(cypher.merge_mentions(tgt, fresh=True), {"article": "KEY", "targets": "KEY[]"},
                        f"MATCH (a:{src} {{key: <article>}}) WITH a, f UNWIND <targets> AS target "
                        f"MATCH (b:{tgt} {{key: target}}) CREATE (a)-[r:MENTIONS {{article: <article>}}]->(b)")
                else:
                    text = cypher.merge_edges(rel.name, src, tgt, fresh=True)
                    add(text, *create_edge(rel.name, src, tgt, model().statement_properties))
    for label, label_props in model().labels.items():
        props = {p: "KEY" if p == "key" else t for p, t in label_props.items()}
        inline = ", ".join(f"{p}: <{p}>" for p in props)
        add(cypher.create_nodes(label), props, f"CREATE (n:{label} {{{inline}}})")
        sets = ", ".join(f"n.{p} = <{p}>" for p in props if p != "key")
        add(cypher.merge_nodes(label), props, f"MERGE (n:{label} {{key: <key>}}) SET {sets}", split=False)
    return out


def pack(text: str, params: dict[str, Any]) -> list[Statement]:
    r"""A batch statement as its packed form plus, where some rows cannot travel packed, the original.

    >>> text = cypher.merge_mentions("State", fresh=True)
    >>> rows = [{"article": "a1", "targets": ["ukraine", "russia"]}, {"article": "a2", "targets": ["a:b", ""]}]
    >>> [(s[1].get("data"), s[1].get("rows")) for s in pack(text, {"rows": rows})]
    [('a1\x1fukraine\x1crussia', None), (None, [{'article': 'a2', 'targets': ['a:b', '']}])]
    """
    packing = _packings().get(text)
    rows = params.get("rows")
    if packing is None or len(params) != 1 or not isinstance(rows, list):
        return [(text, params)]
    lines: list[str] = []
    rest: list[Any] = []
    n_sep = len(packing.fields) - 1
    for row in rows:
        line = _pack_row(packing, row)
        if line is None or line.count(US) != n_sep or RS in line:
            rest.append(row)
        else:
            lines.append(line)
    if rest and not packing.split:
        return [(text, params)]
    out: list[Statement] = []
    if lines:
        out.append((packing.text, {"data": RS.join(lines), "rs": RS, "us": US, "fs": FS, "nul": NUL}))
    if rest:
        out.append((text, {"rows": rest}))
    return out


def _pack_row(packing: Packing, row: Any) -> str | None:
    """One row's fields joined by US, or None when the row cannot travel packed."""
    try:
        values = [row[name] for name in packing.fields]
    except (KeyError, TypeError):
        return None
    if "" in values or NUL in values:
        return None
    for i in packing.keys:
        if values[i] is None or values[i] == []:
            return None
    for i in packing.floats:
        v = values[i]
        if v is not None:
            if type(v) is not float or not math.isfinite(v):
                return None
            values[i] = repr(v)
    for i in packing.lists:
        items = values[i]
        if type(items) is not list or "" in items:  # a null list would read back as []
            return None
        if not items:
            values[i] = NUL
            continue
        try:
            joined = FS.join(items)
        except TypeError:
            return None
        if joined.count(FS) != len(items) - 1 or NUL in joined:
            return None
        values[i] = joined
    if None in values:
        values = [NUL if v is None else v for v in values]
    try:
        return US.join(values)
    except TypeError:  # a value that is not text
        return None


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
            # Checkpoint rarely: each checkpoint rewrites pages, and loads commit per batch.
            # A process killed while it commits leaves a torn write-ahead log tail: replay up
            # to the last complete commit (the torn one was never acknowledged) instead of
            # refusing to open the store, which is ladybug's default from Python.
            self._db = ladybug.Database(
                str(self.path / DB_FILE), checkpoint_threshold=CHECKPOINT_BYTES, throw_on_wal_replay_failure=False
            )
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

    def settle(self) -> None:
        # a load leaves its pages in the write-ahead log; queries over a checkpointed store are
        # steadier and faster (about 0.6 s per 100,000 statements, paid once per load)
        try:
            self._conn.execute("CHECKPOINT")
        except RuntimeError as exc:  # pragma: no cover - ladybug refuses inside a transaction only
            raise StoreError(f"cannot checkpoint {self.path}: {exc}") from exc

    def prepare(self, statements: Sequence[Statement]) -> list[Statement]:
        return list(_packed(statements))

    def write(self, statements: Sequence[Statement]) -> None:
        try:
            self._conn.execute("BEGIN TRANSACTION")
            for text, params in _packed(statements):
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


def _packed(statements: Sequence[Statement]) -> Iterator[Statement]:
    for text, params in statements:
        yield from pack(text, params)


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
