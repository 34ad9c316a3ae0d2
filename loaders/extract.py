"""Rule-based extraction of actors and stances from one article, into interchange records.

Extraction reads one sentence at a time. It finds the actors a sentence names
(codebook spellings through one Aho–Corasick pass over the article, unknown
people through role phrases such as "Russlands utenriksminister Sergej
Lavrov"), the stance cues of the article's language, who speaks (the subject
before the cue, a passive agent, a quote attribution such as "sa Lavrov" or
"according to X", a pronoun or "the country" resolved to the last fitting
actor) and what about (canonical proposals recognised by their topics and
cues, else a proposal inferred from the topics). Sentences that only report
facts give no statement: precision matters as much as recall. Everything is
deterministic and offline.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date as Date
from pathlib import Path

from rapidfuzz import fuzz

from parley.graph import model as m
from parley.graph.errors import ExtractionError, ModelError
from parley.graph.records import ArticleRecord, Bundle, EdgeRecord, NodeRecord
from parley.loaders.codebook import (
    STANCE_RELATIONS,
    Actor,
    Codebook,
    Lexicon,
    codebook,
    fold,
    lower_same_length,
)
from parley.loaders.read import Article, ReadProblem
from parley.loaders.wordspec import Match, Token, tokenize

TALKS_ID = m.node_id("Talks", "russia-ukraine-peace-talks")
TALKS_NAME = "Russia–Ukraine peace talks"
GENITIVE_SUFFIXES = ("s", "'s", "’s", ":s", "'", "’")
CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", "«", "»", "“", "”", "„", '"', "-"})
NEGATABLE = {
    "demand": "REJECTS",
    "propose": "REJECTS",
    "support": "REJECTS",
    "guarantee": "REJECTS",
    "reject": "SUPPORTS",
}
DEPUTY_PREFIXES = ("vice", "vize", "junior", "under", "deputy")
MAX_PROPOSALS_PER_CUE = 4
# "från rysk sida", "von russischer Seite", "du côté russe": a demonym that stands for its state
# (location, origin) prepositions: "talks in X" -> X hosts; "delegations from X and Y" -> they take part
VENUE_PREPOSITIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "sv": (frozenset({"i", "på"}), frozenset({"från"})),
    "nb": (frozenset({"i", "på"}), frozenset({"fra"})),
    "da": (frozenset({"i", "på"}), frozenset({"fra"})),
    "nl": (frozenset({"in", "te"}), frozenset({"van", "uit"})),
    "en": (frozenset({"in"}), frozenset({"from"})),
    "de": (frozenset({"in", "im"}), frozenset({"aus"})),
    "fr": (frozenset({"à", "en", "au", "aux"}), frozenset({"de", "du", "des"})),
}
# "the demand of X", "de bemiddelingsrol van Qatar": the owner of a stance noun follows it
OF_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset({"av"}),
    "nb": frozenset({"av", "fra"}),
    "da": frozenset({"af", "fra"}),
    "nl": frozenset({"van"}),
    "en": frozenset({"of", "from"}),
    "de": frozenset({"von", "des"}),
    "fr": frozenset({"de", "du", "des"}),
}
# auxiliaries before a verb cue that is also a noun ("would guarantee" vs "security guarantees")
MODALS = frozenset(
    {
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "vil",
        "ville",
        "skal",
        "skulle",
        "kan",
        "kunne",
        "må",
        "ska",
        "wird",
        "würde",
        "werden",
        "kann",
        "könnte",
        "soll",
        "zal",
        "zou",
        "zullen",
        "wil",
        "va",
        "vont",
        "pourrait",
        "peut",
        "veut",
        "doit",
        "ready",
        "willing",
    }
)
BUT_WORDS = frozenset(
    {
        "but",
        "men",
        "maar",
        "aber",
        "mais",
        "however",
        "dog",
        "doch",
        "toutefois",
        "mens",
        "medan",
        "while",
        "whereas",
        "terwijl",
        "während",
        "tandis",
        "alors",
        "mientras",
        "before",
        "innan",
        "før",
        "inden",
        "voordat",
        "bevor",
        "avant",
        "ehe",
    }
)
ADJECTIVE_ENDINGS = ("e", "en", "a", "t", "ed", "al", "ive", "ic", "ique", "isch", "sk")
# prepositions that make a state a place: "in Poland", "near the border with Hungary", "to Turkey"
PLACE_PREPOSITIONS = frozenset(
    {
        "til",
        "to",
        "nach",
        "naar",
        "vers",
        "mot",
        "towards",
        "near",
        "nær",
        "nära",
        "nahe",
        "près",
        "bij",
        "ved",
        "vid",
        "över",
        "over",
        "through",
        "gjennom",
        "genom",
        "durch",
        "across",
        "into",
        "in",
        "i",
        "på",
        "im",
        "en",
        "au",
        "aux",
        "à",
        "te",
        "with",
        "med",
    }
)
GENERIC_TOPICS = frozenset({"occupied_territories", "territorial_concessions"})
SIDE_WORDS = frozenset({"sida", "side", "zijde", "kant", "seite", "côté", "hold", "part"})
# "Russian officials said", "die ukrainische Delegation", "les autorités russes": a demonym with one of
# these nouns speaks for its state
GROUP_NOUNS = frozenset(
    {
        "officials",
        "diplomats",
        "negotiators",
        "delegation",
        "government",
        "authorities",
        "leadership",
        "tjenestemenn",
        "diplomater",
        "forhandlere",
        "delegasjonen",
        "delegasjon",
        "regjeringen",
        "myndighetene",
        "tjänstemän",
        "förhandlare",
        "förhandlarna",
        "delegationen",
        "regeringen",
        "myndigheterna",
        "embedsmænd",
        "myndighederne",
        "ambtenaren",
        "functionarissen",
        "diplomaten",
        "onderhandelaars",
        "delegatie",
        "regering",
        "autoriteiten",
        "beamte",
        "unterhändler",
        "regierung",
        "behörden",
        "führung",
        "responsables",
        "diplomates",
        "négociateurs",
        "délégation",
        "gouvernement",
        "autorités",
    }
)


# --- the actors a text names ---------------------------------------------------------------------


# the English role for a compound role noun's ending (the lexicon's own role words take precedence)
SUFFIX_ROLE: tuple[tuple[str, str], ...] = (
    ("udenrigsminister", "foreign minister"),
    ("utenriksminister", "foreign minister"),
    ("utrikesminister", "foreign minister"),
    ("außenminister", "foreign minister"),
    ("minister", "minister"),
    ("ministre", "minister"),
    ("sprecher", "spokesperson"),
    ("woordvoerder", "spokesperson"),
    ("talsperson", "spokesperson"),
    ("talsmann", "spokesperson"),
    ("talsmand", "spokesperson"),
    ("gesandter", "envoy"),
    ("gezant", "envoy"),
    ("sendebud", "envoy"),
    ("chef", "head"),
    ("direktør", "director"),
    ("direktör", "director"),
)

SUFFIX_ENDINGS = tuple(suf for suf, _ in SUFFIX_ROLE)

# "signed", "undertecknade", "unterzeichnete", "ondertekenden", "a signé": signing a security agreement
SIGN_STEMS = ("sign", "underskr", "underteckn", "unterzeichn", "unterschr", "ondertek", "tekende", "signé", "signa")
# "Turkiet, som ...", "Scholz, who ...", "Merz, der ...", "Orbán, qui ...": a relative clause after a name
RELATIVE_PRONOUNS = frozenset(
    {"som", "who", "which", "der", "die", "das", "welcher", "welche", "dat", "wie", "qui", "lequel", "laquelle"}
)
QUOTE_MARKS = frozenset("\"“”„«»‘’'")
DOUBLE_QUOTES = frozenset('"“”„«»')  # quote marks that are never apostrophes
UKRAINE = "state:ukraine"
RUSSIA = "state:russia"
# the particles that end a split German or Dutch verb ("lehnte ... ab", "wees ... af")
SEPARABLE_PARTICLES = frozenset(
    {"ab", "aus", "an", "vor", "zu", "ein", "auf", "af", "aan", "uit", "voor", "op", "toe", "in"}
)
WARRING = frozenset({UKRAINE, RUSSIA})
# a withdrawal of troops, by whose troops leave
WITHDRAWALS = {UKRAINE: "ukraine-withdraws-troops", RUSSIA: "russia-withdraws"}
AID_PROPOSAL = "military-aid-ukraine"  # what backing Ukraine itself means, where no other proposal is named

# German names that take "die": after "der" they are dative or genitive ("der Ukraine"), never the subject
GERMAN_FEMININE = frozenset(
    {"ukraine", "türkei", "schweiz", "slowakei", "mongolei", "eu", "nato", "uno", "osze", "europäischen"}
    | {"bundesregierung", "regierung", "kommission", "russischen", "ukrainischen", "g7", "g20", "allianz"}
)

# negative quantifiers before an object: "no ceasefire", "keine Waffenruhe", "aucun cessez-le-feu"
NEG_QUANTIFIERS = frozenset(
    {"no", "kein", "keine", "keinen", "keinem", "keiner", "geen", "ingen", "inget", "inga", "intet", "aucun", "aucune"}
)

# "the parties", "beide Seiten": the sentence has its own (collective) subject; the last speaker is not it
# "nach dem Gipfel", "after a ceasefire", "efter fredsaftalen": a time, not the thing wanted
TEMPORAL_PREPOSITIONS = frozenset(
    {"after", "before", "during", "since", "nach", "vor", "während", "seit", "efter", "före", "sedan"}
    | {"etter", "før", "siden", "na", "tijdens", "sinds", "vóór", "après", "avant", "pendant", "depuis"}
)
# "Meklingen har vært ledet av X": verbs that may stand between a cue and its agent
AUXILIARIES = frozenset(
    {"har", "hade", "hadde", "havde", "är", "var", "er", "vært", "været", "varit", "blitt", "blevet", "blivit"}
    | {"ble", "blev", "blir", "bliver", "blivit", "has", "have", "had", "was", "were", "been", "is", "are", "being"}
    | {"ist", "wird", "wurde", "worden", "war", "sind", "hat", "is", "wordt", "werd", "werden", "heeft", "zijn"}
    | {"a", "été", "est", "sont", "ont", "avait", "était"}
)
WANT_LEMMAS = frozenset(
    {"want", "wanted", "wants", "vilja", "ville", "vill", "vil", "villa", "ønske", "ønsker", "önska"}
)
# "in de Saoedische hoofdstad Riyad", "in the Turkish city of Istanbul": a place inside a phrase
PLACE_NOUNS = frozenset(
    {"hoofdstad", "stad", "huvudstaden", "huvudstad", "staden", "hovedstaden", "hovedstad", "byen", "capital", "city"}
    | {"hauptstadt", "stadt", "capitale", "ville", "region", "regionen", "provinsen", "province", "provincie"}
)
# "invited him to Moscow", "lud ihn ein", "bjöd in": an invitation offers a meeting
# "Gastgeber", "host", "vært", "vertskap", "värd", "gastheer", "accueillir", "hôte": a host offered
HOST_STEMS = ("gastgeb", "host", "vært", "vertskap", "värd", "gastheer", "accueil", "hôte")
INVITE_STEMS = ("invit", "einlad", "eingeladen", "lud", "bjud", "bjöd", "nodig", "uitgenodigd", "inbjud")
COPULAS = frozenset(
    {"is", "are", "was", "were", "är", "var", "er", "blir", "ble", "bliver", "blev", "ist", "sind", "war", "wird"}
    | {"zijn", "was", "wordt", "est", "sont", "était", "sera", "sei", "seien"}
    # "remains the condition": staying is being
    | {"remains", "remain", "reste", "restent", "blijft", "blijven", "bleibt", "bleiben", "förblir", "forblir"}
    | {"forbliver"}
)
# the second half of a French negation; without one, "ne ... que" means "only"
FRENCH_FULL_NEGATION = frozenset({"pas", "jamais", "plus", "rien", "aucun", "aucune", "guère", "point", "personne"})
RELATIVES = frozenset({"which", "that", "som", "der", "die", "das", "welche", "welcher", "dat", "qui", "que", "lequel"})
# languages with the finite verb second: "Därför kräver Ryssland", "Dann fordert Russland"
V2_LANGUAGES = frozenset({"sv", "nb", "da", "nl", "de"})
# "accuse each other": every subject accuses the others
RECIPROCALS = frozenset(
    {"hinanden", "hverandre", "varandra", "varann", "elkaar", "elkander", "einander", "gegenseitig", "mutuellement"}
    | {"each", "one"}
)
BOTH_SIDES = frozenset(
    {"parties", "sides", "partene", "sidene", "parterna", "sidorna", "parterne", "siderne", "partijen", "kanten"}
    | {"seiten", "parteien", "konfliktparteien", "camps", "belligérants"}
)

# "both sides", "beide landen", "les deux parties": two parties at once
BOTH_WORDS = frozenset({"both", "beide", "begge", "båda", "bägge", "deux", "two", "twee", "zwei", "två", "to"})
BOTH_STATES = frozenset(
    {"countries", "länder", "lande", "land", "landen", "länderna", "landene", "pays", "états", "staaten"}
    | {"delegations", "delegationer", "delegasjoner", "delegasjonene", "delegaties", "delegationen", "délégations"}
)
# elided articles: "l'Inde", "l'Afrique du Sud"
ELIDED = frozenset({"l", "l'", "l’", "d", "d'", "d’"})

# "sans exiger", "without demanding", "ohne zu fordern" (the "zu" is skipped by the cue span or not a cue);
# "kein Abkommen ohne Sicherheitsgarantien": a proposal named after it is a condition
WITHOUT_WORDS = frozenset({"without", "sans", "ohne", "zonder", "utan", "uten", "uden"})

# verbs and nouns that give a person a role in a sentence without a role word
ROLE_STEMS = (
    "represent",
    "repræsent",
    "repräsent",
    "vertegenwoordig",
    "delegat",
    "délégat",
    "leder",
    "leitet",
    "leidde",
)
LEAD_VERBS = frozenset(
    {"led", "leads", "heads", "headed", "ledet", "ledde", "ledede", "leidt", "dirige", "dirigeait", "leitete"}
    | {"head", "chief", "chef", "leiter", "hoofd", "leder", "sjef"}
)
# compound role nouns the lexicon may lack: "infrastrukturminister", "Regierungssprecher", "sikkerhedsrådgiver"
ROLE_SUFFIXES = (
    "minister",
    "ministre",
    "ministern",
    "ministeren",
    "sprecher",
    "woordvoerder",
    "talsperson",
    "talsmann",
    "talsmand",
    "rådgiver",
    "rådgivare",
    "adviser",
    "advisor",
    "envoy",
    "gesandter",
    "gezant",
    "sendebud",
    "direktør",
    "direktör",
    "director",
    "directeur",
    "secretary",
    "sekretær",
    "sekreterare",
    "president",
    "präsident",
    "président",
    "presidenten",
    "chef",
    "chefen",
    "sjefen",
    "porte-parole",
    "kanzler",
    "premier",
)


@dataclass
class Mention:
    """An actor named in the text (character offsets into the article)."""

    start: int
    end: int
    actor: str
    kind: str  # name | alias | demonym | metonym | role-compound | pronoun | state-ref | unknown
    genitive: bool = False
    role: str | None = None  # role word glued to the name ("Kremlinwoordvoerder")
    confidence: float = 1.0


def _boundary_ok(text: str, start: int, end: int) -> tuple[bool, bool, int]:
    """(ok, genitive, end) for a candidate match: no letter glued before; after it only a genitive ending."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False, False, end
    if end >= len(text) or not text[end].isalnum():
        if (
            end < len(text)
            and text[end] in "'’:"
            and end + 1 < len(text)
            and text[end + 1] == "s"
            and (end + 2 >= len(text) or not text[end + 2].isalnum())
        ):
            return True, True, end + 2
        if end < len(text) and text[end] in "'’" and text[end - 1] == "s":
            return True, True, end + 1
        return True, False, end
    if text[end] == "s" and (end + 1 >= len(text) or not text[end + 1].isalnum()):
        return True, True, end + 1
    return False, False, end


def find_mentions(text: str, cb: Codebook, lex: Lexicon) -> list[Mention]:
    """Every codebook actor the text names, leftmost-longest, with genitives and role compounds."""
    low = lower_same_length(text)
    cands: list[Mention] = []
    for last, (form_low, surfaces) in cb.automaton.iter(low):
        start = last - len(form_low) + 1
        end = last + 1
        ok, gen, real_end = _boundary_ok(text, start, end)
        role = None
        if not ok and start > 0 and not text[start - 1].isalnum():
            # a compound such as "Kremlinwoordvoerder" or "Kremlsprecher": the rest is a role word
            j = end
            while j < len(text) and text[j].isalnum():
                j += 1
            tail = low[end:j]
            if tail in lex.role_words:
                ok, role, real_end = True, lex.role_words[tail], j
        if not ok:
            continue
        surface = text[start:end]
        best = None
        for s in surfaces:
            if s.case_sensitive and not _case_ok(surface, s.form):
                continue
            if s.languages and lex.language not in s.languages:
                continue  # a demonym of another language ("finns" is English for Finns, Swedish for "exists")
            if best is None or (s.kind != "demonym" and best.kind == "demonym"):
                best = s
        if best is None:
            continue
        if (
            " " not in best.form
            and best.actor.startswith("person:")
            and not _first_name_fits(text, start, cb, best.actor)
        ):
            continue  # "Taras Kyslytsya" is not the codebook's Serhiy Kyslytsya
        kind = "role-compound" if role else best.kind
        cands.append(
            Mention(
                start,
                real_end,
                best.actor,
                kind,
                (gen or best.genitive) and best.kind != "demonym",
                role,
                1.0 if best.kind == "name" else 0.95,
            )
        )
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Mention] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def _first_name_fits(text: str, start: int, cb: Codebook, pid: str) -> bool:
    """A surname alone is the codebook person unless a different first name stands right before it."""
    j = start - 1
    if j < 0 or text[j] != " ":
        return True
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    prev = text[k:j]
    if len(prev) < 2 or not prev[0].isupper() or not prev[1:].islower():
        return True
    firsts = _first_initials(cb, pid)
    return not firsts or fold(prev)[:1] in firsts or k == 0 or text[k - 1] in ".!?\n"


