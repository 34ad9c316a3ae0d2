"""HTML views: offline, escaped, deterministic, and drawn for real in headless Chromium."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from parley.graph.errors import InputError
from parley.graph.records import EdgeRecord, NodeRecord
from parley.graph.views import build_view, render_view, script_json, select, view_stats

from .conftest import unavailable


def _load_chromium() -> Any:
    name = "parley_tests_chromium"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("chromium.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


chromium = _load_chromium()

SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=2">'
EVIL_ID = "person:evil"


def sample_graph() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """A small Russia-Ukraine graph with two hostile strings in it."""

    def node(nid: str, label: str, name: str, aliases: list[str] | None = None, **props: Any) -> NodeRecord:
        return NodeRecord(nid, label, name, aliases or [], ["a1", "a2"], props)

    nodes = [
        node("person:volodymyr-zelenskyy", "Person", "Volodymyr Zelenskyy", ["Zelenskyj", "Selenskyj"]),
        node("person:vladimir-putin", "Person", "Vladimir Putin", ["Putin", "Poetin"]),
        node("person:donald-trump", "Person", "Donald Trump", ["Trump"]),
        node("person:steve-witkoff", "Person", "Steve Witkoff", ["Witkoff"]),
        node(EVIL_ID, "Person", IMG_PAYLOAD, ["</script><script>window.__pwned=3</script>"]),
        node("state:russia", "State", "Russia", ["Ryssland", "Russland", "Rusland", "Kreml"], iso2="RU"),
        node("state:ukraine", "State", "Ukraine", ["Ukraina", "Oekraïne"], iso2="UA"),
        node("state:united-states", "State", "United States", ["USA"], iso2="US"),
        node("state:turkey", "State", "Turkey", ["Turkiet", "Tyrkia"], iso2="TR"),
        node("organisation:nato", "Organisation", "NATO", ["Nato", "NAVO"], type="alliance"),
        node("organisation:european-union", "Organisation", "European Union", ["EU"], type="international"),
        node("organisation:coalition-of-the-willing", "Organisation", "Coalition of the willing",
             type="coalition"),
        node("proposal:ukraine-cedes-donbas", "Proposal", "Ukraine cedes all of Donbas", kind="territorial",
             topics=["donbas", "territorial_concessions"]),
        node("proposal:ukraine-joins-nato", "Proposal", "Ukraine joins NATO", kind="security_guarantee",
             model="nato_membership", topics=["nato_membership", "security_guarantees"]),
        node("proposal:reassurance-force", "Proposal", "European reassurance force with US backstop",
             kind="security_guarantee", model="coalition_backstop",
             topics=["security_guarantees", "foreign_troops", "guarantors"]),
        node("proposal:full-ceasefire", "Proposal", "Full ceasefire", kind="ceasefire", topics=["ceasefire"]),
        node("talks:istanbul-2025", "Talks", "Istanbul talks", location="Istanbul", date="2025-05-16"),
        NodeRecord("article:a1", "Article", "a1", [], [], {"title": "Fredssamtal i Istanbul", "language": "sv"}),
    ]

    def st(source: str, rel: str, target: str, article: str, sentence: str, lang: str = "sv",
           **extra: Any) -> EdgeRecord:
        return EdgeRecord(source, target, rel, article, date=f"2025-0{article[-1]}-10", sentence=sentence,
                          language=lang, confidence=0.8, **extra)

    edges = [
        st("state:russia", "DEMANDS", "proposal:ukraine-cedes-donbas", "a1",
           "Ryssland kräver att Ukraina lämnar hela Donbas."),
        st("state:russia", "DEMANDS", "proposal:ukraine-cedes-donbas", "a2",
           "Russland krever at Ukraina trekker seg ut av Donbas.", "nb"),
        st("state:russia", "DEMANDS", "proposal:ukraine-cedes-donbas", "a3",
           "Rusland eist dat Oekraïne de hele Donbas afstaat.", "nl"),
        st("person:vladimir-putin", "DEMANDS", "proposal:ukraine-cedes-donbas", "a2",
           "Putin krever hele Donbas.", "nb"),
        st("state:ukraine", "REJECTS", "proposal:ukraine-cedes-donbas", "a1",
           "Ukraina avvisar kravet på att lämna Donbas."),
        st("person:volodymyr-zelenskyy", "REJECTS", "proposal:ukraine-cedes-donbas", "a2",
           "Zelenskyj avviser å gi fra seg Donbas.", "nb"),
        st("state:russia", "REJECTS", "proposal:ukraine-joins-nato", "a1",
           "Kreml avvisar ett ukrainskt Nato-medlemskap."),
        st("state:russia", "REJECTS", "proposal:ukraine-joins-nato", "a4",
           "Moskou wijst een Oekraïens NAVO-lidmaatschap af.", "nl"),
        st("state:ukraine", "DEMANDS", "proposal:ukraine-joins-nato", "a3",
           "Oekraïne eist lidmaatschap van de NAVO.", "nl"),
        st("state:ukraine", "SUPPORTS", "proposal:reassurance-force", "a1",
           "Ukraina välkomnar en europeisk styrka."),
        st("organisation:coalition-of-the-willing", "GUARANTEES", "proposal:reassurance-force", "a2",
           "Koalisjonen av villige vil stille garantier.", "nb"),
        st("organisation:european-union", "SUPPORTS", "proposal:reassurance-force", "a3",
           "De EU steunt een Europese geruststellingsmacht.", "nl"),
        st("state:russia", "REJECTS", "proposal:reassurance-force", "a3",
           "Rusland wijst buitenlandse troepen in Oekraïne af.", "nl"),
        st("person:donald-trump", "PROPOSES", "proposal:full-ceasefire", "a1", SCRIPT_PAYLOAD),
        st("state:ukraine", "SUPPORTS", "proposal:full-ceasefire", "a1",
           "Ukraina stöder ett fullständigt eldupphör.", condition="om Ryssland gör detsamma"),
        st("state:ukraine", "PROPOSES", "proposal:full-ceasefire", "a2",
           "Ukraina foreslår en full våpenhvile.", "nb"),
        st(EVIL_ID, "REJECTS", "proposal:full-ceasefire", "a2", IMG_PAYLOAD + " & </script>", "nb"),
        st("person:volodymyr-zelenskyy", "REPRESENTS", "state:ukraine", "a1",
           "Ukrainas president Volodymyr Zelenskyj säger nej.", role="president"),
        st("person:vladimir-putin", "REPRESENTS", "state:russia", "a2",
           "Russlands president Vladimir Putin.", "nb", role="president"),
        st("person:steve-witkoff", "REPRESENTS", "state:united-states", "a3",
           "De Amerikaanse gezant Steve Witkoff.", "nl", role="envoy"),
        st("person:donald-trump", "REPRESENTS", "state:united-states", "a1",
           "USA:s president Donald Trump.", role="president"),
        st("state:united-states", "MEDIATES", "talks:istanbul-2025", "a1", "USA medlar i Istanbul."),
        st("state:turkey", "HOSTS", "talks:istanbul-2025", "a1", "Turkiet står värd för samtalen."),
        st("state:russia", "PARTICIPATES_IN", "talks:istanbul-2025", "a1", "Ryssland deltar i samtalen."),
        st("state:ukraine", "PARTICIPATES_IN", "talks:istanbul-2025", "a1", "Ukraina deltar i samtalen."),
        st("state:russia", "ACCUSES", "state:ukraine", "a4", "Moskou beschuldigt Kyiv van sabotage.", "nl"),
        st("organisation:nato", "SUPPORTS", "proposal:reassurance-force", "a4",
           "De NAVO steunt de geruststellingsmacht.", "nl"),
        EdgeRecord("article:a1", "state:russia", "MENTIONS", "a1"),
    ]
    return nodes, edges


# --- page structure, no browser ---------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_offline_no_remote_urls(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    html = render_view(nodes, edges, tmp_path / "v.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    refs = [a.get(k) or "" for t, a in parser.tags for k in ("src", "href") if k in a]
    assert not [r for r in refs if re.match(r"\s*(https?:)?//", r)], refs
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.IGNORECASE)
    assert not re.search(r"@import", html)
    # vis-network is inlined, not referenced
    assert "vis-network" in html and "new vis.Network" in html


def test_article_text_is_escaped(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    html = build_view(nodes, edges, title='<b>"Donbas" & co</b>').html
    for raw in (SCRIPT_PAYLOAD, IMG_PAYLOAD, "window.__pwned=3</script>", '<b>"Donbas"'):
        assert raw not in html
    assert "\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e" in html
    assert "&lt;b&gt;&#34;Donbas&#34; &amp; co&lt;/b&gt;" in html
    # only our three script elements (data, vis-network, view) ever close, and no comment opener
    # could put the parser into the escaped state
    assert len(re.findall("</script", html, re.IGNORECASE)) == 3
    assert "<!--" not in html


def test_script_json_round_trips() -> None:
    value = {"s": "a</script>b<!--c-->&\u2028\u2029\"'", "n": [1, None]}
    text = script_json(value)
    assert not set("<>&") & set(text)
    assert json.loads(text) == value


def test_same_input_same_bytes(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    a = render_view(nodes, edges, tmp_path / "a.html").read_bytes()
    b = render_view(list(reversed(nodes)), list(reversed(edges)), tmp_path / "b.html").read_bytes()
    assert a == b


def test_stats_merge_and_exclusions() -> None:
    nodes, edges = sample_graph()
    s = view_stats(nodes, edges)
    assert s.nodes == len(nodes) - 1  # the Article node is left out
    assert "Article" not in s.labels and "MENTIONS" not in s.rel_types
    # three Russia DEMANDS Donbas statements and two Russia REJECTS NATO become one edge each
    assert s.statements == len(edges) - 1
    assert s.edges == s.statements - 2 - 1
    with_mentions = view_stats(nodes, edges, include_mentions=True)
    assert with_mentions.labels["Article"] == 1 and with_mentions.rel_types["MENTIONS"] == 1
    # an edge whose endpoint is not drawn is counted, not drawn
    dangling = [*edges, EdgeRecord("state:russia", "proposal:unknown", "DEMANDS", "a9")]
    assert view_stats(nodes, dangling).skipped_edges == 1


def test_edge_width_and_tooltip_content() -> None:
    nodes, edges = sample_graph()
    html = build_view(nodes, edges).html
    data = json.loads(re.search(r'id="parley-data">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    by_pair = {(e["from"], e["ptype"], e["to"]): e for e in data["edges"]}
    donbas = by_pair[("state:russia", "DEMANDS", "proposal:ukraine-cedes-donbas")]
    assert donbas["width"] > by_pair[("state:ukraine", "REJECTS", "proposal:ukraine-cedes-donbas")]["width"]
    assert [s["s"] for s in donbas["tip"]["stmts"]] == [
        "Ryssland kräver att Ukraina lämnar hela Donbas.",
        "Russland krever at Ukraina trekker seg ut av Donbas.",
        "Rusland eist dat Oekraïne de hele Donbas afstaat.",
    ]
    assert ["language", "nl"] in donbas["tip"]["stmts"][2]["meta"]
    cond = by_pair[("state:ukraine", "SUPPORTS", "proposal:full-ceasefire")]["tip"]["stmts"][0]["meta"]
    assert ["condition", "om Ryssland gör detsamma"] in cond
    role = by_pair[("person:volodymyr-zelenskyy", "REPRESENTS", "state:ukraine")]["tip"]["stmts"][0]["meta"]
    assert ["role", "president"] in role
    node = next(n for n in data["nodes"] if n["id"] == "state:russia")
    assert node["shape"] == "diamond" and node["color"]["background"] == "#D9534F"
    assert ["aliases", "Ryssland, Russland, Rusland, Kreml"] in node["tip"]["rows"]
    assert data["options"]["layout"]["randomSeed"] == 7


def test_empty_selection_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing to draw"):
        render_view([], [], tmp_path / "x.html")


# --- selection ----------------------------------------------------------------------------------------


def test_select_actor_by_alias_keeps_neighbourhood_and_representatives() -> None:
    nodes, edges = sample_graph()
    sel_nodes, sel_edges = select(nodes, edges, actor="oekraïne")
    ids = {n.id for n in sel_nodes}
    assert {"state:ukraine", "person:volodymyr-zelenskyy", "proposal:ukraine-cedes-donbas",
            "state:russia", "talks:istanbul-2025"} <= ids
    assert "article:a1" not in ids and "organisation:nato" not in ids
    assert all(e.source in ids and e.target in ids for e in sel_edges)
    # context inside the neighbourhood: Russia's demand on the proposal Ukraine rejects
    assert any(e.source == "state:russia" and e.type == "DEMANDS" for e in sel_edges)


def test_select_topic_model_and_types() -> None:
    nodes, edges = sample_graph()
    n, e = select(nodes, edges, topic="Donbas")
    assert {x.id for x in n} == {"proposal:ukraine-cedes-donbas", "state:russia", "state:ukraine",
                                 "person:vladimir-putin", "person:volodymyr-zelenskyy"}
    assert {x.type for x in e} == {"DEMANDS", "REJECTS", "REPRESENTS", "ACCUSES"}
    n, e = select(nodes, edges, model="coalition backstop")
    assert "proposal:reassurance-force" in {x.id for x in n}
    assert "proposal:ukraine-joins-nato" not in {x.id for x in n}
    n, e = select(nodes, edges, actor="Russia", topic="donbas", rel_types=["demands"])
    assert {x.type for x in e} == {"DEMANDS"}
    assert {x.id for x in n} == {"state:russia", "person:vladimir-putin", "proposal:ukraine-cedes-donbas"}


def test_select_unknown_names_suggest_close_matches() -> None:
    nodes, edges = sample_graph()
    with pytest.raises(InputError, match=r"unknown actor 'Zelensky'.*Volodymyr Zelenskyy"):
        select(nodes, edges, actor="Zelensky")
    with pytest.raises(InputError, match=r"unknown topic 'donbass'; did you mean: donbas"):
        select(nodes, edges, topic="donbass")
    with pytest.raises(InputError, match=r"unknown guarantee model 'nato'.*nato_membership"):
        select(nodes, edges, model="nato")
    with pytest.raises(InputError, match=r"unknown relationship type 'DEMAND'.*DEMANDS"):
        select(nodes, edges, rel_types=["demand"])
    with pytest.raises(InputError, match="no proposal in the graph has topic 'crimea'"):
        select(nodes, edges, topic="crimea")
    with pytest.raises(InputError, match="has no edge to any proposal with topic 'ceasefire'"):
        select(nodes, edges, actor="NATO", topic="ceasefire")


# --- real browser -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    binary = chromium.find_chromium()
    if binary is None:
        unavailable(
            "NO CHROMIUM FOUND: the HTML view was NOT checked in a browser. "
            "Install Debian's chromium (apt-get install chromium) or set PARLEY_CHROMIUM."
        )
    b = chromium.Chromium(binary)
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            b.call(f"{domain}.enable")
        b.call("Emulation.setDeviceMetricsOverride",
               {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        # errors thrown before DevTools reports them, and the XSS canary's home
        b.call("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__errors = []; window.addEventListener('error', function (e) {"
            " window.__errors.push(String(e.message || e.type)); }, true);")})
        yield b
    finally:
        b.close()


def _save_png(browser: Any, tmp_path: Path, name: str) -> Path:
    path = browser.screenshot(tmp_path / name)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    extra = os.environ.get("PARLEY_SCREENSHOT_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / name)
    return path


# every node and edge with its tooltip's heading and points to hover (edges: along the line, in case
# a label or another edge covers the middle)
HOVER_POINTS = """(() => {
  const v = window.parleyView, net = v.network, rect = net.canvas.frame.getBoundingClientRect();
  const dom = (p) => { const d = net.canvasToDOM(p); return [rect.left + d.x, rect.top + d.y]; };
  const head = (it) => it.title.firstChild.textContent;
  const out = [];
  v.nodeView.get().forEach((n) => out.push(["node", n.id, head(n), [dom(net.getPosition(n.id))]]));
  v.edgeView.get().forEach((e) => out.push(["edge", e.id, head(e),
    [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75].map((t) => dom(net.body.edges[e.id].edgeType.getPoint(t)))]));
  return out;
})()"""


def _tooltip_for(head: str) -> str:
    return f"""(() => {{ const t = document.querySelector('div.vis-tooltip');
      return t && t.style.visibility !== 'hidden' && t.firstChild && t.firstChild.firstChild
        && t.firstChild.firstChild.textContent === {json.dumps(head)} ? t.textContent : null; }})()"""


def _hover(browser: Any, head: str, points: list[list[float]]) -> str | None:
    """Move the real mouse over each point until vis-network shows this item's tooltip."""
    for x, y in points:
        browser.mouse_move(x, y)
        try:
            return str(browser.wait_for(_tooltip_for(head), timeout=1.5))
        except chromium.CDPError:
            continue
    return None


