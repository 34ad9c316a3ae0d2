"""Saved Cypher queries: each ``queries/*.cypher`` file plus its comment header.

A header names the query and its parameters::

    // name: demands
    // title: Demands
    // description: What each actor demands
    // params: actor:actor (optional), limit:int=20

A parameter is ``name[:type][=default][ (optional)]``. Types: ``str`` (the
default), ``int``, ``float``, ``bool``, ``actor`` (resolved against the store's
actors by key, name or alias, to a key), and the closed vocabularies
``guarantee_model``, ``topic`` and ``proposal_kind``. An optional parameter
that is not given reaches the query as ``''`` (an empty string), so queries
test ``$p = ''`` (a null parameter cannot be typed by the embedded store).

>>> q = parse_query("// name: x\\n// params: actor:actor (optional), limit:int=5\\nRETURN 1")
>>> [(p.name, p.type, p.default, p.optional) for p in q.params]
[('actor', 'actor', None, True), ('limit', 'int', '5', False)]
>>> bind(q, {"limit": "7"}, resolve_actor=str)
{'actor': '', 'limit': 7}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz import process

from parley.graph.errors import QueryError
from parley.graph.model import GUARANTEE_MODELS, PROPOSAL_KINDS, TOPICS, slug
from parley.graph.store import Result, Store

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "guarantee_model": GUARANTEE_MODELS,
    "topic": TOPICS,
    "proposal_kind": PROPOSAL_KINDS,
}
TYPES = ("str", "int", "float", "bool", "actor", *VOCABULARIES)

_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)(?::(?P<type>\w+))?(?:=(?P<default>[^()]*?))?\s*(?P<opt>\(optional\))?$")


@dataclass(frozen=True)
class Param:
    """One query parameter as declared in the header."""

    name: str
    type: str = "str"
    default: str | None = None
    optional: bool = False

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional

    def describe(self) -> str:
        text = f"{self.name}:{self.type}"
        if self.default is not None:
            text += f"={self.default}"
        elif self.optional:
            text += " (optional)"
        return text


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: what ``parley query list/show/run`` works with."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "params": [
                {"name": p.name, "type": p.type, "default": p.default, "optional": p.optional or p.default is not None}
                for p in self.params
            ],
        }


def parse_query(text: str, origin: str = "<query>") -> SavedQuery:
    """Read a query file's header (``// key: value`` lines before the Cypher)."""
    header: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not body and stripped.startswith("//"):
            key, sep, value = stripped[2:].partition(":")
            if sep:
                header[key.strip().lower()] = value.strip()
            continue
        body.append(line)
    if "name" not in header:
        raise QueryError(f"{origin}: the header has no '// name:' line")
    params: list[Param] = []
    for raw in filter(None, (p.strip() for p in header.get("params", "").split(","))):
        m = _PARAM.match(raw)
        if not m:
            raise QueryError(f"{origin}: cannot read parameter {raw!r} (expected name[:type][=default][ (optional)])")
        ptype = m.group("type") or "str"
        if ptype not in TYPES:
            raise QueryError(f"{origin}: parameter {m.group('name')} has unknown type {ptype!r}")
        default = m.group("default")
        params.append(Param(m.group("name"), ptype, default.strip() if default else None, bool(m.group("opt"))))
    return SavedQuery(
        name=header["name"],
        title=header.get("title", header["name"]),
        description=header.get("description", ""),
        params=tuple(params),
        text="\n".join(body).strip() + "\n",
    )


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with parley, by name."""
    out: dict[str, SavedQuery] = {}
    for entry in sorted(resources.files("parley.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text(encoding="utf-8"), entry.name)
            out[q.name] = q
    return out


def get_query(name: str) -> SavedQuery:
    """The saved query called ``name``; an unknown name lists the known ones."""
    queries = saved_queries()
    if name not in queries:
        close = process.extractOne(name, list(queries))
        hint = f" (did you mean {close[0]}?)" if close and close[1] > 70 else ""
        raise QueryError(f"unknown query {name!r}{hint}; known queries: {', '.join(queries)}")
    return queries[name]


def _convert(param: Param, value: str, resolve_actor: Callable[[str], str]) -> Any:
    t = param.type
    try:
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
    except ValueError:
        what = "an integer" if t == "int" else "a number"
        raise QueryError(f"parameter {param.name} must be {what}, got {value!r}") from None
    if t == "bool":
        low = value.lower()
        if low in ("true", "yes", "1"):
            return True
        if low in ("false", "no", "0"):
            return False
        raise QueryError(f"parameter {param.name} must be true or false, got {value!r}")
    if t in VOCABULARIES:
        allowed = VOCABULARIES[t]
        if value not in allowed:
            raise QueryError(f"parameter {param.name} must be one of: {', '.join(allowed)} (got {value!r})")
        return value
    if t == "actor":
        return resolve_actor(value)
    return value


def bind(query: SavedQuery, given: Mapping[str, str], resolve_actor: Callable[[str], str]) -> dict[str, Any]:
    """Turn ``--param k=v`` strings into typed query parameters (defaults, optionals, checks)."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        names = ", ".join(declared) or "none"
        raise QueryError(f"query {query.name} has no parameter {', '.join(unknown)} (its parameters: {names})")
    out: dict[str, Any] = {}
    for p in query.params:
        if p.name in given and given[p.name] != "":
            out[p.name] = _convert(p, given[p.name], resolve_actor)
        elif p.default is not None:
            out[p.name] = _convert(p, p.default, resolve_actor)
        elif p.optional:
            out[p.name] = ""
        else:
            raise QueryError(f"query {query.name} needs --param {p.name}=... ({p.describe()})")
    return out


def actor_resolver(store: Store) -> Callable[[str], str]:
    """Resolve an actor given by key, name or alias (any case) to its key, or fail with suggestions."""
    cache_rows: list[list[Any]] = []

    def resolve(value: str) -> str:
        if not cache_rows:
            text = "MATCH (n:Person|State|Organisation) RETURN n.key AS key, n.name AS name, n.aliases AS aliases"
            cache_rows.extend(store.query(text).rows)
        wanted = value.strip().casefold()
        try:
            key = slug(value)
        except Exception:
            key = ""
        for k, _, _ in cache_rows:
            if k == key:
                return str(k)
        for k, name, aliases in cache_rows:
            if (name or "").casefold() == wanted or any(a.casefold() == wanted for a in aliases or []):
                return str(k)
        names = sorted({row[1] for row in cache_rows if row[1]})
        close = [m[0] for m in process.extract(value, names, limit=3) if m[1] > 60]
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        raise QueryError(f"no actor {value!r} in the graph{hint}")

    return resolve


def run_query(store: Store, name: str, params: Mapping[str, str] | None = None) -> Result:
    """Run a saved query by name with ``--param``-style string values."""
    query = get_query(name)
    bound = bind(query, params or {}, actor_resolver(store))
    return store.query(query.text, bound)
