"""Network analysis of negotiation positions (networkx): who is central, who sides with whom.

``parley analyze`` prints what these functions return. Both work on the
interchange records, so they run the same on the embedded store, Neo4j or a
JSON Lines file, and return plain dataclasses (``to_dict()`` for JSON).

*Centrality* is computed on the stance graph: actors, proposals and talks
joined by stance statements (SPEC.md's stance types), undirected, one link
per pair weighted by the number of articles behind it.

:func:`analyze` bundles both into an :class:`AnalysisReport` that prints
itself as tables or becomes JSON.

*Coalitions* are communities of actors that take the same side on the same
proposals. DEMANDS, PROPOSES, SUPPORTS and GUARANTEES count as *for*,
REJECTS as *against*; an actor's side on a proposal is the majority over the
articles that report its stance (a tie: no side). A person's stance also
counts for each state or organisation they REPRESENT. Two actors are linked
by the number of proposals they are on the same side of minus those they are
on opposite sides of; Louvain communities (seeded) on the positive links are
the coalitions.

>>> nodes = [NodeRecord(f"state:{k}", "State", k.title()) for k in ("a", "b", "c")]
>>> nodes += [NodeRecord(f"proposal:{k}", "Proposal", k.upper()) for k in ("x", "y")]
>>> edges = [EdgeRecord("state:a", "proposal:x", "DEMANDS", "1"),
...          EdgeRecord("state:b", "proposal:x", "SUPPORTS", "1"),
...          EdgeRecord("state:c", "proposal:x", "REJECTS", "1")]
>>> [(c.names, [a.name for a in c.agreements]) for c in coalitions(nodes, edges)]
[(['A', 'B'], ['X'])]
>>> [(s.name, s.degree) for s in centrality(nodes, edges)][0]
('A', 1)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any, TextIO

import networkx as nx
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from parley.graph import model as m
from parley.graph.records import EdgeRecord, NodeRecord

FOR_TYPES: tuple[str, ...] = ("DEMANDS", "PROPOSES", "SUPPORTS", "GUARANTEES")
AGAINST_TYPES: tuple[str, ...] = ("REJECTS",)
#: Above this many nodes in the stance graph, betweenness is estimated from a seeded sample.
EXACT_BETWEENNESS_LIMIT = 3000


@dataclass(frozen=True)
class ActorScore:
    """One actor's place in the stance graph."""

    id: str
    name: str
    label: str
    statements: int  # stance statements it makes or receives
    degree: int  # distinct nodes it shares a stance statement with
    betweenness: float  # normalised, on the undirected stance graph
    eigenvector: float  # weighted by articles per link

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Agreement:
    """A proposal on which members of a coalition take the same side (and no member the other)."""

    proposal: str
    name: str
    side: str  # "for" or "against"
    actors: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Coalition:
    """Actors that side together, and the proposals they agree on (most shared first)."""

    number: int  # 1 = largest
    actors: list[str]
    names: list[str]
    weight: int  # sum of the agreement links inside the coalition
    agreements: list[Agreement]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AnalysisReport:
    """What ``parley analyze`` shows: actor centrality and coalitions."""

    actors: list[ActorScore]
    coalitions: list[Coalition]

    def to_dict(self) -> dict[str, Any]:
        return {"actors": [a.to_dict() for a in self.actors],
                "coalitions": [c.to_dict() for c in self.coalitions]}

    def print(self, top: int = 15, out: TextIO | None = None) -> None:
        """Two tables for people: the ``top`` most central actors, then each coalition's agreements."""
        console = Console(file=out or sys.stdout, soft_wrap=False, highlight=False,
                          width=max(100, Console().width))
        table = Table(title=f"Actor centrality (top {min(top, len(self.actors))} of {len(self.actors)})")
        for col in ("actor", "label", "statements", "degree", "betweenness", "eigenvector"):
            table.add_column(col, justify="left" if col in ("actor", "label") else "right", overflow="fold")
        for a in self.actors[:top]:
            table.add_row(escape(a.name), a.label, str(a.statements), str(a.degree), f"{a.betweenness:.3f}",
                          f"{a.eigenvector:.3f}")
        console.print(table)
        if not self.actors:
            console.print("(no actor has a stance statement)")
        table = Table(title=f"Coalitions ({len(self.coalitions)})", show_lines=True)
        for col in ("#", "actors", "agree on"):
            table.add_column(col, overflow="fold")
        for c in self.coalitions:
            agreed = "\n".join(f"{a.side}: {escape(a.name)} ({len(a.actors)})" for a in c.agreements)
            table.add_row(str(c.number), escape(", ".join(c.names)), agreed or "-")
        console.print(table)
        if not self.coalitions:
            console.print("(no two actors share a stance)")


