"""Interactive HTML views of the graph, written with pyvis and readable offline.

Analysts open the file from disk, often on machines without internet, so the
page inlines vis-network (the copy shipped inside the pyvis package) and our
own small script and stylesheet from ``assets/``; it references no URL.

Article text (names, sentences, titles) is untrusted: it travels to the page
only as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` written as ``\\u`` escapes (nothing can close the element), and the
page turns it into tooltips with ``textContent`` (vis-network shows Elements
as they are), so markup in a sentence is shown, never run. Everything else
in the page goes through Jinja's autoescaping.

Statements with the same (source, type, target) are drawn as one edge whose
width grows with the number of distinct articles behind it and whose tooltip
lists every statement. The layout is seeded and the output sorted, so the
same input writes the same bytes and the same picture.

:func:`select` narrows a graph to an actor, a topic or a guarantee model
before drawing (``parley view --actor/--topic/--model``).

>>> n = [NodeRecord("state:russia", "State", "Russia"), NodeRecord("proposal:p", "Proposal", "P")]
>>> e = [EdgeRecord("state:russia", "proposal:p", "DEMANDS", "a1"),
...      EdgeRecord("state:russia", "proposal:p", "DEMANDS", "a2")]
>>> view_stats(n, e)
ViewStats(nodes=2, edges=1, statements=2, skipped_edges=0, labels={'Proposal': 1, 'State': 1}, \
rel_types={'DEMANDS': 1})
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment
from markupsafe import Markup
from pyvis.network import Network
from rapidfuzz import fuzz, process

from parley.graph import model as m
from parley.graph.errors import InputError, ParleyError
from parley.graph.records import EdgeRecord, NodeRecord

#: Statements listed in one edge tooltip; the rest are counted ("... and N more").
MAX_TOOLTIP_STATEMENTS = 50
#: Above this many drawn edges, edges carry no text label (the legend and tooltips remain).
MAX_LABELLED_EDGES = 150
#: Seed for vis-network's initial positions: the same input gives the same layout.
LAYOUT_SEED = 7

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CLOSERS = re.compile(r"</(script|style)", re.IGNORECASE)


@dataclass(frozen=True)
class ViewStats:
    """What a view draws: counts the CLI reports after writing a file."""

    nodes: int
    edges: int
    statements: int
    skipped_edges: int
    labels: dict[str, int]
    rel_types: dict[str, int]


@dataclass(frozen=True)
class View:
    """A rendered page and what it draws."""

    html: str
    stats: ViewStats


@dataclass
class _Drawn:
    nodes: list[NodeRecord]
    groups: list[tuple[tuple[str, str, str], list[EdgeRecord]]]
    skipped: int

    def stats(self) -> ViewStats:
        labels: dict[str, int] = defaultdict(int)
        for n in self.nodes:
            labels[n.label] += 1
        types: dict[str, int] = defaultdict(int)
        for (_, rel, _), _stmts in self.groups:
            types[rel] += 1
        return ViewStats(
            nodes=len(self.nodes),
            edges=len(self.groups),
            statements=sum(len(s) for _, s in self.groups),
            skipped_edges=self.skipped,
            labels=dict(sorted(labels.items())),
            rel_types=dict(sorted(types.items())),
        )


def _prepare(
    nodes: Sequence[NodeRecord], edges: Sequence[EdgeRecord], include_mentions: bool
) -> _Drawn:
    """Pick what is drawn, sorted: nodes by id, statements merged per (source, type, target)."""
    by_id: dict[str, NodeRecord] = {}
    for n in nodes:
        if include_mentions or n.label != "Article":
            by_id.setdefault(n.id, n)
    grouped: dict[tuple[str, str, str], dict[tuple[Any, ...], EdgeRecord]] = defaultdict(dict)
    skipped = 0
    for e in edges:
        if e.type == "MENTIONS" and not include_mentions:
            continue
        if e.source not in by_id or e.target not in by_id:
            skipped += 1
            continue
        # identical statements given twice are listed once
        ident = (e.article, e.sentence or "", e.date or "", e.language or "", e.role or "", e.condition or "")
        grouped[(e.source, e.type, e.target)].setdefault(ident, e)
    groups = [(k, [v[i] for i in sorted(v)]) for k, v in sorted(grouped.items())]
    return _Drawn(nodes=[by_id[i] for i in sorted(by_id)], groups=groups, skipped=skipped)


def view_stats(
    nodes: Sequence[NodeRecord], edges: Sequence[EdgeRecord], *, include_mentions: bool = False
) -> ViewStats:
    """How many nodes and (merged) edges :func:`render_view` would draw for these records."""
    return _prepare(nodes, edges, include_mentions).stats()


def render_view(
    nodes: Sequence[NodeRecord],
    edges: Sequence[EdgeRecord],
    path: Path,
    *,
    title: str = "parley",
    physics: bool = True,
    include_mentions: bool = False,
) -> Path:
    """Write the view of these records to ``path`` (parent folders created) and return the path.

    ``physics=False`` freezes the layout once it has settled (lighter for big graphs);
    Article nodes and MENTIONS edges are left out unless ``include_mentions``.
    Raises :class:`InputError` when there is nothing to draw.
    """
    view = build_view(nodes, edges, title=title, physics=physics, include_mentions=include_mentions)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(view.html, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot write the view to {path}: {exc.strerror or exc}") from exc
    return path


def build_view(
    nodes: Sequence[NodeRecord],
    edges: Sequence[EdgeRecord],
    *,
    title: str = "parley",
    physics: bool = True,
    include_mentions: bool = False,
) -> View:
    """The page as a string plus its :class:`ViewStats` (what :func:`render_view` writes)."""
    drawn = _prepare(nodes, edges, include_mentions)
    if not drawn.nodes:
        raise InputError("nothing to draw: the selection has no nodes")
    stats = drawn.stats()
    net = _network(drawn)
    vis_nodes, vis_edges, _heading, _height, _width, options_json = net.get_network_data()
    data = {
        "physics": physics,
        "options": json.loads(options_json),
        "nodes": vis_nodes,
        "edges": vis_edges,
    }
    style = m.model().style
    legend_labels = [
        {"name": label, "count": stats.labels[label], "icon": _icon(label, style["labels"].get(label, {}))}
        for label in m.LABELS
        if label in stats.labels
    ]
    legend_types = [
        {
            "name": rel,
            "count": stats.rel_types[rel],
            "color": _color(style["relationships"].get(rel)),
            "meaning": m.model().relationships[rel].meaning,
        }
        for rel in m.REL_TYPES
        if rel in stats.rel_types
    ]
    html = _template().render(
        title=title,
        stats=stats,
        legend_labels=legend_labels,
        legend_types=legend_types,
        data_json=Markup(script_json(data)),
        vis_js=_asset("vis-network.min.js"),
        vis_css=_asset("vis-network.css"),
        view_js=_asset("view.js"),
        view_css=_asset("view.css"),
    )
    return View(html=html, stats=stats)


def script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or JS line breaks.

    >>> script_json({"s": "</script><img src=x onerror=alert(1)>&"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


# --- building the vis-network data with pyvis ------------------------------------------------------


def _network(drawn: _Drawn) -> Network:
    style = m.model().style
    degree: dict[str, int] = defaultdict(int)
    for (source, _, target), _stmts in drawn.groups:
        degree[source] += 1
        degree[target] += 1
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    names = {n.id: n.name for n in drawn.nodes}
    for n in drawn.nodes:
        spec = style["labels"].get(n.label, {})
        shape = str(spec.get("shape", "dot"))
        color = _color(spec.get("color"))
        inside = shape in ("box", "ellipse", "circle", "database", "text")
        font: dict[str, Any] = {"size": 14, "face": "DejaVu Sans, Arial, sans-serif", "color": "#1b1b1b"}
        if not inside:
            font.update(strokeWidth=3, strokeColor="#ffffff")
        extra: dict[str, Any] = {}
        if inside:
            extra["widthConstraint"] = {"maximum": 190}
            extra["margin"] = 8
        else:
            extra["size"] = min(14 + round(4 * math.sqrt(degree[n.id])), 40)
        net.add_node(
            n.id,
            label=_caption(n, spec),
            shape=shape,
            color={
                "background": color,
                "border": _darker(color),
                "highlight": {"background": color, "border": "#111111"},
                "hover": {"background": color, "border": "#111111"},
            },
            font=font,
            borderWidth=1.5,
            plabel=n.label,
            pnames=_names(n),
            tip=_node_tip(n, degree[n.id]),
            **extra,
        )
    labelled = len(drawn.groups) <= MAX_LABELLED_EDGES
    curves = _curves(drawn.groups)
    for index, ((source, rel, target), stmts) in enumerate(drawn.groups):
        color = _color(style["relationships"].get(rel))
        articles = len({s.article for s in stmts})
        options: dict[str, Any] = {
            "id": f"e{index}",
            "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.9},
            "width": 1.5 + 1.5 * (min(articles, 8) - 1),
            "ptype": rel,
            "tip": _edge_tip(names[source], rel, names[target], stmts),
        }
        if labelled:
            options["label"] = rel
            options["font"] = {"size": 9, "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff",
                               "align": "middle"}
        options.update(curves[index])
        net.add_edge(source, target, **options)
    net.options = _options(len(drawn.nodes))
    return net


def _curves(groups: list[tuple[tuple[str, str, str], list[EdgeRecord]]]) -> list[dict[str, Any]]:
    """Parallel edges between one pair of nodes bend apart instead of covering each other."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    out: list[dict[str, Any]] = []
    for (source, _, target), _stmts in groups:
        a, b = sorted((source, target))
        rank = seen[(a, b)]
        seen[(a, b)] += 1
        if rank == 0 or source == target:
            out.append({})
            continue
        clockwise = (rank % 2 == 1) == (source == a)
        out.append({"smooth": {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                               "roundness": 0.25 * ((rank + 1) // 2)}})
    return out


def _options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > 300
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            # a little overlap avoidance keeps boxes apart; forceAtlas2Based with avoidOverlap (and
            # barnesHut above ~0.3) left the whole graph drifting instead of settling
            "barnesHut": {
                "gravitationalConstant": -12000,
                "centralGravity": 0.2,
                "springLength": 180,
                "springConstant": 0.04,
                "damping": 0.3,
                "avoidOverlap": 0.2,
            },
            "maxVelocity": 60,
            "minVelocity": 0.75,
            "stabilization": {"enabled": True, "iterations": 300 if big else 1000, "updateInterval": 25,
                              "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "multiselect": True},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "color": {"inherit": False}},
        "nodes": {"borderWidth": 1.5},
    }


def _caption(n: NodeRecord, spec: dict[str, Any]) -> str:
    field = spec.get("caption", "name")
    text = str(n.props.get(field) or n.name) if field != "name" else n.name
    text = text or n.id
    return text if len(text) <= 60 else text[:59] + "\u2026"


def _names(n: NodeRecord) -> list[str]:
    out: list[str] = []
    for name in (n.name, *n.aliases):
        if name and name not in out:
            out.append(name)
    return out


def _node_tip(n: NodeRecord, edges: int) -> dict[str, Any]:
    rows: list[list[str]] = [["label", n.label], ["id", n.id]]
    if n.aliases:
        rows.append(["aliases", ", ".join(n.aliases)])
    rows.append(["articles", str(len(set(n.articles)))])
    for prop in m.model().labels.get(n.label, {}):
        value = n.props.get(prop)
        if prop in ("key", "name", "aliases") or value in (None, "", []):
            continue
        rows.append([prop, ", ".join(map(str, value)) if isinstance(value, list) else str(value)])
    rows.append(["edges drawn", str(edges)])
    return {"h": n.name or n.id, "rows": rows}


def _edge_tip(source: str, rel: str, target: str, stmts: list[EdgeRecord]) -> dict[str, Any]:
    articles = len({s.article for s in stmts})
    listed = []
    for s in stmts[:MAX_TOOLTIP_STATEMENTS]:
        meta = [["article", s.article], ["date", s.date or "undated"], ["language", s.language or "?"]]
        if s.role:
            meta.append(["role", s.role])
        if s.condition:
            meta.append(["condition", s.condition])
        meta.append(["confidence", f"{s.confidence:.2f}"])
        meta.append(["method", s.method])
        listed.append({"s": s.sentence, "meta": meta})
    return {
        "h": f"{source} \u2014 {rel} \u2192 {target}",
        "rows": [["statements", str(len(stmts))], ["articles", str(articles)]],
        "stmts": listed,
        "more": max(0, len(stmts) - MAX_TOOLTIP_STATEMENTS),
    }


# --- page assets ------------------------------------------------------------------------------------


@cache
def _template() -> Any:
    text = resources.files("parley.graph").joinpath("assets/view.html.j2").read_text(encoding="utf-8")
    return Environment(autoescape=True, keep_trailing_newline=True).from_string(text)


@cache
def _asset(name: str) -> Markup:
    """A bundled JS/CSS file to inline verbatim, refused if it could end its element early.

    vis-network comes from the pyvis package (the copy its ``in_line`` mode inlines); our own
    script and stylesheet from ``parley.graph``'s ``assets/``.
    """
    if name.startswith("vis-network"):
        source: Any = _VIS_DIR / name
    else:
        source = resources.files("parley.graph").joinpath("assets", name)
    text = source.read_text(encoding="utf-8")
    if _CLOSERS.search(text):
        raise ParleyError(f"bundled asset {source} contains '</script' or '</style' and cannot be inlined")
    return Markup(text)


def _color(value: Any) -> str:
    return value if isinstance(value, str) and _COLOR.match(value) else "#888888"


def _darker(color: str, factor: float = 0.72) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


def _icon(label: str, spec: dict[str, Any]) -> Markup:
    """The legend's small picture of a node shape (model colours only, no user text)."""
    color = _color(spec.get("color"))
    border = _darker(color)
    attrs = f'fill="{color}" stroke="{border}" stroke-width="1.2"'
    shape = spec.get("shape", "dot")
    if shape == "diamond":
        body = f'<path d="M10 1.5 L18.5 10 L10 18.5 L1.5 10 Z" {attrs}/>'
    elif shape == "triangle":
        body = f'<path d="M10 2 L18.5 17 L1.5 17 Z" {attrs}/>'
    elif shape == "box":
        body = f'<rect x="1.5" y="5" width="17" height="10" rx="2" {attrs}/>'
    elif shape == "square":
        body = f'<rect x="3" y="3" width="14" height="14" {attrs}/>'
    elif shape == "star":
        points = " ".join(
            f"{10 + (8.5 if k % 2 == 0 else 3.6) * math.sin(math.pi * k / 5):.1f},"
            f"{10.8 - (8.5 if k % 2 == 0 else 3.6) * math.cos(math.pi * k / 5):.1f}"
            for k in range(10)
        )
        body = f'<polygon points="{points}" {attrs}/>'
    else:
        body = f'<circle cx="10" cy="10" r="7.5" {attrs}/>'
    return Markup(body)


# --- selection ---------------------------------------------------------------------------------------


def select(
    nodes: Iterable[NodeRecord],
    edges: Iterable[EdgeRecord],
    *,
    actor: str | None = None,
    topic: str | None = None,
    model: str | None = None,
    rel_types: Iterable[str] | None = None,
) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """Narrow a graph to what one view should show; returns (nodes, edges), input order kept.

    - ``rel_types``: only edges of these types (nodes without such an edge drop out).
    - ``topic`` / ``model``: Proposals with that topic tag / guarantee model, the actors with an
      edge to them, and the edges among those.
    - ``actor`` (key, id, name or alias, any case): the actor, the persons who REPRESENT it,
      their one-hop neighbours (within the topic/model selection when given) and every edge
      among those nodes. MENTIONS never count as neighbours unless asked for in ``rel_types``.

    Unknown names raise :class:`InputError` with close matches; so does a combination
    that leaves nothing.

    >>> n = [NodeRecord("state:russia", "State", "Russia", aliases=["Ryssland"]),
    ...      NodeRecord("state:ukraine", "State", "Ukraine"),
    ...      NodeRecord("proposal:p", "Proposal", "P", props={"topics": ["donbas"]})]
    >>> e = [EdgeRecord("state:russia", "proposal:p", "DEMANDS", "a1")]
    >>> [x.id for x in select(n, e, actor="ryssland")[0]]
    ['state:russia', 'proposal:p']
    >>> select(n, e, topic="crimea")
    Traceback (most recent call last):
    ...
    parley.graph.errors.InputError: no proposal in the graph has topic 'crimea'; topics present: donbas
    """
    node_list = list(nodes)
    all_edges = list(edges)
    edge_list = all_edges
    wanted_types: set[str] = set()
    if rel_types is not None:
        wanted_types = {_known(t.strip().upper(), m.REL_TYPES, "relationship type") for t in rel_types}
        edge_list = [e for e in all_edges if e.type in wanted_types]
    walk = [e for e in edge_list if e.type != "MENTIONS" or "MENTIONS" in wanted_types]
    keep: set[str] | None = None
    what: list[str] = []

    if topic is not None or model is not None:
        proposals = [n for n in node_list if n.label == "Proposal"]
        if topic is not None:
            tag = _known(_vocab_form(topic), m.TOPICS, "topic")
            present = sorted({t for n in proposals for t in n.props.get("topics") or []})
            if tag not in present:
                raise InputError(f"no proposal in the graph has topic {tag!r}; topics present: "
                                 f"{', '.join(present) or 'none'}")
            proposals = [n for n in proposals if tag in (n.props.get("topics") or [])]
            what.append(f"topic {tag!r}")
        if model is not None:
            gm = _known(_vocab_form(model), m.GUARANTEE_MODELS, "guarantee model")
            present = sorted({str(n.props["model"]) for n in proposals if n.props.get("model")})
            if gm not in present:
                raise InputError(f"no proposal{' with ' + what[0] if what else ''} in the graph has model "
                                 f"{gm!r}; models present: {', '.join(present) or 'none'}")
            proposals = [n for n in proposals if n.props.get("model") == gm]
            what.append(f"model {gm!r}")
        pids = {n.id for n in proposals}
        actor_ids = {n.id for n in node_list if n.label in m.ACTOR_LABELS}
        keep = set(pids)
        for e in walk:
            if e.target in pids and e.source in actor_ids:
                keep.add(e.source)
            elif e.source in pids and e.target in actor_ids:
                keep.add(e.target)

    if actor is not None:
        seeds = _match_actor(actor, node_list)
        reps = {e.source for e in all_edges if e.type == "REPRESENTS" and e.target in seeds}
        seeds |= reps
        universe = keep if keep is not None else {n.id for n in node_list}
        seeds &= universe
        if not seeds:
            raise InputError(f"actor {actor!r} has no edge to any proposal with {' and '.join(what)}")
        around = set(seeds)
        for e in walk:
            if e.source in seeds and e.target in universe:
                around.add(e.target)
            elif e.target in seeds and e.source in universe:
                around.add(e.source)
        keep = around
        what.insert(0, f"actor {actor!r}")

    if keep is None:
        if rel_types is None:
            return node_list, list(edge_list)
        keep = {e.source for e in edge_list} | {e.target for e in edge_list}
        what.append(f"relationship types {', '.join(sorted(wanted_types))}")
    out_nodes = [n for n in node_list if n.id in keep]
    if not out_nodes:
        raise InputError(f"nothing matches {' and '.join(what)}")
    out_edges = [e for e in edge_list if e.source in keep and e.target in keep]
    return out_nodes, out_edges


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _vocab_form(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _known(value: str, allowed: Sequence[str], what: str) -> str:
    if value in allowed:
        return value
    close = [c for c, _score, _i in process.extract(value, allowed, scorer=fuzz.WRatio, limit=4,
                                                      score_cutoff=60)]
    hint = f"did you mean: {', '.join(close)}" if close else f"known: {', '.join(allowed)}"
    raise InputError(f"unknown {what} {value!r}; {hint}")


def _match_actor(query: str, nodes: list[NodeRecord]) -> set[str]:
    q = _norm(query)
    if not q:
        raise InputError("the actor name is empty")
    try:
        q_slug = m.slug(query)
    except ParleyError:
        q_slug = ""
    actors = [n for n in nodes if n.label in m.ACTOR_LABELS]
    found = {
        n.id
        for n in actors
        if q in {_norm(x) for x in (n.id, n.id.partition(":")[2], n.name, *n.aliases)}
        or q_slug == n.id.partition(":")[2]
    }
    if found:
        return found
    choices: dict[str, str] = {}
    for n in actors:
        for name in (n.name, *n.aliases):
            choices.setdefault(name, f"{n.name} ({n.id})")
    close: list[str] = []
    for _name, _score, _i in process.extract(query, list(choices), scorer=fuzz.WRatio, limit=10,
                                             score_cutoff=70):
        if choices[_name] not in close:
            close.append(choices[_name])
    hint = f"did you mean: {'; '.join(close[:4])}" if close else "no actor with a similar name in the graph"
    raise InputError(f"unknown actor {query!r}; {hint}")
