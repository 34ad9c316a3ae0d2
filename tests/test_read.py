"""Reading articles: formats, metadata, titles, languages, and one clear problem per bad input."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import time
from pathlib import Path

import pytest

from parley.graph.errors import InputError, ParleyError
from parley.graph.records import ArticleRecord
from parley.loaders.language import detect_language, normalise_language
from parley.loaders.read import SUPPORTED_LANGUAGES, Article, ReadProblem, read_inputs, read_text
from parley.loaders.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "articles"
DATA = Path(__file__).parent / "data" / "read"


def articles(items: list[Article | ReadProblem]) -> dict[str, Article]:
    return {a.id: a for a in items if isinstance(a, Article)}


def problems(items: list[Article | ReadProblem]) -> list[ReadProblem]:
    return [p for p in items if isinstance(p, ReadProblem)]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return articles(list(read_inputs([SEEDS])))


# --- the seed corpus -----------------------------------------------------------------------------


def test_seeds_titles_languages_dates(seeds: dict[str, Article]) -> None:
    assert sorted(seeds) == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    got = {aid: (a.title, a.language, a.date) for aid, a in seeds.items()}
    assert got["000_b71c7476d82fe7fa"] == (
        "Fredssamtal mellan Ukraina och Ryssland avslutade utan genomslag",
        "sv",
        "2026-02-05",
    )
    # "HQ" is a section label, and the first real line is body text: no title.
    assert got["001_c5f95845081b4347"] == (None, "nb", "2026-02-18")
    assert got["002_cbf61e35277595f7"][0].startswith("Rusland meldt dat 'veel' landen")
    assert got["002_cbf61e35277595f7"][1:] == ("nl", "2024-12-04")
    # The caption comes first; the headline is the line after it.
    assert got["003_df285472c1dcf52e"] == (
        "Zelenskyj-rådgiver om samtaler med Russland: – La oss vise at de tar feil",
        "nb",
        "2022-03-07",
    )
    assert got["004_db528f464e851ed9"] == (None, "nb", "2025-08-21")


def test_seed_debris_removed(seeds: dict[str, Article]) -> None:
    everything = "\n".join(a.text for a in seeds.values())
    for debris in (
        "HQ\n",
        "@SEPeaceMissions",
        "LEZEN",
        "Lavastroom",
        "Vergelijkbare berichten",
        "Geef een reactie",
        "e-mailadres",
        "Av Ingri Bergo",
        "Publisert:",
        "KJØLIGE FORHANDLINGER",
        " date 2025-08-21",
    ):
        assert debris not in everything, debris
    assert not seeds["001_c5f95845081b4347"].text.startswith("HQ")
    # 002 repeats its title as the first paragraph (with other quote marks): read once, as the title.
    assert not seeds["002_cbf61e35277595f7"].text.startswith("Rusland meldt")


def test_seed_sentences_kept(seeds: dict[str, Article]) -> None:
    """No real sentence is lost: every body paragraph of every seed is still there, word for word."""
    removed_ok = (
        "HQ",
        "X @SEPeaceMissions",
        "LEZEN",
        "Vergelijkbare",
        "Geef een",
        "Je e-mail",
        "Av Ingri",
        "Publisert",
    )
    for path in sorted(SEEDS.glob("*.txt")):
        article = seeds[path.stem]
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            para = para.strip().replace("KJØLIGE FORHANDLINGER: ", "").replace(" date 2025-08-21 ", "")
            para = para.replace("date 2025-08-21 ", "")
            if not para or para.startswith(removed_ok) or para == article.title:
                continue
            if para.startswith("Rusland meldt"):  # the repeated title
                continue
            assert para in article.text, (path.name, para[:60])


def test_seed_caption_facts_kept(seeds: dict[str, Article]) -> None:
    text = seeds["003_df285472c1dcf52e"].text
    assert text.startswith("Fire ukrainske og fem russiske representanter")
    assert "Ukrainas forsvarsminister, Oleksiy Reznikov (andre t. v.)" in text
    assert any("caption label: KJØLIGE FORHANDLINGER" in r for r in seeds["003_df285472c1dcf52e"].removed)


def test_seed_date_marker(tmp_path: Path) -> None:
    """004 starts with " date 2025-08-21 " and its body on the same line; the date is read from it."""
    shutil.copy(SEEDS / "004_db528f464e851ed9.txt", tmp_path)
    (a,) = read_inputs([tmp_path / "004_db528f464e851ed9.txt"])
    assert isinstance(a, Article)
    assert a.date == "2025-08-21" and a.title is None
    assert a.text.startswith("USA, Ukraina og europeiske ledere forsøker")


def test_seed_sha_and_record(seeds: dict[str, Article]) -> None:
    a = seeds["000_b71c7476d82fe7fa"]
    raw = (SEEDS / "000_b71c7476d82fe7fa.txt").read_bytes()
    assert a.sha256 == hashlib.sha256(raw).hexdigest()
    assert a.record() == ArticleRecord(
        id=a.id, title=a.title, language="sv", date="2026-02-05", source=str(SEEDS / f"{a.id}.txt")
    )
    assert a.record().to_dict()["record"] == "article"


def test_index_applies_to_a_single_file(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text("Rubrik\n\nRyssland kräver att Ukraina lämnar Donbass, sade Peskov.\n")
    (tmp_path / "index.yaml").write_text("x1:\n  date: 2025-01-02\n  title: Från flödet\n  basis: ignored\n")
    (a,) = read_inputs([tmp_path / "x1.txt"])
    assert isinstance(a, Article)
    assert (a.title, a.date, a.language) == ("Från flödet", "2025-01-02", "sv")
    assert a.text == "Ryssland kräver att Ukraina lämnar Donbass, sade Peskov."


def test_malformed_index_costs_only_its_bad_line(tmp_path: Path) -> None:
    """An index line YAML refuses is reported by line; the other entries and fields still apply."""
    (tmp_path / "a.txt").write_text("Kreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    (tmp_path / "b.txt").write_text("Ukraina krever sikkerhetsgarantier, sa Zelenskyj tirsdag.\n")
    (tmp_path / "index.yaml").write_text(
        'a:\n  date: 2025-02-01\n  basis: "quoted", then more: text\nb:\n  date: 2025-02-02\n'
    )
    items = list(read_inputs([tmp_path]))
    (problem,) = problems(items)
    assert problem.input == f"{tmp_path / 'index.yaml'}:3"
    got = articles(items)
    assert (got["a"].date, got["b"].date) == ("2025-02-01", "2025-02-02")


# --- formats -------------------------------------------------------------------------------------


def test_folder_recursive_sorted_with_index(tmp_path: Path) -> None:
    shutil.copytree(DATA / "folder", tmp_path / "folder")
    (tmp_path / "folder" / ".hidden.txt").write_text("Skjult fil som ikke skal leses.\n")
    (tmp_path / "folder" / ".git").mkdir()
    (tmp_path / "folder" / ".git" / "x.txt").write_text("Heller ikke denne.\n")
    items = list(read_inputs([tmp_path / "folder"]))
    assert [a.id for a in items if isinstance(a, Article)] == ["a_en", "b_nb"]
    assert not problems(items)
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    # index.yaml wins over the text's own title, and gives the source; the text's title line is dropped.
    assert (a.title, a.date, a.language, a.source) == (
        "Kyiv says no to the peace plan",
        "2025-03-10",
        "en",
        "https://example.com/a",
    )
    assert a.text.startswith("The Ukrainian foreign minister")
    # A nested file takes the entry of the index above it, and its own title.
    assert (b.title, b.date, b.language) == ("Russland krever nøytralitet", "2025-03-11", "nb")


def test_index_csv() -> None:
    (a,) = read_inputs([DATA / "csvfolder"])
    assert isinstance(a, Article)
    assert (a.id, a.title, a.date, a.language, a.source) == (
        "c_nl",
        "Oekraïne wil garanties",
        "2024-12-05",
        "nl",
        "https://example.nl/c",
    )


def test_text_header(tmp_path: Path) -> None:
    p = tmp_path / "h.txt"
    p.write_text(
        "title: Zelensky rejects ceasefire terms\ndate: 2025-03-12T09:00:00Z\nlanguage: en\n"
        "source: https://example.com/h\n---\nZelensky rejects ceasefire terms\n\n"
        "Ukraine's president said on Wednesday that Russia's terms were unacceptable.\n"
    )
    (a,) = read_inputs([p])
    assert isinstance(a, Article)
    assert (a.title, a.date, a.language, a.source) == (
        "Zelensky rejects ceasefire terms",
        "2025-03-12",
        "en",
        "https://example.com/h",
    )
    assert a.text == "Ukraine's president said on Wednesday that Russia's terms were unacceptable."


def test_front_matter_and_markdown(tmp_path: Path) -> None:
    p = tmp_path / "m.md"
    p.write_text(
        "---\ntitle: Fredssamtal i Genève\nlang: sv\ntags: [a, b]\n---\n"
        "# Fredssamtal i Genève\n\n**Ryssland** kräver [hela Donbass](https://example.com), sade Peskov.\n"
    )
    (a,) = read_inputs([p])
    assert isinstance(a, Article)
    assert (a.title, a.language) == ("Fredssamtal i Genève", "sv")
    assert a.text == "Ryssland kräver hela Donbass, sade Peskov."


def test_scraped_fixtures_in_four_languages() -> None:
    got = articles(list(read_inputs([DATA / f"{n}_scraped.txt" for n in ("en", "de", "fr", "da")])))
    assert {a.id: a.language for a in got.values()} == {
        "en_scraped": "en",
        "de_scraped": "de",
        "fr_scraped": "fr",
        "da_scraped": "da",
    }
    assert got["en_scraped"].title == "Kremlin rejects European peace force as talks resume in Geneva"
    assert (
        got["da_scraped"].date == "2025-03-02" and got["da_scraped"].source == "https://example.dk/nyheder/fredsstyrke"
    )
    for a in got.values():
        assert len(a.removed) >= 5, a.id
        for word in ("Read more", "Lesen Sie", "lire aussi", "LÆS OGSÅ", "Kommentar", "commentaire", "Reply"):
            assert word not in a.text, (a.id, word)
    # Captions keep what they say about people; their label and credit go.
    assert "Ukrainian President Volodymyr Zelensky (centre) meets envoy Steve Witkoff (left) in Kyiv." in (
        got["en_scraped"].text
    )
    assert "Photo: Reuters" not in got["en_scraped"].text


def test_jsonl_with_a_malformed_line() -> None:
    items = list(read_inputs([DATA / "articles.jsonl"]))
    (problem,) = problems(items)
    assert problem.input == f"{DATA / 'articles.jsonl'}:2"
    assert problem.message.startswith("not valid JSON")
    got = articles(items)
    assert sorted(got) == ["j1", "j3"]
    j1 = got["j1"]
    assert (j1.title, j1.date, j1.language, j1.source) == (
        "Trump says Putin wants peace",
        "2025-02-12",
        "en",
        "https://example.com/j1",
    )
    assert j1.text == (
        "US President Donald Trump said on Tuesday that Vladimir Putin wants to end the war.\n\n"
        "The Kremlin did not comment."
    )
    line1 = (DATA / "articles.jsonl").read_bytes().split(b"\n")[0]
    assert j1.sha256 == hashlib.sha256(line1).hexdigest()
    assert got["j3"].source == str(DATA / "articles.jsonl")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "title": "t"}', "record 'x' has no 'text'"),
        ('{"id": "x", "text": "  "}', "record 'x': empty 'text'"),
        ('{"id": "x", "text": 42}', "record 'x': field 'text' must be a string, not int"),
        ('{"text": "Kreml avviser planen."}', "missing field 'id'"),
        ('["not", "an", "object"]', "a record must be a JSON object, not list"),
        ('{"id": "x", "text": "Kreml avviser planen.", "date": 20250101}', "field 'date' must be a string"),
        ('{"id": "x", "text": "Кремль отверг план, заявил Песков в понедельник."}', "unsupported language 'ru'"),
    ],
)
def test_jsonl_record_problems(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": "Russland krever hele Donbas, sa Peskov mandag.", "language": "nb"})
    p.write_text(f"{good}\n{line}\n", encoding="utf-8")
    items = list(read_inputs([p]))
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]
    (problem,) = problems(items)
    assert problem.input == f"{p}:2"
    assert message in problem.message


def test_html_page() -> None:
    (a,) = read_inputs([DATA / "page.html"])
    assert isinstance(a, Article), a
    assert (a.title, a.date, a.language) == ("Ceasefire talks stall in Istanbul", "2025-05-16", "en")
    assert a.text.startswith("Ukrainian and Russian delegations met in Istanbul")
    assert "Read more" not in a.text and "Home" not in a.text and "Copyright" not in a.text
    assert "Fidan told reporters" in a.text


def test_html_without_article_text(tmp_path: Path) -> None:
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    (problem,) = read_inputs([p])
    assert isinstance(problem, ReadProblem)
    assert problem.message == "no article text found in the HTML page"


def test_only_debris_is_a_problem(tmp_path: Path) -> None:
    p = tmp_path / "debris.txt"
    p.write_text("Les også: Dette skjedde i Genève\n\nAv Ola Nordmann\n\nPublisert: 21.08.2025 10:30\n")
    (problem,) = read_inputs([p])
    assert isinstance(problem, ReadProblem)
    assert problem.message == "no article text (only debris)"


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes("Kreml avviser planen\n\nRussland sier nei til en våpenhvile, sa Peskov.\n".encode("utf-16"))
    (a,) = read_inputs([p])
    assert isinstance(a, Article) and a.language == "nb" and not a.warnings


def test_hard_wrapped_text_is_joined(tmp_path: Path) -> None:
    p = tmp_path / "wrapped.txt"
    p.write_text(
        "Talks in Geneva\n\n"
        "The Ukrainian delegation, led by Rustem Umerov, said on Tuesday that\n"
        "the talks had focused on practical questions and on the mechanics of\n"
        "possible solutions, according to a statement.\n"
    )
    (a,) = read_inputs([p])
    assert isinstance(a, Article)
    assert len(split_sentences(a.text, a.language)) == 1
    assert "\n" not in a.text


def test_duplicate_ids_are_flagged(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("Kreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    first, second = read_inputs([tmp_path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert not first.warnings
    assert second.warnings == [f"duplicate id 'same' (also read from {tmp_path / 'a' / 'same.txt'})"]


def test_detect_off_and_explicit_language(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text("Kreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    (a,) = read_inputs([p], detect=False)
    assert isinstance(a, Article) and a.language is None
    p.write_text("language: no\n---\nKreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    (a,) = read_inputs([p], detect=False)
    assert isinstance(a, Article) and a.language == "nb"


def test_read_text() -> None:
    a = read_text("Moskva krever nøytralitet, sa Lavrov.", id="t1", date="2025-08-21", language="nn")
    assert (a.id, a.title, a.text, a.language, a.date) == (
        "t1",
        None,
        "Moskva krever nøytralitet, sa Lavrov.",
        "nb",
        "2025-08-21",
    )
    assert a.sha256 == hashlib.sha256(b"Moskva krever n\xc3\xb8ytralitet, sa Lavrov.").hexdigest()
    with pytest.raises(InputError, match="unsupported language 'ru'"):
        read_text("Кремль отверг план, заявил Песков в понедельник.")
    with pytest.raises(ParleyError, match="empty"):
        read_text("  \n ")


def test_bad_date_is_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("date: sometime soon\n---\nKreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    (a,) = read_inputs([p])
    assert isinstance(a, Article) and a.date is None
    assert a.warnings == ["ignored date 'sometime soon' (not a date)"]


def test_language_codes() -> None:
    assert SUPPORTED_LANGUAGES == ("sv", "nb", "da", "nl", "en", "de", "fr")
    assert [normalise_language(c) for c in ("no", "nn", "nob", "nb-NO", "EN", "fr_CA", None)] == [
        "nb", "nb", "nb", "nb", "en", "fr", None,
    ]  # fmt: skip
    samples = {
        "da": "Statsministeren sagde i går, at Danmark er klar til at sende soldater til Ukraine, hvis der "
        "kommer en våbenhvile, og at regeringen vil arbejde for en amerikansk sikkerhedsgaranti.",
        "nb": "Statsministeren sa i går at Norge er klar til å sende soldater til Ukraina dersom det kommer "
        "en våpenhvile, og at regjeringen vil arbeide for en amerikansk sikkerhetsgaranti.",
        "sv": "Statsministern sade i går att Sverige är redo att skicka soldater till Ukraina om det blir "
        "vapenvila, och att regeringen vill arbeta för en amerikansk säkerhetsgaranti.",
        "es": "El primer ministro dijo ayer que España está dispuesta a enviar soldados a Ucrania si hay "
        "un alto el fuego.",
        "pl": "Premier powiedział wczoraj, że Polska jest gotowa wysłać żołnierzy na Ukrainę, jeśli dojdzie "
        "do zawieszenia broni.",
    }
    assert {lang: detect_language(text) for lang, text in samples.items()} == {k: k for k in samples}


# --- bad input: one clear line each, the rest still goes through ----------------------------------


def test_bad_inputs_each_one_problem(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kreml avviser planen\n\nRussland sier nei til en våpenhvile, sa talsperson Dmitrij Peskov.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n \t\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # 50 MB, sparse: the reader must refuse it from its size alone
        fh.truncate(50_000_000)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(
        "Kreml avviser planen\n\nRussland sier nei til våpenhvile, sa Peskov på møtet i Genève.\n".encode("cp1252")
    )
    russian = tmp_path / "russian.txt"
    russian.write_text("Кремль отверг план\n\nРоссия отвергла план перемирия, заявил пресс-секретарь Дмитрий Песков.\n")
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        '{"id": "j-ok", "text": "Ukraina krever sikkerhetsgarantier, sa Zelenskyj."}\n{"id": "j-bad", "text": \n'
    )
    missing = tmp_path / "missing.txt"

    paths = [good, empty, blank, binary, huge, latin, russian, jsonl, missing]
    start = time.perf_counter()
    items = list(read_inputs(paths))
    assert time.perf_counter() - start < 5  # the 50 MB file is not read

    got = articles(items)
    assert sorted(got) == ["good", "j-ok", "latin"]
    assert got["latin"].warnings == ["decoded as cp1252 (not valid UTF-8 at byte 45)"]
    assert "våpenhvile" in got["latin"].text and got["latin"].language == "nb"
    messages = {p.input: p.message for p in problems(items)}
    assert messages == {
        str(empty): "empty file",
        str(blank): "empty file (only white space)",
        str(binary): "binary file (not text)",
        str(huge): "larger than 10 MB limit (50.0 MB)",
        str(russian): "unsupported language 'ru' (supported: sv, nb, da, nl, en, de, fr)",
        f"{jsonl}:2": "not valid JSON (Expecting value at column 25)",
        str(missing): "no such file or directory",
    }
    for p in problems(items):
        assert "\n" not in p.message and str(p) == f"{p.input}: {p.message}"


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Kreml avviser planen, sa talsperson Dmitrij Peskov mandag. " * 100)
    (problem,) = read_inputs([p], max_bytes=1_000)
    assert isinstance(problem, ReadProblem)
    assert problem.message == "larger than 1 kB limit (5.9 kB)"


def test_unsupported_language_given_explicitly(tmp_path: Path) -> None:
    p = tmp_path / "es.txt"
    p.write_text("language: es\n---\nEl Kremlin rechazó el plan, dijo Peskov.\n")
    (problem,) = read_inputs([p])
    assert isinstance(problem, ReadProblem)
    assert problem.message.startswith("unsupported language 'es'")


def test_folder_problems(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "mixed").mkdir()
    (tmp_path / "mixed" / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "mixed" / "ok.txt").write_text("Kreml avviser planen, sa talsperson Dmitrij Peskov mandag.\n")
    items = list(read_inputs([tmp_path / "empty", tmp_path / "mixed"]))
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]
    assert [str(p) for p in problems(items)] == [
        f"{tmp_path / 'empty'}: folder has no article files (.txt, .md, .jsonl, .html)",
        f"{tmp_path / 'mixed' / 'scan.pdf'}: unsupported file type '.pdf' (expected .txt, .md, .jsonl, .html)",
    ]


def test_reading_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading, HTML extraction and language detection work with networking switched off."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    items = list(read_inputs([DATA / "page.html", DATA / "de_scraped.txt", SEEDS / "000_b71c7476d82fe7fa.txt"]))
    assert [a.language for a in items if isinstance(a, Article)] == ["en", "de", "sv"]


def test_reading_and_splitting_is_fast(seeds: dict[str, Article]) -> None:
    """Well above the 200 articles/s that the whole extraction must reach on one core."""
    paths = sorted(SEEDS.glob("*.txt")) * 40
    list(read_inputs(paths[:5]))  # warm the language detector
    start = time.perf_counter()
    n = 0
    for a in read_inputs(paths, detect=True):
        if isinstance(a, Article):
            split_sentences(a.text, a.language)
            n += 1
    rate = n / (time.perf_counter() - start)
    assert n == 200
    assert rate > 200, f"{rate:.0f} articles/s"
