"""Every saved query, run on the small hand-written graph, returns what the graph says."""

from __future__ import annotations

import pytest

from parley.graph.errors import QueryError, ReadOnlyError
from parley.queries import get_query, parse_query, run_query, saved_queries
from parley.queries.adhoc import run_read_only


def rows(store, name, **params):
    return run_query(store, name, {k: str(v) for k, v in params.items()}).dicts()


def test_every_query_has_a_complete_header_and_a_test():
    names = set(saved_queries())
    required = {"guarantee-models", "demands", "conflicts", "common-ground", "mediators", "delegations", "timeline",
                "position-shifts", "territorial-demands", "evidence", "most-contested"}
    assert required <= names
    for q in saved_queries().values():
        assert q.description and q.title and "$" not in q.description
        assert f"test_{q.name.replace('-', '_')}" in globals(), f"no test for saved query {q.name}"


def test_guarantee_models(small_store):
    got = {(r["model"], r["stance"], r["actor"]) for r in rows(small_store, "guarantee-models")}
    assert got == {
        ("coalition_backstop", "GUARANTEES", "European allies"),
        ("coalition_backstop", "SUPPORTS", "United States"),
        ("coalition_backstop", "REJECTS", "United States"),
        ("coalition_backstop", "REJECTS", "Russia"),
        ("nato_membership", "DEMANDS", "Ukraine"),
        ("nato_membership", "REJECTS", "Russia"),
        ("unsc_collective", "SUPPORTS", "Russia"),  # Lavrov's statement counts for Russia
    }
    unsc = rows(small_store, "guarantee-models", model="unsc_collective")
    assert unsc == [{"model": "unsc_collective", "stance": "SUPPORTS", "actor": "Russia", "speakers": ["Sergey Lavrov"],
                     "proposals": ["Collective guarantees with the UN Security Council"], "articles": 1}]


def test_demands(small_store):
    got = [(r["actor"], r["proposal"]) for r in rows(small_store, "demands")]
    assert got == [("Russia", "Ukraine cedes all of Donbas"), ("Ukraine", "NATO membership for Ukraine")]
    assert [r["proposal"] for r in rows(small_store, "demands", actor="Kremlin")] == ["Ukraine cedes all of Donbas"]


def test_conflicts(small_store):
    got = [(r["proposal"], r["demanded_by"], r["rejected_by"]) for r in rows(small_store, "conflicts")]
    # Zelenskyy's rejection counts for Ukraine, the state he represents
    assert got == [("NATO membership for Ukraine", "Ukraine", "Russia"),
                   ("Ukraine cedes all of Donbas", "Russia", "Ukraine")]
    assert [r["proposal"] for r in rows(small_store, "conflicts", topic="donbas")] == ["Ukraine cedes all of Donbas"]


def test_common_ground(small_store):
    got = {(r["proposal"], r["basis"]) for r in rows(small_store, "common-ground")}
    assert got == {("Prisoner exchange", "backed by both"),
                   ("Collective guarantees with the UN Security Council", "backed by one, rejected by neither")}
    us_ru = {r["proposal"] for r in rows(small_store, "common-ground", a="United States", b="Russia")}
    assert "European reassurance force with a US backstop" not in us_ru  # both reject it in some article


def test_mediators(small_store):
    got = [(r["actor"], r["role"], r["process"]) for r in rows(small_store, "mediators")]
    assert sorted(got) == [("Qatar", "MEDIATES", "Prisoner exchange"), ("Turkey", "HOSTS", "Istanbul talks 2025"),
                           ("United States", "MEDIATES", "Istanbul talks 2025")]


def test_delegations(small_store):
    got = [(r["represents"], r["person"], r["role"], r["articles"]) for r in rows(small_store, "delegations")]
    assert ("Russia", "Vladimir Putin", "president", 2) in got
    assert ("Vladimir Putin", "Dmitry Peskov", "spokesperson", 1) in got
    assert len(got) == 5
    only_us = rows(small_store, "delegations", actor="USA")
    assert [(r["person"], r["role"]) for r in only_us] == [("Steve Witkoff", "special envoy")]


