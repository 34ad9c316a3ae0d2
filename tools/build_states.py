#!/usr/bin/env python3
"""Generate ``seeds/codebook/states.yaml`` from CLDR (babel) and ``states_extra.yaml``.

Every UN member state (193) plus the Holy See, Palestine, Kosovo and Taiwan gets its
names in the seven supported languages from babel's local CLDR data, merged with the
hand-maintained ``seeds/codebook/states_extra.yaml`` (variant names, genitives,
demonyms and adjectives, capital/government metonyms, venues). The output is sorted
and deterministic: running the script twice gives the same bytes.

    python tools/build_states.py            # write seeds/codebook/states.yaml
    python tools/build_states.py --check    # exit 1 if the file is out of date

See ``seeds/codebook/README.md`` for the format of both files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from parley.graph.model import slug

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = ROOT / "seeds" / "codebook"
EXTRA = CODEBOOK / "states_extra.yaml"
OUTPUT = CODEBOOK / "states.yaml"

LANGUAGES: tuple[str, ...] = ("sv", "nb", "da", "nl", "en", "de", "fr")

# The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS: tuple[str, ...] = tuple(
    re.findall(
        r"[A-Z]{2}",
        """
    AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
    CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
    FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
    JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
    MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
    PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
    TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
    """,
    )
)
# Observers and others that these talks name: Holy See, Palestine, Kosovo, Taiwan.
OTHERS: tuple[str, ...] = ("VA", "PS", "XK", "TW")

# English node names where CLDR's display name is not the usual written form.
ENGLISH_NAME: dict[str, str] = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MM": "Myanmar",
    "PS": "Palestine",
    "ST": "São Tomé and Príncipe",
    "TR": "Turkey",
    "TT": "Trinidad and Tobago",
    "VA": "Holy See",
    "VC": "Saint Vincent and the Grenadines",
}

# Adjective endings added to a base form given under `adjectives` in states_extra.yaml.
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "sv": ("", "a", "t"),
    "nb": ("", "e"),
    "da": ("", "e"),
    "de": ("", "e", "em", "en", "er", "es"),
}


def cldr_names(code: str, lang: str) -> list[str]:
    """CLDR's display name(s) for a territory, in the forms written in running text."""
    raw = Locale.parse(lang).territories[code]
    text = raw.replace("\u2019", "'").replace(" - ", "-")
    if lang == "en":
        text = text.replace(" & ", " and ")
    out: list[str] = []
    if "(" in text and text.endswith(")"):
        head, _, tail = text[:-1].partition("(")
        out.extend([head.strip(), tail.strip()])
    else:
        out.append(text)
    return out


