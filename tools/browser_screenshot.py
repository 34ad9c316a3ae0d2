"""Take docs/neo4j-browser.png: parley's graph in a real Neo4j Browser, drawn by real headless Chromium.

    python tools/browser_screenshot.py [-o docs/neo4j-browser.png] [--data-dir DIR] [--no-seeds]

It starts its own Neo4j 5.26 with ``tools/neo4j/start`` (ports 7697/7484 by
default, so a server on 7687/7474 is left alone; a fresh temporary data
directory unless ``--data-dir`` is given), loads ``tests/data/small.jsonl``
and the seed articles with parley's Neo4j store, then drives Browser the way
an analyst would: fills the connect form, pastes ``parley browser``'s
``:style`` block, pastes the ``:param`` lines and every saved query as one
multi-statement script and requires each statement to succeed, then pastes
the overview query, lets the layout settle and saves the PNG. It checks that
the Browser legend shows each label in its schema colour, and that the page
asked for nothing but 127.0.0.1. The server is stopped at the end.

``drive_browser`` is also what ``tests/test_browser.py`` runs against the test
server, so the screenshot's recipe stays tested.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "neo4j-browser.png"
LOCAL_HOSTS = ("127.0.0.1", "localhost")


def _load_chromium() -> Any:
    """tests/chromium.py (the DevTools client the view tests use), with name lookups outside 127.0.0.1 refused."""
    name = "parley_tools_chromium"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "chromium.py")
        assert spec and spec.loader
        module: Any = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        # this copy only: Browser may try to phone home; make every such name fail to resolve
        module.FLAGS = [*module.FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"]
    return sys.modules[name]


_PASTE_JS = """((text) => { const ta = document.querySelector('#monaco-main-editor textarea')
        || document.querySelector('.monaco-editor textarea'); if (!ta) return false;
    ta.focus(); const dt = new DataTransfer(); dt.setData('text/plain', text);
    ta.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    return true; })"""


class BrowserError(RuntimeError):
    """Neo4j Browser did not do what an analyst would have seen it do."""


@dataclass
class BrowserReport:
    """What the run saw: used by the tool's summary and by the test."""

    screenshot: Path
    nodes_drawn: int = 0
    relationships_drawn: int = 0
    statements_run: int = 0
    legend_colors: dict[str, str] = field(default_factory=dict)
    node_fills: set[str] = field(default_factory=set)
    foreign_requests: list[str] = field(default_factory=list)


def _rgb_to_hex(css: str) -> str:
    """``rgb(76, 142, 218)`` → ``#4C8EDA``; a hex colour is returned upper-cased."""
    css = css.strip()
    if css.startswith("#"):
        return css.upper()
    inner = css[css.index("(") + 1 : css.index(")")]
    r, g, b = (int(float(v)) for v in inner.split(",")[:3])
    return f"#{r:02X}{g:02X}{b:02X}"


