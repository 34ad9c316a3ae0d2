"""Removing the web debris that scrapers leave around an article's text.

Scraped articles carry link cards ("Les også ...", "LEZEN ..."), comment forms,
related-posts lists, share and follow lines, section labels, photo credits,
bylines and timestamps. Left in, they become spurious sentences for extraction
(a related-headline names actors the article never discusses).

The rules are general patterns over whole lines (paragraphs), written for the
seven supported languages and English-language boilerplate seen everywhere.
They are deliberately conservative: a line is removed only when it matches a
pattern *and* is short enough to be debris. Losing a real sentence costs more
than keeping a stray label, so when unsure, a line stays.

Photo captions are a special case: a caption that describes people ("Ukrainas
forsvarsminister, Oleksiy Reznikov (andre t. v.)") carries facts, so only its
ALL-CAPS kicker label and its photo credit are removed; the sentence stays.

>>> clean_lines(["Les også: Dette skjedde i Genève", "Russland krever hele Donbas."], "nb")
['Russland krever hele Donbas.']
>>> clean_text("Av Ingri Bergo\\nPublisert: 21.08.2025 10:30\\nKreml avviser forslaget.", "nb")
'Kreml avviser forslaget.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Debris", "clean_lines", "clean_report", "clean_text", "is_caption", "debris_reason"]


@dataclass(frozen=True)
class Debris:
    """A line (or the part of one) that cleaning removed, and why."""

    line: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.line}"


# --- helpers -----------------------------------------------------------------------------------

# Debris is short: a line of more words than this that ends like a sentence is prose.
_MAX_DEBRIS_WORDS = 40
_UP = "A-ZÆØÅÄÖÜÉÈÊÀÂÎÔÛÇËÏŸÑ"  # capital letters of the seven languages
_TERMINAL = re.compile(r"[.!?…][\"”’»«)\]]*$")


def _single_spaced(line: str) -> str:
    return " ".join(line.split())


def _norm(line: str) -> str:
    """Lower-case, single-spaced, without the trailing colon of a heading."""
    return _single_spaced(line).rstrip(":").strip().lower()


def _words(line: str) -> int:
    return len(line.split())


def _headline_like(line: str) -> bool:
    """Short and without sentence-final punctuation: a link, a headline, a form label."""
    return _words(line) <= 15 and not _TERMINAL.search(line.strip())


# --- "read also" link lines ----------------------------------------------------------------------

_READ_ALSO = re.compile(
    r"""^[\W_]{0,3}(?:
        les\s+også|les\s+mer|les\s+hele\s+saken|les\s+flere|
        läs\s+också|läs\s+även|läs\s+mer|
        læs\s+også|læs\s+mere?|
        lees\s+ook|lees\s+meer|lees\s+verder|lees\s+hier|ook\s+interessant|zie\s+ook|bekijk\s+ook|
        lesen\s+sie\s+(?:auch|mehr|hier|weiter)|mehr\s+zum\s+thema|auch\s+interessant|weiterlesen|
        das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|
        à\s+lire\s+(?:aussi|également)|a\s+lire\s+(?:aussi|également)|lire\s+aussi|lire\s+(?:la\s+)?suite|
        voir\s+aussi|
        read\s+(?:more|also|next|the\s+full\s+story)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|
        related\s+(?:story|article|content|reading|coverage)|
        se\s+også|se\s+även|se\s+ogsaa
    )\b\s*[:|»›>\-–—]?""",
    re.IGNORECASE | re.VERBOSE,
)

# One-word link-card labels: only when written in capitals ("LEZEN  ...") or followed by a separator
# ("Related: ..."), because as ordinary words they begin real sentences ("Lezen is ...").
_CARD_WORDS = (
    "lezen|les|läs|læs|lesen|lire|read|related|relatert|relaterat|relateret|gerelateerd|"
    "mehr|meer|mer|plus|aussi|video|vidéo|foto|photo|live|podcast|galerie|gallery"
)
_CARD_CAPS = re.compile(rf"^(?:{_CARD_WORDS.upper()})(?:\s|[:|»›>]|$)")
_CARD_SEP = re.compile(rf"^(?:{_CARD_WORDS})\s*[:|»›>]\s*", re.IGNORECASE)

# --- comment forms and related-posts blocks ------------------------------------------------------

_COMMENT_PHRASES = (
    "leave a reply", "leave a comment", "post a comment", "post comment", "add a comment",
    "your email address will not be published", "required fields are marked", "save my name, email",
    "cancel reply", "comments are closed", "join the discussion", "join the conversation",
    "geef een reactie", "laat een reactie achter", "plaats een reactie", "reactie annuleren",
    "je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
    "vereiste velden zijn gemarkeerd", "reacties zijn gesloten", "mijn naam, e-mail",
    "schreibe einen kommentar", "hinterlasse einen kommentar", "kommentar schreiben", "kommentar abschicken",
    "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind mit", "antworten abbrechen", "kommentare sind geschlossen",
    "laisser un commentaire", "laisser une réponse", "laissez un commentaire", "annuler la réponse",
    "votre adresse e-mail ne sera pas publiée", "votre adresse courriel ne sera pas publiée",
    "votre adresse de messagerie ne sera pas publiée", "les champs obligatoires sont indiqués",
    "legg igjen en kommentar", "legg inn en kommentar", "e-postadressen din vil ikke bli publisert",
    "din e-postadresse vil ikke bli publisert", "påkrevde felter er merket", "obligatoriske felt er merket",
    "lämna ett svar", "lämna en kommentar", "din e-postadress kommer inte att publiceras",
    "obligatoriska fält är märkta", "efterlad en kommentar", "efterlad et svar",
    "din e-mailadresse vil ikke blive publiceret", "krævede felter er markeret", "påkrævede felter er markeret",
    "skriv en kommentar",
)  # fmt: skip
_COMMENT_PHRASE = re.compile("|".join(re.escape(p) for p in _COMMENT_PHRASES))
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentarer|kommentare|kommentar|commentaires?|reacties?|reageer|reageren|"
    r"kommentera|kommentere|kommenter)(?:\s*\(\d+\))?$"
)

_RELATED_HEADING_TEXT = """
    related posts|related articles|related stories|related|related content|related coverage|more stories|
    more news|more from|you may also like|you might also like|recommended|recommended for you|most read|
    most popular|trending|latest news|read next|up next|top stories|
    relaterte artikler|relaterte saker|relatert|flere saker|mest lest|siste nytt|anbefalte saker|
    anbefalt|andre leser også|
    relaterade artiklar|relaterat|liknande artiklar|mest läst|senaste nytt|fler artiklar|fler nyheter|
    relaterede artikler|relateret|lignende artikler|mest læste|seneste nyt|flere nyheder|
    vergelijkbare berichten|gerelateerde berichten|gerelateerde artikelen|gerelateerd|meer nieuws|
    meest gelezen|meer over dit onderwerp|ook interessant|
    ähnliche artikel|ähnliche beiträge|verwandte artikel|verwandte themen|weitere artikel|mehr zum thema|
    meistgelesen|meistgelesene artikel|das könnte sie auch interessieren|mehr aus dem ressort|
    articles similaires|articles connexes|sur le même sujet|à lire également|à lire aussi|les plus lus|
    dans la même rubrique|nos derniers articles|lire aussi
    """
_RELATED_HEADINGS = frozenset(h.strip() for h in _RELATED_HEADING_TEXT.replace("\n", "").split("|") if h.strip())

_TAGS = re.compile(
    r"^(?:tags|emneord|stikkord|nøkkelord|ämnen|ämnesord|emner|trefwoorden|onderwerpen|"
    r"schlagwörter|schlagworte|themen|étiquettes|mots-clés|sujets|topics)\s*:",
    re.IGNORECASE,
)

# --- social and sharing --------------------------------------------------------------------------

_PLATFORMS = (
    r"x|twitter|facebook|instagram|telegram|tiktok|youtube|linkedin|bluesky|mastodon|threads|"
    r"truth\s+social|whatsapp|vk|reddit|snapchat"
)
_HANDLES = re.compile(
    rf"^(?:(?:{_PLATFORMS})\s*[:\-–|]?\s*)?@[\w.]+(?:[\s,|/·•]+(?:(?:{_PLATFORMS})\s*[:\-–|]?\s*)?@[\w.]+)*$",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"^(?:follow|følg|följ|volg|folgen\s+sie|folge|suivez|share|del|dela|teilen|partager|delen|"
    r"abonner|subscribe|prenumerera|abonneer|abonnieren|abonnez)\b.{0,80}\b"
    rf"(?:{_PLATFORMS}|e-?mail|newsletter|nyhetsbrev|nyhedsbrev|nieuwsbrief|infolettre|rss)\b",
    re.IGNORECASE,
)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^pic\.twitter\.com/\S+$", re.IGNORECASE)
_EMBED_ATTRIBUTION = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w+\)\s*.{0,30}$")

# --- labels, menus, separators -------------------------------------------------------------------

_SEPARATOR = re.compile(r"^[^\w]*$")
_MENU_SPLIT = re.compile(r"\s[|•·/»›]\s|\s*\|\s*")

# --- photos: captions and credits ----------------------------------------------------------------

_CREDIT_WORDS = (
    r"foto|fotos|photo|photos|bild|bilder|billede|fotografie|photographie|image|illustration|"
    r"illustrasjon|grafikk|grafik|grafiek|graphic|credit|crédit|crédits?\s+photos?|kuva|video|vidéo"
)
_CREDIT_LINE = re.compile(rf"^[(\[]?\s*(?:{_CREDIT_WORDS})\s*(?::|©)\s*[^.!?]{{0,80}}[)\]]?$", re.IGNORECASE)
_COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright\b)\s*.{0,80}$", re.IGNORECASE)
_AGENCIES = r"AFP|Reuters|AP|ANP|dpa|DPA|EPA|EPA-EFE|NTB|TT|Ritzau|Scanpix|Getty Images|Belga|Keystone|APA|Xinhua"
_AGENCY_LINE = re.compile(rf"^[(\[]?(?:{_AGENCIES})(?:\s*[/,]\s*[\w .\-]{{1,30}}){{0,3}}[)\]]?$")
# A credit at the end of a caption: "... i Kyiv. Foto: NTB Scanpix" / "(Photo: Reuters)".
_CREDIT_TAIL = re.compile(
    r"\s*[(\[]?\b(?:Foto|Fotos|Photo|Bild|Billede|Fotografie|Credit|Crédit|Crédits photo)\s*(?::|©)\s*"
    r"[^.!?:()\[\]]{2,60}[)\]]?\s*$"
)
_POSITION_MARKER = re.compile(
    r"\((?:[^()]{0,20}\s)?(?:t\.\s?v\.?|t\.\s?h\.?|f\.\s?v\.?|f\.\s?h\.?|i\s+midten|midten|midt|links|rechts|"
    r"mitte|l\.|r\.|li\.|re\.|left|right|centre|center|front|à\s+gauche|à\s+droite|au\s+centre|midden|"
    r"vänster|höger|venstre|høyre|højre|v\.\s?l\.?|v\.\s?r\.?|v\.l\.n\.r\.?|from\s+left|fra\s+venstre|"
    r"från\s+vänster|von\s+links|de\s+gauche\s+à\s+droite|van\s+links\s+naar\s+rechts)\)",
    re.IGNORECASE,
)
_KICKER = re.compile(rf"^([{_UP}][{_UP}0-9'’\- ]{{1,50}}[{_UP}0-9])\s*:\s+(?=\S)")

# --- bylines and timestamps ----------------------------------------------------------------------

_NAME = rf"(?:[{_UP}][\w'’\-]*\.?)"
_PARTICLE = r"(?:van|von|de|der|den|da|du|le|la|af|av|zu|ten|ter|di|del|el|bin|al|dos|das)"
_NAME_SEQ = rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{0,3}}"
_BYLINE = re.compile(
    r"^(?i:by|av|af|von|door|par|tekst|text|texte|written\s+by|skrevet\s+av|skrevet\s+af|"
    r"geschrieben\s+von|reportage|journalist|reporter|auteur|author|forfatter|författare|redactie)"
    rf"\s*:?\s+{_NAME_SEQ}(?:\s*(?:,|&|(?i:and|og|och|und|en|et))\s*{_NAME_SEQ}){{0,3}}"
    rf"(?:\s*[,|/–—-]\s*{_NAME}(?:\s+{_NAME}){{0,3}})?$"
)
_STAMP = re.compile(
    r"^(?:publisert|publicerad|publiceret|gepubliceerd|gepubliceerd\s+op|veröffentlicht|veröffentlicht\s+am|"
    r"publié|publié\s+le|published|posted|updated|last\s+updated|oppdatert|sist\s+oppdatert|uppdaterad|"
    r"senast\s+uppdaterad|opdateret|senest\s+opdateret|bijgewerkt|laatst\s+bijgewerkt|aktualisiert|"
    r"zuletzt\s+aktualisiert|mis\s+à\s+jour|mise\s+à\s+jour|modifié|modifié\s+le|publ\.|oppd\.|"
    r"dato|datum|date|erstellt|stand)\b\.?\s*(?P<colon>:)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Words that begin the date part of "Published yesterday", "Publisert i dag 10.30", "Publié le 3 mars".
_STAMP_LEADS_TEXT = (
    "today yesterday on at i idag igår går dag heute gestern am um vandaag gisteren op om "
    "aujourd'hui hier le à kl kl. klokka klockan den"
)
_STAMP_LEADS = frozenset(_STAMP_LEADS_TEXT.split())
_MONTH_WORD = r"[a-zäéû]{3,9}\.?"
_DATE_LINE = re.compile(
    rf"^(?:[A-Za-zäöüéèåøæ]+,?\s+)?(?:\d{{1,2}}\.?\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}},?)\s+\d{{4}}"
    r"(?:,?\s+(?:kl\.?|klokka|klockan|um|at|à|om)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|cet|cest|gmt|utc))?)?$"
    r"|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$"
    r"|^\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?$",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"^(?:for|för|vor|il\s+y\s+a)?\s*(?:\d+|en|ett|et|ein|eine|einer|einem|un|une|one|an|a)\s+"
    r"(?:\w+\s+)?(?:minutt\w*|minut\w*|min|timer?|timmar?|time|stunden?|stunde|hours?|heures?|uur|"
    r"dager?|dagar|dage|tagen?|days?|jours?|dagen?)\s*(?:siden|sedan|ago|geleden)?$",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"^(?:\d+\s*(?:min\.?|minutes?|minutter|minuter|minuten)\s*(?:read|lesetid|läsning|læsning|"
    r"leestijd|lesezeit|de\s+lecture)|(?:lesetid|läsningstid|lästid|læsetid|leestijd|lesezeit|"
    r"temps\s+de\s+lecture|reading\s+time)\s*:?\s*(?:ca\.?\s*)?\d+\s*\w*\.?)$",
    re.IGNORECASE,
)

# --- page boilerplate ----------------------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"\b(?:all\s+rights\s+reserved|alle\s+rettigheter\s+reservert|alle\s+rechten\s+voorbehouden|"
    r"alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|alla\s+rättigheter\s+förbehållna|"
    r"alle\s+rettigheder\s+forbeholdes|we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies|"
    r"vi\s+bruker\s+(?:informasjonskapsler|cookies)|vi\s+använder\s+(?:kakor|cookies)|vi\s+bruger\s+cookies|"
    r"wij\s+gebruiken\s+cookies|we\s+gebruiken\s+cookies|deze\s+(?:site|website)\s+gebruikt\s+cookies|"
    r"wir\s+verwenden\s+cookies|diese\s+(?:seite|website)\s+verwendet\s+cookies|nous\s+utilisons\s+des\s+cookies|"
    r"ce\s+site\s+utilise\s+des\s+cookies|accept\s+(?:all\s+)?cookies|"
    r"sign\s+up\s+for\s+our\s+newsletter|subscribe\s+to\s+our\s+newsletter|meld\s+deg\s+på\s+nyhetsbrev\w*|"
    r"abonner\s+på\s+(?:vårt\s+)?nyhetsbrev\w*|prenumerera\s+på\s+(?:vårt\s+)?nyhetsbrev\w*|"
    r"tilmeld\s+dig\s+(?:vores\s+)?nyhedsbrev\w*|schrijf\s+je\s+in\s+voor\s+(?:onze\s+)?nieuwsbrief|"
    r"abonneer\s+op\s+(?:onze\s+)?nieuwsbrief|newsletter\s+abonnieren|inscrivez-vous\s+à\s+(?:notre\s+)?"
    r"(?:newsletter|lettre)|javascript\s+(?:is\s+)?(?:disabled|required)|enable\s+javascript)\b",
    re.IGNORECASE,
)


def _is_menu(line: str) -> bool:
    parts = [p for p in _MENU_SPLIT.split(line) if p.strip()]
    return len(parts) >= 3 and all(_words(p) <= 4 and not _TERMINAL.search(p.strip()) for p in parts)


def _is_bare_label(line: str) -> bool:
    """A single word, or a few words in capitals, with no sentence punctuation: "HQ", "SISTE NYTT"."""
    if _TERMINAL.search(line) or len(line) > 40:
        return False
    n = _words(line)
    if n == 1:
        return True
    letters = [c for c in line if c.isalpha()]
    return n <= 4 and bool(letters) and all(c.isupper() for c in letters)


def _is_timestamp(line: str) -> bool:
    if len(line) > 100 or _words(line) > 14:
        return False
    m = _STAMP.match(line)
    if m:
        rest = m.group("rest")
        first = rest.split(" ", 1)[0].lower()
        if (
            m.group("colon")
            or not rest
            or any(c.isdigit() for c in first)
            or first in _STAMP_LEADS
            or _DATE_LINE.match(rest)
            or _RELATIVE_TIME.match(rest)
        ):
            return True
    return bool(_DATE_LINE.match(line) or _RELATIVE_TIME.match(line) or _READING_TIME.match(line))


def _is_read_also(line: str) -> bool:
    """A link card: "Les også: <headline>". A full sentence after the phrase stays ("See also how ...")."""
    m = _READ_ALSO.match(line) or _CARD_CAPS.match(line) or _CARD_SEP.match(line)
    if m is None:
        return False
    rest = line[m.end() :].strip()
    if not rest or _headline_like(rest):
        return True
    prefix = m.group(0).rstrip()
    separated = prefix[-1:] in ":|»›>-–—" or prefix.isupper()
    return separated and _words(rest) <= 12


def debris_reason(line: str, language: str | None = None) -> str | None:
    """Why a whole line is debris, or None when it should stay.

    ``language`` is accepted for rules that may come to need it; the current rules are shared by
    all languages, since scraped pages mix them (an English share bar on a Dutch article).

    >>> debris_reason("LEZEN\\u00a0 Lavastroom van IJslands vulkaan nadert woningen")
    'read-also link'
    >>> debris_reason("Lezen is belangrijk voor kinderen.") is None
    True
    """
    s = _single_spaced(line)
    if not s:
        return "empty line"
    if s.count(" ") >= _MAX_DEBRIS_WORDS and s[-1] in '.!?"”»':  # a paragraph of prose: no rule applies
        return None
    low = s.lower()
    if _SEPARATOR.match(s):
        return "separator"
    if _CREDIT_LINE.match(s) or _COPYRIGHT_LINE.match(s) or _AGENCY_LINE.match(s):
        return "photo credit"
    if is_caption(s):  # says who is in the picture: kept, trimmed by clean_report
        return None
    if _is_read_also(s):
        return "read-also link"
    if _words(s) <= _MAX_DEBRIS_WORDS and _COMMENT_PHRASE.search(low):
        return "comment form"
    n = _norm(s)
    if _COMMENT_HEADING.match(n):
        return "comment form"
    if n in _RELATED_HEADINGS:
        return "related-posts heading"
    if _TAGS.match(s) and _words(s) <= 30:
        return "tags"
    if _URL_ONLY.match(s) or _HANDLES.match(s) or _EMBED_ATTRIBUTION.match(s):
        return "social/link line"
    if _FOLLOW.match(s) and _words(s) <= 10 and not s.endswith("."):
        return "social/link line"
    if _BYLINE.match(s) and len(s) <= 100:
        return "byline"
    if _is_timestamp(s):
        return "timestamp"
    if _words(s) <= _MAX_DEBRIS_WORDS and _BOILERPLATE.search(s):
        return "page boilerplate"
    if _is_menu(s):
        return "navigation"
    if _is_bare_label(s):
        return "section label"
    return None


def is_caption(line: str) -> bool:
    """True for a photo caption: it places people in a picture "(t. v.)" or ends in a photo credit."""
    return bool(("(" in line and _POSITION_MARKER.search(line)) or _CREDIT_TAIL.search(line, max(0, len(line) - 90)))


def _trim_caption(line: str, removed: list[Debris]) -> str:
    """Drop a caption's kicker label and credit; keep what it says about the people in it."""
    if not is_caption(line):
        return line
    tail = _CREDIT_TAIL.search(line)
    if tail and tail.start() > 0:
        removed.append(Debris(tail.group(0).strip(), "photo credit"))
        line = line[: tail.start()].rstrip()
    kicker = _KICKER.match(line)
    if kicker and sum(c.isalpha() for c in kicker.group(1)) >= 3:
        removed.append(Debris(kicker.group(0).strip(), "caption label"))
        line = line[kicker.end() :]
    return line


