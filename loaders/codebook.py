"""The codebook: actors, proposals and per-language lexicons, read once per process.

Extraction is driven by YAML that analysts extend (``seeds/codebook``, see its
README). This module reads it into an immutable :class:`Codebook`, checks every
entry against the graph model (a :class:`CodebookError` names the file and the
entry), and builds the matchers extraction needs: an Aho–Corasick automaton of
actor spellings and a :class:`~parley.loaders.wordspec.PatternIndex` per
lexicon section. Building costs a fraction of a second, so :func:`codebook`
caches the default one per process.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from parley.graph import model as m
from parley.graph.errors import CodebookError
from parley.loaders.wordspec import Match, Pattern, PatternIndex, SectionIndex, Token

LANGUAGES: tuple[str, ...] = ("sv", "nb", "da", "nl", "en", "de", "fr")
LANGUAGE_ALIASES = {"no": "nb", "nn": "nb"}
STANCE_RELATIONS: dict[str, str] = {
    "demand": "DEMANDS",
    "propose": "PROPOSES",
    "support": "SUPPORTS",
    "reject": "REJECTS",
    "guarantee": "GUARANTEES",
    "mediate": "MEDIATES",
    "accuse": "ACCUSES",
    "host": "HOSTS",  # hosting is not mediating: a venue's state HOSTS the talks
    "charge": "ACCUSES",  # "Putin does not want peace", said X: the speaker accuses the clause's subject
}
ACTOR_FILES = {"states.yaml": "State", "organisations.yaml": "Organisation", "people.yaml": "Person"}


@dataclass(frozen=True)
class Affiliation:
    """A person's tie to a state/organisation/person, with the role and the dates it held."""

    actor: str
    role: str | None
    start: str | None
    end: str | None

    def valid_on(self, date: str | None) -> bool:
        """Does the affiliation hold on ``date`` (ISO)? Without a date, only a current one does."""
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class Actor:
    """A codebook actor (Person, State or Organisation)."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    props: Mapping[str, Any] = field(default_factory=dict)
    affiliations: tuple[Affiliation, ...] = ()
    parent: str | None = None  # organisation: the state or organisation it belongs to

    @property
    def is_media(self) -> bool:
        return self.label == "Organisation" and self.props.get("type") == "media"

    def affiliation_on(self, date: str | None) -> Affiliation | None:
        """The first affiliation valid on the date, else (undated article) the latest one."""
        for aff in self.affiliations:
            if aff.valid_on(date):
                return aff
        if date is None and self.affiliations:
            return self.affiliations[-1]
        return None


@dataclass(frozen=True)
class ProposalDef:
    """A canonical proposal and how it is recognised."""

    key: str
    name: str
    kind: str
    model: str | None
    topics: tuple[str, ...]
    when: tuple[frozenset[str], ...]

    @property
    def id(self) -> str:
        return m.node_id("Proposal", self.key)


@dataclass(frozen=True)
class Lexicon:
    """One language's cues, built into pattern indexes."""

    language: str
    stance: PatternIndex  # value: demand/propose/...
    weak_demand: PatternIndex
    reporting: PatternIndex
    according_to: PatternIndex
    conditional: PatternIndex
    conditional_ambiguous: PatternIndex  # "om", "als", "if", "si": a condition only where no blocker precedes
    conditional_blockers: PatternIndex  # words after which the ambiguous marker means "about"/"as"/"whether"
    unless: PatternIndex
    state_refs: PatternIndex
    roles: PatternIndex  # value: English role
    topics: PatternIndex  # value: topic tag
    proposal_cues: PatternIndex  # value: proposal key
    agent: frozenset[str]
    complementizers: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    negation: frozenset[str]
    infinitive: frozenset[str]
    person_pronouns: frozenset[str]
    female_pronouns: frozenset[str]  # "hun", "she", "elle": never a person known to be a man
    male_pronouns: frozenset[str]  # "han", "he", "il": never a person known to be a woman
    object_pronouns: frozenset[str]  # "enligt honom", "selon lui", "volgens hem"
    reported_mood: frozenset[str]  # German Konjunktiv ("sei", "müsse"): speech reported without a verb
    demonstrative_pronouns: frozenset[str]  # German "Der rückte ab": "der" before a verb (lower case) is "he"
    group_pronouns: frozenset[str]
    possessives: frozenset[str]
    determiners: frozenset[str]
    role_words: Mapping[str, str]  # single-token role forms (with inflections) -> role
    proposal_refs: PatternIndex  # "the plan", "lånet", "ce texte": a proposal named before -> kind or "any"
    # "called the plan criminal", "noemde het akkoord historisch": value call (the verb), good or bad (the verdict)
    evaluation: PatternIndex = field(default_factory=lambda: PatternIndex([]))
    # "ready to", "bereit zu", "prêt à": the propose cues (their specs) that back talks (SUPPORTS) and offer
    # anything else
    readiness: frozenset[str] = frozenset()
    scanner: SectionIndex = field(init=False, repr=False, compare=False)
    # one-word role forms of five letters or more, longest first: the heads of compounds
    # ("menneskerettighedsombudsmand" ends in "ombudsmand")
    role_suffixes: tuple[tuple[str, str], ...] = field(init=False, repr=False, compare=False)
    role_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)  # their words, for endswith

    SECTIONS = (
        "stance",
        "weak_demand",
        "reporting",
        "according_to",
        "conditional",
        "conditional_ambiguous",
        "unless",
        "state_refs",
        "roles",
        "topics",
        "proposal_cues",
        "proposal_refs",
        "evaluation",
    )

    def __post_init__(self) -> None:
        sections = {name: getattr(self, name).patterns for name in self.SECTIONS}
        object.__setattr__(self, "scanner", SectionIndex(sections, overlapping=("topics", "proposal_cues")))
        forms = sorted(
            ((w, r) for w, r in self.role_words.items() if len(w) >= 5 and w.isalpha()), key=lambda x: -len(x[0])
        )
        object.__setattr__(self, "role_suffixes", tuple(forms))
        object.__setattr__(self, "role_endings", tuple(w for w, _ in forms))

    def scan(self, tokens: list[Token]) -> dict[str, list[Match]]:
        """Every section's matches in one pass over the sentence."""
        return self.scanner.scan(tokens)