def analyze(nodes: Sequence[NodeRecord], edges: Iterable[EdgeRecord]) -> AnalysisReport:
    """Centrality and coalitions in one report (``parley analyze``)."""
    edge_list = list(edges)
    return AnalysisReport(actors=centrality(nodes, edge_list), coalitions=coalitions(nodes, edge_list))


def to_networkx(nodes: Iterable[NodeRecord], edges: Iterable[EdgeRecord]) -> nx.MultiDiGraph:
    """The records as a MultiDiGraph: node attributes label, name, aliases, articles and the label's
    own properties; one edge per statement keyed ``TYPE|article``, with its provenance.

    An edge endpoint missing from ``nodes`` is added with the label its id names and its key as name.

    >>> g = to_networkx([NodeRecord("state:russia", "State", "Russia", props={"iso2": "RU"})],
    ...                 [EdgeRecord("state:russia", "proposal:p", "DEMANDS", "a1")])
    >>> g.nodes["state:russia"]["iso2"], g.nodes["proposal:p"]["label"], list(g.edges(keys=True))
    ('RU', 'Proposal', [('state:russia', 'proposal:p', 'DEMANDS|a1')])
    """
    g = nx.MultiDiGraph()
    for n in sorted(nodes, key=lambda n: n.id):
        g.add_node(n.id, label=n.label, name=n.name, aliases=list(n.aliases), articles=list(n.articles),
                   **n.props)
    for e in sorted(edges, key=lambda e: e.identity):
        for end in (e.source, e.target):
            if end not in g:
                label, key = _split(end)
                g.add_node(end, label=label, name=key, aliases=[], articles=[])
        attrs = {k: v for k, v in e.to_dict().items() if k not in ("record", "source", "target")}
        g.add_edge(e.source, e.target, key=f"{e.type}|{e.article}", **attrs)
    return g


def centrality(
    nodes: Sequence[NodeRecord],
    edges: Iterable[EdgeRecord],
    *,
    rel_types: Iterable[str] = m.STANCE_TYPES,
) -> list[ActorScore]:
    """Degree, betweenness and eigenvector centrality of every actor with a stance statement.

    Sorted by eigenvector centrality, then degree, then id. Eigenvector centrality falls back to
    degree centrality where power iteration does not converge.
    """
    types = set(rel_types)
    info = {n.id: n for n in nodes}
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    statements: dict[str, int] = defaultdict(int)
    for e in edges:
        if e.type not in types or e.source == e.target:
            continue
        articles[_pair(e.source, e.target)].add(e.article)
        statements[e.source] += 1
        statements[e.target] += 1
    g = nx.Graph()
    g.add_nodes_from(sorted(statements))
    for (a, b), arts in sorted(articles.items()):
        g.add_edge(a, b, weight=len(arts))
    actors = [n for n in g if _label(n, info) in m.ACTOR_LABELS]
    if not actors:
        return []
    if g.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        between = nx.betweenness_centrality(g, k=min(500, g.number_of_nodes()), seed=0)
    else:
        between = nx.betweenness_centrality(g)
    try:
        eigen = nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-8)
    except nx.PowerIterationFailedConvergence:
        eigen = nx.degree_centrality(g)
    scores = [
        ActorScore(
            id=a,
            name=info[a].name if a in info else _split(a)[1],
            label=_label(a, info),
            statements=statements[a],
            degree=g.degree(a),
            betweenness=round(between[a], 6),
            eigenvector=round(eigen[a], 6),
        )
        for a in actors
    ]
    return sorted(scores, key=lambda s: (-s.eigenvector, -s.degree, s.id))