_INITIALS: dict[tuple[int, str], frozenset[str]] = {}


def _first_initials(cb: Codebook, pid: str) -> frozenset[str]:
    """Initials of a codebook person's first names in every spelling (memoised per codebook)."""
    key = (id(cb), pid)
    got = _INITIALS.get(key)
    if got is None:
        actor = cb.actors[pid]
        got = _INITIALS[key] = frozenset(fold(f.split()[0])[:1] for f in (actor.name, *actor.aliases) if " " in f)
    return got


def _case_ok(surface: str, form: str) -> bool:
    """Names match in their written case; long names also with a capitalised or upper-case variant."""
    if surface == form:
        return True
    if len(form) <= 4:
        return False
    return surface[0].isupper() and surface.lower() == form.lower()


# --- people and their names ----------------------------------------------------------------------


def translit_key(name: str) -> str:
    """A key that equal transliterations share (Oleksiy/Oleksij/Oleksii Reznikov -> one key).

    >>> translit_key("Oleksiy Reznikov") == translit_key("Oleksij Reznikov") == translit_key("Oleksii Reznikov")
    True
    >>> translit_key("Mykhailo Podoliak") == translit_key("Mychajlo Podoljak")
    True
    >>> translit_key("Andrij Jermak") == translit_key("Andriy Yermak")
    True
    """
    out = []
    for word in fold(name).split():
        head, rest = word[:1], word[1:]
        for a, b in (
            ("kh", "h"),
            ("ch", "h"),
            ("zh", "z"),
            ("sch", "sh"),
            ("w", "v"),
            ("ck", "k"),
            ("iy", "i"),
            ("ij", "i"),
            ("ii", "i"),
            ("yi", "i"),
            ("j", "i"),
            ("y", "i"),
            ("ie", "i"),
        ):
            rest = rest.replace(a, b)
        out.append({"w": "v", "j": "y"}.get(head, head) + rest)
    try:
        return m.slug(" ".join(out))
    except ModelError:
        return ""  # nothing to compare (punctuation only): never equal to a name


@dataclass
class PersonInfo:
    """A person the article names: a codebook actor or one met in a role phrase."""

    id: str
    name: str
    spellings: set[str] = field(default_factory=set)
    known: bool = False
    role: str | None = None
    owner: str | None = None


# --- one sentence's analysis ---------------------------------------------------------------------


@dataclass
class Ent:
    """An actor in a sentence, by token range."""

    start: int
    end: int
    actor: str
    kind: str
    genitive: bool = False
    confidence: float = 1.0
    owner_of_role: bool = False  # "Russlands" in "Russlands president Putin"
    oblique: bool = False  # after a preposition: not a subject
    gender: str | None = None  # a pronoun's: "f" (she, hun, elle), "m" (he, han, il) or None


@dataclass
class Cue:
    kind: str  # demand | propose | ... | weak
    start: int
    end: int
    confidence: float
    verdict_end: int | None = None  # an evaluation's: what is judged stands before the verdict's end
    enumerates: bool = False  # "a plan in four points: A; B; C": the cue's objects run to the sentence end
    ready: bool = False  # a readiness cue ("ready to", "villig til"): talks it backs, anything else it offers


@dataclass
class Found:
    """A proposal recognised in a span."""

    key: str  # node key
    name: str
    kind: str
    model: str | None
    topics: tuple[str, ...]
    start: int
    end: int
    confidence: float
    canonical: bool
    by_cue: bool = False