class BrowserPage:
    """Neo4j Browser in one headless Chromium page, driven through the DevTools protocol."""

    def __init__(self, width: int = 1400, height: int = 900) -> None:
        chromium = _load_chromium()
        binary = chromium.find_chromium()
        if binary is None:
            raise BrowserError("no chromium found: apt-get install chromium, or set PARLEY_CHROMIUM")
        self.c: Any = chromium.Chromium(binary)
        for domain in ("Page", "Runtime", "Network"):
            self.c.call(f"{domain}.enable")
        # Browser is served over http from 127.0.0.1; what it fetches over https (telemetry, fonts) is refused
        self.c.call("Network.setBlockedURLs", {"urls": ["https://*", "wss://*"]})
        self.c.call("Emulation.setDeviceMetricsOverride",
                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def close(self) -> None:
        self.c.close()

    def js(self, expression: str, timeout: float = 30.0) -> Any:
        return self.c.evaluate(expression, timeout=timeout)

    def wait(self, expression: str, timeout: float = 60.0, what: str = "") -> Any:
        try:
            return self.c.wait_for(expression, timeout=timeout)
        except Exception as exc:
            raise BrowserError(f"Browser never showed {what or expression} within {timeout}s") from exc

    def open(self, url: str) -> None:
        self.c.events.clear()
        self.c.call("Page.navigate", {"url": url})
        self.c.wait_event("Page.loadEventFired", 60)

    def _type(self, selector: str, text: str) -> None:
        """Focus a form field, select what it holds and type over it (real key input, as React expects)."""
        found = self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                        " if (!e) return false; e.focus(); e.select(); return true; })()")
        if not found:
            raise BrowserError(f"no {selector} on the page")
        self.c.call("Input.insertText", {"text": text})

    def connect(self, bolt_uri: str, user: str, password: str) -> None:
        """Fill Browser's connect form and wait until it says we are connected."""
        self.wait("!!document.querySelector('[data-testid=boltaddress]')", what="the connect form")
        self._type("[data-testid=boltaddress]", bolt_uri)
        self._type("[data-testid=username]", user)
        self._type("[data-testid=password]", password)
        self.js("document.querySelector('[data-testid=connect]').click()")
        self.wait("document.body.innerText.includes('You are connected')", 30, "'You are connected'")
        # the usage-statistics banner would cover part of the picture
        self.js("""(() => { for (const el of document.querySelectorAll('div')) {
            if (el.childElementCount < 6 && el.innerText && el.innerText.startsWith('To help make Neo4j Browser')) {
              const b = el.querySelector('button, [role=button], svg'); if (b) { b.dispatchEvent(
                new MouseEvent('click', {bubbles: true})); return true; } } } return false; })()""")

    def paste_and_run(self, text: str) -> None:
        """Paste ``text`` into the main editor (a clipboard paste event, as Ctrl+V sends) and press Run."""
        ok = self.js(f"{_PASTE_JS}({json.dumps(text)})")
        if not ok:
            raise BrowserError("Browser's editor is not on the page")
        self.js("document.querySelector('[data-testid=editor-Run]').click()")

    def statement_statuses(self, expected: int, timeout: float = 120.0) -> list[tuple[str, str]]:
        """Wait for a multi-statement run of ``expected`` statements to finish; (statement, status) each."""
        deadline = time.monotonic() + timeout
        rows: list[tuple[str, str]] = []
        while time.monotonic() < deadline:
            rows = [tuple(r) for r in self.js("""Array.from(document.querySelectorAll(
                '[data-testid=multi-statement-list-title]')).map(t => [t.querySelector('label').innerText,
                (t.querySelector('[data-testid=multi-statement-list-icon]') || {}).title || ''])""")]
            done = [s for _, s in rows if s in ("Status: success", "Status: error", "Status: skipped")]
            if len(rows) >= expected and len(done) == len(rows):
                return rows
            time.sleep(0.3)
        raise BrowserError(f"the multi-statement run did not finish in {timeout}s: {rows}")

    def wait_graph_settled(self, timeout: float = 30.0) -> int:
        """Wait until the force layout stops moving nodes; returns how many nodes are drawn."""
        self.wait("document.querySelectorAll('svg g.node').length > 0", 60, "a drawn graph")
        deadline = time.monotonic() + timeout
        last: list[list[float]] = []
        while time.monotonic() < deadline:
            now = self.js("""Array.from(document.querySelectorAll('svg g.node')).map(g => {
                const m = /translate\\(([-\\d.e]+),\\s*([-\\d.e]+)\\)/.exec(g.getAttribute('transform') || '');
                return m ? [parseFloat(m[1]), parseFloat(m[2])] : [0, 0]; })""")
            if last and len(now) == len(last) and max(
                (abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(now, last, strict=True)), default=0.0
            ) < 0.5:
                return len(now)
            last = now
            time.sleep(0.5)
        return len(last)

    def _geometry(self) -> dict[str, list[float]]:
        """Bounding boxes (left, top, right, bottom) of the drawing area, the drawn nodes and the legend panel."""
        geometry: dict[str, list[float]] = self.js("""(() => {
            const box = (e) => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
            const nodes = Array.from(document.querySelectorAll('svg g.node')).map(box);
            const panel = document.querySelector('[data-testid=vizInspector]');
            const svg = document.querySelector('svg.neod3viz') || document.querySelector('svg');
            return {svg: box(svg), panel: panel ? box(panel) : [1e9, 0, 1e9, 0],
                    nodes: [Math.min(...nodes.map(n => n[0])), Math.min(...nodes.map(n => n[1])),
                            Math.max(...nodes.map(n => n[2])), Math.max(...nodes.map(n => n[3]))]}; })()""")
        return geometry

    def _drag(self, dx: float, dy: float) -> None:
        """Pan the graph: drag from an empty spot of the drawing area by (dx, dy)."""
        x, y = self.js("""(() => { const s = (document.querySelector('svg.neod3viz') || document.querySelector('svg'))
                .getBoundingClientRect();
            for (let y = s.bottom - 8; y > s.top; y -= 17) for (let x = s.left + 8; x < s.right; x += 23) {
              const e = document.elementFromPoint(x, y);
              if (e && (e.tagName === 'svg' || (e.tagName === 'rect' && !e.closest('g.node, g.relationship'))))
                return [x, y]; }
            return [s.left + 8, s.bottom - 8]; })()""")
        call = self.c.call
        call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left", "clickCount": 1})
        for i in range(1, 11):
            call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x + dx * i / 10, "y": y + dy * i / 10,
                                              "button": "left", "buttons": 1})
        call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x + dx, "y": y + dy, "button": "left",
                                          "clickCount": 1})

    def _wheel(self, x: float, y: float, delta_y: float) -> None:
        self.c.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        self.c.call("Input.dispatchMouseEvent",
                    {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta_y})

    def fit_graph(self, margin: float = 24.0) -> None:
        """Scale and pan the graph so that it fills the area left of the legend panel.

        Browser's own zoom-to-fit uses the full width, part of which the
        legend panel covers; the wheel (zoom about the pointer) gives the
        exact scale.
        """
        for _ in range(3):
            g = self._geometry()
            n, svg = g["nodes"], g["svg"]
            right = min(svg[2], g["panel"][0])
            scale = min((right - svg[0] - 2 * margin) / max(n[2] - n[0], 1.0),
                        (svg[3] - svg[1] - 2 * margin) / max(n[3] - n[1], 1.0))
            if abs(scale - 1.0) > 0.03:
                # d3-zoom scales by 2 ** (-deltaY * 0.002) per wheel event (pixel mode)
                self._wheel((n[0] + n[2]) / 2, (n[1] + n[3]) / 2, -math.log2(scale) / 0.002)
                time.sleep(0.8)
            g = self._geometry()
            n = g["nodes"]
            self._drag((svg[0] + right) / 2 - (n[0] + n[2]) / 2, (svg[1] + svg[3]) / 2 - (n[1] + n[3]) / 2)
            time.sleep(0.8)
            if abs(scale - 1.0) <= 0.03:
                break

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        out: Path = self.c.screenshot(path)
        return out

    def foreign_requests(self) -> list[str]:
        urls: list[str] = self.c.requested_urls()
        return [u for u in urls if urlparse(u).scheme in ("http", "https", "ws", "wss")
                and urlparse(u).hostname not in LOCAL_HOSTS]