@pytest.mark.requires_chromium
def test_view_in_chromium(tmp_path: Path, browser: Any) -> None:
    nodes, edges = sample_graph()
    page = render_view(nodes, edges, tmp_path / "view.html", title="Russia–Ukraine: positions")
    browser.open(page)
    assert browser.wait_for("window.parleyView && window.parleyView.state.ready", timeout=60)

    # (a) nodes and edges are drawn on a real canvas
    drawn = browser.evaluate("""(() => { const n = window.parleyView.network, c = document.querySelector(
        '#parley-network canvas'); return {nodes: n.body.nodeIndices.length, edges: n.body.edgeIndices.length,
        data: window.parleyView.nodes.length, canvas: c ? [c.width, c.height] : null}; })()""")
    stats = view_stats(nodes, edges)
    assert drawn["nodes"] == drawn["data"] == stats.nodes > 0
    assert drawn["edges"] == stats.edges
    assert drawn["canvas"] and min(drawn["canvas"]) > 300
    # the canvas really has coloured pixels (State red #D9534F somewhere)
    assert browser.evaluate("""(() => { const c = document.querySelector('#parley-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) { if (Math.abs(d[i] - 0xD9) < 6 && Math.abs(d[i + 1] - 0x53) < 6
          && Math.abs(d[i + 2] - 0x4F) < 6) return true; } return false; })()""")
    _save_png(browser, tmp_path, "parley-view.png")

    # (c) hover every node and every edge: tooltips show hostile text as text, and nothing runs
    seen: dict[str, str | None] = {}
    for kind, ident, head, points in browser.evaluate(HOVER_POINTS):
        seen[f"{kind}:{ident}"] = _hover(browser, head, points)
    assert [k for k, text in seen.items() if text is None] == []
    assert len(seen) == stats.nodes + stats.edges
    evil_node = seen[f"node:{EVIL_ID}"] or ""
    assert IMG_PAYLOAD in evil_node and "</script><script>window.__pwned=3</script>" in evil_node
    assert any(SCRIPT_PAYLOAD in (t or "") for t in seen.values())
    assert any(IMG_PAYLOAD + " & </script>" in (t or "") for t in seen.values())
    # every title is a DOM element built from text, and rendering them all into the page runs nothing
    assert browser.evaluate("""(() => { const v = window.parleyView, box = document.createElement('div');
        document.body.appendChild(box); let ok = true;
        v.nodes.get().concat(v.edges.get()).forEach((it) => { ok = ok && it.title instanceof Element;
          box.appendChild(it.title.cloneNode(true)); });
        return ok && box.querySelectorAll('img,script').length === 0; })()""")
    browser.pump(0.5)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img').length") == 0

    # a tooltip on screen, for the eye
    for _kind, _ident, head, points in browser.evaluate(HOVER_POINTS):
        if head.startswith("Russia \u2014 DEMANDS"):
            assert "Rusland eist" in (_hover(browser, head, points) or "")
    _save_png(browser, tmp_path, "parley-view-tooltip.png")

    # filters: untick a relationship type and a label, then show everything again
    browser.evaluate("document.querySelector('[data-filter-type=REJECTS]').click()")
    assert browser.evaluate("window.parleyView.network.body.edgeIndices.length") == (
        stats.edges - stats.rel_types["REJECTS"])
    browser.evaluate("document.querySelector('[data-filter-label=Person]').click()")
    assert browser.evaluate("window.parleyView.network.body.nodeIndices.length") == (
        stats.nodes - stats.labels["Person"])
    browser.evaluate("document.getElementById('parley-all').click()")
    assert browser.evaluate("window.parleyView.network.body.edgeIndices.length") == stats.edges

    # (b) no JS error, no request leaving the file
    browser.pump(0.3)
    assert browser.evaluate("window.__errors") == []
    assert browser.errors() == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in browser.requested_urls()), \
        browser.requested_urls()


