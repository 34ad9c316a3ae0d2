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


def create_nodes(label: str) -> str:
    """Create nodes of one label that are known to be new (the loader checked), properties inline."""
    props = ", ".join(f"{p}: row.{p}" for p in model().labels[label])
    return f"UNWIND $rows AS row CREATE (n:{label} {{{props}}})"


def merge_edges(rel_type: str, source_label: str, target_label: str, *, fresh: bool = False) -> str:
    """Upsert statements of one type between two labels: one relationship per (source, type, target, article).

    With ``fresh`` the rows are known to be new (the loader deleted the article's
    statements in the same transaction and de-duplicated the rows), so CREATE
    gives the same result as MERGE without scanning the endpoints' relationships.
    """
    match = f"UNWIND $rows AS row {_match_ends(source_label, target_label)} "
    if fresh:  # properties inside the pattern: one write per relationship instead of one per property
        props = ", ".join(f"{p}: row.{p}" for p in STATEMENT_PROPS)
        return match + f"CREATE (a)-[r:{rel_type} {{{props}}}]->(b)"
    sets = ", ".join(f"r.{p} = row.{p}" for p in STATEMENT_PROPS if p != "article")
    return match + f"MERGE (a)-[r:{rel_type} {{article: row.article}}]->(b) SET {sets}"


def merge_mentions(target_label: str, *, fresh: bool = False) -> str:
    """Link each article to the nodes of one label it names; a row is ``{article, targets: [key, ...]}``.

    MENTIONS carries only the article key.
    """
    verb = "CREATE" if fresh else "MERGE"
    return (
        f"UNWIND $rows AS row MATCH (a:Article {{key: row.article}}) WITH a, row "
        f"UNWIND row.targets AS target MATCH (b:{target_label} {{key: target}}) "
        f"{verb} (a)-[r:MENTIONS {{article: row.article}}]->(b)"
    )


def _match_ends(source_label: str, target_label: str) -> str:
    # Two MATCH clauses, with a WITH between them: without it ladybug plans the pair as a
    # cross product of both labels filtered row by row, instead of two key lookups.
    return (
        f"MATCH (a:{source_label} {{key: row.source}}) WITH a, row "
        f"MATCH (b:{target_label} {{key: row.target}})"
    )


# Every statement's source is a node the article mentions, so walking from the
# article's MENTIONS reaches all of its statements without a global scan. Curated
# statements survive: the analyst's word outlives re-extraction.
DELETE_ARTICLE_STATEMENTS = (
    "UNWIND $articles AS art "
    "MATCH (:Article {key: art})-[:MENTIONS]->(n)-[r]->() WHERE r.article = art AND r.method <> 'curated' DELETE r"
)
DELETE_ARTICLE_MENTIONS = "UNWIND $articles AS art MATCH (:Article {key: art})-[m:MENTIONS]->() DELETE m"

ARTICLE_DIGESTS = "UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN a.key AS key, a.sha256 AS sha256"


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
