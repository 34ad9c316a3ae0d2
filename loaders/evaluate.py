"""Scoring an extraction against gold annotations (``../shared/gold/README.md``).

Whoever extends the codebook needs to see what the change did to quality: this
module compares extracted bundles with hand-made gold files and reports
statement and actor precision, recall and F1 per article and overall (micro),
with the gold statements missed and the extracted edges that match nothing.

Matching follows the gold README: an extracted node is a gold actor when its
name or an alias equals the actor's canonical name or a listed spelling
(case- and diacritic-insensitive); duplicate edges (same subject, type,
target) count once; each gold statement is matched by at most one edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parley.graph import model as m
from parley.graph.errors import InputError, RecordError
from parley.graph.records import Bundle, EdgeRecord, NodeRecord, bundles_from_records, read_jsonl
from parley.loaders.codebook import fold

STANCE_EDGE_TYPES: frozenset[str] = frozenset(m.STANCE_TYPES)
OPTIONAL_TYPES = ("PARTICIPATES_IN", "HOSTS")


@dataclass(frozen=True)
class GoldStatement:
    subjects: frozenset[str]
    relations: frozenset[str]
    obj: dict[str, Any]
    gist: str
    level: str


@dataclass
class GoldArticle:
    article: str
    actors: set[str]
    optional: set[str]
    statements: list[GoldStatement]


@dataclass
class Score:
    """Counts and the precision/recall/F1 they give."""

    tp_recall: int = 0  # matched gold (core statements or actors)
    gold: int = 0
    tp_precision: int = 0  # extracted items that match gold
    extracted: int = 0

    @property
    def precision(self) -> float:
        return self.tp_precision / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_recall / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp_recall += other.tp_recall
        self.gold += other.gold
        self.tp_precision += other.tp_precision
        self.extracted += other.extracted


@dataclass
class ArticleEval:
    article: str
    statements: Score
    actors: Score
    misses: list[str] = field(default_factory=list)  # gist of unmatched core statements
    spurious: list[str] = field(default_factory=list)  # "subject TYPE target | sentence"
    missing_actors: list[str] = field(default_factory=list)
    extra_actors: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    articles: list[ArticleEval]
    statements: Score
    actors: Score
    unscored: list[str] = field(default_factory=list)  # extracted articles without gold, gold without extraction

    def as_dict(self) -> dict[str, Any]:
        def sc(s: Score) -> dict[str, float]:
            return {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3)}

        return {
            "overall": {"statements": sc(self.statements), "actors": sc(self.actors)},
            "articles": {
                a.article: {
                    "statements": sc(a.statements),
                    "actors": sc(a.actors),
                    "misses": a.misses,
                    "spurious": a.spurious,
                    "missing_actors": a.missing_actors,
                    "extra_actors": a.extra_actors,
                }
                for a in self.articles
            },
            "unscored": self.unscored,
        }


# --- gold ----------------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> tuple[dict[str, set[str]], dict[str, GoldArticle]]:
    """(spellings of each canonical actor, gold per article id) from a gold folder.

    ``actors.yaml`` may sit in the folder or its parent (``gold/actors.yaml`` for ``gold/seeds``).
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: gold folder not found")
    actors_file = next((p for p in (gold_dir / "actors.yaml", gold_dir.parent / "actors.yaml") if p.is_file()), None)
    if actors_file is None:
        raise InputError(f"{gold_dir}: no actors.yaml in the folder or its parent")
    raw = _yaml(actors_file) or {}
    spellings: dict[str, set[str]] = {}
    for name, spec in raw.items():
        forms = {fold(str(name))}
        for a in (spec or {}).get("aliases") or []:
            forms.add(fold(str(a)))
        spellings[str(name)] = forms
    articles: dict[str, GoldArticle] = {}
    for f in sorted(gold_dir.glob("*.yaml")):
        if f.name == "actors.yaml":
            continue
        d = _yaml(f)
        if not isinstance(d, dict) or "article" not in d:
            raise RecordError("not a gold article file (no 'article')", str(f))
        stmts = []
        for n, s in enumerate(d.get("statements") or [], 1):
            try:
                stmts.append(
                    GoldStatement(
                        subjects=frozenset(str(x) for x in s["subject"]),
                        relations=frozenset(str(x) for x in s["relation"]),
                        obj=dict(s["object"]),
                        gist=str(s.get("gist", "")),
                        level=str(s.get("level", "core")),
                    )
                )
            except (KeyError, TypeError) as exc:
                raise RecordError(f"statement {n} is malformed ({exc})", str(f)) from None
        articles[str(d["article"])] = GoldArticle(
            str(d["article"]),
            {str(a) for a in d.get("actors") or []},
            {str(a) for a in d.get("optional_actors") or []},
            stmts,
        )
    return spellings, articles


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RecordError(f"cannot read ({exc})", str(path)) from None


# --- matching ------------------------------------------------------------------------------------


def _gold_names(node: NodeRecord | None, spellings: dict[str, set[str]]) -> set[str]:
    """The gold actors a node stands for (by name or alias)."""
    if node is None:
        return set()
    forms = {fold(node.name), *(fold(a) for a in node.aliases)}
    return {g for g, sp in spellings.items() if forms & sp}