def drive_browser(http_url: str, bolt_uri: str, user: str, password: str, output: Path, *,
                  width: int = 1400, height: int = 900, check_queries: bool = True) -> BrowserReport:
    """Connect Browser to the server, apply parley's style, run the script, draw the graph, save a PNG."""
    from parley.graph.browser import overview_block, queries_script, script_params, style_command
    from parley.graph.model import model
    from parley.queries import saved_queries

    report = BrowserReport(screenshot=output)
    page = BrowserPage(width, height)
    try:
        page.open(http_url.rstrip("/") + "/browser/")
        page.connect(bolt_uri, user, password)
        page.paste_and_run(style_command())
        page.wait("document.body.innerText.includes('node.Proposal')", 30, "the :style frame")
        if check_queries:
            page.paste_and_run(":clear")
            page.paste_and_run(queries_script())
            expected = len(script_params()) + 1 + len(saved_queries())
            rows = page.statement_statuses(expected)
            failed = [f"{cmd[:80]} ({status})" for cmd, status in rows if status != "Status: success"]
            if failed or len(rows) != expected:
                raise BrowserError(f"{len(rows)} statements ran, {expected} expected; not successful: {failed}")
            report.statements_run = len(rows)
        page.paste_and_run(":clear")
        page.paste_and_run(overview_block())
        page.wait_graph_settled()
        # give the graph the whole window, then fit it to the frame
        page.js("""(() => { const f = document.querySelector('[data-testid=frame]');
            const b = f && f.querySelector('button[title=Fullscreen]'); if (b) b.click(); return !!b; })()""")
        time.sleep(1.0)
        page.wait_graph_settled()
        page.js("(() => { const b = document.querySelector('[aria-label=zoom-to-fit]'); if (b) b.click(); })()")
        time.sleep(1.5)
        page.fit_graph()
        report.nodes_drawn = page.wait_graph_settled()
        report.relationships_drawn = int(page.js("document.querySelectorAll('svg g.relationship').length"))
        report.node_fills = {_rgb_to_hex(f) for f in page.js(
            "Array.from(document.querySelectorAll('svg g.node circle.b-outline')).map(c => c.getAttribute('fill'))")}
        legend = page.js("""Object.fromEntries(Array.from(document.querySelectorAll(
            '[data-testid^=property-details-overview-]')).map(e => [e.getAttribute('data-testid').split('-').pop(),
            getComputedStyle(e).backgroundColor]))""")
        report.legend_colors = {k: _rgb_to_hex(v) for k, v in legend.items() if k != "*"}
        page.screenshot(output)
        report.foreign_requests = page.foreign_requests()
    finally:
        page.close()
    style = model().style
    for name, color in report.legend_colors.items():
        want = style["labels"].get(name, {}).get("color") or style["relationships"].get(name)
        if want and color != str(want).upper():
            raise BrowserError(f"Browser shows {name} in {color}, the schema says {want}")
    if not report.nodes_drawn:
        raise BrowserError("no graph was drawn")
    return report


