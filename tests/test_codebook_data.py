"""Checks on the actor codebook data: states.yaml, states_extra.yaml, organisations.yaml, people.yaml.

These tests read the YAML directly (not through the codebook loader) so that a broken data
file is reported as a data error, with the offending key, before any extraction runs.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel import Locale

from parley.graph.model import ORGANISATION_TYPES, slug

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = ROOT / "seeds" / "codebook"
GOLD_ACTORS = ROOT.parent / "shared" / "gold" / "actors.yaml"
LANGUAGES = ("sv", "nb", "da", "nl", "en", "de", "fr")

# The 193 UN member states (ISO 3166-1 alpha-2), kept here independently of the build script.
UN_MEMBERS = set(
    re.findall(
        r"[A-Z]{2}",
        """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM
    CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR
    GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA
    LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI
    NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL
    SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY
    UZ VU VE VN YE ZM ZW
    """,
    )
)

# States that matter in these talks: each must have demonyms in all seven languages.
KEY_STATES = re.findall(
    r"[a-z-]+",
    """
    russia ukraine united-states united-kingdom france germany italy poland sweden norway denmark
    finland iceland estonia latvia lithuania netherlands belgium luxembourg spain portugal ireland
    greece austria switzerland czechia slovakia hungary romania bulgaria croatia slovenia serbia
    moldova georgia armenia azerbaijan kazakhstan belarus turkey qatar saudi-arabia
    united-arab-emirates egypt israel iran china india japan south-korea north-korea taiwan brazil
    south-africa canada australia new-zealand holy-see indonesia malta cyprus
""",
)

PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


@cache
def load(name: str) -> Any:
    return yaml.safe_load((CODEBOOK / name).read_text(encoding="utf-8"))


def states() -> list[dict[str, Any]]:
    return load("states.yaml")


def organisations() -> list[dict[str, Any]]:
    return load("organisations.yaml")


def people() -> list[dict[str, Any]]:
    return load("people.yaml")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form, as the gold matching compares names."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def node_ids() -> dict[str, dict[str, Any]]:
    ids: dict[str, dict[str, Any]] = {}
    for prefix, entries in (("state", states()), ("organisation", organisations()), ("person", people())):
        for entry in entries:
            ids[f"{prefix}:{entry['key']}"] = entry
    return ids


def surfaces() -> dict[str, set[tuple[str, str]]]:
    """Every spelling that names an actor (folded) -> {(actor id, field)}; venues excluded."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s in states():
        aid = f"state:{s['key']}"
        out[fold(s["name"])].add((aid, "name"))
        for lang, names in s["names"].items():
            for n in names:
                out[fold(n)].add((aid, f"names.{lang}"))
        for lang, forms in (s.get("demonyms") or {}).items():
            for n in forms:
                out[fold(n)].add((aid, f"demonyms.{lang}"))
        for n in s.get("metonyms") or []:
            out[fold(n)].add((aid, "metonyms"))
    for prefix, entries in (("organisation", organisations()), ("person", people())):
        for e in entries:
            aid = f"{prefix}:{e['key']}"
            for field in ("name", "aliases", "weak_aliases"):
                values = e.get(field) or []
                for n in [values] if isinstance(values, str) else values:
                    out[fold(n)].add((aid, field))
    return out


# --- parsing and required fields ------------------------------------------------------


@pytest.mark.parametrize("name", ["states.yaml", "states_extra.yaml", "organisations.yaml", "people.yaml"])
def test_files_parse(name: str) -> None:
    data = load(name)
    assert data, f"{name} is empty"
    assert isinstance(data, dict if name == "states_extra.yaml" else list)


@pytest.mark.parametrize("name", ["states.yaml", "organisations.yaml", "people.yaml"])
def test_keys_are_unique_slugs(name: str) -> None:
    keys = [e.get("key") for e in load(name)]
    bad = [k for k in keys if not isinstance(k, str) or slug(k) != k]
    assert not bad, f"{name}: keys that are not slugs: {bad}"
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"{name}: duplicate keys: {dupes}"


@pytest.mark.parametrize("name", ["states.yaml", "organisations.yaml", "people.yaml"])
def test_names_are_nonempty_strings(name: str) -> None:
    bad = [e.get("key") for e in load(name) if not isinstance(e.get("name"), str) or not e["name"].strip()]
    assert not bad, f"{name}: entries without a name: {bad}"


