"""The command line: every command documented, results in three formats, bad input as one clear line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from parley.cli.main import cli

from .conftest import SMALL

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = "parley") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(all_commands(cmd, full))
    return out


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "db"
    run("load", "--statements", str(SMALL), "--db", str(path))
    return path


def test_every_command_has_help_and_is_in_the_readme():
    commands = all_commands(cli)
    names = {n for n, _ in commands}
    assert {"parley load", "parley query run", "parley cypher", "parley view", "parley demo", "parley export",
            "parley analyze", "parley stats", "parley extract", "parley eval", "parley browser"} <= names
    for name, cmd in commands:
        assert (cmd.help or "").strip(), f"{name} has no help text"
        result = run(*name.split()[1:], "--help")
        assert "Usage:" in result.output
        assert f"`{name}" in README, f"{name} is not named in the README"


def test_load_summary_and_idempotence(tmp_path):
    path = str(tmp_path / "db")
    first = run("load", "--statements", str(SMALL), "--db", path)
    assert "added" in first.output and "26" in first.output
    second = run("load", "--statements", str(SMALL), "--db", path)
    assert "unchanged" in second.output
    stats = json.loads(run("stats", "--format", "json", "--db", path).output)
    assert stats["DEMANDS"] == 2 and stats["Article"] == 3


def test_query_list_json():
    items = json.loads(run("query", "list", "--format", "json").output)
    by_name = {q["name"]: q for q in items}
    assert {"name", "description", "params"} <= set(by_name["guarantee-models"])
    assert by_name["timeline"]["params"][0]["name"] == "actor"


def test_query_run_formats(db):
    table = run("query", "run", "demands", "--param", "actor=Russia", "--db", str(db)).output
    assert "Ukraine cedes all of Donbas" in table
    rows = json.loads(run("query", "run", "demands", "--format", "json", "--db", str(db)).output)
    assert rows[0]["actor"] == "Russia" and isinstance(rows[0]["topics"], list)
    text = run("query", "run", "mediators", "--format", "csv", "--db", str(db)).output
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0][:3] == ["actor", "role", "process"] and len(parsed) == 4


def test_query_show():
    out = run("query", "show", "conflicts").output
    assert out.startswith("// name: conflicts") and "MATCH" in out


def test_cypher_read_only(db):
    out = run("cypher", "MATCH (s:State) WHERE s.key = $k RETURN s.name AS name", "--param", "k=qatar",
              "--format", "json", "--db", str(db)).output
    assert json.loads(out) == [{"name": "Qatar"}]


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "run", "nope"], "unknown query 'nope'"),
        (["query", "run", "timeline"], "needs --param actor"),
        (["query", "run", "most-contested", "--param", "limit=ten"], "limit must be an integer"),
        (["query", "run", "demands", "--param", "actor"], "is not key=value"),
        (["cypher", "MATCH (n) DETACH DELETE n"], "read-only: DETACH"),
        (["cypher", "MATCH (n RETURN n"], "Error:"),
    ],
)
def test_bad_input_is_one_clear_line(db, args, message):
    result = run(*args, "--db", str(db), ok=False)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("Error: ")  # one line says what is wrong


def test_malformed_jsonl_names_the_line_and_loads_the_rest(tmp_path):
    bad = tmp_path / "bad.jsonl"
    lines = SMALL.read_text().splitlines()
    lines.insert(5, '{"record": "edge", "source": "state:russia"')
    bad.write_text("\n".join(lines) + "\n")
    result = run("load", "--statements", str(bad), "--db", str(tmp_path / "db"), ok=False)
    assert result.exit_code == 1
    assert f"{bad}:6" in result.output and "not valid JSON" in result.output
    stats = json.loads(run("stats", "--format", "json", "--db", str(tmp_path / "db")).output)
    assert stats["DEMANDS"] == 2


def test_extract_and_load_report_each_bad_input_in_one_line(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kreml avviser planen\n\nRussland sier nei til en våpenhvile, sa talsperson Dmitrij Peskov.\n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kreml avviser planen\n\nRussland sier nei til våpenhvile, sa Peskov.\n".encode("cp1252"))
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(tmp_path), "-o", str(out))  # read with caveats: exit 0 without --strict
    assert f"skipped {tmp_path / 'empty.txt'}: empty file" in result.output
    assert f"warning {latin}: decoded as cp1252 (not valid UTF-8" in result.output
    assert sum('"record": "article"' in line for line in out.read_text().splitlines()) == 2
    assert run("extract", "--strict", str(tmp_path), "-o", str(out), ok=False).exit_code == 1
    (tmp_path / "out.jsonl").unlink()
    loaded = run("load", str(tmp_path), "--db", str(tmp_path / "db"))  # unreadable inputs: exit 0 unless --strict
    assert f"skipped {tmp_path / 'empty.txt'}: empty file" in loaded.output
    assert f"warning {latin}: decoded as cp1252" in loaded.output and "Traceback" not in loaded.output
    stats = json.loads(run("stats", "--format", "json", "--db", str(tmp_path / "db")).output)
    assert stats["Article"] == 2


def test_directory_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = run("stats", "--db", str(tmp_path), ok=False)
    assert result.exit_code == 1 and "is not a parley store" in result.output
    missing = run("query", "run", "demands", "--db", str(tmp_path / "nothing"), ok=False)
    assert missing.exit_code == 1 and "no parley store" in missing.output


def test_export_json_and_graphml(db, tmp_path):
    data = json.loads(run("export", "--format", "json", "--db", str(db)).output)
    assert len(data["nodes"]) == 19 + 3 and len(data["edges"]) == 26  # 19 nodes and 3 articles
    out = tmp_path / "g.graphml"
    run("export", "--format", "graphml", "-o", str(out), "--db", str(db))
    import networkx as nx

    assert nx.read_graphml(out).number_of_nodes() == 19 + 3


def test_analyze_json(db):
    report = json.loads(run("analyze", "--format", "json", "--db", str(db)).output)
    assert report["actors"][0]["name"] and report["coalitions"]


def test_view_writes_html(db, tmp_path):
    out = tmp_path / "v.html"
    result = run("view", "--actor", "Russia", "-o", str(out), "--db", str(db))
    assert out.exists() and "nodes" in result.output
    bad = run("view", "--actor", "Atlantis", "-o", str(out), "--db", str(db), ok=False)
    assert bad.exit_code == 1 and "Atlantis" in bad.output


def test_load_articles_reports_unreadable_inputs(tmp_path):
    """An unreadable article file is named; the rest loads; exit 1 only with --strict or when nothing loads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Talks in Geneva\n\nRussia's foreign minister Sergey Lavrov rejected any deployment of European troops "
        "in Ukraine, the Kremlin said on Monday.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    db = str(tmp_path / "db")
    ok = run("load", str(folder), "--db", db)
    assert "empty.txt" in ok.output and "empty" in ok.output
    strict = run("load", str(folder), "--db", db, "--strict", ok=False)
    assert strict.exit_code == 1
    only_bad = run("load", str(folder / "empty.txt"), "--db", str(tmp_path / "db2"), ok=False)
    assert only_bad.exit_code == 1
