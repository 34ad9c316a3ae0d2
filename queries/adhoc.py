"""Ad-hoc read-only Cypher (``parley cypher``).

Writes are refused twice: a lexical check gives a clear message before
anything runs, and the store runs the query in a read-only transaction, so
a write that slips past the check still fails.

>>> write_keyword("MATCH (n) RETURN n.name AS created")
>>> write_keyword("MATCH (n) DETACH DELETE n")
'DETACH'
>>> write_keyword("MATCH (n) WHERE n.name = 'CREATE' RETURN n")
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from parley.graph.errors import QueryError, ReadOnlyError
from parley.graph.store import Result, Store

_WRITES = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|LOAD|COPY|FOREACH|INSTALL|ATTACH|IMPORT|EXPORT)\b",
    re.IGNORECASE,
)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def write_keyword(text: str) -> str | None:
    """The first write keyword outside strings and comments, or None."""
    m = _WRITES.search(_STRINGS.sub(" ", text))
    return m.group(1).upper() if m else None


def run_read_only(store: Store, text: str, params: Mapping[str, str] | None = None) -> Result:
    """Run a read-only query; a write is refused with one clear line."""
    if not text.strip():
        raise QueryError("the query is empty")
    keyword = write_keyword(text)
    if keyword:
        raise ReadOnlyError(f"parley cypher is read-only: {keyword} writes to the graph (use parley load to change it)")
    return store.query(text, dict(params or {}), read_only=True)
