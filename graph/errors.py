"""One root exception for the whole tool, with subclasses callers can act on.

The CLI turns any :class:`ParleyError` into a one-line message and a non-zero
exit, so library code raises these (never prints, never exits).
"""

from __future__ import annotations


class ParleyError(Exception):
    """Root of every error parley raises on purpose."""


class InputError(ParleyError):
    """An input (file, record, option value) cannot be used."""


class RecordError(InputError):
    """A JSON Lines or YAML record is malformed; ``where`` names file and line."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


class ModelError(ParleyError):
    """A node, relationship or value breaks the graph model (labels, vocabularies)."""


class StoreError(ParleyError):
    """The store cannot be opened, written or read."""


class NotAStoreError(StoreError):
    """A directory given as the store is not a parley store."""


class ConnectionFailed(StoreError):
    """A server store (Neo4j) cannot be reached or refuses the credentials."""


class QueryError(ParleyError):
    """A query is unknown, lacks a parameter, has a bad value, or failed to run."""


class ReadOnlyError(QueryError):
    """A read-only entry point (``parley cypher``) was given a write."""


class ExtractionError(ParleyError):
    """Extraction could not process an article."""


class CodebookError(ParleyError):
    """The codebook YAML is malformed or inconsistent."""
