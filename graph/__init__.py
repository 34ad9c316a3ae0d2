"""The graph layer: model, records, stores, analysis, views and export.

An article becomes a graph in three steps: ``parley.loaders`` reads and
extracts it into interchange records (:mod:`parley.graph.records`), and a
store (:mod:`parley.graph.embedded` or :mod:`parley.graph.neo4j_store`)
loads those records idempotently, one article per transaction.
"""
