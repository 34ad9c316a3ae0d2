"""Saved Cypher queries: listed, parameterised and run on any store."""

from parley.queries.saved import Param, SavedQuery, bind, get_query, parse_query, run_query, saved_queries

__all__ = ["Param", "SavedQuery", "bind", "get_query", "parse_query", "run_query", "saved_queries"]