def _object_ok(obj: dict[str, Any], edge: EdgeRecord, target: NodeRecord | None, target_names: set[str]) -> bool:
    if obj.get("any"):
        return True
    if "actor" in obj:
        return bool(target_names & {str(a) for a in obj["actor"]})
    if "proposal" in obj:
        if target is None or target.label != "Proposal":
            return False
        spec = obj["proposal"] or {}
        kind = spec.get("kind")
        if kind and kind != "any" and target.props.get("kind") != kind:
            return False
        models = spec.get("model")
        if models and target.props.get("model") not in models:
            return False
        topics = spec.get("topics")
        return not (topics and not set(topics) & set(target.props.get("topics") or []))
    return False


def evaluate_article(gold: GoldArticle, bundle: Bundle, spellings: dict[str, set[str]]) -> ArticleEval:
    """Score one article's bundle against its gold."""
    nodes = {n.id: n for n in bundle.nodes}
    names = {nid: _gold_names(n, spellings) for nid, n in nodes.items()}
    gold_types = {r for s in gold.statements for r in s.relations}
    scored_types = set(STANCE_EDGE_TYPES) | {t for t in OPTIONAL_TYPES if t in gold_types}
    edges: dict[tuple[str, str, str], EdgeRecord] = {}
    for e in bundle.edges:
        if e.type in scored_types:
            edges.setdefault((e.source, e.type, e.target), e)
    # which gold statements each edge could satisfy
    fits: dict[tuple[str, str, str], list[int]] = {}
    for key, e in edges.items():
        subj = names.get(e.source, set())
        fits[key] = [
            i
            for i, g in enumerate(gold.statements)
            if e.type in g.relations
            and subj & g.subjects
            and _object_ok(g.obj, e, nodes.get(e.target), names.get(e.target, set()))
        ]
    # recall: a maximum matching of core gold statements to distinct edges
    core = [i for i, g in enumerate(gold.statements) if g.level == "core"]
    owner: dict[int, tuple[str, str, str]] = {}

    def augment(key: tuple[str, str, str], seen: set[int]) -> bool:
        for i in fits[key]:
            if gold.statements[i].level != "core" or i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = key
                return True
        return False

    for key in sorted(edges):
        augment(key, set())
    st = Score(
        tp_recall=len(owner), gold=len(core), tp_precision=sum(1 for k in edges if fits[k]), extracted=len(edges)
    )
    misses = [
        f"{'/'.join(sorted(gold.statements[i].subjects))} {'|'.join(sorted(gold.statements[i].relations))}: "
        f"{gold.statements[i].gist}"
        for i in core
        if i not in owner
    ]
    spurious = [f"{k[0]} {k[1]} {k[2]} | {edges[k].sentence or ''}" for k in sorted(edges) if not fits[k]]
    # actors
    extracted_actors = [n for n in bundle.nodes if n.label in m.ACTOR_LABELS]
    found: set[str] = set()
    ext = 0
    tp = 0
    extra: list[str] = []
    for n in extracted_actors:
        g = names.get(n.id, set())
        if g & gold.optional and not g & gold.actors:
            continue
        ext += 1
        if g & gold.actors:
            tp += 1
            found |= g & gold.actors
        else:
            extra.append(f"{n.id} ({n.name})")
    ac = Score(tp_recall=len(found), gold=len(gold.actors), tp_precision=tp, extracted=ext)
    return ArticleEval(gold.article, st, ac, misses, spurious, sorted(gold.actors - found), extra)


def evaluate(gold_dir: Path, bundles: Iterable[Bundle]) -> EvalReport:
    """Score bundles against the gold folder: per article and overall (micro-averaged)."""
    spellings, golds = load_gold(Path(gold_dir))
    by_id = {b.article.id: b for b in bundles}
    results: list[ArticleEval] = []
    st, ac = Score(), Score()
    unscored = [f"{aid}: no gold" for aid in sorted(by_id) if aid not in golds]
    for aid in sorted(golds):
        bundle = by_id.get(aid)
        if bundle is None:
            unscored.append(f"{aid}: gold but no extraction")
            bundle = Bundle(article=_empty_article(aid))
        r = evaluate_article(golds[aid], bundle, spellings)
        results.append(r)
        st.add(r.statements)
        ac.add(r.actors)
    return EvalReport(results, st, ac, unscored)


def _empty_article(aid: str):  # noqa: ANN202 - ArticleRecord
    from parley.graph.records import ArticleRecord

    return ArticleRecord(id=aid)


def read_extraction(path: Path) -> tuple[list[Bundle], list[str]]:
    """Bundles from an extraction JSON Lines file, and one line per malformed record."""
    records = []
    problems: list[str] = []
    for r in read_jsonl(path):
        if isinstance(r, RecordError):
            problems.append(str(r))
        else:
            records.append(r)
    return bundles_from_records(records), problems


def evaluate_inputs(gold_dir: Path, inputs: Iterable[Path | str], *, workers: int = 1) -> tuple[EvalReport, list[str]]:
    """Evaluate a JSON Lines extraction (``.jsonl`` with ``record`` lines) or articles extracted now."""
    from parley.loaders.extract import extract_paths

    paths = [Path(p) for p in inputs]
    problems: list[str] = []
    if len(paths) == 1 and paths[0].suffix == ".jsonl" and _is_extraction(paths[0]):
        bundles, problems = read_extraction(paths[0])
    else:
        bundles = []
        for b in extract_paths(paths, workers=workers):
            if isinstance(b, Bundle):
                bundles.append(b)
            else:
                problems.append(str(b))
    return evaluate(gold_dir, bundles), problems


def _is_extraction(path: Path) -> bool:
    """An extraction file has ``record`` fields; an article JSON Lines file has ``text``."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                return '"record"' in line
    return False
