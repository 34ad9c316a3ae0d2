"""Neo4j Browser: the GraSS style, the pasted script, `parley browser`, and the script in a real Browser."""

from __future__ import annotations

import http.client
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner

from parley.cli.main import cli
from parley.cli.neo4j_cmds import browser_command
from parley.graph.browser import (
    OVERVIEW_QUERY,
    browser_script,
    cypher_literal,
    grass_style,
    queries_script,
    script_params,
    style_command,
)
from parley.graph.errors import QueryError
from parley.graph.load import load_statements_file
from parley.graph.model import model
from parley.graph.views import _darker
from parley.queries import saved_queries

from .conftest import SMALL, unavailable

ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"^(\S+) \{\n(.*?)^\}$", re.MULTILINE | re.DOTALL)


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Selector -> {property: value}, read the way Browser reads it (``;`` then one ``:`` per declaration)."""
    out: dict[str, dict[str, str]] = {}
    for selector, body in _BLOCK.findall(text):
        props: dict[str, str] = {}
        for decl in filter(None, (d.strip() for d in body.split(";"))):
            parts = decl.split(":")
            assert len(parts) == 2, f"Browser drops a declaration with more than one ':': {decl!r}"
            props[parts[0].strip()] = parts[1].strip()
        out[selector] = props
    return out


def param_lines(script: str) -> dict[str, str]:
    """``:param name => value;`` lines of a script, by name (a name seen twice fails)."""
    out: dict[str, str] = {}
    for name, value in re.findall(r"^:param (\w+) => (.*);$", script, re.MULTILINE):
        assert name not in out, f":param {name} appears twice"
        out[name] = value
    return out


# --- the style ----------------------------------------------------------------------------------------------


def test_style_covers_every_label_with_the_schema_colours() -> None:
    grass = parse_grass(grass_style())
    style = model().style
    for label in model().labels:
        block = grass[f"node.{label}"]
        color = style["labels"][label]["color"].upper()
        assert block["color"] == color
        assert block["border-color"].lower() == _darker(color.lower()), "the HTML views' border shade"
        assert block["caption"] == ("'{title}'" if label == "Article" else "'{name}'")
        assert re.fullmatch(r"\d+px", block["diameter"])
        assert block["text-color-internal"] in ("#1B1B1B", "#FFFFFF")


def test_style_covers_every_relationship_type_with_the_schema_colours() -> None:
    grass = parse_grass(grass_style())
    for rel in model().relationships:
        block = grass[f"relationship.{rel}"]
        assert block["color"] == model().style["relationships"][rel].upper()
        assert block["caption"] == "'<type>'"
        assert re.fullmatch(r"\d+px", block["shaft-width"])
    assert grass["relationship.DEMANDS"]["shaft-width"] > grass["relationship.MENTIONS"]["shaft-width"]


def test_style_has_defaults_and_nothing_browser_would_misread() -> None:
    text = grass_style()
    grass = parse_grass(text)
    assert {"node", "relationship"} <= set(grass)
    assert len(grass) == 2 + len(model().labels) + len(model().relationships)
    assert "/*" not in text and "//" not in text, "Browser's GraSS reader has no comments"


def test_dark_captions_on_light_fills() -> None:
    grass = parse_grass(grass_style())
    assert grass["node.Proposal"]["text-color-internal"] == "#1B1B1B"  # orange fill
    assert grass["node.State"]["text-color-internal"] == "#FFFFFF"  # red fill


# --- the script ---------------------------------------------------------------------------------------------


def test_script_starts_with_the_style_command() -> None:
    script = browser_script()
    # Browser treats a paste as a style command only when it starts with ':style'
    assert script.startswith(":style\nnode {\n")
    style_block = script.split("\n//", 1)[0]
    assert parse_grass(style_block) == parse_grass(grass_style())
    assert ":param" not in style_block and "MATCH" not in style_block


def test_script_has_one_param_line_per_distinct_parameter() -> None:
    declared = {p.name for q in saved_queries().values() for p in q.params}
    lines = param_lines(browser_script())
    assert set(lines) == declared
    assert lines["a"] == "'russia'" and lines["b"] == "'ukraine'", "actor defaults as keys"
    assert lines["actor"] == "''" and lines["topic"] == "''" and lines["model"] == "''", "optional: ''"
    assert lines["limit"] == "100"


def test_script_holds_every_saved_query_ready_to_paste() -> None:
    script = browser_script()
    for q in saved_queries().values():
        text = q.text.rstrip()
        assert text + ";\n" in script, q.name
        assert f"// {q.name}: {q.title}\n" in script
        if q.description:
            assert f"// {q.description}\n" in script
    assert OVERVIEW_QUERY in script


def test_script_says_where_a_query_differs_from_the_shared_params() -> None:
    script = browser_script()
    contested = script[script.index("// most-contested:"):]
    assert "// this query's own default: :param limit => 20" in contested.split("MATCH", 1)[0]
    timeline = script[script.index("// timeline:"):]
    assert "// needs $actor: set it first, e.g. :param actor => 'russia'" in timeline.split("MATCH", 1)[0]


def test_params_override_the_defaults() -> None:
    script = browser_script({"actor": "Ukraine", "limit": "5", "topic": "crimea"})
    lines = param_lines(script)
    assert lines["actor"] == "'ukraine'" and lines["limit"] == "5" and lines["topic"] == "'crimea'"
    assert "// needs $actor" not in script
    assert script_params({"limit": 7})["limit"] == 7


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"nope": "x"}, "no saved query has parameter nope"),
        ({"topic": "atlantis"}, "must be one of"),
        ({"limit": "many"}, "must be an integer"),
        ({"model": "star_wars"}, "must be one of"),
    ],
)
def test_bad_params_are_refused(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        browser_script(params)


def test_cypher_literals() -> None:
    assert cypher_literal("O'Brien \\ co") == "'O\\'Brien \\\\ co'"
    assert cypher_literal("") == "''"
    assert cypher_literal(3) == "3" and cypher_literal(0.5) == "0.5" and cypher_literal(False) == "false"


def test_the_blocks_are_separate() -> None:
    assert style_command() == ":style\n" + grass_style()
    queries = queries_script()
    assert ":style" not in queries and "node.Person" not in queries
    assert browser_script().endswith(queries)
    # as one multi-statement paste: every :param line and query is one ';'-terminated statement
    statements = [s for s in re.sub(r"^//.*$", "", queries, flags=re.MULTILINE).split(";") if s.strip()]
    assert len(statements) == len(param_lines(queries)) + 1 + len(saved_queries())


def test_script_values_run_every_saved_query(small_store: Any) -> None:
    """The :param values are ones the queries accept (run here on the embedded store, as pasted but the ';')."""
    values = script_params({"actor": "russia"})
    answered = 0
    for q in saved_queries().values():
        text = q.text.rstrip().removesuffix(";")
        result = small_store.query(text, {p.name: values[p.name] for p in q.params})
        answered += bool(result.rows)
    assert answered >= len(saved_queries()) // 2


# --- parley browser -----------------------------------------------------------------------------------------


def test_cli_prints_the_script() -> None:
    result = CliRunner().invoke(cli, ["browser"])
    assert result.exit_code == 0, result.output
    assert result.output == browser_script()


def test_cli_style_only_and_queries_only(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(browser_command, ["--style-only"]).output == style_command()
    assert runner.invoke(browser_command, ["--queries-only"]).output == queries_script()
    out = tmp_path / "parley.cypher"
    result = runner.invoke(browser_command, ["--queries-only", "-p", "actor=Ukraine", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert ":param actor => 'ukraine';" in out.read_text(encoding="utf-8")


def test_cli_refuses_bad_input_in_one_line() -> None:
    runner = CliRunner()
    both = runner.invoke(browser_command, ["--style-only", "--queries-only"])
    assert both.exit_code == 2 and "exclude each other" in both.output
    bad = runner.invoke(browser_command, ["-p", "limit=lots"])
    assert bad.exit_code == 1 and "must be an integer" in bad.output and "Traceback" not in bad.output
    nokv = runner.invoke(browser_command, ["-p", "limit"])
    assert nokv.exit_code == 2 and "key=value" in nokv.output


def test_cli_help() -> None:
    result = CliRunner().invoke(cli, ["browser", "--help"])
    assert result.exit_code == 0
    assert "Neo4j Browser" in result.output and "--style-only" in result.output and "--queries-only" in result.output


# --- the script in a real Neo4j Browser ---------------------------------------------------------------------


def _screenshot_tool() -> Any:
    name = "parley_browser_screenshot"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "browser_screenshot.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.mark.requires_neo4j
@pytest.mark.requires_chromium
def test_script_in_real_neo4j_browser(neo4j_store: Any, tmp_path: Path) -> None:
    """Paste the style, the :param lines and every query into Browser; all succeed and the graph is coloured."""
    tool = _screenshot_tool()
    chromium = tool._load_chromium()
    if chromium.find_chromium() is None:
        unavailable("NO CHROMIUM FOUND: Neo4j Browser was NOT checked (apt-get install chromium)")
    uri = os.environ["NEO4J_URI"]
    host = urlparse(uri).hostname or "127.0.0.1"
    http_port = int(os.environ.get("NEO4J_HTTP_PORT", "7474"))
    conn = http.client.HTTPConnection(host, http_port, timeout=10)
    try:
        conn.request("GET", "/browser/")
        reachable = conn.getresponse().status == 200
    except OSError:
        reachable = False
    finally:
        conn.close()
    if not reachable:
        unavailable(f"NO NEO4J BROWSER at http://{host}:{http_port}/browser/ (set NEO4J_HTTP_PORT): NOT checked")
    assert not load_statements_file(neo4j_store, SMALL).skipped
    report = tool.drive_browser(f"http://{host}:{http_port}", uri, os.environ.get("NEO4J_USER", "neo4j"),
                                os.environ["NEO4J_PASSWORD"], tmp_path / "browser.png")
    assert report.statements_run == len(script_params()) + 1 + len(saved_queries())
    assert report.nodes_drawn > 5 and report.relationships_drawn > 5
    style = model().style
    assert {"State", "Person", "Proposal"} <= set(report.legend_colors)
    assert {style["labels"][k]["color"].upper() for k in ("State", "Person", "Proposal")} <= report.node_fills
    png = (tmp_path / "browser.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