def test_state_fields() -> None:
    allowed = {"key", "name", "iso2", "names", "demonyms", "metonyms", "venues"}
    territories = Locale.parse("en").territories
    problems = []
    for s in states():
        key = s["key"]
        if set(s) - allowed:
            problems.append(f"{key}: unknown fields {sorted(set(s) - allowed)}")
        if slug(s["name"]) != key:
            problems.append(f"{key}: key is not the slug of the English name {s['name']!r}")
        iso2 = s.get("iso2")
        if not (isinstance(iso2, str) and re.fullmatch(r"[A-Z]{2}", iso2) and iso2 in territories):
            problems.append(f"{key}: invalid iso2 {iso2!r}")
        names = s.get("names")
        if not isinstance(names, dict) or set(names) != set(LANGUAGES):
            problems.append(f"{key}: names must have exactly the languages {LANGUAGES}")
        else:
            problems += [
                f"{key}: names.{lang} empty or not strings"
                for lang in LANGUAGES
                if not names[lang] or not _strings(names[lang])
            ]
        demonyms = s.get("demonyms") or {}
        if set(demonyms) - set(LANGUAGES) or not all(_strings(v) and v for v in demonyms.values()):
            problems.append(f"{key}: bad demonyms")
        for field in ("metonyms", "venues"):
            if field in s and not (_strings(s[field]) and s[field]):
                problems.append(f"{key}: bad {field}")
    assert not problems, "\n".join(problems)
    iso = [s["iso2"] for s in states()]
    assert len(iso) == len(set(iso)), "duplicate iso2 codes"


def test_all_un_members_and_others_present() -> None:
    assert len(UN_MEMBERS) == 193
    iso = {s["iso2"] for s in states()}
    missing = sorted(UN_MEMBERS - iso)
    assert not missing, f"UN members missing from states.yaml: {missing}"
    assert {"VA", "PS", "XK", "TW"} <= iso
    keys = {s["key"] for s in states()}
    assert {"united-states", "russia", "ukraine", "united-kingdom", "holy-see"} <= keys


def test_key_states_have_demonyms_in_every_language() -> None:
    by_key = {s["key"]: s for s in states()}
    problems = []
    for key in KEY_STATES:
        assert key in by_key, f"no state {key}"
        have = set(by_key[key].get("demonyms") or {})
        if have != set(LANGUAGES):
            problems.append(f"{key}: demonyms missing for {sorted(set(LANGUAGES) - have)}")
    assert not problems, "\n".join(problems)
    assert len(KEY_STATES) >= 60


def test_inflected_forms_are_written_out() -> None:
    ukraine = next(s for s in states() if s["key"] == "ukraine")
    d = ukraine["demonyms"]
    assert {"ukrainsk", "ukrainska", "ukrainskt"} <= set(d["sv"])
    assert {"ukrainsk", "ukrainske"} <= set(d["nb"]) and {"ukrainsk", "ukrainske"} <= set(d["da"])
    assert {"Oekraïens", "Oekraïense"} <= set(d["nl"])
    assert {"ukrainisch", "ukrainische", "ukrainischen", "ukrainischer", "ukrainisches", "Ukrainer"} <= set(d["de"])
    assert {"ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"} <= set(d["fr"])
    assert "Ukrainas" in ukraine["names"]["sv"] and "Ukrainas" in ukraine["names"]["nb"]
    russia = next(s for s in states() if s["key"] == "russia")
    assert "Rysslands" in russia["names"]["sv"] and "Russlands" in russia["names"]["nb"]
    assert "Russlands" in russia["names"]["de"]
    assert {"Kreml", "Kremlin", "Moskva", "Moskau", "Moscou", "Moskou", "Moscow"} <= set(russia["metonyms"])
    us = next(s for s in states() if s["key"] == "united-states")
    assert {"USA:s", "USAs"} <= set(us["names"]["sv"])
    assert {"USA", "US", "VS", "Verenigde Staten", "Vereinigte Staaten", "États-Unis"} <= {
        n for names in us["names"].values() for n in names
    }


def test_venues_are_not_metonyms_of_another_state() -> None:
    owner = {fold(m): s["key"] for s in states() for m in s.get("metonyms") or []}
    problems = [
        f"{s['key']}: venue {v!r} is a metonym of {owner[fold(v)]}"
        for s in states()
        for v in s.get("venues") or []
        if fold(v) in owner and owner[fold(v)] != s["key"]
    ]
    assert not problems, "\n".join(problems)
    switzerland = next(s for s in states() if s["key"] == "switzerland")
    assert "Genève" in switzerland["venues"] and "Genève" not in switzerland.get("metonyms", [])