@dataclass(frozen=True)
class Surface:
    """One spelling of an actor as the automaton stores it."""

    actor: str
    form: str
    kind: str  # name | alias | demonym | metonym | venue
    case_sensitive: bool
    genitive: bool = False  # "Russlands", "Russia's": a listed possessive form
    languages: frozenset[str] = frozenset()  # demonyms count only in these languages ("finns" is English)


@dataclass(frozen=True)
class Codebook:
    """Everything extraction knows before it reads an article."""

    actors: Mapping[str, Actor]
    proposals: Mapping[str, ProposalDef]
    topic_kinds: tuple[tuple[str, frozenset[str]], ...]
    lexicons: Mapping[str, Lexicon]
    automaton: Any  # ahocorasick.Automaton: lowercase form -> tuple[Surface, ...]
    surnames: Mapping[str, tuple[str, ...]]  # folded surname -> person ids
    # topic -> positions (in ``proposals`` order) of the proposals whose ``when`` sets use it
    when_index: Mapping[str, frozenset[int]] = field(init=False, repr=False, compare=False)
    _proposal_list: tuple[ProposalDef, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, set[int]] = {}
        for n, p in enumerate(self.proposals.values()):
            for w in p.when:
                for t in w:
                    index.setdefault(t, set()).add(n)
        object.__setattr__(self, "when_index", {t: frozenset(ns) for t, ns in index.items()})
        object.__setattr__(self, "_proposal_list", tuple(self.proposals.values()))

    def when_candidates(self, topics: Iterable[str]) -> list[ProposalDef]:
        """The proposals, in codebook order, with a ``when`` set that uses one of these topics."""
        hits: set[int] = set()
        for t in topics:
            hits |= self.when_index.get(t, frozenset())
        return [self._proposal_list[n] for n in sorted(hits)]

    def lexicon(self, language: str | None) -> Lexicon:
        """The lexicon for a language code (``no``/``nn`` read as ``nb``; unknown -> English)."""
        lang = LANGUAGE_ALIASES.get(language or "", language or "en")
        return self.lexicons.get(lang) or self.lexicons["en"]

    def kind_for(self, topics: Iterable[str]) -> str:
        """The proposal kind an inferred proposal takes from its topics."""
        tset = set(topics)
        for kind, tags in self.topic_kinds:
            if tset & tags:
                return kind
        return "political"