def _run(cmd: list[str], env: dict[str, str]) -> str:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc.stdout


def load_graph(uri: str, user: str, password: str, seeds: bool) -> dict[str, int]:
    """Load tests/data/small.jsonl and (when extraction is installed) the seed articles; returns the counts."""
    from parley.graph.load import load_statements_file
    from parley.graph.neo4j_store import Neo4jStore, connect

    store = Neo4jStore(connect(uri, user, password), owns_driver=True)
    try:
        load_statements_file(store, ROOT / "tests" / "data" / "small.jsonl")
        if seeds:
            try:
                import parley.loaders.extract  # noqa: F401  (the pipeline needs it)
                from parley.loaders.pipeline import load_articles
            except ImportError:
                print("extraction is not installed here: loading tests/data/small.jsonl only", file=sys.stderr)
            else:
                load_articles(store, [ROOT / "seeds" / "articles"])
        return store.counts()
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="PNG to write (%(default)s)")
    ap.add_argument("--data-dir", type=Path, default=None,
                    help="Neo4j home for tools/neo4j/start (default: a fresh temporary directory, removed after)")
    ap.add_argument("--bolt-port", type=int, default=int(os.environ.get("PARLEY_SHOT_BOLT_PORT", "7697")))
    ap.add_argument("--http-port", type=int, default=int(os.environ.get("PARLEY_SHOT_HTTP_PORT", "7484")))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--no-seeds", action="store_true", help="Load tests/data/small.jsonl only.")
    ap.add_argument("--no-check-queries", action="store_true",
                    help="Skip running the :param lines and saved queries in Browser before the picture.")
    ap.add_argument("--keep-running", action="store_true", help="Leave the server running (needs --data-dir).")
    args = ap.parse_args(argv)
    if args.keep_running and args.data_dir is None:
        ap.error("--keep-running needs --data-dir (a temporary one is removed)")

    password = os.environ.get("NEO4J_PASSWORD") or "parley-test-pw"
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="parley-browser-neo4j-"))
    env = {**os.environ, "NEO4J_BOLT_PORT": str(args.bolt_port), "NEO4J_HTTP_PORT": str(args.http_port),
           "NEO4J_PASSWORD": password}
    neo4j = ROOT / "tools" / "neo4j"
    uri = _run([str(neo4j / "start"), str(data_dir)], env).strip().splitlines()[-1]
    try:
        counts = load_graph(uri, "neo4j", password, seeds=not args.no_seeds)
        print("loaded: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v), file=sys.stderr)
        report = drive_browser(f"http://127.0.0.1:{args.http_port}", uri, "neo4j", password, args.output,
                               width=args.width, height=args.height, check_queries=not args.no_check_queries)
    finally:
        if not args.keep_running:
            _run([str(neo4j / "stop"), str(data_dir)], env)
            if args.data_dir is None:
                shutil.rmtree(data_dir, ignore_errors=True)
    if report.statements_run:
        print(f"Browser ran {report.statements_run} pasted statements (:param lines and queries), all successful",
              file=sys.stderr)
    print(f"drew {report.nodes_drawn} nodes and {report.relationships_drawn} relationships; legend colours "
          f"match schema.yaml for {', '.join(sorted(report.legend_colors))}", file=sys.stderr)
    if report.foreign_requests:
        print(f"refused what Browser asked of other hosts: {sorted(set(report.foreign_requests))}", file=sys.stderr)
    print(report.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
