"""Shared fixtures: real stores, never mocks.

The embedded store runs everywhere. Neo4j tests need a real server: the test
command (tools/test) starts one and sets NEO4J_URI/NEO4J_PASSWORD. Without
one they skip with a loud reason, except under CI=true where a missing server
is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from parley.graph.embedded import EmbeddedStore
from parley.graph.load import load_statements_file
from parley.graph.records import Bundle

DATA = Path(__file__).parent / "data"
SMALL = DATA / "small.jsonl"
NO_NEO4J = (
    "NO NEO4J SERVER for tests: run tools/test (it starts one), or set NEO4J_URI, NEO4J_PASSWORD and "
    "PARLEY_NEO4J_TESTS=1 for a throw-away server — Neo4j tests SKIPPED"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    s = EmbeddedStore(tmp_path / "db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The hand-written three-article graph of tests/data/small.jsonl."""
    s = EmbeddedStore(tmp_path_factory.mktemp("small") / "db")
    summary = load_statements_file(s, SMALL)
    assert not summary.skipped
    yield s
    s.close()


Expected = list[tuple[set[str], str, str]]  # (subject names, relation, object spec) per statement


def _object_ok(spec: str, bundle: Bundle, target: str) -> bool:
    node = next((n for n in bundle.nodes if n.id == target), None)
    if node is None:
        return False
    what, _, value = spec.partition(":")
    if what == "talks":
        return node.label == "Talks" or node.label == "Proposal"
    if what == "actor":
        return value in {node.name, *node.aliases}
    if what == "kind":
        return node.label == "Proposal" and node.props.get("kind") == value
    if what == "model":
        return node.label == "Proposal" and node.props.get("model") == value
    if what == "topic":
        return node.label == "Proposal" and value in (node.props.get("topics") or [])
    raise AssertionError(spec)


def check_statements(bundle: Bundle, expected: Expected) -> None:
    """Each expected statement is among the bundle's edges: a subject named by one of the names, the
    relation, and an object spec ``kind:<proposal kind>``, ``model:<guarantee model>``, ``topic:<tag>``,
    ``actor:<name>`` or ``talks``. The check of the per-sentence extraction tests."""
    names = {n.id: {n.name, *n.aliases} for n in bundle.nodes}
    got = [(names.get(e.source, set()), e.type, e.target) for e in bundle.edges]
    for subjects, rel, obj in expected:
        assert any(s & subjects and r == rel and _object_ok(obj, bundle, t) for s, r, t in got), (
            f"missing {subjects} {rel} {obj}; got {[(sorted(s)[:1], r, t) for s, r, t in got]}"
        )


def unavailable(reason: str) -> NoReturn:
    """A real component is missing: skip loudly here, fail under CI=true, where the test command provides it."""
    if os.environ.get("CI"):
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def neo4j_settings() -> tuple[str, str, str] | None:
    """The server tools/test started (PARLEY_NEO4J_TESTS=1): the tests clear its database."""
    uri = os.environ.get("NEO4J_URI")
    if not uri or os.environ.get("PARLEY_NEO4J_TESTS") != "1":
        return None
    return uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")


@pytest.fixture(scope="session")
def neo4j_driver() -> Iterator[object]:
    settings = neo4j_settings()
    if settings is None:
        unavailable(NO_NEO4J)
    from parley.graph.neo4j_store import connect

    driver = connect(*settings)
    yield driver
    driver.close()


@pytest.fixture
def neo4j_store(neo4j_driver: object) -> Iterator[object]:
    from parley.graph.neo4j_store import Neo4jStore

    s = Neo4jStore(neo4j_driver)  # type: ignore[arg-type]
    s.clear()
    yield s
    s.clear()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    """Say how many Neo4j tests ran against a real server (CI must show none skipped)."""
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for outcome in counts:
        for rep in terminalreporter.stats.get(outcome, []):
            if "requires_neo4j" in getattr(rep, "keywords", {}):
                counts[outcome] += 1
    uri = os.environ.get("NEO4J_URI") if os.environ.get("PARLEY_NEO4J_TESTS") == "1" else None
    terminalreporter.write_line(
        f"Neo4j tests: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
        + (f" (server {uri})" if uri else " (no server)")
    )