def fold(text: str) -> str:
    """Lowercase without diacritics, for comparing spellings.

    >>> fold("Zelenskyj") == fold("ZELENSKYJ"), fold("Oekraïne")
    (True, 'oekraine')
    """
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def lower_same_length(text: str) -> str:
    """Lowercase character by character, keeping offsets (``İ`` would otherwise grow)."""
    out = text.lower()
    if len(out) == len(text):
        return out
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# --- reading -------------------------------------------------------------------------------------


def _default_root() -> Traversable:
    override = os.environ.get("PARLEY_CODEBOOK")
    if override:
        return Path(override)
    return resources.files("parley.seeds").joinpath("codebook")


def _read_yaml(root: Traversable, name: str, *, required: bool = True) -> Any:
    f = root.joinpath(name)
    if not f.is_file():
        if required:
            raise CodebookError(f"{name}: missing from the codebook at {root}")
        return None
    try:
        return yaml.safe_load(f.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CodebookError(f"{name}: not valid YAML ({exc})") from None


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise CodebookError(f"{where}: expected a list of strings")
    return tuple(str(v) for v in value)


def _lang_lists(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, list):
        return {"*": _strs(value, where)}
    if not isinstance(value, dict):
        raise CodebookError(f"{where}: expected a mapping of language to list")
    return {str(k): _strs(v, f"{where}.{k}") for k, v in value.items()}


def _date(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _load_actors(root: Traversable) -> dict[str, tuple[Actor, dict[str, dict[str, tuple[str, ...]]]]]:
    """Actors by id, with their spellings by kind and language."""
    out: dict[str, tuple[Actor, dict[str, dict[str, tuple[str, ...]]]]] = {}
    for fname, label in ACTOR_FILES.items():
        data = _read_yaml(root, fname)
        if data is None:
            continue
        if not isinstance(data, list):
            raise CodebookError(f"{fname}: expected a list of entries")
        for n, entry in enumerate(data, 1):
            where = f"{fname} entry {n}"
            if not isinstance(entry, dict) or not entry.get("name"):
                raise CodebookError(f"{where}: needs at least a name")
            name = str(entry["name"])
            where = f"{fname} entry {n} ({name})"
            key = str(entry.get("key") or m.slug(name))
            if key != m.slug(key):
                raise CodebookError(f"{where}: key {key!r} is not a lowercase slug")
            aid = m.node_id(label, key)
            if aid in out:
                raise CodebookError(f"{where}: duplicate key {key!r}")
            props: dict[str, Any] = {}
            parent = None
            if label == "State":
                props["iso2"] = entry.get("iso2")
            if label == "Person" and entry.get("gender") is not None:
                if entry.get("gender") not in ("f", "m"):
                    raise CodebookError(f"{where}: gender must be f or m")
                props["gender"] = entry.get("gender")
            if label == "Organisation":
                otype = entry.get("type")
                if otype not in m.ORGANISATION_TYPES:
                    raise CodebookError(f"{where}: type {otype!r} is not one of {', '.join(m.ORGANISATION_TYPES)}")
                props["type"] = otype
                parent = entry.get("state") or entry.get("member_of")
                if parent and ":" not in str(parent):
                    parent = m.node_id("State", str(parent)) if entry.get("state") else str(parent)
            affs: list[Affiliation] = []
            for a in entry.get("affiliations") or []:
                if not isinstance(a, dict) or not a.get("actor"):
                    raise CodebookError(f"{where}: each affiliation needs an actor")
                affs.append(Affiliation(str(a["actor"]), a.get("role"), _date(a.get("from")), _date(a.get("to"))))
            spell: dict[str, dict[str, tuple[str, ...]]] = {
                "name": {"*": (name,)},
                "alias": _lang_lists(entry.get("aliases"), f"{where}.aliases"),
                "names": _lang_lists(entry.get("names"), f"{where}.names"),
                "demonym": _lang_lists(entry.get("demonyms"), f"{where}.demonyms"),
                "metonym": _lang_lists(entry.get("metonyms"), f"{where}.metonyms"),
                "venue": _lang_lists(entry.get("venues"), f"{where}.venues"),
            }
            aliases = sorted({s for kind in ("alias", "names") for v in spell[kind].values() for s in v} - {name})
            actor = Actor(aid, label, name, tuple(aliases), props, tuple(affs), parent)
            out[aid] = (actor, spell)
    for actor, _ in out.values():
        for aff in actor.affiliations:
            if aff.actor not in out:
                raise CodebookError(f"people.yaml ({actor.name}): affiliation to unknown actor {aff.actor!r}")
    return out


def _build_automaton(actors: dict[str, tuple[Actor, dict[str, dict[str, tuple[str, ...]]]]]) -> Any:
    table: dict[str, list[Surface]] = {}
    for aid, (_, spell) in actors.items():
        own = {f.strip() for by_lang in spell.values() for forms in by_lang.values() for f in forms}
        metonyms = {f.strip() for forms in spell["metonym"].values() for f in forms}
        for kind, by_lang in spell.items():
            skind = "alias" if kind == "names" else kind
            for lang, forms in by_lang.items():
                for form in forms:
                    form = form.strip()
                    if len(form) < 2 or (skind == "venue" and form in metonyms):
                        continue
                    langs = (
                        frozenset({LANGUAGE_ALIASES.get(lang, lang)})
                        if skind == "demonym" and lang != "*"
                        else frozenset()
                    )
                    sens = skind != "demonym"
                    gen = skind != "demonym" and any(
                        form.endswith(suf) and form[: -len(suf)] in own for suf in ("'s", "’s", ":s", "s", "'", "’")
                    )
                    low = lower_same_length(form)
                    entries = table.setdefault(low, [])
                    same = next((s for s in entries if s.actor == aid and s.form == form and s.kind == skind), None)
                    if same is None:
                        entries.append(Surface(aid, form, skind, sens, gen, langs))
                    elif same.languages and langs:
                        entries[entries.index(same)] = Surface(aid, form, skind, sens, gen, same.languages | langs)
    auto = ahocorasick.Automaton()
    for low, entries in table.items():
        auto.add_word(low, (low, tuple(entries)))
    auto.make_automaton()
    return auto


def _surnames(actors: Iterable[Actor]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for a in actors:
        if a.label != "Person":
            continue
        for form in (a.name, *a.aliases):
            last = fold(form.split()[-1])
            ids = out.setdefault(last, [])
            if a.id not in ids:
                ids.append(a.id)
    return {k: tuple(v) for k, v in out.items()}


def _load_proposals(
    root: Traversable,
) -> tuple[
    dict[str, ProposalDef], dict[str, list[Pattern]], dict[str, list[Pattern]], tuple[tuple[str, frozenset[str]], ...]
]:
    data = _read_yaml(root, "proposals.yaml")
    if not isinstance(data, dict) or not isinstance(data.get("proposals"), list):
        raise CodebookError("proposals.yaml: expected a mapping with a 'proposals' list")
    topic_set = set(m.TOPICS)
    names: dict[str, list[Pattern]] = {}
    for topic, specs in (data.get("topic_names") or {}).items():
        if topic not in topic_set:
            raise CodebookError(f"proposals.yaml topic_names: {topic!r} is not a topic")
        for s in _strs(specs, f"proposals.yaml topic_names.{topic}"):
            names.setdefault("*", []).append(_pattern(s, topic, f"proposals.yaml topic_names.{topic}"))
    kinds: list[tuple[str, frozenset[str]]] = []
    for n, row in enumerate(data.get("topic_kinds") or [], 1):
        if not (isinstance(row, list) and len(row) == 2 and row[0] in m.PROPOSAL_KINDS):
            raise CodebookError(f"proposals.yaml topic_kinds row {n}: expected [kind, [topics]]")
        bad = set(row[1]) - topic_set
        if bad:
            raise CodebookError(f"proposals.yaml topic_kinds row {n}: unknown topics {sorted(bad)}")
        kinds.append((row[0], frozenset(row[1])))
    props: dict[str, ProposalDef] = {}
    cues: dict[str, list[Pattern]] = {}
    for n, entry in enumerate(data["proposals"], 1):
        where = f"proposals.yaml entry {n}"
        if not isinstance(entry, dict) or not entry.get("key") or not entry.get("name"):
            raise CodebookError(f"{where}: needs key and name")
        where = f"proposals.yaml entry {n} ({entry['key']})"
        key = str(entry["key"])
        if key != m.slug(key) or key in props:
            raise CodebookError(f"{where}: key must be a unique lowercase slug")
        kind, model_ = entry.get("kind"), entry.get("model")
        if kind not in m.PROPOSAL_KINDS:
            raise CodebookError(f"{where}: kind {kind!r} is not one of {', '.join(m.PROPOSAL_KINDS)}")
        if model_ is not None and model_ not in m.GUARANTEE_MODELS:
            raise CodebookError(f"{where}: model {model_!r} is not one of {', '.join(m.GUARANTEE_MODELS)}")
        topics = _strs(entry.get("topics"), f"{where}.topics")
        when = tuple(frozenset(_strs(w, f"{where}.when")) for w in entry.get("when") or [])
        for t in {*topics, *(t for w in when for t in w)}:
            if t not in topic_set:
                raise CodebookError(f"{where}: {t!r} is not a topic")
        props[key] = ProposalDef(key, str(entry["name"]), str(kind), model_, topics, when)
        for lang, specs in _lang_lists(entry.get("cues"), f"{where}.cues").items():
            for s in specs:
                cues.setdefault(lang, []).append(_pattern(s, key, f"{where}.cues.{lang}"))
    return props, cues, names, tuple(kinds)


# the parts of an evaluation: the verb that frames it and the verdicts that give its polarity
EVALUATION_PARTS = ("call", "good", "bad")


def _pattern(spec: str, value: str, where: str) -> Pattern:
    try:
        return Pattern.parse(spec, value)
    except ValueError as exc:
        raise CodebookError(f"{where}: {exc}") from None


def _index(specs: Iterable[tuple[str, str]], where: str) -> PatternIndex:
    return PatternIndex(_pattern(s, v, where) for s, v in specs)


def _load_lexicon(
    root: Traversable, lang: str, proposal_cues: dict[str, list[Pattern]], topic_names: dict[str, list[Pattern]]
) -> Lexicon:
    fname = f"lexicon/{lang}.yaml"
    data = _read_yaml(root, fname)
    if not isinstance(data, dict):
        raise CodebookError(f"{fname}: expected a mapping")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _strs(data.get(key), f"{fname} {key}"))

    stance = data.get("stance") or {}
    readiness = _strs(data.get("readiness"), f"{fname} readiness")
    evaluation = data.get("evaluation") or {}
    for part in evaluation:
        if part not in EVALUATION_PARTS:
            raise CodebookError(f"{fname} evaluation: {part!r} is not one of {', '.join(EVALUATION_PARTS)}")
    for cue_kind in stance:
        if cue_kind not in STANCE_RELATIONS:
            raise CodebookError(f"{fname} stance: {cue_kind!r} is not one of {', '.join(STANCE_RELATIONS)}")
    inflections = [""] + [s.lower() for s in _strs(data.get("inflections"), f"{fname} inflections")]
    role_specs: list[tuple[str, str]] = []
    role_words: dict[str, str] = {}
    for role, forms in (data.get("roles") or {}).items():
        for form in _strs(forms, f"{fname} roles.{role}"):
            low = form.lower()
            if " " in low or "-" in low and low.count("-") > 1:
                role_specs.append((low, str(role)))
                continue
            for suf in inflections:
                role_words.setdefault(low + suf, str(role))
                role_specs.append((low + suf, str(role)))
    topics: list[Pattern] = list(topic_names.get("*", []))
    for topic, specs in (data.get("topics") or {}).items():
        if topic not in m.TOPICS:
            raise CodebookError(f"{fname} topics: {topic!r} is not a topic")
        topics.extend(_pattern(s, topic, f"{fname} topics.{topic}") for s in _strs(specs, f"{fname} topics.{topic}"))
    pronouns = data.get("pronouns") or {}
    return Lexicon(
        language=lang,
        stance=_index(
            [
                *((s, str(k)) for k, v in stance.items() for s in _strs(v, f"{fname} stance.{k}")),
                *((s, "propose") for s in readiness),
            ],
            f"{fname} stance",
        ),
        weak_demand=_index(((s, "demand") for s in _strs(data.get("weak_demand"), fname)), f"{fname} weak_demand"),
        reporting=_index(((s, "say") for s in _strs(data.get("reporting"), fname)), f"{fname} reporting"),
        according_to=_index(
            ((s, "according") for s in _strs(data.get("according_to"), fname)), f"{fname} according_to"
        ),
        conditional=_index(((s, "if") for s in _strs(data.get("conditional"), fname)), f"{fname} conditional"),
        conditional_ambiguous=_index(
            ((s, "if") for s in _strs(data.get("conditional_ambiguous"), fname)), f"{fname} conditional_ambiguous"
        ),
        conditional_blockers=_index(
            ((s, "block") for s in _strs(data.get("conditional_blockers"), fname)), f"{fname} conditional_blockers"
        ),
        infinitive=words("infinitive"),
        unless=_index(((s, "unless") for s in _strs(data.get("unless"), fname)), f"{fname} unless"),
        state_refs=_index(((s, "state") for s in _strs(data.get("state_refs"), fname)), f"{fname} state_refs"),
        roles=_index(role_specs, f"{fname} roles"),
        topics=PatternIndex(topics),
        proposal_cues=PatternIndex(proposal_cues.get(lang, [])),
        agent=words("agent"),
        complementizers=words("complementizers"),
        coordinators=words("coordinators"),
        prepositions=words("prepositions"),
        negation=words("negation"),
        person_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("person"), fname)),
        female_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("female"), fname)),
        male_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("male"), fname)),
        demonstrative_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("demonstrative"), fname)),
        reported_mood=words("reported_mood"),
        object_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("object"), fname)),
        group_pronouns=frozenset(w.lower() for w in _strs(pronouns.get("group"), fname)),
        possessives=words("possessives"),
        determiners=words("determiners"),
        role_words=role_words,
        evaluation=_index(
            ((sp, str(k)) for k, v in evaluation.items() for sp in _strs(v, f"{fname} evaluation.{k}")),
            f"{fname} evaluation",
        ),
        readiness=frozenset(readiness),
        proposal_refs=_index(
            (
                (s, str(kind))
                for kind, specs in (data.get("proposal_refs") or {}).items()
                for s in _strs(specs, f"{fname} proposal_refs.{kind}")
            ),
            f"{fname} proposal_refs",
        ),
    )


def load_codebook(root: Traversable | Path | str | None = None) -> Codebook:
    """Read and check a codebook folder (default: the package's ``seeds/codebook``)."""
    base: Traversable = Path(root) if isinstance(root, str | Path) else (root or _default_root())
    actors = _load_actors(base)
    proposals, cues, names, kinds = _load_proposals(base)
    lexicons = {lang: _load_lexicon(base, lang, cues, names) for lang in LANGUAGES}
    plain = {aid: a for aid, (a, _) in actors.items()}
    return Codebook(
        actors=plain,
        proposals=proposals,
        topic_kinds=kinds,
        lexicons=lexicons,
        automaton=_build_automaton(actors),
        surnames=_surnames(plain.values()),
    )


@cache
def codebook() -> Codebook:
    """The default codebook, built once per process."""
    return load_codebook()