@pytest.mark.requires_chromium
def test_layout_is_stable_in_chromium(tmp_path: Path, browser: Any) -> None:
    nodes, edges = sample_graph()
    positions = []
    for name in ("one.html", "two.html"):
        page = render_view(nodes, edges, tmp_path / name, physics=False)
        browser.open(page)
        browser.wait_for("window.parleyView && window.parleyView.state.ready", timeout=60)
        positions.append(browser.evaluate("""(() => { const p = window.parleyView.network.getPositions();
            return Object.keys(p).sort().map((k) => [k, Math.round(p[k].x), Math.round(p[k].y)]); })()"""))
        assert browser.errors() == []
    assert positions[0] == positions[1]
    assert len({(x, y) for _, x, y in positions[0]}) == len(positions[0])  # spread out, not piled up


@pytest.mark.requires_chromium
def test_small_and_mentions_views_in_chromium(tmp_path: Path, browser: Any) -> None:
    nodes, edges = sample_graph()
    cases = {
        "single.html": ([NodeRecord("state:ukraine", "State", "Ukraine")], [], 1, 0),
        "mentions.html": (nodes, edges, len(nodes), view_stats(nodes, edges, include_mentions=True).edges),
    }
    for name, (n, e, want_nodes, want_edges) in cases.items():
        page = render_view(n, e, tmp_path / name, include_mentions=name == "mentions.html")
        browser.open(page)
        browser.wait_for("window.parleyView && window.parleyView.state.ready", timeout=60)
        counts = browser.evaluate("""(() => { const b = window.parleyView.network.body;
            return [b.nodeIndices.length, b.edgeIndices.length]; })()""")
        assert counts == [want_nodes, want_edges]
        assert browser.errors() == []
    # the Article node is captioned by its title
    assert browser.evaluate("window.parleyView.nodes.get('article:a1').label") == "Fredssamtal i Istanbul"
