"""What an analyst pastes into Neo4j Browser: parley's style sheet, parameters and saved queries.

Browser draws every node as a circle, so a label keeps its colour from
``schema.yaml``'s ``style:`` section (the palette the HTML views use) but not
its shape; the border is the same darker shade the views draw. The style is a
Graph Style Sheet (GraSS), the format Browser's ``:style`` command and its
style-file drop zone read.

The script is three blocks that Browser must be given separately, because of
how it reads pasted text: ``:style`` takes everything after it as the style
sheet, while text holding several ``;``-separated statements runs as a
multi-statement script (``:param`` lines and Cypher together):

1. ``:style`` and the style sheet, first in the script, so a paste that
   starts at the top starts with ``:style`` (Browser only treats text as a
   style command when it begins with it);
2. one ``:param`` line per parameter the saved queries use, with the values
   ``parley query run`` would use when the parameter is not given: its
   default, or ``''`` for an optional one. Actor parameters hold actor keys
   (``'russia'``), which is what parley resolves names and aliases to;
3. an overview query that draws the graph, then every saved query, each
   ending in ``;`` with its title and description as ``//`` comments.

>>> "node.Person {" in grass_style() and "caption: '{name}';" in grass_style()
True
>>> cypher_literal("Kyiv's plan"), cypher_literal(20), cypher_literal(True)
("'Kyiv\\\\'s plan'", '20', 'true')
>>> script_params()["a"], script_params()["actor"], script_params()["limit"]
('russia', '', 100)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from parley.graph.errors import QueryError
from parley.graph.model import STATEMENT_TYPES, model, slug
from parley.queries.saved import Param, SavedQuery, bind, saved_queries

# Sizes say what matters in an analyst's picture: sides (states, organisations)
# and what they argue about (proposals) are drawn larger than sources (articles).
DIAMETERS: dict[str, int] = {
    "Person": 50,
    "State": 65,
    "Organisation": 60,
    "Proposal": 55,
    "Talks": 55,
    "Article": 35,
}
DEFAULT_DIAMETER = 50
# Stances are the point of the graph; context edges are thinner, MENTIONS thinnest.
SHAFT_WIDTHS: dict[str, int] = {"REPRESENTS": 2, "MENTIONS": 1, "PARTICIPATES_IN": 1, "HOSTS": 1}
STANCE_SHAFT_WIDTH = 3
OTHER_SHAFT_WIDTH = 2
DARK_TEXT = "#1B1B1B"
LIGHT_TEXT = "#FFFFFF"
FALLBACK_COLOR = "#888888"

OVERVIEW_TITLE = "The negotiation graph"
OVERVIEW_DESCRIPTION = "Actors, proposals and talks joined by every statement type (no MENTIONS), drawn as a graph"
OVERVIEW_QUERY = f"MATCH (a)-[r:{'|'.join(STATEMENT_TYPES)}]->(b)\nRETURN a, r, b\nLIMIT 300;\n"


def darker(color: str, factor: float = 0.72) -> str:
    """The border shade of a fill colour, computed as the HTML views compute theirs.

    >>> darker("#4C8EDA")
    '#37669D'
    """
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def text_color(fill: str) -> str:
    """Caption colour readable on ``fill``: dark on light fills, white on dark ones.

    >>> text_color("#F0AD4E"), text_color("#8E6BBF")
    ('#1B1B1B', '#FFFFFF')
    """
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return DARK_TEXT if (0.299 * r + 0.587 * g + 0.114 * b) / 255 > 0.6 else LIGHT_TEXT


def _hex(value: Any) -> str:
    text = str(value) if value is not None else ""
    ok = len(text) == 7 and text.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    return text.upper() if ok else FALLBACK_COLOR


def _block(selector: str, props: Mapping[str, str]) -> str:
    body = "".join(f"  {k}: {v};\n" for k, v in props.items())
    return f"{selector} {{\n{body}}}\n"


def grass_style() -> str:
    """The GraSS style sheet: one block per label and relationship type, colours from schema.yaml."""
    style = model().style
    blocks = [
        _block("node", {"diameter": f"{DEFAULT_DIAMETER}px", "color": "#A5ABB6", "border-color": "#9AA1AC",
                        "border-width": "2px", "text-color-internal": DARK_TEXT, "font-size": "10px"}),
        _block("relationship", {"color": "#A5ABB6", "shaft-width": "1px", "font-size": "8px", "padding": "3px",
                                "text-color-external": "#000000", "text-color-internal": LIGHT_TEXT,
                                "caption": "'<type>'"}),
    ]
    for label in model().labels:
        spec = style["labels"].get(label, {})
        fill = _hex(spec.get("color"))
        blocks.append(_block(f"node.{label}", {
            "color": fill,
            "border-color": darker(fill),
            "text-color-internal": text_color(fill),
            "caption": "'{" + str(spec.get("caption", "name")) + "}'",
            "diameter": f"{DIAMETERS.get(label, DEFAULT_DIAMETER)}px",
        }))
    for rel in model().relationships:
        width = SHAFT_WIDTHS.get(rel, STANCE_SHAFT_WIDTH if rel in model().stance_types else OTHER_SHAFT_WIDTH)
        blocks.append(_block(f"relationship.{rel}", {
            "color": _hex(style["relationships"].get(rel)),
            "shaft-width": f"{width}px",
            "caption": "'<type>'",
        }))
    return "".join(blocks)


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a parameter value (what ``:param name => ...`` evaluates)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


@dataclass(frozen=True)
class _Declared:
    param: Param
    first_query: str


def _declared() -> dict[str, _Declared]:
    """Every parameter the saved queries use, by name, as first declared (queries in name order)."""
    out: dict[str, _Declared] = {}
    for q in saved_queries().values():
        for p in q.params:
            out.setdefault(p.name, _Declared(p, q.name))
    return out


def _typed(param: Param, value: str, where: str) -> Any:
    """One value as ``parley query run`` would pass it; actor names become keys by slugging (no store here)."""
    probe = SavedQuery(name=where, title=where, description="", params=(Param(param.name, param.type),))
    return bind(probe, {param.name: value}, resolve_actor=slug)[param.name]


def script_params(params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The value of every saved-query parameter in the script: given, else its default, else ``''``.

    A string given for a typed parameter is converted and checked as on the
    command line (``limit`` → int, ``topic`` against the vocabulary); actor
    values are slugged to keys (``Russia`` → ``russia``; aliases need a
    store to resolve, so give keys for them). Unknown names are refused.
    """
    given = dict(params or {})
    declared = _declared()
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise QueryError(f"no saved query has parameter {', '.join(unknown)} (parameters: {', '.join(declared)})")
    out: dict[str, Any] = {}
    for name, d in declared.items():
        if name in given:
            value = given[name]
            out[name] = _typed(d.param, value, "browser") if isinstance(value, str) and value != "" else value
        elif d.param.default is not None:
            out[name] = _typed(d.param, d.param.default, d.first_query)
        else:
            out[name] = ""
    return out