class _Extractor:
    """The state of one article's extraction: its actors, the discourse, the records made."""

    def __init__(self, article: Article, cb: Codebook) -> None:
        self.article = article
        self.cb = cb
        self.lang = article.language or "en"
        self.lex = cb.lexicon(self.lang)
        self.persons: dict[str, PersonInfo] = {}
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[tuple[str, str, str], EdgeRecord] = {}
        self.recent: list[str] = []  # actor ids, most recent last
        self.last_speaker: str | None = None
        self.last_proposals: list[Found] = []
        self.seen_proposals: dict[str, tuple[int, int, Found]] = {}  # key -> (weighted mentions, last sentence, found)
        self.sent_no = 0
        self._mood = False
        self.cue_subject: str | None = None  # the subject a cue found, edge or not
        self.proposers: dict[str, str] = {}  # proposal node id -> who proposed it first in the article
        self.last_proposer: str | None = None
        self.sentence_states: set[str] = set()
        self.actor_states: set[str] = set()
        self.mentioned: set[str] = set()
        self.represented: set[str] = set()
        self.prev_role_owner: str | None = None
        self._compound_roles: list[tuple[Ent, str]] = []
        self._possessive_owner: str | None = None
        self._doc_speaker = False  # the sentence's speaker is a document's author ("enligt förslaget")
        self._topic_at: set[int] = set()
        self._hard_stops: set[int] = set()
        self._inner_ends: set[int] = set()
        self.interview = False  # answers quoted without attribution speak for the interviewee
        self.interviewee: str | None = None  # the first person the article introduces with a role
        self.in_answer = False
        self.sc: dict[str, list[Match]] = {}
        self._prop_cache: dict[tuple[int, int, int], list[Found]] = {}
        self.named: set[str] = set()  # persons named other than in a genitive
        self.first_sentence: dict[str, str] = {}  # evidence for REPRESENTS taken from the codebook
        self.edge_sentence = False

    # -- nodes and edges --

    def actor_node(self, aid: str) -> None:
        if aid in self.nodes:
            return
        label, key = m.split_id(aid)
        actor = self.cb.actors.get(aid)
        if actor is not None:
            props = dict(actor.props)
            self.nodes[aid] = NodeRecord(aid, label, actor.name, [], [self.article.id], props)
        else:
            info = self.persons[aid]
            self.nodes[aid] = NodeRecord(aid, "Person", info.name, [], [self.article.id], {})

    def proposal_node(self, f: Found) -> str:
        pid = m.node_id("Proposal", f.key)
        if pid not in self.nodes:
            self.nodes[pid] = NodeRecord(
                pid,
                "Proposal",
                f.name,
                [],
                [self.article.id],
                {"kind": f.kind, "model": f.model, "topics": list(f.topics)},
            )
        return pid

    def talks_node(self) -> str:
        if TALKS_ID not in self.nodes:
            self.nodes[TALKS_ID] = NodeRecord(
                TALKS_ID, "Talks", TALKS_NAME, [], [self.article.id], {"location": None, "date": None}
            )
        return TALKS_ID

    def edge(
        self,
        source: str,
        rel: str,
        target: str,
        sentence: str,
        confidence: float,
        *,
        role: str | None = None,
        condition: str | None = None,
    ) -> None:
        if source == target:
            return
        if rel == "REPRESENTS" and (not sentence or self.is_media(target)):
            return  # the gold convention: only a role phrase in the article, never a media outlet
        try:
            m.check_edge(rel, m.split_id(source)[0], m.split_id(target)[0])
        except Exception:  # a relation the model does not allow between these labels: not a statement
            return
        key = (source, rel, target)
        conf = round(max(0.05, min(1.0, confidence)), 2)
        old = self.edges.get(key)
        if old is not None and old.confidence >= conf:
            return
        if rel == "PROPOSES" and target.startswith("proposal:"):
            self.proposers.setdefault(target, source)  # who tabled it: the author "the plan" speaks for
            self.last_proposer = source
        self.edges[key] = EdgeRecord(
            source=source,
            target=target,
            type=rel,
            article=self.article.id,
            date=self.article.date,
            sentence=sentence,
            language=self.lang,
            confidence=conf,
            method="rules",
            role=role,
            condition=condition,
        )
        self.edge_sentence = True

    # -- people --

    def known_person(self, name: str) -> str | None:
        """A codebook person this spelling stands for (fuzzy on transliterations, never across first names)."""
        parts = name.split()
        last = fold(parts[-1])
        ids = self.cb.surnames.get(last, ())
        cands = list(ids)
        if not cands:
            for sur, pids in self.cb.surnames.items():
                if sur[:1] == last[:1] and fuzz.ratio(sur, last) >= 85:
                    cands.extend(pids)
        for pid in cands:
            actor = self.cb.actors[pid]
            if len(parts) == 1:
                return pid
            for form in (actor.name, *actor.aliases):
                fparts = form.split()
                if len(fparts) < 2:
                    continue
                if translit_key(form) == translit_key(name) or (
                    fold(fparts[0])[:1] == fold(parts[0])[:1] and fuzz.ratio(fold(form), fold(name)) >= 85
                ):
                    return pid
        return None

    def person_for(self, name: str) -> tuple[str, float]:
        """The person id for a name met in a role phrase: codebook, article, or a new person."""
        pid = self.known_person(name)
        if pid is not None:
            self.persons.setdefault(pid, PersonInfo(pid, self.cb.actors[pid].name, known=True))
            self.persons[pid].spellings.add(name)
            return pid, 0.85
        key = translit_key(name)
        words = name.split()
        for info in self.persons.values():
            if info.known:
                continue
            iw = info.name.split()
            if (
                translit_key(info.name) == key
                or (
                    len(words) >= 2
                    and len(iw) >= 2
                    and translit_key(iw[-1]) == translit_key(words[-1])
                    and fold(iw[0])[:1] == fold(words[0])[:1]
                )
                or (len(words) == 1 and translit_key(iw[-1]) == translit_key(words[0]))
            ):
                info.spellings.add(name)
                return info.id, 0.85
        pid = m.node_id("Person", key)
        self.persons[pid] = PersonInfo(pid, name, {name})
        return pid, 0.8

    # -- the article --

    def run(self) -> Bundle:
        from parley.loaders.sentences import split_sentences

        text = self.article.text
        mentions = find_mentions(text, self.cb, self.lex)
        mi = 0
        sents = split_sentences(text, self.lang)
        answers = {
            s.paragraph
            for s in sents
            if s.text[:1] in QUOTE_MARKS and s.text.rstrip(".!?")[-1:] in QUOTE_MARKS and len(s.text) > 40
        }
        # an interview: whole paragraphs quoted without attribution, at least two
        self.interview = len(answers) >= 2
        for sent in sents:
            self.in_answer = self.interview and sent.paragraph in answers
            sm: list[Mention] = []
            while mi < len(mentions) and mentions[mi].start < sent.start:
                mi += 1
            j = mi
            while j < len(mentions) and mentions[j].end <= sent.end:
                sm.append(mentions[j])
                j += 1
            self.edge_sentence = False
            # reset here, not in sentence(): statement() sets it, and sentence() reads it afterwards
            self.cue_subject = None
            self.sentence(sent.text, sent.start, sm)
        self.codebook_affiliations()
        return self.bundle()

    def sentence(self, text: str, offset: int, mentions: list[Mention]) -> None:
        toks = tokenize(text, self.lang)
        if not toks:
            return
        self.sent_no += 1
        lex = self.lex
        self.sc = sc = lex.scan(toks)
        self._prop_cache = {}
        if not (sc["stance"] or sc["roles"] or sc["weak_demand"] or sc["topics"] or mentions or sc["state_refs"]):
            return
        # a quotation of several sentences stays one sentence (with its attribution); its inner sentence
        # ends still end clauses: "Putin has never wanted negotiations. He wanted capitulation."
        self._inner_ends = {
            i
            for i in range(1, len(toks) - 2)
            if toks[i].text in (".", "!", "?") and (toks[i + 1].text[:1].isupper() or toks[i + 1].text in QUOTE_MARKS)
        }
        ents = self.entities(toks, mentions, offset, text)
        if sc["reporting"]:
            # "the United States" is no reporting verb "state": a name's words are never cues
            in_name = {i for e in ents if e.kind not in ("pronoun", "state-ref") for i in range(e.start, e.end)}
            sc["reporting"] = [mt for mt in sc["reporting"] if mt.start not in in_name]
        self.role_phrases(toks, ents, text)
        ents.sort(key=lambda e: e.start)
        self.mark_obliques(toks, ents)
        for e in ents:
            if e.kind == "pronoun":
                before = [
                    x
                    for x in ents
                    if x.end <= e.start
                    and x.actor.startswith("person:")
                    and x.kind != "pronoun"
                    and self.gender_fits(x.actor, e.gender)
                ]
                # "Trump called off a summit with Putin, saying he ...": the subject, not the oblique name
                subjects_before = [x for x in before if self.subject_capable(x)]
                if subjects_before or before:
                    e.actor = (subjects_before or before)[-1].actor
                # "he asked Modi to ..., and he proposed ...": after "and", the sentence's own subject
                lead = next(
                    (x for x in ents if x.start <= 3 and x.end <= e.start and x.actor.startswith("person:")), None
                )
                if (
                    lead is not None
                    and e.start > 1
                    and toks[e.start - 1].lower in lex.coordinators
                    and toks[e.start - 1].text != ","
                    and self.subject_capable(lead)
                    and self.gender_fits(lead.actor, e.gender)
                ):
                    e.actor = lead.actor
        topics = sc["topics"]
        self._topic_at = {i for t in topics for i in range(t.start, t.end)}
        # "Die Europäer müssten mit am Tisch sitzen." after a quote of Kallas: the Konjunktiv goes on quoting her
        # (only where the sentence names no one who could be its own subject)
        self._mood = bool(
            lex.reported_mood
            and not sc["reporting"]
            and self.last_speaker
            and any(t.lower in lex.reported_mood for t in toks)
            and not any(e.actor.startswith("person:") and e.kind != "pronoun" for e in ents)
            and not any(t.lower in BOTH_SIDES for t in toks)
        )
        cues = self.cues(toks)
        if toks[-1].text == "?" and toks[0].text not in QUOTE_MARKS and toks[0].text not in "–—-":
            cues = []  # "Is there a role for China as mediator?": a question takes no stance
        cues = self._enumeration(toks, cues)
        pcues = sc["proposal_cues"]
        sentence_props = self.proposals(toks, topics, pcues, 0, len(toks))
        speaker = self.speaker(toks, ents)
        if not speaker and self._mood and self.last_speaker:
            speaker = [self.last_speaker]
        if not speaker and self.in_answer and self.interviewee:
            speaker = [self.interviewee]  # an interview's quoted answer
        conds = self.conditions(toks, text, ents)
        used_subjects: list[str] = []
        self._hard_stops = (
            {mt.start for mt in sc["reporting"]}
            | {
                i
                for i, t in enumerate(toks)
                if t.lower in BUT_WORDS
                # "Der erste Schritt müsse aber eine Waffenruhe sein": German "aber", "doch" inside a clause is
                # an adverb ("however"), not the start of another clause
                and not (t.lower in ("aber", "doch") and i > 0 and toks[i - 1].text[:1].isalpha())
            }
        )
        self._hard_stops |= self._inner_ends
        # "que l'Europe doit être associée ... et que l'aide continuera": a modal ends at a second "that"
        coord_that = [
            i
            for i in range(1, len(toks))
            if toks[i].lower in lex.complementizers
            and toks[i - 1].lower in lex.coordinators
            and toks[i - 1].text != ","
        ]
        stops = sorted({c.start for c in cues} | self._hard_stops | {c[0] for c in conds})
        covered: set[int] = set()
        for cue in cues:
            nxt = next((x for x in stops if x >= cue.end), len(toks))
            if cue.verdict_end is not None:
                nxt = min(nxt, cue.verdict_end)
            if cue.enumerates:
                nxt = len(toks)
            if cue.confidence < 0.7:
                nxt = min(nxt, next((x - 1 for x in coord_that if x - 1 >= cue.end), nxt))
            covered.update(range(cue.start, nxt))
            self.statement(toks, text, ents, cue, nxt, topics, pcues, sentence_props, speaker, conds, used_subjects)
        self.unless_demands(toks, text, ents, topics, pcues, speaker, conds, cues)
        if speaker:
            self.negated_action(toks, text, ents, topics, pcues, speaker, covered)
        if not cues and speaker and not self.edge_sentence:
            self.bare_position(toks, text, speaker, sentence_props)
        self.venues(toks, text, ents, topics)
        self.note_states(toks, ents)
        for e in ents:
            if e.kind not in ("pronoun", "state-ref", "venue", "role-def"):
                self.mentioned.add(e.actor)
                if not e.genitive:
                    self.named.add(e.actor)
                    if e.actor.startswith("person:") and self._role_near(e, ents, toks):
                        self.first_sentence.setdefault(e.actor, text)
        if self.edge_sentence:
            self.sentence_states.update(e.actor for e in ents if e.kind != "venue")
        # subjects last: "Medinskij, rådgivare till president Putin, ... . Han sa": "han" is Medinskij
        # and a sentence's opening name last of all: "Zelensky met Modi. He asked ...": "he" is Zelensky
        opener = next((e for e in ents if self.subject_capable(e) and e.actor and e.kind != "pronoun"), None)
        if opener is not None and (opener.start > 3 or not opener.actor.startswith("person:")):
            opener = None
        for e in sorted(ents, key=lambda x: (self.subject_capable(x), x is opener, x.start)):
            if e.kind not in ("demonym",) and e.actor:
                self.push_recent(e.actor)
        if speaker:
            self.last_speaker = speaker[0]
        elif used_subjects:
            self.last_speaker = used_subjects[-1]
        elif self.cue_subject:
            self.last_speaker = self.cue_subject  # "X urged the leaders to ... . He said ...": X speaks on
        else:
            # "Kallas äußerte sich in Brüssel. Die Europäer müssten ...": a person who opens a sentence
            first = next(
                (e for e in ents if e.actor.startswith("person:") and e.kind != "pronoun" and self.subject_capable(e)),
                None,
            )
            if first is not None and first.start <= 6:
                self.last_speaker = first.actor
        self.last_proposals = sentence_props  # "avviste kravet": only the sentence just before
        for f in sentence_props:
            n, _, _ = self.seen_proposals.get(f.key, (0, 0, f))
            # the headline and lead say what the article is about: "the deal" later means theirs
            self.seen_proposals[f.key] = (n + (3 if self.sent_no <= 2 else 1), self.sent_no, f)

    def _role_near(self, e: Ent, ents: list[Ent], toks: list[Token]) -> bool:
        """A role phrase in the sentence belongs to this person: the nearest named person, close by, same clause."""
        spans = [(mt.start, mt.end) for mt in self.sc.get("roles", [])]
        spans += [(x.start, x.end) for x in ents if x.owner_of_role]
        spans += [
            (i, i + 1)
            for i, t in enumerate(toks)
            if t.lower.startswith(ROLE_STEMS) or t.lower in LEAD_VERBS or t.lower.endswith(ROLE_SUFFIXES)
        ]
        people = [
            x for x in ents if x.actor.startswith("person:") and x.kind not in ("pronoun", "role-ref", "role-def")
        ]

        def gap(x: Ent, rs: int, re_: int) -> int:
            return rs - x.end if rs >= x.end else x.start - re_ if x.start >= re_ else 0

        for rs, re_ in spans:
            if gap(e, rs, re_) > 12:
                continue
            lo, hi = (e.end, rs) if rs >= e.end else (re_, e.start)
            if any(toks[k].lower in BUT_WORDS or toks[k].text in (";", ":") for k in range(lo, hi)):
                continue
            if all(gap(e, rs, re_) <= gap(x, rs, re_) for x in people):
                return True
        return False

    def push_recent(self, aid: str) -> None:
        if aid in self.recent:
            self.recent.remove(aid)
        self.recent.append(aid)

    def gender_fits(self, aid: str, want: str | None) -> bool:
        """A pronoun of one gender never points at a person the codebook gives the other.

        The codebook marks its women (``gender: f``); its other people count as men. People met
        only in the text have no known gender and fit either pronoun.
        """
        if want is None:
            return True
        actor = self.cb.actors.get(aid)
        if actor is None or actor.label != "Person":
            return True
        return actor.props.get("gender", "m") == want

    def last_person(self, want: str | None) -> str | None:
        """The last person named that fits; "she" prefers a woman the codebook knows over anyone unmarked."""
        people = [aid for aid in reversed(self.recent) if aid.startswith("person:")]
        if want is not None:
            for aid in people:
                actor = self.cb.actors.get(aid)
                if actor is not None and actor.props.get("gender") == want:
                    return aid
        return next((aid for aid in people if self.gender_fits(aid, want)), None)

    def last_of(self, label: str, exclude: Iterable[str] = ()) -> str | None:
        ex = set(exclude)
        for aid in reversed(self.recent):
            if aid.startswith(label.lower() + ":") and aid not in ex:
                return aid
        return None

    # -- actors in a sentence --

    def entities(self, toks: list[Token], mentions: list[Mention], offset: int, text: str) -> list[Ent]:
        ents: list[Ent] = []
        taken: set[int] = set()
        for mn in mentions:
            s, e = mn.start - offset, mn.end - offset
            ti = [i for i, t in enumerate(toks) if t.start < e and t.end > s]
            if not ti:
                continue
            actor = self.cb.actors[mn.actor]
            if actor.label == "Person":
                self.persons.setdefault(actor.id, PersonInfo(actor.id, actor.name, known=True))
                self.persons[actor.id].spellings.add(text[s:e].rstrip("'’:s") if mn.genitive else text[s:e])
            ent = Ent(ti[0], ti[-1] + 1, mn.actor, mn.kind, mn.genitive, mn.confidence)
            if mn.role:
                ent.owner_of_role = True
                self._compound_roles.append((ent, mn.role))
            ents.append(ent)
            taken.update(ti)
        lex = self.lex
        # surnames of people met earlier in the article ("Podoliak" after "Mykhailo Podoliak")
        for i, t in enumerate(toks):
            if i in taken or not t.text[:1].isupper() or len(t.text) < 3:
                continue
            word = t.text[:-1] if t.text.endswith("s") and len(t.text) > 4 else t.text
            for info in self.persons.values():
                if info.known:
                    continue
                last = translit_key(info.name.split()[-1])
                if last and last in (translit_key(t.text), translit_key(word)):
                    ents.append(Ent(i, i + 1, info.id, "alias", word != t.text, 0.85))
                    taken.add(i)
                    break
        # pronouns and "the country"
        for i, t in enumerate(toks):
            if i in taken:
                continue
            demonstrative = (
                t.lower in lex.demonstrative_pronouns
                and i + 1 < len(toks)
                and toks[i + 1].text[:1].islower()
                and toks[i + 1].text.isalpha()
                # "Der ukrainische Präsident": an adjective before a noun, not "Der sagte"
                and i + 1 not in taken
                and not (i + 2 < len(toks) and toks[i + 2].text[:1].isupper() and toks[i + 2].text.isalpha())
            )
            if (t.lower in lex.person_pronouns or demonstrative) and not self._is_object_pronoun(toks, i):
                # a sentence-initial pronoun continues the last speaker ("Han öppnade för ...")
                initial = all(
                    x.lower in BUT_WORDS or x.lower in lex.coordinators or x.text == "," for x in toks[:i]
                )  # "Han ...", "Mais il ...", "And he ..."
                want = (
                    "f"
                    if t.lower in lex.female_pronouns
                    else "m"
                    if t.lower in lex.male_pronouns or demonstrative
                    else None
                )
                pid = (
                    self.last_speaker
                    if initial
                    and self.last_speaker
                    and self.last_speaker.startswith("person:")
                    and self.gender_fits(self.last_speaker, want)
                    else self.last_person(want)
                )
                if pid:
                    ents.append(Ent(i, i + 1, pid, "pronoun", False, 0.7, gender=want))
        for mt in self.sc["state_refs"]:
            if any(k in taken for k in range(mt.start, mt.end)):
                continue
            ents.append(Ent(mt.start, mt.end, "", "state-ref", toks[mt.end - 1].lower.endswith("s"), 0.7))
        return ents

    def _is_object_pronoun(self, toks: list[Token], i: int) -> bool:
        # German/Dutch "sie/zij/ze" are also plural: only a sentence-initial or post-verbal one is taken
        return False

    def resolve_state_ref(self, ent: Ent, exclude: Iterable[str]) -> None:
        if ent.actor:
            return
        sid = self.last_of("State", exclude)
        ent.actor = sid or ""

    def mark_obliques(self, toks: list[Token], ents: list[Ent]) -> None:
        lex = self.lex
        preps = lex.prepositions
        for e in ents:
            if e.kind == "demonym" and (
                (e.end < len(toks) and toks[e.end].lower in SIDE_WORDS | GROUP_NOUNS)
                or (e.start > 0 and toks[e.start - 1].lower in GROUP_NOUNS)
            ):
                e.kind = "alias"  # "Russian officials", "les autorités russes"
                e.confidence = 0.8
                continue
            k = e.start - 1
            # "talesperson för president Putin": the person inside a prepositional role phrase;
            # "in de Saoedische hoofdstad Riyad": a place inside a prepositional phrase
            in_ent = {i for x in ents if x is not e for i in range(x.start, x.end)}
            nouns = 0
            while k >= 0 and (
                toks[k].lower in lex.determiners
                or toks[k].lower in lex.role_words
                or (k in in_ent and any(x.kind == "demonym" and x.start <= k < x.end for x in ents))
                or (nouns < 1 and toks[k].lower in PLACE_NOUNS)
            ):
                if toks[k].lower in PLACE_NOUNS:
                    nouns += 1
                k -= 1
            if k >= 0 and toks[k].lower in preps and toks[k].lower not in lex.agent:
                e.oblique = True
            elif self.lang == "de" and e.start > 0 and e.kind not in ("demonym", "pronoun"):
                # "hat der Ukraine keine Marschflugkörper zugesagt": dative, never the subject
                art = toks[e.start - 1].lower
                if art in ("dem", "den") or art == "der" and toks[e.start].lower in GERMAN_FEMININE:
                    e.oblique = True

    # -- role phrases: "Russlands utenriksminister Sergej Lavrov", "Peskov, talesperson för president Putin" --

    def role_phrases(self, toks: list[Token], ents: list[Ent], text: str) -> None:
        lex = self.lex
        roles: list[tuple[int, int, str, Ent | None]] = [(mt.start, mt.end, mt.value, None) for mt in self.sc["roles"]]
        for ent, role in self._compound_roles:
            roles.append((ent.start, ent.end, role, ent))
        self._compound_roles = []
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        roles.extend(self.suffix_roles(toks, ent_at, roles))
        if not roles:
            return
        roles.sort(key=lambda r: (r[0], r[1]))
        self.prev_role_owner = None
        for rs, re_, role, compound in roles:
            if compound is None and any(i in ent_at and ent_at[i].kind != "demonym" for i in range(rs, re_)):
                continue
            owner, oconf = (
                (compound.actor, compound.confidence) if compound else self.role_owner_left(toks, ents, ent_at, rs)
            )
            person, pconf, pend = self.role_person_right(toks, ents, ent_at, re_)
            if person is None:
                # "la vice-ministre ukrainienne des affaires étrangères, Mariana Betsa": words, then ", Name"
                k, dem = re_, None
                while k < len(toks) and k < re_ + 6:
                    e = ent_at.get(k)
                    if e is not None and e.kind == "demonym":
                        dem = dem or e
                        k = e.end
                    elif (
                        e is not None
                        and k > re_
                        and toks[k - 1].lower in lex.prepositions
                        and toks[k - 1].lower not in OF_WORDS.get(self.lang, frozenset())
                        and toks[k - 1].lower not in ("d", "för", "for")
                        and not e.actor.startswith("person:")
                    ):
                        k = e.end  # "Ukraines afgående ambassadør i Tyskland, Andrij Melnyk": where, not whose
                    elif e is None and (
                        (toks[k].text[:1].islower() and toks[k].text.isalpha()) or toks[k].text in ("'", "’")
                    ):
                        k += 1
                    else:
                        break
                if k > re_ and k < len(toks) and toks[k].text == ",":
                    person, pconf, pend = self.role_person_right(toks, ents, ent_at, k)
                    if person is not None and owner is None and dem is not None:
                        dem.owner_of_role = True
                        owner, oconf = dem.actor, dem.confidence * 0.9
            d = rs - 1
            while (
                d >= 0
                and d in ent_at
                and ent_at[d].kind in ("demonym", "name", "alias")
                and not ent_at[d].actor.startswith("person:")
            ):
                d = ent_at[d].start - 1  # "the French president", "the US president"
            if person is None and (
                d >= 0 and toks[d].lower in self.lex.determiners or self._definite_role(toks, rs, re_)
            ):
                # "Sur son réseau Truth Social, le président américain a accusé ...": a definite role phrase
                # names someone known before it takes the capitalised words to its left for a name
                ref = self.role_reference(toks, ents, ent_at, rs, re_, role, owner)
                if ref is not None:
                    self._role_reference_edge(ref, role, text)
                    continue
            if person is None:
                pend = len(toks)
                person, pconf = self.role_person_left(toks, ents, ent_at, rs)
                if owner is None:
                    owner, oconf = self.role_owner_right(toks, ents, ent_at, re_)
                if person is None and owner is not None:
                    # "Der Sprecher des Kremls, Ivan Sidorow", "le porte-parole du Kremlin, Ivan Sidorov"
                    k = max((e.end for e in ents if e.actor == owner and re_ <= e.start <= re_ + 4), default=-1)
                    if 0 < k < len(toks) and toks[k].text == ",":
                        person, pconf, pend = self.role_person_right(toks, ents, ent_at, k)
            if person is None:
                ref = self.role_reference(toks, ents, ent_at, rs, re_, role, owner)
                if ref is not None:
                    self._role_reference_edge(ref, role, text)
                continue
            if owner is None and self.prev_role_owner and not self.cb.actors.get(person):
                owner, oconf = self.prev_role_owner, 0.6
            known = self.cb.actors.get(person)
            if owner is not None and owner == self._possessive_owner and known is not None:
                # "Son porte-parole, Dmitri Peskov": "son" is a guess; the codebook knows whom he speaks for
                aff = _affiliation(known, self.article.date)
                if aff is not None and owner not in self.side_of(aff.actor) and aff.actor not in self.side_of(owner):
                    owner, oconf = aff.actor, 0.8
            self._possessive_owner = None
            if owner is None:
                continue
            if owner == person:
                continue
            self.prev_role_owner = owner if not owner.startswith("person:") else self.prev_role_owner
            info = self.persons.get(person)
            if info is not None:
                info.role, info.owner = role, owner
            self.represented.add(person)
            if self.interviewee is None:
                self.interviewee = person
            self.edge(person, "REPRESENTS", owner, text, min(pconf, oconf), role=role)
            body = self.cb.actors.get(owner)
            parent = body.parent if body is not None and body.label == "Organisation" else None
            if parent is not None and parent.startswith("state:"):
                # "adviser to the head of Ukraine's presidential office": a government body's official
                # speaks for its state as well
                self.edge(person, "REPRESENTS", parent, text, min(pconf, oconf) * 0.9, role=role)
            elif owner.startswith("person:"):
                # "His foreign minister, Mauro Vieira", "Putins rådgiver Jurij Usjakov": the aide of a
                # leader speaks for the leader's state as well
                states = [x for x in self.side_of(owner) if x.startswith("state:")]
                if len(states) == 1 and states[0] != person:
                    self.edge(person, "REPRESENTS", states[0], text, min(pconf, oconf) * 0.8, role=role)
            self.push_recent(person)
            # "USAs utsending Steve Witkoff og Jared Kushner": the role covers both names
            if pend < len(toks) - 1 and toks[pend].lower in lex.coordinators and toks[pend].text != ",":
                other, oc, _ = self.role_person_right(toks, ents, ent_at, pend + 1)
                if other is not None and other != person and other != owner:
                    self.represented.add(other)
                    self.edge(other, "REPRESENTS", owner, text, min(oc, oconf) * 0.8, role=role)

    def _role_reference_edge(self, ref: tuple[str, str | None], role: str, text: str) -> None:
        """ "le président américain", "der US-Präsident": the role phrase says whom the person represents."""
        pid, owner = ref
        if owner and owner != pid and owner.startswith(("state:", "organisation:")):
            self.represented.add(pid)
            self.edge(pid, "REPRESENTS", owner, text, 0.7, role=role)

    def suffix_roles(
        self, toks: list[Token], ent_at: dict[int, Ent], known: list[tuple[int, int, str, Ent | None]]
    ) -> list[tuple[int, int, str, Ent | None]]:
        """Compound role nouns the lexicon lacks, before a name: "infrastrukturminister Oleksandr Kubrakov",
        "la vice-ministre ukrainienne des affaires étrangères, Mariana Betsa"."""
        covered = {i for rs, re_, _, _ in known for i in range(rs, re_)}
        out: list[tuple[int, int, str, Ent | None]] = []
        for i, t in enumerate(toks):
            if i in covered or i in ent_at or not t.text.isalpha():
                continue
            low = t.lower
            role = None
            if low.endswith(SUFFIX_ENDINGS):
                role = next((r for suf, r in SUFFIX_ROLE if low.endswith(suf)), None)
            elif self.lang in V2_LANGUAGES and len(low) > 8 and low.endswith(self.lex.role_endings):
                # "menneskerettighedsombudsmand", "Menschenrechtsbeauftragte": a compound ending in a role word
                role = next(r for w, r in self.lex.role_suffixes if low.endswith(w) and len(low) > len(w) + 2)
            if role is None:
                continue
            start = i - 2 if i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text.isalpha() else i
            # a demonym and lowercase words may follow the role before ", Name": "ukrainienne des affaires étrangères"
            end, owner = i + 1, None
            k = i + 1
            while k < len(toks) and k <= i + 6:
                e = ent_at.get(k)
                if e is not None and e.kind == "demonym":
                    owner = owner or e
                    k = e.end
                    continue
                if toks[k].text[:1].islower() and toks[k].text.isalpha():
                    k += 1
                    continue
                break
            if k < len(toks) and toks[k].text == "," and k > i + 1:
                end = k
            else:
                owner = None
            nxt = end + 1 if end < len(toks) and toks[end].text == "," else end
            if nxt >= len(toks) or not toks[nxt].text[:1].isupper():
                continue  # a role noun not followed by a name
            if owner is not None:
                owner.owner_of_role = True
            out.append((start, end, role, owner))
        return out

    def role_reference(
        self,
        toks: list[Token],
        ents: list[Ent],
        ent_at: dict[int, Ent],
        rs: int,
        re_: int,
        role: str,
        owner: str | None,
    ) -> tuple[str, str | None] | None:
        """ "the president", "le président français", "der Kanzler": the last person named with that role.

        Returns the person and the owner the phrase names (its demonym or genitive), if it resolved."""
        k = rs - 1
        genitive = False
        while k >= 0 and k in ent_at and ent_at[k].kind == "demonym":
            if owner is None:
                owner = ent_at[k].actor  # "the French president"
            k -= 1
        # the owner written into the phrase itself beats one guessed from the words after it
        if k > 0 and toks[k].text == "-" and k - 1 in ent_at and ent_at[k - 1].actor.startswith("state:"):
            owner = ent_at[k - 1].actor  # "der US-Präsident"
            k = ent_at[k - 1].start - 1
        elif k >= 0 and k in ent_at and ent_at[k].genitive and ent_at[k].actor.startswith(("state:", "organisation:")):
            owner = ent_at[k].actor  # "Ukraine's president", "FNs generalsekretær"
            genitive = True
        elif (
            k > 0
            and k in ent_at
            and ent_at[k].kind in ("name", "alias", "metonym")
            and ent_at[k].actor.startswith(("state:", "organisation:"))
            and toks[ent_at[k].start - 1].lower in self.lex.determiners
        ):
            owner = ent_at[k].actor  # "the US president", "the UN secretary-general"
            k = ent_at[k].start - 1
        after: Ent | None = None
        if re_ in ent_at and ent_at[re_].kind == "demonym":
            after = ent_at[re_]  # "le président français"
        elif (
            re_ + 1 in ent_at
            and ent_at[re_ + 1].kind == "demonym"
            and toks[re_].text.isalpha()
            and toks[re_].text.islower()
        ):
            after = ent_at[re_ + 1]  # "le président élu américain"
        if owner is None and after is not None:
            owner = after.actor
        definite = genitive or (k >= 0 and toks[k].lower in self.lex.determiners) or self._definite_role(toks, rs, re_)
        if not definite or any(i in ent_at for i in range(rs, re_)):
            return None
        # "co-chaired by Emmanuel Macron and Keir Starmer, the French president said": the people named
        # earlier in the sentence come first
        here = [e.actor for e in ents if e.end <= rs and e.actor.startswith("person:") and e.kind != "pronoun"]
        for pid in [*reversed(here), *reversed(self.recent)]:
            if not pid.startswith("person:"):
                continue
            info = self.persons.get(pid)
            prole, powner = (info.role, info.owner) if info else (None, None)
            actor = self.cb.actors.get(pid)
            if prole is None and actor is not None:
                aff = _affiliation(actor, self.article.date)
                prole, powner = (aff.role, aff.actor) if aff else (None, None)
            if prole == role and (owner is None or powner == owner):
                if after is not None and after.actor == owner:
                    after.owner_of_role = True  # "le président français a réclamé": the president speaks
                # a bare "presidenten" names nobody new: the person it points at is not thereby named
                bare = owner is None and not genitive and not (k >= 0 and toks[k].lower in self.lex.determiners)
                ref = Ent(rs, re_, pid, "role-def" if bare else "role-ref", False, 0.75)
                ents.append(ref)
                for i in range(rs, re_):
                    ent_at[i] = ref
                return pid, owner
        return None

    def _definite_role(self, toks: list[Token], rs: int, re_: int) -> bool:
        """ "Generalsekretæren", "utrikesministern", "presidenten": a Scandinavian role noun with its
        definite ending is as definite as "the president"."""
        if self.lang not in ("sv", "nb", "da") or re_ - rs != 1:
            return False
        low = toks[rs].lower
        return any(low.endswith(s) and low[: -len(s)] in self.lex.role_words for s in ("en", "n", "et"))

    def role_owner_left(
        self, toks: list[Token], ents: list[Ent], ent_at: dict[int, Ent], rs: int
    ) -> tuple[str | None, float]:
        lex = self.lex
        k = rs - 1
        skipped = 0
        while k >= 0 and skipped < 2:
            e = ent_at.get(k)
            if e is not None:
                if e.kind == "state-ref":
                    self.resolve_state_ref(e, ())
                if e.actor and (e.genitive or e.kind in ("demonym", "state-ref")) and not e.actor.startswith("person:"):
                    e.owner_of_role = True
                    return e.actor, e.confidence * (0.9 if e.kind == "demonym" else 1.0)
                if e.actor and e.genitive:
                    e.owner_of_role = True
                    return e.actor, e.confidence
                reporting_at = {mt.start for mt in self.sc.get("reporting", [])}
                if (
                    e.actor
                    and not e.actor.startswith("person:")
                    and e.kind in ("name", "alias", "metonym")
                    and e.end == rs - skipped
                    and not self.is_media(e.actor)
                    and not any(i in reporting_at for i in range(e.end, rs))
                    # "President Emmanuel Macron of France met President Donald Trump": "of France" ends a
                    # phrase of its own
                    and not (skipped and e.start > 0 and toks[e.start - 1].lower in lex.prepositions)
                ):
                    # "Russia's U.N. ambassador", "the Russian UN envoy": a state before the organisation
                    # is whom the envoy speaks for; the organisation is where
                    first = ent_at.get(e.start - 1)
                    if (
                        e.actor.startswith("organisation:")
                        and first is not None
                        and first.actor.startswith("state:")
                        and (first.genitive or first.kind == "demonym")
                    ):
                        first.owner_of_role = True
                        return first.actor, first.confidence * 0.9
                    e.owner_of_role = True  # "Kremlin spokesman", "US special envoy"
                    return e.actor, e.confidence * 0.9
                return None, 0.0
            t = toks[k]
            if t.lower in lex.possessives:
                before = [e for e in ents if e.end <= k and e.actor.startswith("person:") and e.kind != "pronoun"]
                pid = before[-1].actor if before else self.last_of("Person")
                self._possessive_owner = pid
                return (pid, 0.7) if pid else (None, 0.0)
            if t.lower in lex.determiners or (t.text[:1].islower() and t.text.isalpha() and skipped < 1):
                skipped += 1
                k -= 1
                continue
            return None, 0.0
        return None, 0.0

    def role_owner_right(
        self, toks: list[Token], ents: list[Ent], ent_at: dict[int, Ent], re_: int
    ) -> tuple[str | None, float]:
        """ "talesperson för president Putin", "voorzitter van de Russische Federatieraad"."""
        lex = self.lex
        k = re_
        if k >= len(toks) or (toks[k].lower not in lex.prepositions and toks[k].lower not in lex.determiners):
            return None, 0.0  # "talesperson för", "voorzitter van", "Sprecher des Kremls"
        k += 1
        found: Ent | None = None
        while k < len(toks) and k < re_ + 6:
            e = ent_at.get(k)
            if e is not None:
                if e.kind == "state-ref":
                    self.resolve_state_ref(e, ())
                if not e.actor:
                    return None, 0.0
                if e.kind == "demonym" or e.genitive:
                    found = found or e
                    k = e.end
                    continue
                e.owner_of_role = e.actor.startswith("person:") is False
                return e.actor, e.confidence * 0.9
            t = toks[k]
            if t.lower in lex.determiners or t.lower in lex.role_words or t.text[:1].islower():
                k += 1
                continue
            break
        if found is not None:
            return found.actor, found.confidence * 0.8
        return None, 0.0

    def _name_span(self, toks: list[Token], start: int, ent_at: dict[int, Ent]) -> tuple[int, int]:
        """Capitalised tokens from ``start`` that make a personal name (up to four)."""
        k = start
        while k < len(toks) and k - start < 4:
            t = toks[k]
            e = ent_at.get(k)
            if e is not None and not e.actor.startswith("person:"):
                break
            if t.text[:1].isupper() and t.text.isalpha() and t.lower not in self.lex.role_words:
                k += 1
                continue
            if (
                t.lower in ("van", "von", "de", "der", "al", "bin", "ben", "la", "le")
                and k + 1 < len(toks)
                and toks[k + 1].text[:1].isupper()
                and k > start
            ):
                k += 1
                continue
            if (
                t.text == "-"
                and k > start
                and k + 1 < len(toks)
                and toks[k + 1].text[:1].isupper()
                and toks[k - 1].end == t.start
                and toks[k + 1].start == t.end
            ):
                k += 1
                continue
            if t.text == "." and k > start and len(toks[k - 1].text) <= 2 and toks[k - 1].text.isupper():
                k += 1
                continue
            break
        return start, k

    def role_person_right(
        self, toks: list[Token], ents: list[Ent], ent_at: dict[int, Ent], re_: int
    ) -> tuple[str | None, float, int]:
        k = re_
        if k < len(toks) and toks[k].text == ",":
            k += 1
        e = ent_at.get(k)
        if e is not None:
            if e.actor.startswith("person:") and e.kind not in ("pronoun",):
                return e.actor, e.confidence, e.end
            return None, 0.0, k
        s, end = self._name_span(toks, k, ent_at)
        if end - s >= 2:
            name = " ".join(t.text for t in toks[s:end]).replace(" - ", "-").replace(" .", ".")
            if end < len(toks) and ent_at.get(end) is not None and ent_at[end].actor.startswith("person:"):
                # "President Volodymyr Zelenskyj": the codebook surname ends the name
                e2 = ent_at[end]
                return e2.actor, e2.confidence, e2.end
            pid, conf = self.person_for(name)
            ne = Ent(s, end, pid, "unknown", False, conf)
            ents.append(ne)
            for i in range(s, end):
                ent_at[i] = ne
            return pid, conf, end
        if end - s == 1 and end < len(toks) and ent_at.get(end) is not None and ent_at[end].actor.startswith("person:"):
            e2 = ent_at[end]
            return e2.actor, e2.confidence, e2.end
        return None, 0.0, k

    def role_person_left(
        self, toks: list[Token], ents: list[Ent], ent_at: dict[int, Ent], rs: int
    ) -> tuple[str | None, float]:
        """ "Dmitrij Peskov, talesperson för ...", "Keith Kellogg, als zijn speciale gezant"."""
        lex = self.lex
        k = rs - 1
        loose = 0  # "a senior adviser", "som er talsperson": up to two other words
        while k >= 0:
            t = toks[k]
            e = ent_at.get(k)
            if (
                t.lower in lex.determiners
                or t.lower in lex.possessives
                or t.lower in ("als", "as", "som", "comme", "wie")
            ):
                k -= 1
            elif e is not None and (e.kind == "demonym" or e.genitive or e.owner_of_role):
                k = e.start - 1  # "der ukrainische Chefunterhändler", "Ukraine's chief negotiator"
            elif t.text[:1].islower() and t.text.isalpha() and loose < 2:
                loose += 1
                k -= 1
            else:
                break
        if k < 1 or toks[k].text != ",":
            return None, 0.0
        k -= 1
        e = ent_at.get(k)
        if e is not None:
            return (e.actor, e.confidence) if e.actor.startswith("person:") and e.kind != "pronoun" else (None, 0.0)
        if not (toks[k].text[:1].isupper() and toks[k].text.isalpha()):
            return None, 0.0  # '"... ein schmutziger Deal", sagte die Regierungschefin': a quote ends there
        end = k + 1
        s = k
        while (
            s > 0
            and end - s < 4
            and toks[s - 1].text[:1].isupper()
            and toks[s - 1].text.isalpha()
            and (s - 1) not in ent_at
            and toks[s - 1].lower not in lex.role_words
        ):
            s -= 1
        if end - s < 2 or not toks[s].text[:1].isupper():
            return None, 0.0
        if s == 0 and toks[s].lower in lex.determiners:
            return None, 0.0
        name = " ".join(t.text for t in toks[s:end])
        pid, conf = self.person_for(name)
        ne = Ent(s, end, pid, "unknown", False, conf)
        ents.append(ne)
        for i in range(s, end):
            ent_at[i] = ne
        return pid, conf

    # -- cues --

    def cues(self, toks: list[Token]) -> list[Cue]:
        lex = self.lex
        found = [
            Cue(mt.value, mt.start, mt.end, 0.9, ready=mt.pattern.source in lex.readiness) for mt in self.sc["stance"]
        ]
        if self.sc.get("evaluation"):
            found = self._evaluations(toks, found)
        has_report = (
            bool(self.sc["reporting"])
            or bool(self.sc["according_to"])
            or self._mood
            or (self.in_answer and self.interviewee is not None)
        )
        if has_report:
            stance_at = {i for c in found for i in range(c.start, c.end)}
            for mt in self.sc["weak_demand"]:
                if not any(i in stance_at for i in range(mt.start, mt.end)):
                    found.append(Cue("demand", mt.start, mt.end, 0.6))
        out: list[Cue] = []
        found.sort(key=lambda c: c.start)
        for n, c in enumerate(found):
            # "security guarantees" is a noun: a one-word guarantee cue needs a modal, "to" or a subject before it
            if c.kind == "guarantee" and c.end - c.start == 1 and c.start > 0 and c.start in self._topic_at:
                prev = toks[c.start - 1]
                if not (
                    prev.lower in MODALS
                    or prev.lower in lex.infinitive
                    or prev.lower in lex.negation
                    or prev.lower in lex.person_pronouns
                    or prev.lower in lex.group_pronouns
                    or prev.text[:1].isupper()
                ):
                    continue
            # "Kyiv would have to remain neutral, accept caps ...": what the other side must accept is demanded
            if c.kind == "support" and any(
                o.kind == "demand" and o.confidence < 0.7 and 0 <= c.start - o.end <= 12 for o in out
            ):
                c = Cue("demand", c.start, c.end, 0.6)
            # "he wanted to host a meeting", "vil å holde": wanting to do something offers it
            if (
                c.kind == "demand"
                and c.end < len(toks)
                and toks[c.end].lower in lex.infinitive
                and any(toks[k].lemma in WANT_LEMMAS or toks[k].lower in WANT_LEMMAS for k in range(c.start, c.end))
            ):
                c = Cue("propose", c.start, c.end, c.confidence)
            # "accused Russia of dragging out the war": the charge belongs to the accusation before it
            if c.kind in ("accuse", "charge") and any(o.kind == "accuse" and 0 <= c.start - o.end <= 8 for o in out):
                continue
            # "accused Russia of blocking the talks", "beschuldigte Kiew, die Gespräche zu blockieren": what
            # someone is accused of is no stance of theirs
            if (
                c.start > 0
                and (toks[c.start - 1].lower in lex.prepositions or toks[c.start - 1].lower in lex.infinitive)
                and any(o.kind == "accuse" and 0 <= c.start - o.end <= 8 for o in out)
            ):
                continue
            # "vägrade gå med på", "refused to accept", "ruled out sending troops": the first cue carries the stance,
            # the second is its object
            if c.kind in ("propose", "support", "guarantee") and any(
                o.kind in ("reject", "support", "demand") and 0 <= c.start - o.end <= 1 for o in out
            ):
                continue
            # "USA-støttede": half of a compound adjective, not a stance
            if c.start > 0 and toks[c.start - 1].text == "-" and toks[c.start - 1].end == toks[c.start].start:
                continue
            # "press Zelenskyy to accept X": the accepting is not the presser's stance
            if any(toks[k].lower in lex.infinitive for k in range(max(0, c.start - 2), c.start)) and any(
                o.end <= c.start and c.start - o.end <= 6 and o.kind in ("demand", "reject", "accuse") for o in out
            ):
                continue
            # "rejected the proposal for X": the proposal is what is rejected
            if (
                c.start > 0
                and toks[c.start - 1].lower in lex.determiners
                and any(o.end <= c.start and c.start - o.end <= 3 for o in out)
            ):
                continue
            # "prête à contribuer à des garanties", "ready to guarantee": the guarantee carries the offer
            if (
                c.kind == "propose"
                and n + 1 < len(found)
                and found[n + 1].kind == "guarantee"
                and 0 <= found[n + 1].start - c.end <= 2
            ):
                continue
            # "stått fast på sine krav": the next cue carries the stance
            if (
                n + 1 < len(found)
                and 0 <= found[n + 1].start - c.end <= 2
                and found[n + 1].kind == c.kind
                and c.kind != "charge"
            ):
                continue
            # "de föreslagna garantierna", "the proposed guarantees": an attribute, not a stance
            if (
                c.start > 0
                and toks[c.start - 1].lower in lex.determiners
                and c.end < len(toks)
                and lex.topics.find(toks[c.end : c.end + 1])
            ):
                continue
            out.append(c)
        return out

    def _enumeration(self, toks: list[Token], cues: list[Cue]) -> list[Cue]:
        """ "a dévoilé un plan en quatre points : maintenir ... ; garantir ... ; constituer ...": the items
        after the colon are what the cue before it proposes, not stances of their own."""
        for c in cues:
            if c.kind not in ("propose", "demand", "support"):
                continue
            # "die Bedingungen, die Putin im Juni genannt habe: Rückzug ... sowie ein Verzicht ...": the
            # conditions named before a colon are listed after it, with commas as well
            terms = c.kind == "demand" and c.start > 0 and toks[c.start - 1].lower in self.lex.determiners
            reach = 15 if terms else 10
            colon = next((k for k in range(c.end, min(len(toks), c.end + reach)) if toks[k].text == ":"), None)
            if colon is None or any(c.end <= o.start < colon for o in cues if o is not c):
                continue
            if not terms and not any(toks[k].text == ";" for k in range(colon + 1, len(toks))):
                continue  # items set off by semicolons: commas alone are too common to mean a list
            return [replace(o, enumerates=True) if o is c else o for o in cues if o.start <= colon]
        return cues

    def _evaluations(self, toks: list[Token], found: list[Cue]) -> list[Cue]:
        """ "noemde het plan 'crimineel'", "called the deal historic": a judging verb followed closely by a
        verdict is a stance, support for a good verdict and rejection for a bad one. The verdict's own cue
        ("ultimatum" as a demand) gives way to it; a verb that is part of a cue ("called for") is no verdict."""
        ev = self.sc["evaluation"]
        verdicts = [mt for mt in ev if mt.value != "call"]
        if not verdicts:
            return found
        taken = {i for c in found for i in range(c.start, c.end)}
        for mt in ev:
            if mt.value != "call" or any(i in taken for i in range(mt.start, mt.end)):
                continue
            verdict = next((v for v in verdicts if mt.end <= v.start <= mt.end + 8), None)
            if verdict is None or any(
                toks[k].text in (",", ";", ":", ".", "?", "!") or toks[k].lower in self.lex.complementizers
                for k in range(mt.end, verdict.start)
            ):
                continue
            found = [c for c in found if not (mt.end <= c.start < verdict.end)]
            kind = "support" if verdict.value == "good" else "reject"
            found.append(Cue(kind, mt.start, mt.end, 0.8, verdict_end=verdict.end))
        return found

    def speaker(self, toks: list[Token], ents: list[Ent]) -> list[str]:
        """Who the sentence quotes: "sa Lavrov", "zei woordvoerder X", "according to X", "X said (that)".

        A document that "says" or is cited ("enligt förslaget", "the memorandum says") speaks for its author.
        """
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        self._doc_speaker = False
        for mt in self.sc["according_to"]:
            got = self._after(toks, ent_at, mt.end)
            if got:
                return got
            if mt.end < len(toks) and toks[mt.end].lower in self.lex.object_pronouns:
                low = toks[mt.end].lower
                want = "f" if low in self.lex.female_pronouns or low in ("henne", "hende", "haar", "ihr") else None
                pid = self.last_speaker if self.last_speaker and want is None else self.last_person(want)
                if pid:
                    return [pid]  # "enligt honom", "selon lui": the one just quoted
            if self.document_at(mt.end, min(len(toks), mt.end + 4)):
                self._doc_speaker = True
                return self.document_author()
        for mt in self.sc["reporting"]:
            # "The document, published by news agencies, says": no actor between the document and the verb
            doc = self.document_before(mt.start)
            doc_before = doc is not None and not any(
                doc.end <= e.start < mt.start and self.subject_capable(e) for e in ents
            )
            # "heißt es in dem Papier", "står det i förslaget": the document after the verb, behind a preposition
            doc_after = any(
                toks[k].lower in self.lex.prepositions and self.document_at(k + 1, min(len(toks), k + 4))
                for k in range(mt.end, min(len(toks), mt.end + 3))
            )
            if doc_before or doc_after:
                author = self.document_author()
                if author:
                    self._doc_speaker = True
                    return author
        # "Putin er redd for å si ..., sa Zelenskyj": an infinitive says nothing yet, and an attribution
        # after a comma or a quote ("..., sa Zelenskyj") names the speaker before any verb inside the quote
        reports = [
            mt for mt in self.sc["reporting"] if not (mt.start > 0 and toks[mt.start - 1].lower in self.lex.infinitive)
        ]
        reports.sort(
            key=lambda mt: (
                0
                if mt.start > 0
                and (toks[mt.start - 1].text == "," or toks[mt.start - 1].text in QUOTE_MARKS)
                and self._after(toks, ent_at, mt.end)
                else 1
            )
        )
        for mt in reports:
            # "a-t-il déclaré", "fügte er hinzu": the pronoun inside the reporting phrase speaks
            inside = [e for e in ents if mt.start <= e.start < mt.end and e.kind == "pronoun" and e.actor]
            if inside:
                return [inside[0].actor]
            # "Yermak said Ukraine would ...": a subject before the verb speaks; "sa Lavrov": the one after
            got = self._before(toks, ents, mt.start, clause_only=True) or self._role_of_before(toks, ents, mt.start)
            got = got or self._after(toks, ent_at, mt.end)
            if got:
                return got
            got = self._coordinated_subject(toks, ents, mt.start) or self._before(
                toks, ents, mt.start, clause_only=False
            )
            if got:
                return got
        return []

    def _both(self, toks: list[Token], ents: list[Ent], cue: Cue) -> list[str]:
        """ "Both sides agreed to an exchange", "Beide Präsidenten vereinbarten ein Treffen": the two parties
        named before: two leaders for a role word, else Russia and Ukraine where the article names both,
        else the two states named last."""
        lo = self.clause_start(toks, cue.start)
        k = next(
            (
                i
                for i in range(lo, cue.start - 1)
                if toks[i].lower in BOTH_WORDS
                and toks[i + 1].text.isalpha()
                and (toks[i].lower != "to" or self.lang in ("nb", "da"))  # English "to" is no number
            ),
            None,
        )
        if k is None or any(k < e.start < cue.start and self.subject_capable(e) for e in ents):
            return []
        if k > 0 and toks[k - 1].lower in self.lex.prepositions:
            return []  # "mellom de to landene": the two are not the subject
        noun = toks[k + 1].lower
        if noun in self.lex.role_words or noun.rstrip("s") in self.lex.role_words:
            people = [a for a in reversed(self.recent) if a.startswith("person:")][:2]
            return people if len(people) == 2 else []
        if noun in BOTH_SIDES and all(w in self.mentioned for w in WARRING):
            return [RUSSIA, UKRAINE]  # "both sides": the warring parties
        if noun not in BOTH_SIDES and noun not in BOTH_STATES:
            return []
        # "Moskva og Pyongyang ... de to landene": the two states this sentence names; else the warring
        # parties where the article names both; else the two states named last
        here = list(dict.fromkeys(e.actor for e in reversed(ents) if e.end <= k and e.actor.startswith("state:")))
        if len(here) >= 2:
            return here[:2]
        if all(w in self.mentioned for w in WARRING):
            return [RUSSIA, UKRAINE]
        states = list(dict.fromkeys([*here, *(a for a in reversed(self.recent) if a.startswith("state:"))]))[:2]
        return states if len(states) == 2 else []

    def _coordinated_subject(self, toks: list[Token], ents: list[Ent], i: int) -> list[str]:
        """ "Er forderte die Staaten auf, Russland zu stoppen, und bekräftigte seine Bereitschaft": a predicate
        joined by ", and" has the sentence's subject, not the last name before it."""
        lex = self.lex
        lo = self.clause_start(toks, i)
        if not (
            0 < lo < i
            and i - lo <= 4
            and toks[lo].lower in lex.coordinators
            and toks[lo].text != ","
            and not any(lo <= e.start < i for e in ents)
            # not "ba Kyiv om å dempe tonen og signere avtalen": the request's own infinitives
            and (toks[lo - 1].text == "," or not any(toks[k].lower in lex.infinitive for k in range(0, lo)))
        ):
            return []
        main = next((e for e in ents if e.start <= 3 and e.actor and self.subject_capable(e) and not e.oblique), None)
        return [main.actor] if main is not None and main.end <= lo else []

    def _role_of_before(self, toks: list[Token], ents: list[Ent], i: int) -> list[str]:
        """ "Een woordvoerder van de Europese Commissie zei", "a spokesman for the Kremlin said": the body
        behind an unnamed role speaks."""
        lo = self.clause_start(toks, i)
        for e in reversed(ents):
            if not (lo <= e.start and e.end <= i) or not e.actor or e.kind in ("pronoun", "venue"):
                continue
            k = e.start - 1
            while k >= lo and toks[k].lower in self.lex.determiners:
                k -= 1
            if k - 1 >= lo and toks[k].lower in self.lex.prepositions and toks[k - 1].lower in self.lex.role_words:
                if e.kind == "state-ref":
                    self.resolve_state_ref(e, ())
                return [e.actor] if e.actor and not self.is_media(e.actor) else []
            break
        return []

    def _after(self, toks: list[Token], ent_at: dict[int, Ent], k: int) -> list[str]:
        lex = self.lex
        limit = k + 5
        while k < len(toks) and k < limit:
            e = ent_at.get(k)
            if e is not None:
                if e.kind == "state-ref":
                    self.resolve_state_ref(e, ())
                if not e.actor:
                    return []
                if e.owner_of_role or e.kind == "demonym":
                    k = e.end
                    continue
                if self.is_media(e.actor):
                    return ["media"]
                return [e.actor]
            t = toks[k]
            if (
                t.lower in lex.determiners
                or t.lower in lex.role_words
                or t.lower in lex.possessives
                or (t.text[:1].islower() and t.lower not in lex.complementizers and t.lower not in lex.prepositions)
            ):
                k += 1
                continue
            break
        return []

    def is_media(self, aid: str) -> bool:
        a = self.cb.actors.get(aid)
        return a is not None and a.is_media

    def subject_capable(self, e: Ent) -> bool:
        return not (
            e.owner_of_role or e.kind in ("demonym", "venue") or e.oblique or (e.genitive and e.kind != "state-ref")
        )

    def _before(self, toks: list[Token], ents: list[Ent], i: int, *, clause_only: bool, lo: int = 0) -> list[str]:
        """The nearest subject before token i (with coordinated ones: "Ukraina og europeiske allierte")."""
        start = self.clause_start(toks, i) if clause_only else lo
        skip = self._apposition(toks, i) if not clause_only else range(0)
        cands = [e for e in ents if lo <= e.start and e.end <= i and self.subject_capable(e) and e.start not in skip]
        if (
            clause_only
            and cands
            and cands[-1].start < start
            and cands[-1].end == i - 1
            and toks[i - 1].text == ","
            and cands[-1].start > 0
            and toks[cands[-1].start - 1].text == ","
            and cands[-1].actor.startswith("person:")
        ):
            # "Ukraines ombudsmand, Dmytro Lubinets, anklager ...": the name set off by commas is the subject
            start = cands[-1].start
        if not cands or cands[-1].start < start:
            return []
        if clause_only and self.lang in ("de", "nl"):
            # "Europa werde die Ukraine weiter unterstützen", "dat Nederland Oekraïne blijft steunen": in a
            # verb-final clause the name that opens it is the subject, the later ones are objects
            in_clause = [e for e in cands if e.start >= start]
            if len(in_clause) >= 2:
                first, second = in_clause[0], in_clause[1]
                opens = all(t.lower in self.lex.determiners for t in toks[start : first.start])
                joined = any(
                    t.lower in self.lex.coordinators or t.text in (",", "(") for t in toks[first.end : second.start]
                )
                if opens and not joined and first.kind != "pronoun" or opens and not joined and first.actor:
                    cands = [e for e in cands if e.end <= first.end]
        last = cands[-1]
        if last.kind == "state-ref":
            self.resolve_state_ref(last, ())
        if not last.actor:
            return []
        if self.is_media(last.actor):
            return ["media"]
        out = [last.actor]
        cur = last
        covered = {i for x in ents if x.owner_of_role or x.kind == "demonym" for i in range(x.start, x.end)}
        covered |= {i for mt in self.sc.get("roles", []) for i in range(mt.start, mt.end)}
        lex = self.lex
        seen_and = False
        for e in reversed(cands[:-1]):
            between = toks[e.end : cur.start]
            # "Macron and British Prime Minister Keir Starmer": role phrases may sit between the names
            fits = all(
                t.lower in lex.coordinators
                or t.lower in lex.role_words
                or t.lower in lex.determiners
                or t.text in (",", "'", "’")
                or t.lower in ELIDED
                or k in covered
                for k, t in zip(range(e.end, cur.start), between, strict=True)
            )
            has_and = any(t.lower in lex.coordinators and t.text != "," for t in between)
            # "India, Brazil and South Africa": a comma joins names when an "and" closes the list
            joined = fits and (has_and or (seen_and and any(t.text == "," for t in between)))
            seen_and = seen_and or has_and
            if (
                between
                and (joined or all(t.lower in lex.coordinators for t in between))
                and e.actor
                and not self.is_media(e.actor)
            ):
                out.insert(0, e.actor)
                cur = e
            else:
                break
        return out

    def _apposition(self, toks: list[Token], i: int) -> range:
        """ "Erdogan, standing next to Zelenskiy, offered ...": the comma-enclosed phrase just before token i
        that starts with a lowercase word; the names in it are not the subject."""
        if i < 3 or toks[i - 1].text != ",":
            return range(0)
        j = i - 2
        while j >= 0 and toks[j].text != ",":
            if toks[j].text in CLAUSE_PUNCT or toks[j].text in (".", "!", "?"):
                return range(0)
            j -= 1
        if j < 1 or j + 1 >= i - 1:
            return range(0)
        first = toks[j + 1]
        if not (first.text[:1].islower() and first.text.isalpha()) or first.lower in self.lex.coordinators:
            return range(0)
        return range(j + 1, i - 1)

    def _place_subject(self, toks: list[Token], ents: list[Ent], cue: Cue) -> list[str]:
        """ "I Kyiv blev opfordringen afvist", "In Moscow, the plan was dismissed": a sentence that opens
        with a capital speaks for its government when it names no one else."""
        if len(toks) < 4 or toks[0].lower not in self.lex.prepositions:
            return []
        place = next((e for e in ents if e.start == 1 and e.actor.startswith("state:")), None)
        if place is None or place.end >= cue.start:
            return []
        if any(e is not place and e.end <= cue.start and e.actor and self.subject_capable(e) for e in ents):
            return []
        return [place.actor]

    def _relative_head(self, toks: list[Token], ents: list[Ent], i: int) -> Ent | None:
        """ "Turkiet, som säljer drönare till Ukraina, vill spela en roll som medlare": the name before a
        relative clause that closes just before the verb is the subject, not the names inside it."""
        k = i - 1
        while k >= 0 and toks[k].text not in (",", ".", ";", ":"):
            if any(e.start <= k < e.end and self.subject_capable(e) for e in ents):
                return None
            k -= 1
        if k < 3 or toks[k].text != ",":
            return None
        j = k - 1
        while j >= 1 and toks[j].text not in (".", ";", ":", "!", "?"):
            if toks[j].lower in RELATIVE_PRONOUNS and toks[j - 1].text == ",":
                head = next((e for e in ents if e.end == j - 1 and self.subject_capable(e) and e.actor), None)
                if head is not None and not self.is_media(head.actor):
                    return head
            j -= 1
        return None

    def clause_start(self, toks: list[Token], i: int) -> int:
        lex = self.lex
        k = i - 1
        while k >= 0:
            t = toks[k]
            if t.text in CLAUSE_PUNCT or k in self._inner_ends:
                return k + 1
            if t.lower in lex.complementizers:
                # Danish "til at støtte", "at" right before the verb: the infinitive marker, not "that"
                if t.lower in lex.infinitive and (k + 1 == i or k > 0 and toks[k - 1].lower in lex.prepositions):
                    k -= 1
                    continue
                return k + 1
            k -= 1
        return 0

    def conditions(self, toks: list[Token], text: str, ents: list[Ent]) -> list[tuple[int, int, str, bool]]:
        """(start, end, text, is_unless) of each condition clause ("if NATO membership is secured")."""
        lex = self.lex
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        marks = [(x, True) for x in self.sc["unless"]] + [(x, False) for x in self.sc["conditional"]]
        role_starts = {mt.start for mt in self.sc.get("roles", [])}
        for x in self.sc["conditional_ambiguous"]:
            nxt = toks[x.end] if x.end < len(toks) else None
            if (
                nxt is None
                or nxt.lower in lex.infinitive
                or nxt.lower in lex.complementizers
                or (nxt.lower in lex.possessives and bool({x.end + 1, x.end + 2} & role_starts))
                or x.end in role_starts
                or nxt.lower in lex.role_words
            ):
                continue
            if x.start > 0 and (
                lex.conditional_blockers.find(toks[x.start - 1 : x.start])
                or lex.stance.find(toks[x.start - 1 : x.start])
            ):
                continue
            if x.end in ent_at and ent_at[x.end].kind == "demonym":
                continue
            marks.append((x, False))
        out: list[tuple[int, int, str, bool]] = []
        for mt, unless in sorted(marks, key=lambda p: p[0].start):
            if any(s <= mt.start < e for s, e, _, _ in out):
                continue
            end = mt.end
            while end < len(toks) and toks[end].text not in (",", ";", ".", "!", "?", "”", "»", '"', "–", "—"):
                end += 1
            if end - mt.end < 2:
                continue
            out.append((mt.start, end, text[toks[mt.start].start : toks[end - 1].end], unless))
        return out

    # -- proposals --

    def proposals(self, toks: list[Token], topics: list[Match], pcues: list[Match], lo: int, hi: int) -> list[Found]:
        """The proposals whose topics or cues lie in tokens [lo, hi) (cached per sentence)."""
        key = (id(topics), lo, hi)
        got = self._prop_cache.get(key)
        if got is None:
            got = self._prop_cache[key] = self._proposals(toks, topics, pcues, lo, hi)
        return got

    def _proposals(self, toks: list[Token], topics: list[Match], pcues: list[Match], lo: int, hi: int) -> list[Found]:
        tops = [t for t in topics if lo <= t.start and t.end <= hi and not self._temporal(toks, t.start)]
        # "frysta ryska tillgångar" is frozen assets, not a frozen front line: the longer topic wins
        tops = [
            t
            for t in tops
            if not any(
                o.value != t.value and o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start
                for o in tops
            )
        ]
        cues = [c for c in pcues if lo <= c.start and c.end <= hi]
        if not tops and not cues:
            return []
        tops = [t for t in tops if not any(c.start <= t.start and t.end <= c.end for c in cues)]
        present = {t.value for t in tops}
        span_of: dict[str, tuple[int, int]] = {}
        for t in tops:
            s, e = span_of.get(t.value, (t.start, t.end))
            span_of[t.value] = (min(s, t.start), max(e, t.end))
        matched: list[tuple[frozenset[str], Found]] = []
        for c in cues:
            p = self.cb.proposals[c.value]
            cov = frozenset(p.topics) | {"cue:" + p.key}
            if any(f.key == p.key for _, f in matched):
                continue
            matched.append((cov, Found(p.key, p.name, p.kind, p.model, p.topics, c.start, c.end, 0.9, True, True)))
        for p in self.cb.when_candidates(present):
            for w in p.when:
                if w <= present:
                    s = min(span_of[t][0] for t in w)
                    e = max(span_of[t][1] for t in w)
                    if not any(f.key == p.key for _, f in matched):
                        matched.append((w, Found(p.key, p.name, p.kind, p.model, p.topics, s, e, 0.85, True)))
                    break
        keep = [(cov, f) for cov, f in matched if not any(cov < other for other, _ in matched)]
        # a specific territorial proposal absorbs the generic territory words around it
        keep = [
            (cov, f)
            for cov, f in keep
            if not any(
                o is not f and o.kind == f.kind and cov - oc and cov - oc <= GENERIC_TOPICS and not oc <= cov
                for oc, o in keep
            )
        ]
        # a cue-recognised guarantee model replaces the generic "security guarantees"
        if any(f.kind == "security_guarantee" and f.model not in (None, "unspecified") for _, f in keep):
            keep = [(c, f) for c, f in keep if f.key != "security-guarantees"]
        if keep:
            covered = set().union(*(c for c, _ in keep))
            extra = present - covered - {"talks", "civilians", "energy", "concessions"}
            found = [f for _, f in keep]
            if extra and not found:
                found.append(self.inferred(extra, tops))
            found.sort(key=lambda f: f.start)
            return found[:MAX_PROPOSALS_PER_CUE]
        return [self.inferred(present, tops)]

    def _word_before(self, toks: list[Token], i: int, lo: int = 0) -> str | None:
        """The word before token i, over one article ("no limits", "nach dem Gipfel"); None before ``lo``."""
        k = i - 1
        if k >= lo and toks[k].lower in self.lex.determiners:
            k -= 1
        return toks[k].lower if k >= lo else None

    def _temporal(self, toks: list[Token], i: int) -> bool:
        """The words at i follow "after", "nach dem", "før en": they date something."""
        return self._word_before(toks, i) in TEMPORAL_PREPOSITIONS

    def inferred(self, topics: set[str], tops: list[Match]) -> Found:
        tl = tuple(sorted(topics))
        kind = self.cb.kind_for(tl)
        key = m.slug(f"inferred {kind} {' '.join(tl)}")
        name = f"{kind.replace('_', ' ').capitalize()}: {', '.join(t.replace('_', ' ') for t in tl)}"
        s = min(t.start for t in tops) if tops else 0
        e = max(t.end for t in tops) if tops else 0
        model = "unspecified" if kind == "security_guarantee" else None
        return Found(key, name, kind, model, tl, s, e, 0.6, False)

    def documents(self) -> list[Match]:
        """The documents the sentence names: "the memorandum", "förslaget", "das Papier", a peace plan."""
        refs = [mt for mt in self.sc.get("proposal_refs", []) if mt.value == "plan"]
        return refs + [mt for mt in self.sc.get("topics", []) if mt.value == "peace_plan"]

    def document_at(self, lo: int, hi: int) -> bool:
        """A document named in tokens [lo, hi)."""
        return any(lo <= mt.start and mt.end <= hi for mt in self.documents())

    def document_before(self, i: int) -> Match | None:
        """The last document named before token i."""
        return max((mt for mt in self.documents() if mt.end <= i), key=lambda mt: (mt.end, mt.start), default=None)

    def _document_acts(self, toks: list[Token], ents: list[Ent], doc_end: int, cue: Cue) -> bool:
        """The document is the one that demands: "the plan calls for", "a roadmap, which calls for",
        "a memorandum demanding"; not "China and Brazil presented a six-point plan" (its object)."""
        between = {t.lower for t in toks[doc_end : cue.start]}
        if between & RELATIVES or "," in between:
            return True
        if toks[cue.start].lower.endswith(("ing", "ande", "ende", "end", "ant")):
            return True  # a participle after the noun
        lo = self.clause_start(toks, doc_end)
        return not any(lo <= e.start < doc_end and self.subject_capable(e) for e in ents)

    def document_author(self) -> list[str]:
        """Who speaks when a document does ("the memorandum says Kyiv must ..."): whoever tabled the
        proposal the article is about, else whoever last proposed anything."""
        focus = max(
            (x for x in self.seen_proposals.values() if "peace_plan" in x[2].topics),
            key=lambda x: (x[0], x[1]),
            default=None,
        )
        if focus is not None:
            author = self.proposers.get(m.node_id("Proposal", focus[2].key))
            if author:
                return [author]
        return [self.last_proposer] if self.last_proposer else []

    def referenced(self, lo: int, hi: int, cue_kind: str) -> Found | None:
        """ "the plan", "lånet", "ce texte" in tokens [lo, hi): the proposal the article has made its subject.

        The one named most often so far (ties: the latest); "the plan" prefers a peace plan, "the
        demands" (only rejected or accepted ones) those of the sentence before.
        """
        refs = [mt for mt in self.sc.get("proposal_refs", []) if lo <= mt.start and mt.end <= hi]
        if not refs:
            return None
        ref = refs[0]
        kind = ref.value
        if kind == "demands":
            if cue_kind not in ("reject", "support"):
                return None
            recent = [f for f in self.last_proposals if f.kind != "negotiation"]
            if recent:
                return replace(recent[0], start=ref.start, end=ref.end, confidence=recent[0].confidence * 0.8)
        seen = [
            (n, last, f)
            for n, last, f in self.seen_proposals.values()
            if not (f.kind == "negotiation" and "peace_plan" not in f.topics)
        ]
        if kind == "plan" and any("peace_plan" in f.topics for _, _, f in seen):
            seen = [x for x in seen if "peace_plan" in x[2].topics]
        if kind == "any" and any(f.canonical and f.key != "security-guarantees" for _, _, f in seen):
            # "die Einigung", "the deal": an agreement, not the generic call for guarantees
            seen = [x for x in seen if x[2].canonical and x[2].key != "security-guarantees"]
        best: tuple[float, int] | None = None
        pick: Found | None = None
        for n, last, f in seen:
            if kind not in ("any", "demands", "plan") and f.kind != kind:
                continue
            score = (n * (1.0 if f.canonical else 0.5), last)
            if best is None or score > best:
                best, pick = score, f
        if pick is None:
            return None
        return replace(pick, start=ref.start, end=ref.end, confidence=pick.confidence * 0.8)

    def resolve_generic(self, found: list[Found]) -> list[Found]:
        """ "the proposed guarantees": a generic guarantee refers to the specific one just mentioned."""
        out: list[Found] = []
        for f in found:
            if f.key == "security-guarantees" or (f.kind == "security_guarantee" and not f.canonical):
                spec = [
                    p
                    for p in self.last_proposals
                    if p.kind == "security_guarantee" and p.model not in (None, "unspecified")
                ]
                if not spec:  # "de G7-garanties" a few sentences after the bilateral guarantees were named
                    spec = [
                        p
                        for _, _, p in sorted(self.seen_proposals.values(), key=lambda x: -x[1])
                        if p.kind == "security_guarantee" and p.model not in (None, "unspecified")
                    ]
                if spec:
                    out.append(replace(spec[0], start=f.start, end=f.end))  # positions in this sentence
                    continue
            out.append(f)
        return out

    # -- statements --

    def statement(
        self,
        toks: list[Token],
        text: str,
        ents: list[Ent],
        cue: Cue,
        nxt: int,
        topics: list[Match],
        pcues: list[Match],
        sentence_props: list[Found],
        speaker: list[str],
        conds: list[tuple[int, int, str, bool]],
        used: list[str],
    ) -> None:
        lex = self.lex
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        in_cond = [c for c in conds if c[0] <= cue.start < c[1]]
        genitive_owner = None
        for back in (1, 2):
            k = cue.start - back
            if k < 0:
                break
            g = ent_at.get(k)
            if g is not None:
                if (g.genitive or g.kind == "demonym") and not g.owner_of_role and g.actor and g.kind != "state-ref":
                    genitive_owner = g
                break
            if not (toks[k].text[:1].islower() and toks[k].text.isalpha()) or toks[k].lower in lex.determiners:
                break
        if genitive_owner is None and not cue.enumerates and self._nominal(toks, cue, ent_at):
            return  # "het Europese voorstel", "the proposal": a proposal named, not a stance taken here
        if in_cond and genitive_owner is None:
            return  # "if Ukraine agrees to ...": a condition, not this actor's stance
        if self._without(toks, cue.start):
            return  # "sans exiger le retrait", "ohne eine Waffenruhe zu fordern": the stance is not taken
        if self._passive(toks, cue) and cue.kind in ("accuse", "demand", "reject"):
            agent = self._agent(toks, ents, ent_at, cue) or self._place_subject(toks, ents, cue)
            if not agent:
                return
        # subject
        sconf = 1.0
        subjects: list[str] = []
        from_document = False
        if genitive_owner is not None:
            subjects = [genitive_owner.actor]
            sconf = genitive_owner.confidence
        if not subjects and cue.confidence < 0.7 and speaker:
            subjects, sconf = list(speaker), 0.9  # "Russia must stop ...", said Merz: Merz demands it
            # "Enligt förslaget ska båda sidor dra sig tillbaka": what a plan says must happen, its author proposes
            from_document = self._doc_speaker
        if not subjects and cue.kind in ("demand", "propose"):
            # "a memorandum demanding that Kyiv cede ...", "the plan calls for ...": the document's author
            doc = self.document_before(cue.start)
            if (
                doc is not None
                and cue.start - doc.end <= 4
                and not any(doc.end <= e.start < cue.start and self.subject_capable(e) for e in ents)
                and self._document_acts(toks, ents, doc.end, cue)
            ):
                # "Russia handed Ukraine a memorandum demanding ...", "X brought a roadmap which calls for":
                # the sentence's first subject brought it; else the document's known author
                doc_start = doc.start
                owner = [
                    e for e in ents if 0 <= doc_start - e.end <= 1 and (e.genitive or e.kind == "demonym") and e.actor
                ]
                first = owner or [e for e in ents if e.end <= doc_start and self.subject_capable(e) and e.actor]
                if first and first[0].kind == "state-ref":
                    self.resolve_state_ref(first[0], ())
                subjects = [first[0].actor] if first and first[0].actor else self.document_author()
                sconf = 0.75
        if not subjects and cue.start > 0 and toks[cue.start - 1].lower in ("que", "qu"):
            # "le cessez-le-feu que proposaient Washington et Kiev": the subject follows the verb
            after = [e for e in ents if cue.end <= e.start <= cue.end + 1 and self.subject_capable(e) and e.actor]
            if after:
                subjects = [after[0].actor]
                nxt_e = after[0]
                for e in ents:
                    if (
                        e.start > nxt_e.end
                        and e.start - nxt_e.end <= 1
                        and toks[nxt_e.end].lower in self.lex.coordinators
                    ):
                        subjects.append(e.actor)
                        nxt_e = e
        if not subjects and cue.kind == "mediate" and toks[cue.end - 1].lower in lex.prepositions:
            # "sous l'égide de la Turquie et des Nations unies", "under the auspices of X": the mediators follow
            after = [
                e
                for e in ents
                if cue.end <= e.start <= cue.end + 2 and e.actor and e.kind not in ("pronoun", "demonym", "venue")
            ]
            if after:
                chain = [after[0]]
                for e in ents:
                    if (
                        e.start > chain[-1].end
                        and e.start - chain[-1].end <= 2
                        and any(toks[k].lower in lex.coordinators for k in range(chain[-1].end, e.start))
                    ):
                        chain.append(e)
                subjects = [e.actor for e in chain]
        if not subjects and (cue.verdict_end is not None or cue.kind == "accuse") and not self._passive(toks, cue):
            # "Kuleba called the strike an act of barbarism by Russia": the judge is the one before the cue,
            # and "by Russia" names the accused
            subjects = self._before(toks, ents, cue.start, clause_only=True)
        if (
            not subjects
            and cue.kind == "charge"
            and cue.start >= 2
            and toks[cue.start - 1].text in DOUBLE_QUOTES
            and toks[cue.start - 2].text[:1].isalnum()
            and sum(1 for x in toks[: cue.start - 1] if x.text in DOUBLE_QUOTES) % 2 == 0
        ):
            # "Poutine « ne veut pas la paix »": the charge is quoted, its subject stands before the quote
            subjects = self._before(toks, ents, cue.start - 1, clause_only=True)
        if not subjects:
            subjects = self._agent(toks, ents, ent_at, cue)
        if not subjects:
            subjects = self._before(toks, ents, cue.start, clause_only=True)
        if not subjects:
            head = self._relative_head(toks, ents, cue.start)
            if head is not None:
                subjects = [head.actor]
        if not subjects:
            subjects = self._both(toks, ents, cue)
        if not subjects and self.lang in V2_LANGUAGES:
            # "Samtidigt återupptar USA ...", "Därför kräver Ryssland ...": the subject right after the verb
            # a split verb has it inside: "Am Freitag schlug Selenskyj einen Waffenstillstand vor"
            split = cue.end - cue.start > 2 and toks[cue.end - 1].lower in SEPARABLE_PARTICLES
            v2 = next(
                (e for e in ents if cue.end <= e.start <= cue.end + 1 or split and e.start == cue.start + 1), None
            )
            front = self.clause_start(toks, cue.start)
            # "Lederne oppfordret Putin til ...", "Die Staats- und Regierungschefs forderten Putin auf": a noun
            # phrase in first position is the subject; the name after the verb is the one addressed
            noun_first = any(toks[k].lower in lex.role_words for k in range(front, cue.start)) or (
                front < cue.start - 1 and toks[front].lower in lex.determiners
            )
            if (
                v2 is not None
                and not noun_first
                and self.subject_capable(v2)
                and v2.actor
                and (v2.kind != "pronoun" or v2.start == cue.end)
                and not self.is_media(v2.actor)
                and self.clause_start(toks, cue.start) >= cue.start - 2
            ):
                subjects = [v2.actor]
        if not subjects and speaker:
            subjects, sconf = speaker, 0.9
        if not subjects:
            subjects = self._coordinated_subject(toks, ents, cue.start)
            sconf = 0.8
        if not subjects:
            subjects = self._before(toks, ents, cue.start, clause_only=False)
            sconf = 0.8
        if not subjects:
            place = self._place_subject(toks, ents, cue)
            if place:
                subjects, sconf = place, 0.7
        if (
            not subjects
            and self.last_speaker
            and not any(e.actor and self.subject_capable(e) for e in ents if e.end <= cue.start)
            and not any(toks[k].lower in BOTH_SIDES for k in range(cue.start))
        ):
            subjects, sconf = [self.last_speaker], 0.6
        subjects = [s for s in subjects if s and s != "media"]
        if not subjects:
            return
        if cue.kind == "charge":
            self._charge(subjects, speaker, text, sconf * cue.confidence, used)
            return
        if self.cue_subject is None and subjects[0].startswith("person:"):
            self.cue_subject = subjects[0]
        for s in subjects:
            if s in self.cb.actors and self.cb.actors[s].label == "Person" or s.startswith("person:"):
                sconf = min(sconf, max((e.confidence for e in ents if e.actor == s), default=sconf))
        # negation
        rel_kind = cue.kind
        negated = self._negated(toks, cue)
        restrictive = negated and self._restrictive(toks, cue)
        if restrictive:
            negated = False  # "ne pouvait signer qu'avec des garanties": only with them, a condition
        if negated:
            if rel_kind not in NEGATABLE:
                return
            rel = NEGATABLE[rel_kind]
        else:
            rel = STANCE_RELATIONS[rel_kind]
            if restrictive and rel in ("SUPPORTS", "PROPOSES"):
                rel = "DEMANDS"
            if cue.confidence < 0.7 and rel == "DEMANDS" and self._own_side_pledge(toks, ents, cue, subjects):
                rel = "PROPOSES"  # "Moskva ska minska ...", said Russia's negotiator: a pledge, not a demand
            if from_document and rel == "DEMANDS" and not any(self.side_of(x) & WARRING for x in subjects):
                rel = "PROPOSES"  # a third party's plan proposes; a warring side's memorandum demands
        condition = None
        main_conds = [c for c in conds if not (c[0] <= cue.start < c[1]) and not c[3]]
        if main_conds:
            condition = main_conds[0][2]
        sentence = text
        if rel_kind == "accuse":
            if len(subjects) > 1 and any(
                toks[k].lower in RECIPROCALS and (toks[k].lower not in ("each", "one") or k + 1 < len(toks))
                for k in range(cue.start + 1, min(cue.end + 3, len(toks)))  # "warfen einander vor"
            ):
                for s in subjects:  # "Både Moskva og Kyiv beskylder hinanden"
                    for t in subjects:
                        if t != s:
                            self.edge(s, "ACCUSES", t, sentence, sconf * cue.confidence * 0.9)
                used.extend(subjects)
                return
            k = cue.start - 1
            while k >= 0 and toks[k].lower in AUXILIARIES:
                k -= 1
            named_after = next(
                (
                    e
                    for e in ents
                    if cue.end <= e.start <= cue.end + 1 and e.actor.startswith("person:") and e.kind != "pronoun"
                ),
                None,
            )
            if k >= 0 and (toks[k].text == "," or toks[k].text in QUOTE_MARKS) and named_after is not None:
                # "c'est l'Ukraine qui refuse de négocier, a accusé Dmitri Peskov": an attribution after the
                # clause; the one named after the verb accuses the clause's subject
                for s in subjects:
                    if s != named_after.actor and not self.sides_of([named_after.actor]) & self.side_of(s):
                        self.edge(named_after.actor, "ACCUSES", s, sentence, sconf * cue.confidence * 0.9)
                used.append(named_after.actor)
                return
            ahead = self._accused_after(toks, ents, cue, nxt, subjects)
            targets = ahead if ahead is not None else self._accused_before(toks, ents, cue, subjects)
            accusers = [x for x in speaker if x != "media"]
            if (
                accusers
                and not negated
                and not ahead
                and not any(x in accusers for x in subjects)
                and not self.sides_of(subjects) & self.sides_of(accusers)
            ):
                # "Russia is not ready for peace, Zelensky said": the speaker accuses the clause's subject
                targets = [(x, 0.8) for x in subjects]
                subjects, sconf = accusers, 0.9
            for s in subjects:
                for t, tconf in targets:
                    self.edge(s, "ACCUSES", t, sentence, sconf * cue.confidence * tconf)
            used.extend(subjects)
            return
        # objects
        # from the cue's second word on: "lehnte [einen Einsatz ausländischer Truppen] ab"
        found = self.proposals(toks, topics, pcues, cue.start, nxt)
        oconf = 1.0
        if rel_kind in ("support", "guarantee") and all(not f.canonical for f in found):
            aid = self._aid_to_ukraine(toks, ents, cue, subjects)
            if aid is not None:
                found, oconf = [aid], 0.8
        if rel_kind in ("reject", "support"):
            # "eine Nato-Mitgliedschaft sei keine realistische Folge einer Verhandlungslösung": the
            # evaluated subject before the copula is the object, not what follows the judgement
            lo = self.clause_start(toks, cue.start)
            judged = self.proposals(toks, topics, pcues, lo, cue.start)
            if judged and any(toks[k].lower in COPULAS for k in range(max(f.end for f in judged), cue.start)):
                found, oconf = judged, 0.9
        if not found or all(f.key == "security-guarantees" or not f.canonical for f in found):
            # "er imod planen", "garantister for avtalen": the proposal named before (after a generic
            # object only: "krävt att avtalet skulle innehålla säkerhetsgarantier" wants the guarantees)
            ref = self.referenced(cue.start, nxt, rel_kind)
            if ref is not None and (not found or ref.start > min(f.start for f in found)):
                found, oconf = [ref], 0.75
        if not found and nxt < len(toks) and nxt not in self._hard_stops:
            end = min((x for x in self._hard_stops if x > nxt), default=len(toks))
            found = self.proposals(toks, topics, pcues, cue.start, end)
            oconf = 0.85
        if not found:
            lo = self.clause_start(toks, cue.start)
            k = lo - 1
            while k > 0 and toks[k].text in ("-", "–", "—", "(", ")"):
                k = self.clause_start(toks, k) - 1
            found = self.proposals(toks, topics, pcues, max(k + 1, 0), cue.start)
            oconf = 0.9
            if not found:
                ref = self.referenced(max(k + 1, 0), cue.start, rel_kind)  # "Den Plan lehnte er ab"
                if ref is None and rel_kind in ("reject", "support"):
                    ref = self.referenced(0, cue.start, rel_kind)  # "a qualifié l'idée d'« absurde »"
                if ref is not None:
                    found, oconf = [ref], 0.7
        if (
            not found
            and cue.start > 1
            and toks[cue.start - 1].lower in ("que", "qu", "som", "that", "which", "die", "dat")
        ):
            # "le cessez-le-feu général que proposaient Washington et Kiev": the antecedent is the object
            before = self.proposals(toks, topics, pcues, 0, cue.start - 1)
            if before:
                found, oconf = before[-1:], 0.8
        if not found and rel_kind == "propose" and self._stem_in(toks, cue.start, cue.end, INVITE_STEMS):
            found, oconf = self._summit(cue), 0.7  # "Putin habe ihn nach Moskau eingeladen": a meeting offered
        if not found and rel_kind == "propose" and self._stem_in(toks, cue.start, nxt, HOST_STEMS, lemmas=False):
            # "bot sich als Gastgeber an", "offered to host": talks offered, at home
            offered = self._canonical("direct-talks", cue.start, cue.end, 0.7)
            if offered is not None:
                found, oconf = [offered], 0.8
                talks = self.talks_node()
                for s_ in subjects:
                    for h in [x for x in self.side_of(s_) if x.startswith("state:")][:1]:
                        self.edge(h, "HOSTS", talks, text, sconf * cue.confidence * 0.7)
        if not found and not negated:
            found, oconf = [f for f in sentence_props if f.by_cue], 0.75
        if not found and rel_kind in ("reject", "support") and not negated:
            found, oconf = sentence_props[:1], 0.6
        if not found and rel_kind in ("reject", "support") and self.last_proposals and not negated:
            found, oconf = [replace(f, start=cue.start, end=cue.end) for f in self.last_proposals[:1]], 0.6
        found = self.resolve_generic(found)
        refused: list[Found] = []
        if found and not negated and rel_kind in ("demand", "propose", "support", "guarantee"):
            # "calls for a ceasefire, no limits on the army": a negated object is refused, not wanted
            refused = [f for f in found if self._object_negated(toks, cue, f)]
            found = [f for f in found if f not in refused]
            if refused and rel_kind in ("demand", "propose", "support"):
                for s_ in subjects:
                    for f in refused:
                        pid = self.proposal_node(f)
                        self.edge(s_, "REJECTS", pid, sentence, sconf * cue.confidence * oconf * f.confidence * 0.8)
                used.extend(subjects)
            if not found:
                return
        if rel_kind == "host":
            # "Viola Amherd, gastvrouw van de top": the host stands right before the word
            near = [e for e in ents if e.end <= cue.start and cue.start - e.end <= 2 and self.subject_capable(e)]
            if near and toks[near[-1].end].text in (",", "(") or near and near[-1].end == cue.start:
                subjects = [near[-1].actor]
            talks = self.talks_node()
            for s in subjects:
                states = [x for x in self.side_of(s) if x.startswith("state:")]
                for h in states[:1]:
                    self.edge(h, "HOSTS", talks, sentence, sconf * cue.confidence * 0.8)
            used.extend(subjects)
            return
        if rel_kind == "mediate":
            # what is mediated follows the cue ("mediated the grain deal"), never what came before it
            venues = [self.proposal_node(f) for f in found if f.kind != "negotiation" and f.start >= cue.start]
            venues = venues or [self.talks_node()]
            for s in subjects:
                for t in venues:
                    self.edge(s, "MEDIATES", t, sentence, sconf * cue.confidence * oconf)
            used.extend(subjects)
            return
        if not found:
            if rel == "REJECTS":
                own = {self.persons[x].owner for x in subjects if x in self.persons and self.persons[x].owner}
                own |= {a.actor for x in subjects if x in self.cb.actors for a in self.cb.actors[x].affiliations}
                rejected = [
                    e
                    for e in ents
                    if cue.end <= e.start <= cue.end + 2
                    and e.end <= nxt
                    and not any(toks[x].text in CLAUSE_PUNCT for x in range(cue.end, e.start))
                    and e.actor
                    and e.actor not in subjects
                    and e.actor not in own
                    and e.kind not in ("pronoun", "demonym", "venue")
                ]
                if rejected:
                    for s in subjects:
                        self.edge(s, "REJECTS", rejected[0].actor, sentence, sconf * cue.confidence * 0.7)
                    used.extend(subjects)
            return
        accusers = [x for x in speaker if x != "media" and x not in subjects]
        if (
            rel == "REJECTS"
            and accusers
            and (self.sc["reporting"] or self.sc["according_to"])
            and any(e.actor in accusers for e in ents)
            and all(f.kind == "negotiation" for f in found)
            and not self.sides_of(accusers) & self.sides_of(subjects)
        ):
            # "Peskov sa at Kiev vägrar förhandla": that the other side refuses talks is the speaker's charge
            for a in accusers:
                for s in subjects:
                    self.edge(a, "ACCUSES", s, sentence, sconf * cue.confidence * 0.8)
            used.extend(accusers)
            return
        signing = rel == "SUPPORTS" and self._stem_in(toks, cue.start, cue.end, SIGN_STEMS)
        for s in subjects:
            for f in found:
                if f.key in WITHDRAWALS.values() and not f.by_cue:
                    f = self._withdrawal(toks, ents, f, s, rejected=rel == "REJECTS")
                pid = self.proposal_node(f)
                r = rel
                if signing and f.kind == "security_guarantee" and UKRAINE not in self.side_of(s):
                    r = "GUARANTEES"  # "Biden signed a security agreement with Kyiv": the signer guarantees
                if r == "PROPOSES" and cue.ready and f.kind == "negotiation":
                    r = "SUPPORTS"  # "klar til å vurdere ethvert forslag til fredsforhandlinger": backs the talks
                if r == "REJECTS" and f.kind != "negotiation" and self._without(toks, f.start, reach=3):
                    r = "DEMANDS"  # "will not sign a deal without security guarantees": no deal unless they come
                self.edge(s, r, pid, sentence, sconf * cue.confidence * oconf * f.confidence, condition=condition)
        used.extend(subjects)

    def _withdrawal(self, toks: list[Token], ents: list[Ent], f: Found, subject: str, *, rejected: bool) -> Found:
        """ "Rückzug der ukrainischen Truppen", "urged him to withdraw his troops": whose troops leave is
        named by a demonym or a subject at the withdrawal, or else is the other side of the one who wants
        it, and the own side of the one who rejects it ("lehnte einen Abzug aus dem Donbass ab")."""
        lo, hi = max(0, f.start - 4), min(len(toks), f.end + 4)
        named = {
            e.actor
            for e in ents
            if e.actor in WARRING
            and lo <= e.start < hi
            and (
                e.kind == "demonym"
                or e.genitive
                or e.end <= f.start
                and f.start - e.end <= 3
                and all(toks[k].lower in MODALS or toks[k].lower in self.lex.infinitive for k in range(e.end, f.start))
                and not any(toks[k].lower in self.lex.prepositions for k in range(max(0, e.start - 1), e.start))
            )
        }
        if len(named) == 1:
            leaving = next(iter(named))
        else:
            side = self.side_of(subject)
            if RUSSIA in side or subject == RUSSIA:
                leaving = RUSSIA if rejected else UKRAINE
            elif UKRAINE in side:
                leaving = UKRAINE if rejected else RUSSIA
            elif subject.startswith(("state:", "organisation:", "person:")) and not rejected:
                leaving = RUSSIA
            else:
                return f
        key = WITHDRAWALS[leaving]
        if key == f.key:
            return f
        p = self.cb.proposals[key]
        return replace(f, key=p.key, name=p.name, kind=p.kind, model=p.model, topics=p.topics)

    def _charge(self, subjects: list[str], speaker: list[str], text: str, conf: float, used: list[str]) -> None:
        """ "'Poetin wil geen vrede,' zei Zelensky": the speaker accuses the one the charge is about."""
        accusers = [x for x in speaker if x != "media"]
        if not accusers:
            return
        own = self.sides_of(accusers)
        accused = [x for x in subjects if x not in own and not set(self.side_of(x)) & own]
        for a in accusers:
            for t in accused:
                self.edge(a, "ACCUSES", t, text, conf * 0.9)
        if accused:
            used.extend(accusers)

    def _aid_to_ukraine(self, toks: list[Token], ents: list[Ent], cue: Cue, subjects: list[str]) -> Found | None:
        """ "støtte Ukraine militært", "die Ukraine weiter unterstützen": backing Ukraine itself is aid to it."""
        lo = self.clause_start(toks, cue.start)
        target = next(
            (
                e
                for e in ents
                if e.actor == UKRAINE
                and e.kind not in ("demonym", "pronoun")
                and (
                    cue.end <= e.start <= cue.end + 2
                    or self.lang in ("de", "nl")
                    and lo <= e.start
                    and e.end <= cue.start  # verb-final
                )
            ),
            None,
        )
        if target is None or any(UKRAINE in self.side_of(s) or s == UKRAINE for s in subjects):
            return None
        return self._canonical(AID_PROPOSAL, target.start, target.end, 0.8)

    @staticmethod
    def _stem_in(toks: list[Token], lo: int, hi: int, stems: tuple[str, ...], *, lemmas: bool = True) -> bool:
        """A word (or, with ``lemmas``, its lemma) in toks[lo:hi] starts with one of the stems."""
        return any(t.lower.startswith(stems) or lemmas and t.lemma.startswith(stems) for t in toks[lo:hi])

    def _summit(self, cue: Cue) -> list[Found]:
        f = self._canonical("leaders-summit", cue.start, cue.end, 0.7)
        return [f] if f is not None else []

    def _canonical(self, key: str, start: int, end: int, confidence: float) -> Found | None:
        """A codebook proposal standing for words that name no proposal themselves (a meeting offered, aid)."""
        p = self.cb.proposals.get(key)
        if p is None:
            return None
        return Found(p.key, p.name, p.kind, p.model, p.topics, start, end, confidence, True)

    def sides_of(self, aids: Iterable[str]) -> set[str]:
        """The actors and all those they speak for."""
        return set().union(*(self.side_of(a) for a in aids))

    def side_of(self, aid: str) -> set[str]:
        """An actor and those it speaks for (its role phrase's owner, its codebook affiliations)."""
        out = {aid}
        info = self.persons.get(aid)
        if info is not None and info.owner:
            out.add(info.owner)
        actor = self.cb.actors.get(aid)
        if actor is not None:
            out.update(a.actor for a in actor.affiliations)
        return out

    def _own_side_pledge(self, toks: list[Token], ents: list[Ent], cue: Cue, subjects: list[str]) -> bool:
        """A modal ("ska", "must", "will") whose clause subject is the speaker's own side or "we"."""
        # from the last "that" on, over commas: "sa att Moskva, för att öka förtroendet, ska minska"
        lo = max(
            (
                k + 1
                for k in range(cue.start)
                if toks[k].lower in self.lex.complementizers
                and not (k > 0 and toks[k - 1].lower in self.lex.prepositions)  # "för att": in order to
            ),
            default=0,
        )
        # "X said any agreement would have to ...": the reported clause starts after the reporting verb
        lo = max([lo, *(mt.end for mt in self.sc.get("reporting", []) if mt.end <= cue.start)])
        before = [e for e in ents if lo <= e.start and e.end <= cue.start and e.actor and self.subject_capable(e)]
        own = self.sides_of(subjects)
        if before:
            return before[-1].actor in own and before[-1].kind != "pronoun"
        return any(toks[k].lower in self.lex.group_pronouns for k in range(lo, cue.start)) and not any(
            toks[k].lower in ("they", "de", "ils", "sie", "zij", "ze", "dem") for k in range(lo, cue.start)
        )

    def _object_negated(self, toks: list[Token], cue: Cue, f: Found) -> bool:
        if f.end <= cue.start:
            # "dat Oekraïne geen versoepeling van sancties zal accepteren": the object before a final verb
            near = range(max(0, f.start - 3), f.start)  # "geen versoepeling van sancties"
            return any(toks[k].lower in NEG_QUANTIFIERS for k in near) and cue.start - f.end <= 6
        if f.start <= cue.end:
            return False
        neg = self.lex.negation
        # "..., no limits on Ukraine's army": the negation right before the object, however far the cue
        if self._word_before(toks, f.start, lo=cue.end) in NEG_QUANTIFIERS:
            return True
        if f.start - cue.end > 10:
            return False
        return any(
            toks[k].lower in neg or toks[k].lower in NEG_QUANTIFIERS for k in range(cue.end, f.start)
        ) and not any(toks[k].text in (";", ".", "!", "?") for k in range(cue.end, f.start))

    def _without(self, toks: list[Token], start: int, reach: int = 1) -> bool:
        """ "without" within ``reach`` tokens before ``start``, in the same clause."""
        for k in range(start - 1, max(-1, start - 1 - reach), -1):
            if toks[k].text in CLAUSE_PUNCT:
                return False
            if toks[k].lower in WITHOUT_WORDS:
                return True
        return False

    def _nominal(self, toks: list[Token], cue: Cue, ent_at: dict[int, Ent]) -> bool:
        """A stance noun after an article ("the proposal", "het Europese voorstel"), without an owner."""
        if cue.kind not in ("propose", "demand"):
            return False
        det = self.lex.determiners
        k = cue.start - 1
        # "withdrawal is a condition", "een voorwaarde is", "est une condition": a predicate takes the stance
        if (
            k >= 0
            and toks[k].lower in det
            and ((k >= 1 and toks[k - 1].lower in COPULAS) or (cue.end < len(toks) and toks[cue.end].lower in COPULAS))
        ):
            return False
        if k >= 0 and toks[k].lower in det:
            return True
        # one adjective between: "het Europese voorstel", "a new proposal" (not "Die Türkei vermittelte")
        adjective = (
            k >= 1
            and toks[k].text.isalpha()
            and (
                (k in ent_at and ent_at[k].kind == "demonym")
                or (k not in ent_at and toks[k].lower.endswith(ADJECTIVE_ENDINGS) and len(toks[k].text) > 3)
            )
        )
        return bool(adjective) and toks[k - 1].lower in det

    def _passive(self, toks: list[Token], cue: Cue) -> bool:
        t = toks[cue.start]
        if t.lower in self.lex.negation or not t.text.isalpha():
            return False  # "is not ready for peace": a predicate, not a participle
        if (
            self.lang in ("sv", "nb", "da")
            and t.lower.endswith("s")
            and t.lemma != t.lower
            and not t.lower.endswith("ss")
        ):
            return True
        prev = toks[cue.start - 1].lower if cue.start > 0 else ""
        return prev in {
            "blir",
            "ble",
            "blev",
            "bliver",
            "is",
            "was",
            "were",
            "been",
            "being",
            "wird",
            "wurde",
            "worden",
            "wordt",
            "werd",
            "été",
            "est",
            "sont",
        }

    def _agent(self, toks: list[Token], ents: list[Ent], ent_at: dict[int, Ent], cue: Cue) -> list[str]:
        """ "ledet av X og Y", "proposed by X", "de bemiddelingsrol van Qatar"."""
        lex = self.lex
        of_words = OF_WORDS.get(self.lex.language, frozenset())
        for k in range(cue.end, min(len(toks), cue.end + 4)):
            if k in self._topic_at:
                break
            low = toks[k].lower
            # "avvist av X", "proposed by X"; not "avviste utplassering av tropper": a noun between is the object
            prev = toks[k - 1].lower
            if (
                k > cue.end
                and toks[k - 1].text[:1].islower()
                and prev not in lex.negation
                and prev not in AUXILIARIES
                and prev not in LEAD_VERBS
                and not prev.endswith(("ly", "lig", "ligt", "lich"))
            ):
                break
            if low in lex.agent or (low in of_words and k == cue.end):
                # "the mediation of Qatar": the actor follows "of" at once; "ouverte à des négociations,
                # mais que Kiev ...": a noun after "des" is the object, and the search ends there
                of_only = low not in lex.agent
                out: list[str] = []
                j = k + 1
                while j < len(toks) and toks[j].text not in (".", ";", ":") and j < k + 14:
                    e = ent_at.get(j)
                    if e is not None:
                        if e.kind == "state-ref":
                            self.resolve_state_ref(e, ())
                        if e.actor and not e.owner_of_role and e.kind != "demonym":
                            out.append(e.actor)
                        elif (
                            e.actor
                            and e.kind == "demonym"
                            and e.end < len(toks)
                            and toks[e.end].lower in lex.role_words
                        ):
                            pass
                        j = e.end
                        continue
                    t = toks[j]
                    if (
                        t.lower in lex.coordinators
                        or t.lower in lex.role_words
                        or t.lower in lex.determiners
                        or (t.text[:1].islower() and not out and not of_only)
                    ):
                        j += 1
                        continue
                    if t.text == "," and not out and not of_only:
                        j += 1
                        continue
                    break
                return [a for a in out if not self.is_media(a)] or []
            if toks[k].text in CLAUSE_PUNCT:
                break
        return []

    def _restrictive(self, toks: list[Token], cue: Cue) -> bool:
        """French "ne ... que" means "only", not "not": "ne signera qu'avec des garanties" demands them."""
        if self.lang != "fr":
            return False
        ne = next((k for k in range(max(0, cue.start - 3), cue.start) if toks[k].lower in ("ne", "n")), None)
        if ne is None:
            return False
        for k in range(ne + 1, min(len(toks), cue.end + 4)):
            low = toks[k].lower
            if low in FRENCH_FULL_NEGATION or toks[k].text in CLAUSE_PUNCT:
                return False
            if low in ("que", "qu") and k >= cue.end:
                return True
        return False

    def _negated(self, toks: list[Token], cue: Cue) -> bool:
        neg = self.lex.negation
        # "schloss es aber auch nicht aus", "wees het voorstel niet af": a split verb holds its negation
        if (
            cue.end - cue.start > 2
            and toks[cue.end - 1].lower in SEPARABLE_PARTICLES
            and any(toks[k].lower in neg for k in range(cue.start + 1, cue.end - 1))
        ):
            return True
        lo = max(0, cue.start - 3)
        for k in range(lo, cue.start):
            if toks[k].lower in neg and not any(toks[x].text in CLAUSE_PUNCT for x in range(k, cue.start)):
                return True
        # "No Ukrainian government will sign that", "Aucun pays ne ...": a negated subject negates its verb
        start = self.clause_start(toks, cue.start)
        if (
            start < cue.start
            and toks[start].lower in NEG_QUANTIFIERS
            and cue.start - start <= 6
            and toks[start].lower != "no"
            or start < cue.start - 1
            and toks[start].lower == "no"
            and toks[start + 1].text[:1].isalpha()
            and cue.start - start <= 6
        ):
            return True
        # verb-second and verb-final clauses put the negation late: "steunde het communiqué niet"
        # (English puts it before the verb: "Our condition has not changed" negates no stance)
        reach = 8 if self.lex.language in ("nl", "de") else 0 if self.lex.language == "en" else 2
        for k in range(cue.end, min(len(toks), cue.end + reach)):
            if toks[k].text in CLAUSE_PUNCT or toks[k].text in (".", "!", "?"):
                break
            if toks[k].lower in neg:
                return True
        return False

    def _accused_after(
        self, toks: list[Token], ents: list[Ent], cue: Cue, nxt: int, subjects: list[str]
    ) -> list[tuple[str, float]] | None:
        """The accused named after the cue ("accused Russia of ..."); [] where a pronoun ends the search
        ("accused him"), None where nothing after the cue decides it."""
        for e in ents:
            if e.start <= cue.start or e.start > min(nxt, cue.end + 6):
                continue
            if any(toks[k].text in CLAUSE_PUNCT for k in range(cue.end, e.start)):
                break  # "Russia is not ready for peace, Zelensky said": the speaker is no target
            if e.kind == "state-ref":
                self.resolve_state_ref(e, subjects)
            if (
                e.actor
                and e.actor not in subjects
                and e.kind not in ("pronoun", "venue")
                and not self.is_media(e.actor)
            ):
                return [(e.actor, e.confidence)]
            if e.kind == "pronoun":
                if e.actor in subjects and e.start == cue.end:
                    continue  # "anklagade han Ryssland": the subject after a verb-second verb
                return []
        return None

    def _accused_before(
        self, toks: list[Token], ents: list[Ent], cue: Cue, subjects: list[str]
    ) -> list[tuple[str, float]]:
        # "« Poutine veut faire traîner la guerre »", "Russia is the aggressor": the one named before, same clause
        lo = self.clause_start(toks, cue.start)
        before = [
            e
            for e in ents
            if lo <= e.start
            and e.end <= cue.start
            and e.actor
            and e.actor not in subjects
            and e.kind not in ("pronoun", "venue", "demonym")
            and not self.is_media(e.actor)
        ]
        if before:
            own = self.sides_of(subjects)
            if before[-1].actor not in own:
                return [(before[-1].actor, before[-1].confidence * 0.8)]
        return []

    def note_states(self, toks: list[Token], ents: list[Ent]) -> None:
        """A state named as an actor, not as a place ("near the border with Poland and Hungary")."""
        loc = VENUE_PREPOSITIONS.get(self.lex.language, VENUE_PREPOSITIONS["en"])[0] | PLACE_PREPOSITIONS
        place = False
        prev_end = -1
        for e in ents:
            if not e.actor.startswith("state:") or e.kind in ("venue", "pronoun", "state-ref"):
                continue
            before = toks[e.start - 1].lower if e.start > 0 else ""
            if before in loc:
                place = True
            elif not (place and before in self.lex.coordinators and prev_end >= e.start - 2):
                place = False
            prev_end = e.end
            if not place:
                self.actor_states.add(e.actor)

    def venues(self, toks: list[Token], text: str, ents: list[Ent], topics: list[Match]) -> None:
        """Talks in a place: "samtaler i Hviterussland" -> HOSTS; "fra Ukraina og Russland" -> PARTICIPATES_IN."""
        if not any(t.value == "talks" for t in topics):
            return
        loc_preps, from_preps = VENUE_PREPOSITIONS.get(self.lex.language, VENUE_PREPOSITIONS["en"])
        hosts: list[str] = []
        parts: list[str] = []
        for e in ents:
            if not e.actor.startswith("state:") or e.kind in ("demonym", "pronoun", "state-ref") or e.genitive:
                continue
            if e.kind == "venue" and not (e.start > 0 and toks[e.start - 1].lower in loc_preps):
                continue
            k = e.start - 1
            prev = toks[k].lower if k >= 0 else ""
            if prev in loc_preps:
                # "samtaler i Hviterussland", "talks in Riyadh on Tuesday"; not "I Moskva ble planene kritisert"
                # nor "the war in Ukraine": the place must follow the talks closely
                if any(t.value == "talks" and 0 <= k - t.end <= 3 for t in topics):
                    hosts.append(e.actor)
            elif prev in from_preps or (prev in self.lex.coordinators and parts):
                parts.append(e.actor)
        if not hosts:
            return
        talks = self.talks_node()
        for h in hosts:
            self.edge(h, "HOSTS", talks, text, 0.6)
        for p_ in parts:
            if p_ not in hosts:
                self.edge(p_, "PARTICIPATES_IN", talks, text, 0.6)

    def bare_position(self, toks: list[Token], text: str, speaker: list[str], props: list[Found]) -> None:
        """ "The strongest guarantee is a strong Ukrainian army," said X: a named proposal in a quote is backed;
        "there can be no ceasefire that freezes the front," said X: one preceded by "no" is rejected.

        Only canonical proposals, not ones inferred from loose topic words, and no talks.
        """
        for a in speaker:
            if a == "media":
                continue
            for f in props:
                if not f.canonical or f.kind == "negotiation":
                    continue
                before = self._word_before(toks, f.start)
                refused = before in NEG_QUANTIFIERS or before in self.lex.negation
                if refused:
                    self.edge(a, "REJECTS", self.proposal_node(f), text, 0.45 * f.confidence)
                elif f.by_cue:
                    self.edge(a, "SUPPORTS", self.proposal_node(f), text, 0.45 * f.confidence)

    def negated_action(
        self,
        toks: list[Token],
        text: str,
        ents: list[Ent],
        topics: list[Match],
        pcues: list[Match],
        speaker: list[str],
        covered: set[int],
    ) -> None:
        """ "Ukraine will never recognise Crimea as Russian" (reported): the speaker rejects the recognition.

        Only outside the reach of the sentence's stance cues, which say what the speaker wants there.
        """
        verbs = {"recognition", "territorial_concessions", "troop_withdrawal"}
        for t in [*topics, *pcues]:
            if (t.value not in verbs and t not in pcues) or t.start in covered:
                continue
            if not any(toks[k].lower in self.lex.negation for k in range(max(0, t.start - 3), t.start)):
                continue
            found = self.proposals(toks, topics, pcues, t.start, len(toks))
            for a in speaker:
                if a == "media":
                    continue
                for f in found:
                    self.edge(a, "REJECTS", self.proposal_node(f), text, 0.6 * f.confidence)
            return

    def unless_demands(
        self,
        toks: list[Token],
        text: str,
        ents: list[Ent],
        topics: list[Match],
        pcues: list[Match],
        speaker: list[str],
        conds: list[tuple[int, int, str, bool]],
        cues: list[Cue],
    ) -> None:
        """ "will not negotiate unless X" -> DEMANDS X; a reported "Y could happen if X" -> DEMANDS X, PROPOSES Y."""
        for s, e, ctext, unless in conds:
            if any(s <= c.start < e for c in cues):
                continue
            found = self.proposals(toks, topics, pcues, s, e)
            if not found:
                continue
            subj = self._before(toks, ents, s, clause_only=False) or speaker
            subj = [x for x in subj if x != "media"]
            if not subj:
                continue
            if unless:
                for a in subj:
                    for f in found:
                        self.edge(a, "DEMANDS", self.proposal_node(f), text, 0.75 * f.confidence, condition=ctext)
                continue
            lo = self.clause_start(toks, s)
            main_cues = [c for c in cues if lo <= c.start < s]
            before_cues = [c for c in cues if c.start < s]
            if not speaker and not before_cues:
                continue
            main = self.proposals(toks, topics, pcues, min([lo] + [c.start for c in main_cues]), s)
            if {f.key for f in found} & {f.key for f in main}:
                continue  # "a pause if both sides agree to a pause": an offer, not a demand
            if before_cues:
                owners = self._before(toks, ents, before_cues[-1].start, clause_only=False) or speaker
            else:
                owners = speaker
            owners = [x for x in owners if x != "media"]
            for a in owners:
                for f in found:
                    self.edge(a, "DEMANDS", self.proposal_node(f), text, 0.65 * f.confidence, condition=ctext)
                if main_cues:
                    continue
                for f in main:
                    self.edge(a, "PROPOSES", self.proposal_node(f), text, 0.6 * f.confidence, condition=ctext)

    # -- codebook affiliations and the bundle --

    def codebook_affiliations(self) -> None:
        """A named codebook person without a role phrase represents what the codebook says on the article's date."""
        for pid in sorted(self.mentioned):
            actor = self.cb.actors.get(pid)
            if actor is None or actor.label != "Person" or pid in self.represented or pid not in self.named:
                continue
            aff = _affiliation(actor, self.article.date)
            if aff is None or aff.actor not in self.cb.actors:
                continue
            self.edge(pid, "REPRESENTS", aff.actor, self.first_sentence.get(pid, ""), 0.7, role=aff.role)

    def bundle(self) -> Bundle:
        used: set[str] = set()
        for e in self.edges.values():
            used.add(e.source)
            used.add(e.target)
        keep: set[str] = set()
        for aid in self.mentioned | used:
            if not aid or aid == "media":
                continue
            label = m.split_id(aid)[0]
            if (
                label == "Person"
                or aid in used
                or label == "Organisation"
                and not self.is_media(aid)
                or label == "State"
                and (aid in self.sentence_states or aid in self.actor_states)
            ):
                keep.add(aid)
        for aid in sorted(keep):
            if aid.startswith(("proposal:", "talks:")):
                continue
            self.actor_node(aid)
            info = self.persons.get(aid)
            if info is not None:
                node = self.nodes[aid]
                node.aliases = sorted(s for s in info.spellings if s != node.name)
        nodes = [n for nid, n in sorted(self.nodes.items()) if nid in keep or n.label in ("Proposal", "Talks")]
        edges = sorted(self.edges.values(), key=lambda e: e.identity)
        for e in edges:
            if e.sentence is None:
                e.sentence = ""
        return Bundle(
            article=self.article.record(),
            nodes=nodes,
            edges=edges,
            text_sha256=self.article.sha256,
            warnings=list(self.article.warnings),
        )


