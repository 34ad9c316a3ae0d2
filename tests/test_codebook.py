"""The codebook loads, validates, and its matchers find what analysts wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.graph import model as m
from parley.graph.errors import CodebookError
from parley.loaders.codebook import LANGUAGES, codebook, load_codebook
from parley.loaders.wordspec import tokenize

MIN = Path(__file__).parent / "data" / "codebook_min"
SEEDS = Path(__file__).parent.parent / "seeds" / "codebook"


def _copy_min(tmp_path: Path) -> Path:
    """The provisional actors with the real proposals and lexicons: a folder we may break."""
    (tmp_path / "lexicon").mkdir(parents=True)
    for f in MIN.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "proposals.yaml").write_text((SEEDS / "proposals.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    for f in (SEEDS / "lexicon").glob("*.yaml"):
        (tmp_path / "lexicon" / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_package_codebook_loads_every_language() -> None:
    cb = codebook()
    assert set(cb.lexicons) == set(LANGUAGES)
    assert "state:ukraine" in cb.actors and "person:volodymyr-zelenskyy" in cb.actors
    for p in cb.proposals.values():
        assert p.kind in m.PROPOSAL_KINDS and set(p.topics) <= set(m.TOPICS)
    assert codebook() is cb  # cached per process


def test_lexicon_finds_cues_by_lemma_and_stem() -> None:
    lex = codebook().lexicon("no")  # Norwegian codes read as nb
    toks = tokenize("Russland krevde at Ukraina avviste forslaget", "nb")
    kinds = [mt.value for mt in lex.stance.find(toks)]
    assert kinds[:2] == ["demand", "reject"]


def test_bad_kind_names_file_and_entry(tmp_path: Path) -> None:
    root = _copy_min(tmp_path)
    text = (root / "proposals.yaml").read_text(encoding="utf-8").replace("kind: territorial", "kind: landgrab", 1)
    (root / "proposals.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError, match=r"proposals.yaml entry 1 \(ukraine-cedes-donbas\).*landgrab"):
        load_codebook(root)


def test_unknown_affiliation_and_bad_topic_are_errors(tmp_path: Path) -> None:
    root = _copy_min(tmp_path)
    people = root / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("state:russia", "state:atlantis", 1), encoding="utf-8")
    with pytest.raises(CodebookError, match="atlantis"):
        load_codebook(root)
    root2 = _copy_min(tmp_path / "b")
    nb = root2 / "lexicon" / "nb.yaml"
    nb.write_text(nb.read_text(encoding="utf-8").replace("  ceasefire: [", "  truce_talk: [", 1), encoding="utf-8")
    with pytest.raises(CodebookError, match="truce_talk"):
        load_codebook(root2)


def test_missing_file_is_named(tmp_path: Path) -> None:
    root = _copy_min(tmp_path)
    (root / "people.yaml").unlink()
    with pytest.raises(CodebookError, match="people.yaml"):
        load_codebook(root)


def test_genitive_forms_are_flagged() -> None:
    cb = load_codebook(_copy_min_static())
    from parley.loaders.extract import find_mentions

    ms = find_mentions("Russlands president møtte Natos generalsekretær i Kreml.", cb, cb.lexicon("nb"))
    got = [(mt.actor, mt.genitive) for mt in ms]
    assert ("state:russia", True) in got and ("organisation:nato", True) in got and ("state:russia", False) in got


def _copy_min_static() -> Path:
    import tempfile

    return _copy_min(Path(tempfile.mkdtemp()))
