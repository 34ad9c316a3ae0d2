"""Saved Cypher queries: listed, parameterised and run on any store."""
