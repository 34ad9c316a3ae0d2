"""Every Cypher statement parley writes, as small builders, in one module.

Both stores run these unchanged (the embedded store's dialect adapter in
:mod:`parley.graph.embedded` is the only place that rewrites anything).
Values always travel as ``$parameters``; batch writes are ``UNWIND $rows``.

>>> print(merge_nodes("State"))
UNWIND $rows AS row MERGE (n:State {key: row.key}) SET n.name = row.name, n.aliases = row.aliases, n.iso2 = row.iso2
"""

from __future__ import annotations

from parley.graph.model import model

STATEMENT_PROPS = tuple(model().statement_properties)


def _own_props(label: str) -> list[str]:
    return [p for p in model().labels[label] if p != "key"]


def merge_nodes(label: str) -> str:
    """Upsert nodes of one label by key; later loads refresh name, aliases and properties."""
    sets = ", ".join(f"n.{p} = row.{p}" for p in _own_props(label))
    return f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET {sets}"


def merge_edges(rel_type: str, source_label: str, target_label: str, *, fresh: bool = False) -> str:
    """Upsert statements of one type between two labels: one relationship per (source, type, target, article).

    With ``fresh`` the rows are known to be new (the loader deleted the article's
    statements in the same transaction and de-duplicated the rows), so CREATE
    gives the same result as MERGE without scanning the endpoints' relationships.
    """
    match = (
        f"UNWIND $rows AS row "
        f"MATCH (a:{source_label} {{key: row.source}}) MATCH (b:{target_label} {{key: row.target}}) "
    )
    if fresh:  # properties inside the pattern: one write per relationship instead of one per property
        props = ", ".join(f"{p}: row.{p}" for p in STATEMENT_PROPS)
        return match + f"CREATE (a)-[r:{rel_type} {{{props}}}]->(b)"
    sets = ", ".join(f"r.{p} = row.{p}" for p in STATEMENT_PROPS if p != "article")
    return match + f"MERGE (a)-[r:{rel_type} {{article: row.article}}]->(b) SET {sets}"


def merge_mentions(target_label: str, *, fresh: bool = False) -> str:
    """Link each article to the nodes it names (MENTIONS carries only the article key)."""
    verb = "CREATE" if fresh else "MERGE"
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:Article {{key: row.source}}) MATCH (b:{target_label} {{key: row.target}}) "
        f"{verb} (a)-[r:MENTIONS {{article: row.article}}]->(b)"
    )


# Every statement's source is a node the article mentions, so walking from the
# article's MENTIONS reaches all of its statements without a global scan. Curated
# statements survive: the analyst's word outlives re-extraction.
DELETE_ARTICLE_STATEMENTS = (
    "UNWIND $articles AS art "
    "MATCH (:Article {key: art})-[:MENTIONS]->(n)-[r]->() WHERE r.article = art AND r.method <> 'curated' DELETE r"
)
DELETE_ARTICLE_MENTIONS = "UNWIND $articles AS art MATCH (:Article {key: art})-[m:MENTIONS]->() DELETE m"

ARTICLE_DIGESTS = "MATCH (a:Article) WHERE a.key IN $keys RETURN a.key AS key, a.sha256 AS sha256"


def delete_statement(rel_type: str, source_label: str, target_label: str, with_article: bool) -> str:
    """Remove a suppressed statement (curation); curated statements themselves are kept."""
    where = "r.method <> 'curated'" + (" AND r.article = $article" if with_article else "")
    return (
        f"MATCH (a:{source_label} {{key: $source}})-[r:{rel_type}]->(b:{target_label} {{key: $target}}) "
        f"WHERE {where} DELETE r"
    )


def read_nodes(label: str) -> str:
    """All nodes of a label with their declared properties (used by dump, views and export)."""
    cols = ", ".join(f"n.{p} AS {p}" for p in model().labels[label])
    return f"MATCH (n:{label}) RETURN {cols} ORDER BY key"


def read_edges(rel_type: str, source_label: str, target_label: str) -> str:
    """All relationships of one type between two labels, with provenance."""
    cols = ", ".join(f"r.{p} AS {p}" for p in STATEMENT_PROPS)
    return (
        f"MATCH (a:{source_label})-[r:{rel_type}]->(b:{target_label}) "
        f"RETURN a.key AS source, b.key AS target, {cols} ORDER BY source, target, article"
    )


def count_nodes(label: str) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_edges(rel_type: str) -> str:
    return f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n"
