"""The JSON Lines interchange format: parse, validate, report bad lines and go on."""

import json

import pytest

from parley.graph.errors import ModelError, RecordError
from parley.graph.records import (
    EdgeRecord,
    NodeRecord,
    bundles_from_records,
    read_jsonl,
    record_from_dict,
)


def test_round_trip_of_spec_examples():
    node = {"record": "node", "id": "proposal:ukraine-cedes-donbas", "label": "Proposal",
            "name": "Ukraine cedes all of Donbas", "kind": "territorial", "model": None,
            "topics": ["donbas", "territorial_concessions"], "aliases": [], "articles": ["a1"]}
    rec = record_from_dict(node)
    assert isinstance(rec, NodeRecord) and rec.key == "ukraine-cedes-donbas"
    assert rec.to_dict() == node
    edge = {"record": "edge", "source": "state:russia", "target": "proposal:ukraine-cedes-donbas",
            "type": "DEMANDS", "article": "a1", "date": None, "sentence": "...", "language": "sv",
            "confidence": 0.8, "method": "rules"}
    assert record_from_dict(edge).to_dict() == edge


@pytest.mark.parametrize(
    "record, message",
    [
        ({"record": "edge", "source": "state:russia", "target": "state:ukraine", "type": "DEMANDS", "article": "a"},
         "DEMANDS cannot join State -> State"),
        ({"record": "node", "id": "proposal:x", "label": "Proposal", "name": "X", "kind": "peace"},
         "'peace' is not a proposal_kind"),
        ({"record": "node", "id": "state:x", "label": "Person", "name": "X"}, "does not match label"),
        ({"record": "edge", "source": "state:a", "type": "DEMANDS"}, "missing field"),
        ({"record": "thing"}, "unknown record type"),
        ({"record": "edge", "source": "state:a", "target": "proposal:b", "type": "DEMANDS", "article": "a",
          "confidence": 3}, "outside 0-1"),
    ],
)
def test_invalid_records_are_named(record, message):
    with pytest.raises((ModelError, RecordError), match=message):
        record_from_dict(record)


def test_read_jsonl_names_bad_lines_and_keeps_the_rest(tmp_path):
    p = tmp_path / "x.jsonl"
    good = {"record": "edge", "source": "state:russia", "target": "proposal:p", "type": "DEMANDS", "article": "a"}
    p.write_text(json.dumps(good) + "\n{not json\n\n" + json.dumps({"record": "node"}) + "\n" + json.dumps(good) + "\n")
    items = list(read_jsonl(p))
    assert [type(i).__name__ for i in items] == ["EdgeRecord", "RecordError", "RecordError", "EdgeRecord"]
    assert str(items[1]).startswith(f"{p}:2: not valid JSON")
    assert str(items[2]).startswith(f"{p}:4: missing field")


def test_bundles_group_by_article_and_digest_is_stable():
    e1 = EdgeRecord("state:russia", "proposal:p", "DEMANDS", "a1", sentence="s")
    e2 = EdgeRecord("state:ukraine", "proposal:p", "REJECTS", "a2", sentence="t")
    n = NodeRecord(id="proposal:p", label="Proposal", name="P", articles=["a1", "a2"], props={"kind": "political"})
    bundles = {b.article.id: b for b in bundles_from_records([e1, e2, n])}
    assert set(bundles) == {"a1", "a2"}
    assert bundles["a1"].edges == [e1] and bundles["a1"].nodes == [n]
    d = bundles["a1"].digest()
    assert d == bundles_from_records([n, e1])[0].digest()
    e1.sentence = "changed"
    assert bundles["a1"].digest() != d
