"""Web debris removal: general rules, and real sentences that merely look like debris are kept."""

from __future__ import annotations

import pytest

from parley.loaders.clean import clean_lines, clean_report, clean_text, debris_reason, is_caption

DEBRIS = {
    "read-also link": [
        "Les også: Dette er Russlands krav",
        "LES OGSÅ Trump og Putin møtes i Alaska",
        "Läs också: Så ser fredsplanen ut",
        "Läs mer",
        "Lees ook: Kremlin reageert op voorstel",
        "LEZEN\u00a0 Lavastroom van IJslands vulkaan nadert woningen",
        "Lees meer over de onderhandelingen",
        "LÆS OGSÅ: Danmark sender F-16 til Ukraine",
        "Læs også Sådan ser våbenhvilen ud",
        "Lesen Sie auch: Was der Kreml will",
        "Mehr zum Thema",
        "À lire aussi : Ce que contient le plan",
        "Lire aussi Le Kremlin rejette la trêve",
        "Read more: Five things to know about the talks",
        "Read also: Zelensky in Washington",
        "Related: Oil prices climb",
        "See also Ukraine war latest",
    ],
    "comment form": [
        "Geef een reactie",
        "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Schreibe einen Kommentar",
        "Laisser un commentaire",
        "Legg igjen en kommentar",
        "Lämna ett svar",
        "Kommentarer",
        "12 Comments",
    ],
    "related-posts heading": [
        "Vergelijkbare berichten",
        "Related posts",
        "Relaterte artikler",
        "Ähnliche Artikel",
        "Articles similaires",
        "Relaterade artiklar",
        "You may also like:",
    ],
    "social/link line": [
        "X @SEPeaceMissions",
        "@NATO @ZelenskyyUa",
        "Twitter: @KremlinRussia_E",
        "Follow us on X and Facebook",
        "Følg oss på Facebook og Instagram",
        "Folgen Sie uns auf Telegram",
        "https://example.com/some/link",
        "— Volodymyr Zelenskyy (@ZelenskyyUa) March 3, 2025",
    ],
    "section label": ["HQ", "UTRIKES", "KRIGEN I UKRAINA", "Annonse", "WORLD NEWS"],
    "photo credit": [
        "Foto: NTB Scanpix",
        "Photo: Reuters",
        "Bild: dpa",
        "(AFP)",
        "Reuters/Ritzau Scanpix",
        "© 2025 Example Media",
    ],
    "byline": [
        "Av Ingri Bergo",
        "By Jane Doe and Tom O'Neill, Reuters",
        "Von Anna Schmidt",
        "Door Jan de Vries",
        "Par Marie Dubois",
        "Af Mette Jensen",
    ],
    "timestamp": [
        "Publisert: For mindre enn 10 minutter siden",
        "Published 3 March 2025 at 10:15 GMT",
        "Veröffentlicht am 24.08.2025, 14:30 Uhr",
        "Publié le 18 février 2026 à 09h12",
        "Opdateret: 2. marts 2025 kl. 18.04",
        "Gepubliceerd op 4 december 2024",
        "Uppdaterad i dag 10:45",
        "4 December 2024",
        "21.08.2025 10:30",
        "for 3 timer siden",
        "5 min read",
    ],
    "page boilerplate": [
        "Alle rettigheter reservert Example Media AS",
        "We use cookies to improve your experience.",
        "Meld deg på nyhetsbrevet vårt",
    ],
    "navigation": ["Home | World | Europe | Ukraine"],
    "tags": ["Tags: Ukraina, Russland, fredssamtaler"],
}