def positions(edges: Iterable[EdgeRecord]) -> dict[str, dict[str, int]]:
    """Each actor's side on each proposal: +1 for, -1 against (majority over articles; ties dropped).

    A person's stances count for what they REPRESENT (states and organisations) as well.

    >>> positions([EdgeRecord("person:z", "state:u", "REPRESENTS", "1"),
    ...            EdgeRecord("person:z", "proposal:x", "REJECTS", "1")])
    {'person:z': {'proposal:x': -1}, 'state:u': {'proposal:x': -1}}
    """
    edge_list = list(edges)
    represents: dict[str, set[str]] = defaultdict(set)
    for e in edge_list:
        if e.type == "REPRESENTS" and _split(e.target)[0] in ("State", "Organisation"):
            represents[e.source].add(e.target)
    votes: set[tuple[str, str, str, int]] = set()
    for e in edge_list:
        if e.type in FOR_TYPES:
            side = 1
        elif e.type in AGAINST_TYPES:
            side = -1
        else:
            continue
        if _split(e.target)[0] != "Proposal" or _split(e.source)[0] not in m.ACTOR_LABELS:
            continue
        for who in (e.source, *represents.get(e.source, ())):
            votes.add((who, e.target, e.article, side))
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, proposal, _article, side in votes:
        tally[who][proposal] += side
    out: dict[str, dict[str, int]] = {}
    for who in sorted(tally):
        sides = {p: (1 if t > 0 else -1) for p, t in sorted(tally[who].items()) if t != 0}
        if sides:
            out[who] = sides
    return out


def coalitions(
    nodes: Sequence[NodeRecord],
    edges: Iterable[EdgeRecord],
    *,
    seed: int = 0,
    resolution: float = 1.0,
) -> list[Coalition]:
    """Communities of actors (two or more) that share stances, largest first; see the module doc."""
    info = {n.id: n for n in nodes}
    pos = positions(edges)
    by_proposal: dict[str, dict[str, int]] = defaultdict(dict)
    for who, sides in pos.items():
        for proposal, side in sides.items():
            by_proposal[proposal][who] = side
    weight: dict[tuple[str, str], int] = defaultdict(int)
    for _proposal, sides in sorted(by_proposal.items()):
        for a, b in combinations(sorted(sides), 2):
            weight[(a, b)] += 1 if sides[a] == sides[b] else -1
    g = nx.Graph()
    g.add_nodes_from(sorted(pos))
    for (a, b), w in sorted(weight.items()):
        if w > 0:
            g.add_edge(a, b, weight=w)
    if g.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed)
    groups = sorted((sorted(c) for c in communities if len(c) > 1), key=lambda c: (-len(c), c[0]))
    out = []
    for number, members in enumerate(groups, 1):
        agreements = []
        for proposal, sides in by_proposal.items():
            taking = [a for a in members if a in sides]
            if len(taking) < 2 or len({sides[a] for a in taking}) > 1:
                continue
            agreements.append(Agreement(
                proposal=proposal,
                name=info[proposal].name if proposal in info else _split(proposal)[1],
                side="for" if sides[taking[0]] > 0 else "against",
                actors=taking,
            ))
        agreements.sort(key=lambda a: (-len(a.actors), a.proposal))
        out.append(Coalition(
            number=number,
            actors=members,
            names=[info[a].name if a in info else _split(a)[1] for a in members],
            weight=sum(g[a][b]["weight"] for a, b in combinations(members, 2) if g.has_edge(a, b)),
            agreements=agreements,
        ))
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _split(nid: str) -> tuple[str, str]:
    """(label, key) from an id, tolerating ids whose prefix is not a label."""
    prefix, _, key = nid.partition(":")
    for label in m.LABELS:
        if label.lower() == prefix:
            return label, key or nid
    return "", key or nid


def _label(nid: str, info: dict[str, NodeRecord]) -> str:
    return info[nid].label if nid in info else _split(nid)[0]
