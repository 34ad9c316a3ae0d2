"""The graph model is read from schema.yaml and enforced on records."""

import pytest

from parley.graph import model as m
from parley.graph.errors import ModelError


def test_vocabularies_match_spec():
    assert m.PROPOSAL_KINDS == ("territorial", "security_guarantee", "ceasefire", "humanitarian", "political",
                                "negotiation", "military", "economic")
    assert "coalition_backstop" in m.GUARANTEE_MODELS and "unspecified" in m.GUARANTEE_MODELS
    assert len(m.TOPICS) == 48 and "zaporizhzhia" in m.TOPICS
    assert m.ACTOR_LABELS == ("Person", "State", "Organisation")
    assert set(m.STANCE_TYPES) <= set(m.REL_TYPES)
    assert "MENTIONS" not in m.STATEMENT_TYPES


def test_relationship_endpoints():
    m.check_edge("REPRESENTS", "Person", "State")
    m.check_edge("REJECTS", "State", "Person")
    m.check_edge("MEDIATES", "State", "Talks")
    with pytest.raises(ModelError, match="REPRESENTS cannot join State -> State"):
        m.check_edge("REPRESENTS", "State", "State")
    with pytest.raises(ModelError, match="unknown relationship type"):
        m.check_edge("LIKES", "State", "State")


def test_keys_and_ids():
    assert m.slug("Zaporizjzja – Kherson") == "zaporizjzja-kherson"
    assert m.slug("Støre") == "store"
    assert m.split_id(m.node_id("Organisation", "nato")) == ("Organisation", "nato")
    with pytest.raises(ModelError):
        m.split_id("nato")
    with pytest.raises(ModelError):
        m.slug("!!!")


def test_style_covers_every_label_and_type():
    style = m.model().style
    assert set(style["labels"]) == set(m.LABELS)
    assert set(style["relationships"]) == set(m.REL_TYPES)