def _affiliation(actor: Actor, date: str | None):  # noqa: ANN202 - Affiliation | None
    aff = actor.affiliation_on(date)
    if aff is not None or date is None:
        return aff
    try:
        d = Date.fromisoformat(date)
    except ValueError:
        return None
    best, gap = None, 121
    for a in actor.affiliations:
        for bound in (a.start, a.end):
            if bound:
                try:
                    g = abs((Date.fromisoformat(bound) - d).days)
                except ValueError:
                    continue
                if g < gap:
                    best, gap = a, g
    return best


# --- public API ----------------------------------------------------------------------------------


def extract_article(article: Article, cb: Codebook | None = None) -> Bundle:
    """The statements, actors and proposals of one article, as an interchange bundle."""
    ex = _Extractor(article, cb or codebook())
    try:
        return ex.run()
    except ExtractionError:
        raise
    except Exception as exc:  # a bug must name the article, not kill a batch of thousands silently
        raise ExtractionError(f"{article.id}: extraction failed ({type(exc).__name__}: {exc})") from exc


def _extract_one(article: Article) -> Bundle | ReadProblem:
    try:
        return extract_article(article)
    except ExtractionError as exc:
        return ReadProblem(article.source or article.id, str(exc))


def extract_paths(
    paths: Sequence[str | Path] | Iterable[str | Path], *, workers: int = 1, chunksize: int = 32
) -> Iterator[Bundle | ReadProblem]:
    """Read and extract articles in input order; ``workers > 1`` extracts in that many processes.

    In parallel mode this process reads (without language detection, the slow part of
    reading) and the workers detect the language where no metadata gave it, then extract.
    """
    from parley.loaders.read import read_inputs

    if workers <= 1:
        for it in read_inputs(list(paths)):
            yield it if isinstance(it, ReadProblem) else _extract_one(it)
        return
    workers = min(workers, os.cpu_count() or workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        pending: list[list[Article]] = []
        batch: list[Article] = []
        for it in read_inputs(list(paths), detect=False):
            if isinstance(it, ReadProblem):
                if batch:
                    pending.append(batch)
                    batch = []
                yield from _drain(pool, pending)
                pending = []
                yield it
                continue
            batch.append(it)
            if len(batch) >= chunksize:
                pending.append(batch)
                batch = []
                if len(pending) >= workers * 4:
                    yield from _drain(pool, pending)
                    pending = []
        if batch:
            pending.append(batch)
        yield from _drain(pool, pending)


def _drain(pool: ProcessPoolExecutor, batches: list[list[Article]]) -> Iterator[Bundle | ReadProblem]:
    for results in pool.map(_work, batches):
        yield from results


def _work(batch: list[Article]) -> list[Bundle | ReadProblem]:
    """One worker task: detect the language where metadata gave none (as reading would), then extract."""
    from parley.loaders.language import SUPPORTED_LANGUAGES, detect_language

    out: list[Bundle | ReadProblem] = []
    for a in batch:
        if a.language is None:
            body = a.text
            a.language = detect_language(body if len(body) >= 200 or not a.title else f"{a.title}\n\n{body}")
            if a.language is None:
                a.warnings.append("language not detected (too little text)")
            elif a.language not in SUPPORTED_LANGUAGES:
                supported = ", ".join(SUPPORTED_LANGUAGES)
                out.append(
                    ReadProblem(a.source or a.id, f"unsupported language '{a.language}' (supported: {supported})")
                )
                continue
        out.append(_extract_one(a))
    return out


@dataclass
class Extraction:
    """Everything ``parley extract`` produced: records ready to write, and the inputs that failed."""

    articles: list[ArticleRecord]
    nodes: list[NodeRecord]
    edges: list[EdgeRecord]
    problems: list[ReadProblem]
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (input, message): read, but with a caveat

    def records(self) -> list[ArticleRecord | NodeRecord | EdgeRecord]:
        return [*self.articles, *self.nodes, *self.edges]


def merge_bundles(items: Iterable[Bundle | ReadProblem]) -> Extraction:
    """One record per node across articles (``articles`` and ``aliases`` merged), as SPEC.md's JSON Lines wants.

    People met only in role phrases are merged across articles when their names are spelling
    variants of one another (same transliteration key of the surname, same first initial,
    rapidfuzz similarity of the whole name >= 85); two different first names never merge.
    """
    arts: list[ArticleRecord] = []
    nodes: dict[str, NodeRecord] = {}
    edges: list[EdgeRecord] = []
    problems: list[ReadProblem] = []
    bundles: list[Bundle] = []
    for it in items:
        if isinstance(it, Bundle):
            bundles.append(it)
        else:
            problems.append(it)
    alias = _person_variants(bundles)
    warnings = [(it.article.source or it.article.id, w) for it in bundles for w in it.warnings]
    for it in bundles:
        if alias:
            for n in it.nodes:
                n.id = alias.get(n.id, n.id)
            for e in it.edges:
                e.source, e.target = alias.get(e.source, e.source), alias.get(e.target, e.target)
        arts.append(it.article)
        for n in it.nodes:
            old = nodes.get(n.id)
            if old is None:
                nodes[n.id] = NodeRecord(n.id, n.label, n.name, list(n.aliases), list(n.articles), dict(n.props))
            else:
                old.articles.extend(a for a in n.articles if a not in old.articles)
                old.aliases.extend(a for a in [n.name, *n.aliases] if a not in old.aliases and a != old.name)
        edges.extend(it.edges)
    return Extraction(arts, [nodes[k] for k in sorted(nodes)], edges, problems, warnings)


def _person_variants(bundles: list[Bundle]) -> dict[str, str]:
    """Map person ids that are spelling variants of an earlier one (not codebook people) to it."""
    known = set(codebook().actors)
    people: dict[str, str] = {}
    for b in bundles:
        for n in b.nodes:
            if n.label == "Person" and n.id not in known and n.id not in people:
                people[n.id] = n.name
    out: dict[str, str] = {}
    by_surname: dict[str, list[str]] = {}
    for pid in sorted(people):
        words = people[pid].split()
        if len(words) < 2:
            continue
        group = by_surname.setdefault(translit_key(words[-1]), [])
        for other in group:
            ow = people[other].split()
            if fold(ow[0])[:1] == fold(words[0])[:1] and fuzz.ratio(fold(people[other]), fold(people[pid])) >= 85:
                out[pid] = other
                break
        else:
            group.append(pid)
    return out


def extract_all(paths: Sequence[str | Path], *, workers: int = 1) -> Extraction:
    """Read and extract every input, merged into interchange records (what ``parley extract`` writes)."""
    return merge_bundles(extract_paths(paths, workers=workers))


def _warm() -> None:
    """Build the codebook once per worker process, before the first article."""
    codebook()
