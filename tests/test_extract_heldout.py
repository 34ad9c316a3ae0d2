"""Extraction quality on the held-out development set (tests/data/heldout): a floor, so changes cannot lower it.

The set was written without looking at the extractor; half of it has since been used for tuning
(tests/data/heldout/README.md). The floors sit just below the figures measured when they were set:
statements F1 0.74 over all 14 articles and 0.69 on the untuned half, actors F1 0.99 and 0.98.
"""

from pathlib import Path

from parley.loaders.evaluate import evaluate_inputs

HELDOUT = Path(__file__).parent / "data" / "heldout"


def test_heldout_quality_floor():
    report, problems = evaluate_inputs(HELDOUT / "gold", [HELDOUT / "articles"])
    assert not [p for p in problems if "no gold" not in p]
    assert len(report.articles) == 14
    assert {a.article.split("_")[1] for a in report.articles} == {"sv", "nb", "da", "nl", "en", "de", "fr"}
    assert report.statements.f1 >= 0.72, report.statements
    assert report.statements.precision >= 0.78
    assert report.actors.f1 >= 0.95