_TAIL_REASONS = {"comment form": "comment section", "related-posts heading": "related-posts list"}


def clean_report(lines: list[str], language: str | None = None) -> tuple[list[str], list[Debris]]:
    """Clean ``lines`` (one paragraph each) and say what was removed.

    Past a comment-form or related-posts heading after the first third of the text, short
    headline-like lines (the linked titles, the form's field labels) go too; full sentences
    there stay, since they may still be the article's.
    """
    kept: list[str] = []
    removed: list[Debris] = []
    tail: str | None = None
    previous = ""
    total = len(lines)
    for i, raw in enumerate(lines):
        line = _single_spaced(raw)
        if not line:
            continue
        reason = debris_reason(line, language)
        if reason is None and tail is not None and _headline_like(line):
            reason = tail
        if reason is None and _norm(line) == previous:
            reason = "duplicate line"
        if reason is not None:
            if reason != "empty line":
                removed.append(Debris(line, reason))
            if reason in _TAIL_REASONS and i >= max(2, total / 3):
                tail = _TAIL_REASONS[reason]
            continue
        line = _trim_caption(line, removed)
        kept.append(line)
        previous = _norm(line)
    return kept, removed


def clean_lines(lines: list[str], language: str | None = None) -> list[str]:
    """The lines that are article text, in order (caption labels and credits trimmed)."""
    return clean_report(lines, language)[0]


def clean_text(text: str, language: str | None = None) -> str:
    """Clean a text whose lines are paragraphs; the result separates paragraphs with a blank line."""
    return "\n\n".join(clean_lines(text.splitlines(), language))
