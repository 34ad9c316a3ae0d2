"""The graph model of SPEC.md in code, read once from ``schema.yaml``.

Extraction, stores, queries and views all ask this module which labels,
relationship types and vocabulary values exist, so the lists live in one
place. Keys are lowercase ASCII slugs; node ids are ``<label lowercase>:<key>``.

>>> slug("Volodymyr Zelenskyy")
'volodymyr-zelenskyy'
>>> slug("Oekraïne – NAVO")
'oekraine-navo'
>>> node_id("Person", "volodymyr-zelenskyy")
'person:volodymyr-zelenskyy'
>>> split_id("state:russia")
('State', 'russia')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from parley.graph.errors import ModelError


@dataclass(frozen=True)
class RelType:
    """A relationship type with the labels it may join."""

    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    meaning: str


@dataclass(frozen=True)
class Model:
    """Everything SPEC.md fixes about the graph, as read from schema.yaml."""

    labels: dict[str, dict[str, str]]
    actor_labels: tuple[str, ...]
    statement_properties: dict[str, str]
    relationships: dict[str, RelType]
    stance_types: tuple[str, ...]
    vocabularies: dict[str, tuple[str, ...]]
    style: dict[str, Any]

    def label_for_prefix(self, prefix: str) -> str:
        """Map an id prefix (``person``) back to its label (``Person``)."""
        label = _PREFIXES.get(prefix)
        if label is None:
            raise ModelError(f"unknown node label in id prefix {prefix!r}; known: {', '.join(self.labels)}")
        return label


def _expand(spec: Any, actor_labels: tuple[str, ...], all_labels: tuple[str, ...]) -> tuple[str, ...]:
    if spec == "actor":
        return actor_labels
    if spec == "any":
        return tuple(label for label in all_labels if label != "Article")
    out: list[str] = []
    for item in spec:
        out.extend(actor_labels if item == "actor" else [item])
    return tuple(out)


@cache
def model() -> Model:
    """The graph model (cached): labels, relationship types, vocabularies, style."""
    text = resources.files("parley.graph").joinpath("schema.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    labels = {name: dict(spec["properties"]) for name, spec in raw["labels"].items()}
    actor_labels = tuple(raw["actor_labels"])
    all_labels = tuple(labels)
    rels = {
        name: RelType(
            name=name,
            sources=_expand(spec["from"], actor_labels, all_labels),
            targets=_expand(spec["to"], actor_labels, all_labels),
            meaning=spec.get("meaning", ""),
        )
        for name, spec in raw["relationships"].items()
    }
    return Model(
        labels=labels,
        actor_labels=actor_labels,
        statement_properties=dict(raw["statement_properties"]),
        relationships=rels,
        stance_types=tuple(raw["stance_types"]),
        vocabularies={k: tuple(v) for k, v in raw["vocabularies"].items()},
        style=raw["style"],
    )


LABELS: tuple[str, ...] = tuple(model().labels)
_PREFIXES: dict[str, str] = {label.lower(): label for label in LABELS}
ACTOR_LABELS: tuple[str, ...] = model().actor_labels
REL_TYPES: tuple[str, ...] = tuple(model().relationships)
STATEMENT_TYPES: tuple[str, ...] = tuple(t for t in REL_TYPES if t != "MENTIONS")
STANCE_TYPES: tuple[str, ...] = model().stance_types
PROPOSAL_KINDS: tuple[str, ...] = model().vocabularies["proposal_kind"]
GUARANTEE_MODELS: tuple[str, ...] = model().vocabularies["guarantee_model"]
TOPICS: tuple[str, ...] = model().vocabularies["topics"]
ORGANISATION_TYPES: tuple[str, ...] = model().vocabularies["organisation_type"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable lowercase ASCII key for a name: diacritics dropped, runs of other characters as '-'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O"))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    key = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if not key:
        raise ModelError(f"cannot make a key from {text!r}")
    return key


def node_id(label: str, key: str) -> str:
    """``Person`` + ``volodymyr-zelenskyy`` -> ``person:volodymyr-zelenskyy``."""
    if label not in model().labels:
        raise ModelError(f"unknown label {label!r}; known: {', '.join(LABELS)}")
    return f"{label.lower()}:{key}"


def split_id(nid: str) -> tuple[str, str]:
    """Inverse of :func:`node_id`: ``state:russia`` -> ``('State', 'russia')``."""
    prefix, sep, key = nid.partition(":")
    if not sep or not key:
        raise ModelError(f"node id {nid!r} is not of the form '<label>:<key>'")
    return model().label_for_prefix(prefix), key


def check_edge(rel_type: str, source_label: str, target_label: str) -> None:
    """Raise :class:`ModelError` unless the model allows this relationship between these labels."""
    rel = model().relationships.get(rel_type)
    if rel is None:
        raise ModelError(f"unknown relationship type {rel_type!r}; known: {', '.join(REL_TYPES)}")
    if source_label not in rel.sources or target_label not in rel.targets:
        raise ModelError(f"{rel_type} cannot join {source_label} -> {target_label}")


def check_value(vocabulary: str, value: str | None) -> None:
    """Raise :class:`ModelError` when ``value`` is not in the closed vocabulary (None passes)."""
    if value is not None and value not in model().vocabularies[vocabulary]:
        allowed = ", ".join(model().vocabularies[vocabulary])
        raise ModelError(f"{value!r} is not a {vocabulary}; allowed: {allowed}")