def test_states_yaml_is_up_to_date() -> None:
    """states.yaml is what tools/build_states.py writes (checked with the babel it was built with)."""
    import babel

    header = (CODEBOOK / "states.yaml").read_text(encoding="utf-8").splitlines()[0]
    built_with = re.search(r"babel ([\w.]+)", header)
    if not built_with or built_with.group(1) != babel.__version__:
        pytest.skip(f"states.yaml built with another babel ({header!r}); run tools/build_states.py")
    spec = importlib.util.spec_from_file_location("build_states", ROOT / "tools" / "build_states.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render(module.build(module.load_extra()))
    actual = (CODEBOOK / "states.yaml").read_text(encoding="utf-8")
    assert actual == expected, "states.yaml is out of date: run python tools/build_states.py"


# --- organisations ------------------------------------------------------------------------


def test_organisation_fields() -> None:
    allowed = {"key", "name", "type", "aliases", "weak_aliases", "member_of", "state"}
    org_keys = {o["key"] for o in organisations()}
    state_keys = {s["key"] for s in states()}
    problems = []
    for o in organisations():
        key = o["key"]
        if set(o) - allowed:
            problems.append(f"{key}: unknown fields {sorted(set(o) - allowed)}")
        if o.get("type") not in ORGANISATION_TYPES:
            problems.append(f"{key}: type {o.get('type')!r} not in {ORGANISATION_TYPES}")
        if not isinstance(o.get("aliases"), list) or (o["aliases"] and not _strings(o["aliases"])):
            problems.append(f"{key}: aliases must be a list of strings")
        if "weak_aliases" in o and not _strings(o["weak_aliases"]):
            problems.append(f"{key}: weak_aliases must be a list of strings")
        if o.get("member_of") is not None and o["member_of"] not in org_keys:
            problems.append(f"{key}: member_of {o['member_of']!r} is no organisation")
        if o.get("state") is not None and o["state"] not in state_keys:
            problems.append(f"{key}: state {o['state']!r} is no state")
        if o.get("type") == "government_body" and not o.get("state"):
            problems.append(f"{key}: a government body needs state:")
    assert not problems, "\n".join(problems)


def test_organisation_coverage() -> None:
    keys = {o["key"] for o in organisations()}
    wanted = {
        "nato",
        "european-union",
        "european-commission",
        "european-council",
        "european-parliament",
        "european-external-action-service",
        "united-nations",
        "un-security-council",
        "un-general-assembly",
        "osce",
        "g7",
        "g20",
        "brics",
        "icrc",
        "iaea",
        "coalition-of-the-willing",
        "european-allies",
        "international-criminal-court",
        "council-of-europe",
        "weimar-triangle",
        "nordic-baltic-eight",
        "ukraine-defense-contact-group",
        "federation-council",
        "state-duma",
        "russian-foreign-ministry",
        "russian-defence-ministry",
        "security-council-of-russia",
        "verkhovna-rada",
        "office-of-the-president-of-ukraine",
        "ukrainian-foreign-ministry",
        "us-state-department",
        "pentagon",
        "us-congress",
        "us-senate",
        "us-national-security-council",
        "reuters",
        "afp",
        "associated-press",
        "bloomberg",
        "financial-times",
        "axios",
        "izvestia",
        "tass",
        "gamereactor",
    }
    assert not wanted - keys, f"missing organisations: {sorted(wanted - keys)}"
    assert {o["type"] for o in organisations()} == set(ORGANISATION_TYPES)


# --- people --------------------------------------------------------------------------


def _date(value: Any) -> tuple[int, int, int] | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return (value.year, value.month, value.day)
    if isinstance(value, str) and PARTIAL_DATE.match(value):
        parts = [int(p) for p in value.split("-")]
        return (parts[0], parts[1] if len(parts) > 1 else 0, 0)
    raise ValueError(f"not an ISO date: {value!r}")


def test_people_fields_and_affiliations() -> None:
    allowed = {"key", "name", "aliases", "affiliations", "note", "gender"}
    ids = node_ids()
    problems = []
    for p in people():
        key = p["key"]
        if set(p) - allowed:
            problems.append(f"{key}: unknown fields {sorted(set(p) - allowed)}")
        if not isinstance(p.get("aliases"), list) or (p["aliases"] and not _strings(p["aliases"])):
            problems.append(f"{key}: aliases must be a list of strings")
        elif p["name"] in p["aliases"] or len(set(p["aliases"])) != len(p["aliases"]):
            problems.append(f"{key}: aliases repeat the name or each other")
        affiliations = p.get("affiliations")
        if not isinstance(affiliations, list):
            problems.append(f"{key}: affiliations must be a list")
            continue
        for a in affiliations:
            if set(a) - {"actor", "role", "from", "to", "body"} or not {"actor", "role"} <= set(a):
                problems.append(f"{key}: affiliation fields {sorted(a)}")
                continue
            if a["actor"] not in ids or a["actor"].startswith("person:"):
                problems.append(f"{key}: affiliation actor {a['actor']!r} is no state or organisation")
            if "body" in a and not (
                isinstance(a["body"], str) and a["body"].startswith("organisation:") and a["body"] in ids
            ):
                problems.append(f"{key}: body {a.get('body')!r} is no organisation")
            if not isinstance(a["role"], str) or not a["role"].strip():
                problems.append(f"{key}: empty role")
            try:
                start, end = _date(a.get("from")), _date(a.get("to"))
            except ValueError as exc:
                problems.append(f"{key}: {exc}")
                continue
            if start and end and start > end:
                problems.append(f"{key}: affiliation {a['role']!r} ends before it starts")
    assert not problems, "\n".join(problems)


def test_people_coverage() -> None:
    keys = {p["key"] for p in people()}
    assert len(keys) >= 150
    wanted = {
        "volodymyr-zelenskyy",
        "vladimir-putin",
        "donald-trump",
        "joe-biden",
        "sergey-lavrov",
        "dmitry-peskov",
        "maria-zakharova",
        "vladimir-medinsky",
        "rustem-umerov",
        "andriy-yermak",
        "steve-witkoff",
        "jared-kushner",
        "keith-kellogg",
        "kirill-dmitriev",
        "yuri-ushakov",
        "mark-rutte",
        "jens-stoltenberg",
        "antonio-guterres",
        "rafael-grossi",
        "ursula-von-der-leyen",
        "kaja-kallas",
        "recep-tayyip-erdogan",
        "pope-francis",
        "pope-leo-xiv",
        "matteo-zuppi",
        "valentina-matviyenko",
        "oleksii-reznikov",
        "alexander-fomin",
        "andrei-rudenko",
        "mykhailo-podolyak",
        "jd-vance",
        "giorgia-meloni",
        "kyrylo-budanov",
        "andrii-sybiha",
    }
    assert not wanted - keys, f"missing people: {sorted(wanted - keys)}"
    zelenskyy = next(p for p in people() if p["key"] == "volodymyr-zelenskyy")
    assert {"Zelensky", "Zelenskyj", "Zelenskij", "Selenskyj", "Zelenski"} <= set(zelenskyy["aliases"])


def test_rutte_and_umerov_roles_are_dated() -> None:
    by_key = {p["key"]: p for p in people()}
    rutte = {(a["actor"], a["role"]): a for a in by_key["mark-rutte"]["affiliations"]}
    assert rutte[("state:netherlands", "prime minister")]["to"] == dt.date(2024, 7, 2)
    assert rutte[("organisation:nato", "secretary general")]["from"] == dt.date(2024, 10, 1)
    umerov = {a["role"]: a for a in by_key["rustem-umerov"]["affiliations"]}
    assert umerov["defence minister"]["from"] == dt.date(2023, 9, 6)
    assert umerov["defence minister"]["to"] == dt.date(2025, 7, 17)


# --- the spellings, across all files ------------------------------------------------------


def test_no_spelling_names_two_actors() -> None:
    """A name, alias, demonym or metonym may point to one actor only (compared case- and accent-free)."""
    collisions = {s: sorted(v) for s, v in surfaces().items() if len({aid for aid, _ in v}) > 1}
    report = "\n".join(f"{s!r}: {v}" for s, v in sorted(collisions.items()))
    assert not collisions, f"spellings shared by different actors (remove the ambiguous one):\n{report}"


def test_gold_actor_spellings_are_covered() -> None:
    """Every spelling in ../shared/gold/actors.yaml resolves to the gold actor."""
    if not GOLD_ACTORS.exists():
        pytest.skip(f"no gold actor list at {GOLD_ACTORS}")
    gold = yaml.safe_load(GOLD_ACTORS.read_text(encoding="utf-8"))
    table = surfaces()
    by_name = {
        fold(e["name"]): f"{prefix}:{e['key']}"
        for prefix, entries in (("state", states()), ("organisation", organisations()), ("person", people()))
        for e in entries
    }
    venues = {fold(v) for s in states() for v in s.get("venues") or []}
    problems = []
    for canonical, spec in gold.items():
        spellings = [canonical, *(spec.get("aliases") or [])]
        if spec["type"] == "Place":
            problems += [
                f"{canonical}: venue {s!r} not in any state's venues" for s in spellings if fold(s) not in venues
            ]
            continue
        target = by_name.get(fold(canonical))
        if target is None:
            problems.append(f"{canonical}: no codebook actor with this name")
            continue
        for s in spellings:
            if target not in {aid for aid, _ in table.get(fold(s), set())}:
                problems.append(f"{canonical}: spelling {s!r} does not resolve to {target}")
    assert not problems, "\n".join(problems)
