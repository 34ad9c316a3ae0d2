"""Extraction quality on the three held-out sets (tests/data/heldout*): floors, so changes cannot lower them.

All three sets were written without looking at the extractor, 14 articles each, two per language.
``heldout`` and ``heldout2`` have since been used for tuning (their READMEs say how); ``heldout3``
has not: only its overall figures were read, never its misses. The floors sit just below the
figures measured when they were set (statements P / R / F1, actors F1):

- heldout:  0.85 / 0.79 / 0.82, actors 0.99
- heldout2: 0.79 / 0.64 / 0.71, actors 0.97
- heldout3: 0.76 / 0.50 / 0.60, actors 0.99 (the honest figure for unseen text)
"""

from pathlib import Path

import pytest

from parley.loaders.evaluate import evaluate_inputs

DATA = Path(__file__).parent / "data"

# set, statement F1 floor, statement precision floor, actor F1 floor
FLOORS = [
    ("heldout", 0.79, 0.82, 0.97),
    ("heldout2", 0.68, 0.76, 0.95),
    ("heldout3", 0.57, 0.72, 0.96),
]


@pytest.mark.parametrize(("name", "f1", "precision", "actor_f1"), FLOORS)
def test_heldout_quality_floor(name: str, f1: float, precision: float, actor_f1: float) -> None:
    base = DATA / name
    report, problems = evaluate_inputs(base / "gold", [base / "articles"])
    assert not [p for p in problems if "no gold" not in p], problems
    assert len(report.articles) == 14
    assert {a.article.split("_")[1] for a in report.articles} == {"sv", "nb", "da", "nl", "en", "de", "fr"}
    assert report.statements.f1 >= f1, report.statements
    assert report.statements.precision >= precision, report.statements
    assert report.actors.f1 >= actor_f1, report.actors
