"""Options every store-touching command shares, and how the CLI opens a store.

Credentials are read here (options or NEO4J_* variables) and nowhere in the
library: the library receives an open store or a ``neo4j.Driver``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from parley.graph.errors import ParleyError
from parley.graph.store import Store, default_db_path

F = TypeVar("F", bound=Callable[..., Any])


def store_options(func: F) -> F:
    """Add --store, --db, --uri, --user, --password, --database to a command."""
    options = [
        click.option(
            "--store", "store_kind", type=click.Choice(["embedded", "neo4j"]), default=None,
            help="Which store to use (default: embedded; neo4j when NEO4J_URI is set and --db is not given).",
        ),
        click.option("--db", type=click.Path(path_type=Path), default=None,
                     help="Embedded store directory (default: $PARLEY_DB or ./parley-data)."),
        click.option("--uri", default=None, help="Neo4j URI (default: $NEO4J_URI or bolt://127.0.0.1:7687)."),
        click.option("--user", default=None, help="Neo4j user (default: $NEO4J_USER or neo4j)."),
        click.option("--password", default=None, help="Neo4j password (default: $NEO4J_PASSWORD)."),
        click.option("--database", default=None, help="Neo4j database name (default: the server's default)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def open_store(opts: dict[str, Any], *, create: bool = True) -> Store:
    """Open the store the options name; errors become one-line ClickExceptions."""
    kind = opts.get("store_kind")
    if kind is None:
        kind = "neo4j" if os.environ.get("NEO4J_URI") and opts.get("db") is None else "embedded"
    try:
        if kind == "neo4j":
            from parley.graph.neo4j_store import Neo4jStore, connect

            uri = opts.get("uri") or os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687"
            user = opts.get("user") or os.environ.get("NEO4J_USER") or "neo4j"
            password = opts.get("password") or os.environ.get("NEO4J_PASSWORD")
            if not password:
                raise click.ClickException("Neo4j needs a password: --password or NEO4J_PASSWORD")
            driver = connect(uri, user, password)
            return Neo4jStore(driver, database=opts.get("database"), owns_driver=True)
        from parley.graph.embedded import EmbeddedStore

        return EmbeddedStore(opts.get("db") or default_db_path(), create=create)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc


def store_opts(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Pop the store options out of a command's keyword arguments."""
    return {k: kwargs.pop(k, None) for k in ("store_kind", "db", "uri", "user", "password", "database")}


def errors_as_messages(func: F) -> F:
    """Turn library errors into one clear line and exit status 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--param k=v`` options as a dict; a malformed pair is a usage error naming it."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        out[key.strip()] = value
    return out