# Real sentences that share words with debris: every one must stay.
KEPT = [
    "Lezen is voor veel Oekraïense kinderen in schuilkelders een manier om de oorlog te vergeten.",
    "Read the full statement, the Kremlin said, and you will see that nothing has changed.",
    "Published reports suggest that the Kremlin is ready to freeze the front line.",
    "Updated figures show that 400 drones were launched overnight.",
    "By Monday, Russia had withdrawn its negotiators from Istanbul.",
    "Av de 157 fangene som ble utvekslet, var mange sivile.",
    "Door de oorlog zijn miljoenen Oekraïners gevlucht.",
    "Par ailleurs, la Russie exige la neutralité de l'Ukraine.",
    "Von Kiew aus reiste Selenskyj direkt nach Washington.",
    "Related talks in Geneva ended without a deal, both sides said.",
    "Kommentarer fra Kreml tyder på at Moskva ikke vil godta utenlandske tropper.",
    "Follow-up talks are planned in Riyadh, the State Department said.",
    "Der Kreml lehnt den Vorschlag ab.",
    "NATO: Ukraine's future is in the alliance, Rutte said on Tuesday.",
    "Ulike syn på fredsforhandlingene",
    "Date of the next round has not been set, Peskov said.",
    "Stand der Verhandlungen: Beide Seiten sprechen von Fortschritten.",
    "Se også på hvordan Russland har brutt tidligere avtaler, sa Zelenskyj, og la til at garantier er nødvendige.",
    "Photo opportunities aside, the summit produced no agreement on territory.",
    "Se også på Russlands krav, sa han.",
    "See also how Moscow answered, Lavrov said.",
    "Dela upp Ukraina vill Ryssland inte, enligt ett inlägg på X.",
    "Delen van Oekraïne worden bezet, meldt Reuters op X.",
]


@pytest.mark.parametrize(("reason", "line"), [(r, ln) for r, lines in DEBRIS.items() for ln in lines])
def test_debris_is_recognised(reason: str, line: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize("line", KEPT)
def test_real_sentences_are_kept(line: str) -> None:
    assert debris_reason(line) is None
    assert clean_lines([line], None) == [line]


def test_caption_keeps_its_facts() -> None:
    caption = (
        "KJØLIGE FORHANDLINGER: Fire ukrainske og fem russiske representanter var samlet ved forhandlingsbordet. "
        "Blant dem var Ukrainas forsvarsminister, Oleksiy Reznikov (andre t. v.). Foto: Reuters/NTB"
    )
    assert is_caption(caption)
    kept, removed = clean_report([caption], "nb")
    assert kept == [
        "Fire ukrainske og fem russiske representanter var samlet ved forhandlingsbordet. "
        "Blant dem var Ukrainas forsvarsminister, Oleksiy Reznikov (andre t. v.)."
    ]
    assert [str(d) for d in removed] == ["photo credit: Foto: Reuters/NTB", "caption label: KJØLIGE FORHANDLINGER:"]


def test_caption_label_kept_when_not_a_caption() -> None:
    """An ALL-CAPS label before a colon is a caption's only when the line describes a picture."""
    line = "NATO: Ukraine's future is in the alliance, Rutte said."
    assert not is_caption(line)
    assert clean_lines([line]) == [line]


def test_related_list_after_heading_goes() -> None:
    lines = [
        "Russia rejected the proposal on Monday, the Kremlin said.",
        "Ukraine said it would keep talking to the United States.",
        "The next round is expected in Geneva.",
        "Related posts",
        "Zelensky visits Washington again",
        "Oil prices climb after Gulf strike",
        "Leave a Reply",
        "Name *",
        "Email *",
    ]
    kept, removed = clean_report(lines, "en")
    assert kept == lines[:3]
    assert [d.reason for d in removed] == [
        "related-posts heading",
        "related-posts list",
        "related-posts list",
        "comment form",
        "comment section",
        "comment section",
    ]


def test_tail_rule_spares_the_start_of_an_article() -> None:
    """A "Kommentar" label at the top (a genre label) does not make the short lines after it debris."""
    lines = ["Kommentar", "Ulike syn på fredsforhandlingene", "Kreml avviser planen, sa Peskov."]
    assert clean_lines(lines, "nb") == lines[1:]


def test_duplicate_lines() -> None:
    assert clean_lines(["Kreml avviser planen.", "Kreml  avviser planen.", "Ny setning."]) == [
        "Kreml avviser planen.",
        "Ny setning.",
    ]


def test_clean_text_paragraphs() -> None:
    text = "Av Ingri Bergo\nPublisert: 21.08.2025 10:30\n\nKreml avviser forslaget.\nLes også: Noe annet\nSlutt."
    assert clean_text(text, "nb") == "Kreml avviser forslaget.\n\nSlutt."