def _query_block(q: SavedQuery, values: Mapping[str, Any]) -> str:
    lines = [f"// {q.name}: {q.title}"]
    if q.description:
        lines.append(f"// {q.description}")
    for p in q.params:
        own = _typed(p, p.default, q.name) if p.default is not None else None
        if own is not None and own != values[p.name]:
            lines.append(f"// this query's own default: :param {p.name} => {cypher_literal(own)}")
        elif p.required and values[p.name] == "":
            example = next((v for k, v in values.items() if v and _declared()[k].param.type == "actor"), "ukraine")
            lines.append(f"// needs ${p.name}: set it first, e.g. :param {p.name} => {cypher_literal(example)}")
    text = q.text.rstrip()
    if not text.endswith(";"):
        text += ";"
    return "\n".join(lines) + "\n" + text + "\n"


def overview_block() -> str:
    """The query that draws the graph (saved queries return tables), with its comment header."""
    return f"// overview: {OVERVIEW_TITLE}\n// {OVERVIEW_DESCRIPTION}\n{OVERVIEW_QUERY}"


def style_command() -> str:
    """The ``:style`` command: paste it on its own (it must be the first thing in Browser's editor)."""
    return ":style\n" + grass_style()


def queries_script(params: Mapping[str, Any] | None = None) -> str:
    """The ``:param`` lines, the overview query and every saved query, runnable as one multi-statement paste."""
    values = script_params(params)
    parts = [
        "// parley: parameters for the saved queries (actor parameters are actor keys, '' means not given).\n"
        "// Pasting from here to the end runs everything in order; or paste the :param lines, then one query.\n"
        + "".join(f":param {name} => {cypher_literal(value)};\n" for name, value in values.items()),
        overview_block(),
    ]
    parts += [_query_block(q, values) for q in saved_queries().values()]
    return "\n".join(parts)


def browser_script(params: Mapping[str, Any] | None = None) -> str:
    """Everything to paste into Neo4j Browser: the ``:style`` block, then parameters and queries.

    The style block comes first and must be pasted alone; the rest may be
    pasted in one go or query by query. ``params`` overrides parameter values
    (see :func:`script_params`).
    """
    return (
        style_command()
        + "\n// ^ parley's style for Neo4j Browser: paste from the :style line down to here as ONE command.\n"
        + "// Browser then keeps it (see :style). Below: parameters and queries, pasted separately.\n\n"
        + queries_script(params)
    )


__all__ = [
    "OVERVIEW_QUERY",
    "browser_script",
    "cypher_literal",
    "darker",
    "grass_style",
    "overview_block",
    "queries_script",
    "script_params",
    "style_command",
    "text_color",
]