def test_timeline(small_store):
    got = rows(small_store, "timeline", actor="Russia")
    assert [r["date"] for r in got] == sorted(r["date"] for r in got)
    speakers = {r["speaker"] for r in got}
    assert speakers == {"Russia", "Sergey Lavrov", "Dmitry Peskov"}  # Peskov via Putin
    assert got[0]["sentence"] == "Russia demands that Ukraine cede all of Donbas."
    ceasefire = rows(small_store, "timeline", actor="Russia", topic="ceasefire")
    assert [(r["speaker"], r["stance"]) for r in ceasefire] == [("Dmitry Peskov", "REJECTS")]


def test_position_shifts(small_store):
    got = rows(small_store, "position-shifts")
    assert got == [{"actor": "United States", "proposal": "European reassurance force with a US backstop",
                    "shift": "for -> against", "first_for": "2025-01-10", "last_for": "2025-01-10", "for_articles": 1,
                    "first_against": "2025-05-01", "last_against": "2025-05-01", "against_articles": 1}]
    assert rows(small_store, "position-shifts", actor="Russia") == []


def test_territorial_demands(small_store):
    got = rows(small_store, "territorial-demands")
    assert [(r["side"], r["demand"], r["topics"]) for r in got] == [
        ("Russia", "Ukraine cedes all of Donbas", ["donbas", "territorial_concessions"])
    ]


def test_evidence(small_store):
    got = rows(small_store, "evidence", actor="Ukraine")
    assert {r["language"] for r in got} == {"en", "de"}
    assert ("2025-05-01", "a3", "PROPOSES") in {(r["date"], r["article"], r["stance"]) for r in got}
    assert any(r["speaker"] == "Volodymyr Zelenskyy" and r["stance"] == "REJECTS" for r in got)
    assert all(r["sentence"] for r in got)


def test_most_contested(small_store):
    got = rows(small_store, "most-contested")
    assert got[0]["proposal"] == "European reassurance force with a US backstop"
    assert (got[0]["sides_for"], got[0]["sides_against"], got[0]["articles"]) == (2, 2, 3)
    assert len(rows(small_store, "most-contested", limit=2)) == 2


def test_accusations(small_store):
    got = rows(small_store, "accusations")
    assert [(r["accuser"], r["accused"]) for r in got] == [("Ukraine", "Russia")]
    assert "<script>" in got[0]["sentence"]  # text is data, returned verbatim


def test_proposals(small_store):
    got = {r["key"]: r for r in rows(small_store, "proposals")}
    assert len(got) == 6
    assert (got["full-ceasefire"]["actors_for"], got["full-ceasefire"]["actors_against"]) == (2, 1)
    assert [r["key"] for r in rows(small_store, "proposals", kind="territorial")] == ["ukraine-cedes-donbas"]


@pytest.mark.parametrize(
    "name, params, message",
    [
        ("nope", {}, "unknown query 'nope'.*known queries: .*guarantee-models"),
        ("timeline", {}, "needs --param actor"),
        ("most-contested", {"limit": "many"}, "limit must be an integer"),
        ("guarantee-models", {"model": "nato"}, "model must be one of: nato_membership"),
        ("demands", {"actor": "Atlantis"}, "no actor 'Atlantis'"),
        ("demands", {"who": "x"}, "has no parameter who"),
    ],
)
def test_bad_parameters(small_store, name, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(small_store, name, params)


def test_header_parsing_errors():
    with pytest.raises(QueryError, match="no '// name:'"):
        parse_query("MATCH (n) RETURN n")
    with pytest.raises(QueryError, match="unknown type"):
        parse_query("// name: x\n// params: a:colour\nRETURN 1")
    assert get_query("common-ground").params[0].default == "Russia"


def test_cypher_is_read_only(small_store):
    assert run_read_only(small_store, "MATCH (s:State) RETURN count(s) AS n").rows == [[5]]
    with pytest.raises(ReadOnlyError, match="read-only: CREATE"):
        run_read_only(small_store, "CREATE (:State {key: 'x'})")
    with pytest.raises(ReadOnlyError, match="tries to write"):  # the store itself refuses it
        small_store.query("MATCH (s:State {key: 'russia'}) SET s.name = 'X'")
    assert small_store.query("MATCH (s:State {key: 'russia'}) RETURN s.name").rows == [["Russia"]]
    with pytest.raises(QueryError):
        run_read_only(small_store, "MATCH (n RETURN n")
