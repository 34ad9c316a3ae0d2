"""Generated graphs of realistic shape, for benchmarks and for crash tests.

Real corpora are small; loading and query speed must be measured on 100,000
statements. The generator is seeded, so a run is repeatable.

>>> bundles = generate_bundles(3, statements_per_article=4, seed=1)
>>> [len(b.edges) for b in bundles]
[4, 4, 4]
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from parley.graph.model import GUARANTEE_MODELS, PROPOSAL_KINDS, TOPICS
from parley.graph.records import ArticleRecord, Bundle, EdgeRecord, NodeRecord

_STANCES = ("DEMANDS", "PROPOSES", "SUPPORTS", "REJECTS", "GUARANTEES")


def _universe(n_states: int, n_people: int, n_proposals: int, rnd: random.Random) -> dict[str, list[NodeRecord]]:
    states = [NodeRecord(id=f"state:s{i}", label="State", name=f"State {i}", props={"iso2": f"X{i % 100:02d}"})
              for i in range(n_states)]
    orgs = [NodeRecord(id=f"organisation:o{i}", label="Organisation", name=f"Org {i}", props={"type": "international"})
            for i in range(max(2, n_states // 10))]
    people = [NodeRecord(id=f"person:p{i}", label="Person", name=f"Person {i}") for i in range(n_people)]
    proposals = []
    for i in range(n_proposals):
        kind = rnd.choice(PROPOSAL_KINDS)
        model = rnd.choice(GUARANTEE_MODELS) if kind == "security_guarantee" else None
        proposals.append(NodeRecord(id=f"proposal:q{i}", label="Proposal", name=f"Proposal {i}",
                                    props={"kind": kind, "model": model, "topics": rnd.sample(TOPICS, 2)}))
    talks = [NodeRecord(id=f"talks:t{i}", label="Talks", name=f"Talks {i}", props={"location": "Geneva"})
             for i in range(5)]
    return {"State": states, "Organisation": orgs, "Person": people, "Proposal": proposals, "Talks": talks}


def generate_bundles(n_articles: int, **options: int) -> list[Bundle]:
    """``n_articles`` bundles of exactly ``statements_per_article`` distinct statements each (see iter_bundles)."""
    return list(iter_bundles(n_articles, **options))


def iter_bundles(
    n_articles: int,
    *,
    statements_per_article: int = 10,
    n_states: int = 60,
    n_people: int = 400,
    n_proposals: int = 600,
    seed: int = 7,
) -> Iterator[Bundle]:
    """Like :func:`generate_bundles`, lazily."""
    rnd = random.Random(seed)
    u = _universe(n_states, n_people, n_proposals, rnd)
    actors = u["State"] + u["Organisation"] + u["Person"]
    # news coverage is skewed: a few actors and proposals take most statements (Zipf-like weights)
    actor_w = [1 / (i + 1) for i in range(len(actors))]
    rnd.shuffle(actor_w)
    proposal_w = [1 / (i + 1) ** 0.8 for i in range(len(u["Proposal"]))]
    # each person speaks for one state (a few for a second one), as officials do
    home = {p.id: [u["State"][i % n_states].id] for i, p in enumerate(u["Person"])}
    for i, p in enumerate(u["Person"]):
        if i % 10 == 0:
            home[p.id].append(u["State"][(i * 7 + 3) % n_states].id)
    for a in range(n_articles):
        aid = f"gen-{a:06d}"
        date = f"20{22 + a % 4}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        lang = rnd.choice(("sv", "nb", "da", "nl", "en", "de", "fr"))
        edges: dict[tuple[str, str, str, str], EdgeRecord] = {}
        while len(edges) < statements_per_article:
            roll = rnd.random()
            if roll < 0.15:
                person = rnd.choice(u["Person"])
                e = EdgeRecord(person.id, rnd.choice(home[person.id]), "REPRESENTS", aid, role="envoy")
            elif roll < 0.2:
                e = EdgeRecord(rnd.choice(u["State"]).id, rnd.choice(u["Talks"]).id, "MEDIATES", aid)
            else:
                actor = rnd.choices(actors, actor_w)[0]
                proposal = rnd.choices(u["Proposal"], proposal_w)[0]
                e = EdgeRecord(actor.id, proposal.id, rnd.choice(_STANCES), aid)
            e.date, e.language, e.confidence = date, lang, round(rnd.uniform(0.5, 1.0), 2)
            e.sentence = f"Sentence {len(edges)} of article {a}: {e.source} {e.type.lower()} {e.target}."
            edges[e.identity] = e
        used = {nid for e in edges.values() for nid in (e.source, e.target)}
        by_id = {n.id: n for group in u.values() for n in group}
        yield Bundle(
            article=ArticleRecord(id=aid, title=f"Generated article {a}", language=lang, date=date,
                                  source=f"generated/{aid}.txt"),
            nodes=[by_id[nid] for nid in sorted(used)],
            edges=list(edges.values()),
            text_sha256=f"{a:064x}",
        )