def _is_abbreviation(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def genitives(name: str, lang: str) -> list[str]:
    """The possessive forms that sv, nb, da and en build from a name (de, nl, fr: by hand)."""
    if lang not in ("sv", "nb", "da", "en") or name.endswith("."):
        return []
    sibilant = name[-1] in "sxzSXZ"
    if lang == "en":
        if _is_abbreviation(name):
            return [name + "'s"]
        return [name + "'"] if name[-1] in "sS" else [name + "'s"]
    if _is_abbreviation(name):
        return {"sv": [name + ":s"], "nb": [name + "s"], "da": [name + "'s"]}[lang]
    if sibilant:
        return [] if lang == "sv" else [name + "'"]
    return [name + "s"]


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SystemExit(f"states_extra.yaml: {where} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _per_language(entry: dict[str, Any], field: str, key: str) -> dict[str, list[str]]:
    value = entry.get(field) or {}
    if not isinstance(value, dict):
        raise SystemExit(f"states_extra.yaml: {key}.{field} must map languages to lists")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise SystemExit(f"states_extra.yaml: {key}.{field} has unknown languages {sorted(unknown)}")
    return {lang: _as_list(value.get(lang), f"{key}.{field}.{lang}") for lang in LANGUAGES}


def _unique_sorted(items: list[str]) -> list[str]:
    return sorted(set(items), key=lambda s: (s.casefold(), s))


def load_extra(path: Path = EXTRA) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise SystemExit("states_extra.yaml must map state keys to entries")
    allowed = {"names", "genitives", "adjectives", "demonyms", "metonyms", "venues", "note"}
    for key, entry in data.items():
        extra_fields = set(entry or {}) - allowed
        if extra_fields:
            raise SystemExit(f"states_extra.yaml: {key} has unknown fields {sorted(extra_fields)}")
    return data


def build(extra: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    codes = UN_MEMBERS + OTHERS
    if len(UN_MEMBERS) != 193 or len(set(codes)) != len(codes):
        raise SystemExit("the UN member list must hold 193 distinct codes")
    states: list[dict[str, Any]] = []
    seen: set[str] = set()
    for code in codes:
        english = ENGLISH_NAME.get(code) or cldr_names(code, "en")[0]
        key = slug(english)
        seen.add(key)
        entry = extra.get(key) or {}
        extra_names = _per_language(entry, "names", key)
        hand_genitives = _per_language(entry, "genitives", key)
        adjectives = _per_language(entry, "adjectives", key)
        hand_demonyms = _per_language(entry, "demonyms", key)

        names: dict[str, list[str]] = {}
        demonyms: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            base = cldr_names(code, lang) + extra_names[lang]
            if lang == "en":
                base.append(english)
            forms = list(base)
            for name in base:
                forms.extend(genitives(name, lang))
            forms.extend(hand_genitives[lang])
            names[lang] = _unique_sorted(forms)
            dem = list(hand_demonyms[lang])
            for adjective in adjectives[lang]:
                if lang not in ADJECTIVE_ENDINGS:
                    raise SystemExit(
                        f"states_extra.yaml: {key}.adjectives.{lang}: write {lang} forms out "
                        "under demonyms (only sv, nb, da, de are inflected by rule)"
                    )
                dem.extend(adjective + ending for ending in ADJECTIVE_ENDINGS[lang])
            if dem:
                demonyms[lang] = _unique_sorted(dem)

        state: dict[str, Any] = {"key": key, "name": english, "iso2": code, "names": names}
        if demonyms:
            state["demonyms"] = demonyms
        metonyms = _as_list(entry.get("metonyms"), f"{key}.metonyms")
        if metonyms:
            state["metonyms"] = _unique_sorted(metonyms)
        venues = _as_list(entry.get("venues"), f"{key}.venues")
        if venues:
            state["venues"] = _unique_sorted(venues)
        states.append(state)
    unknown = sorted(set(extra) - seen)
    if unknown:
        raise SystemExit(f"states_extra.yaml: keys that are no state: {unknown}")
    return sorted(states, key=lambda s: s["key"])


HEADER = """\
# GENERATED by tools/build_states.py from CLDR (babel {babel}) and states_extra.yaml.
# Do not edit by hand: change states_extra.yaml (or the script) and run
#     python tools/build_states.py
# Format: seeds/codebook/README.md. Every UN member state plus the Holy See, Palestine,
# Kosovo and Taiwan; `names` per language include the genitives these languages build.
"""


def _scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=10**6).splitlines()[0]


def _flow(items: list[str]) -> str:
    return yaml.safe_dump(items, allow_unicode=True, default_flow_style=True, width=10**6).strip()


def render(states: list[dict[str, Any]]) -> str:
    import babel

    lines = [HEADER.format(babel=babel.__version__).rstrip("\n"), ""]
    for s in states:
        lines.append(f"- key: {s['key']}")
        lines.append(f"  name: {_scalar(s['name'])}")
        lines.append(f"  iso2: {_scalar(s['iso2'])}")  # quoted where YAML would misread it (NO)
        lines.append("  names:")
        for lang in LANGUAGES:
            lines.append(f"    {lang}: {_flow(s['names'][lang])}")
        if "demonyms" in s:
            lines.append("  demonyms:")
            for lang in LANGUAGES:
                if lang in s["demonyms"]:
                    lines.append(f"    {lang}: {_flow(s['demonyms'][lang])}")
        for field in ("metonyms", "venues"):
            if field in s:
                lines.append(f"  {field}: {_flow(s[field])}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if states.yaml is not up to date")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    states = build(load_extra())
    text = render(states)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run tools/build_states.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(states)} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
