"""Sentence splitting: abbreviations, initials, numbers, quotes, paragraphs and offsets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from parley.loaders.read import Article, read_inputs
from parley.loaders.sentences import Sentence, split_sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


def texts(text: str, language: str | None) -> list[str]:
    return [s.text for s in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # abbreviations, per language
        ("nb", "Han møtte bl.a. Støre og Witkoff. De snakket om dvs. Donbas.", 2),
        ("nb", "Blant dem var Reznikov (andre t. v.), Fomin (andre t. h.) og Rudenko (t. h). Alle var enige.", 2),
        ("nb", "Russland krever f.eks. Donbas. Ukraina sier nei.", 2),
        ("nb", "Russland krever f. eks. Donbas. Ukraina sier nei.", 2),
        ("nb", "Møtet starter kl. 10. Det varer i ca. 3 timer.", 2),
        ("sv", "Ryssland kräver bl.a. Donbass, dvs. hela regionen. Ukraina säger nej.", 2),
        ("sv", "Han träffade t.ex. Rutte och Macron. Det gick bra.", 2),
        ("da", "Danmark sender bl.a. F-16 fly og ca. 200 soldater. Regeringen bekræfter det.", 2),
        ("de", "Er nannte z.B. Donezk und Luhansk, d.h. den Donbass. Moskau lehnt ab.", 2),
        ("de", "Dr. Müller und Prof. Schmidt sprachen mit St. Petersburg. Es gab keine Einigung.", 2),
        ("de", "Die Gespräche beginnen am 3. Oktober in Genf. Die Ukraine nimmt teil.", 2),
        ("de", "Der 2. Weltkrieg wurde oft erwähnt. Die Delegation reiste ab.", 2),
        ("en", "Mr. Witkoff met Dr. Smith in St. Petersburg on Feb. 24. They talked for hours.", 2),
        ("en", "The U.S. envoy met J.D. Vance and G. W. Bush. Then he left.", 2),
        ("en", "Russia wants Donbas, Crimea, etc. The talks failed.", 2),
        ("nl", "Volgens mr. Rutte en o.a. de VS is dat m.a.w. een goed plan. Rusland is het oneens.", 2),
        ("nl", "Het gaat om ca. 20 procent, nr. 5 op de lijst. Kyiv reageerde niet.", 2),
        ("fr", "M. Macron a rencontré Mme Meloni. Les discussions ont échoué.", 2),
        # numbers
        ("en", "Russia controls 19.5 percent of Ukraine. Ukraine wants it back.", 2),
        ("nb", "Avtalen ble signert 1. januar og gjelder fra 24. august. Den er kontroversiell.", 2),
        ("da", "Topmødet holdes den 2. marts i London. Danmark deltager.", 2),
        ("nb", "Russland angrep i 2022. Krigen har vart i over tre år.", 2),
        # quotes with their attribution stay one sentence
        ("sv", "”Det är verkligen inte lätt, men vi fortsätter. Vi ger inte upp,” sade Zelenskyj. Sedan gick han.", 2),
        ("nl", "“Er zijn nog geen gronden… En we wachten af,” zei Peskov. Qatar bemiddelt.", 2),
        ("de", "„Ohne Garantien gibt es keinen Frieden. Wir kapitulieren nicht“, sagte Selenskyj. Moskau schwieg.", 2),
        ("fr", "« Nous ne céderons rien. C'est une question de principe », a dit Zelensky. Moscou insiste.", 2),
        ("nb", "«Vi vil ha fred. Men ikke for enhver pris», sa Støre. Han reiste hjem.", 2),
        ("da", "»Vi står sammen. Europa må handle«, sagde Frederiksen. Mødet sluttede.", 2),
        ("en", '"We will not accept foreign troops. Never," Peskov said. The talks ended.', 2),
        ("en", "‘We want peace. Real peace,’ he said. Russia disagreed.", 2),
        ("nb", "– Alt annet, alt som er ensidig, er selvsagt et fullstendig håpløst foretakende, sa Lavrov.", 1),
        ("nb", "– Nå snakker vi med dem. La oss bevise at de tar feil, sier han i en video.", 1),
        ("sv", "– Vi vill ha fred. Men inte till vilket pris som helst, säger Kristersson.", 1),
        ("nb", "– Vi vil ha fred. Det er alt vi ber om.", 2),  # a dash quote with no attribution splits
        ("en", 'He said: "We are ready." Then he left.', 2),
        ("nb", "– Hva skal vi gjøre? spurte han. Ingen svarte.", 2),
        ("fr", "Le président a dit : « Nous voulons la paix. » Puis il est parti.", 2),
        ("fr", "Il a dit non. « Nous voulons la paix », a-t-il ajouté. Fin.", 3),
        # abbreviations that are also words count only before a number
        ("en", "Zelensky (pictured) said no. Russia's Lavrov disagreed.", 2),
        ("en", "He lives at No. 10 Downing Street. Talks resumed on Feb. 3. They ended.", 3),
        ("sv", "Mötet hölls den 5 feb. Ryssland deltog inte.", 2),
        # other punctuation
        ("en", "Will Russia agree? Nobody knows! The talks resume Monday.", 3),
        ("en", "The plan… It failed.", 2),
    ],
)
def test_sentence_counts(language: str, text: str, expected: int) -> None:
    got = texts(text, language)
    assert len(got) == expected, got
    assert " ".join(got) == text


def test_seed_quotes_are_single_sentences() -> None:
    swedish = (
        "Ukrainas president uttryckte att han önskar se snabbare framsteg mot ett slut på konflikten. "
        "”Det är verkligen inte lätt, men Ukraina har varit och kommer att förbli så konstruktivt som möjligt,” "
        "sade Zelenskyj."
    )
    assert texts(swedish, "sv")[1] == (
        "”Det är verkligen inte lätt, men Ukraina har varit och kommer att förbli så konstruktivt som möjligt,” "
        "sade Zelenskyj."
    )
    lavrov = "– Alt annet, alt som er ensidig, er selvsagt et fullstendig håpløst foretakende, sa Lavrov."
    assert texts(lavrov, "nb") == [lavrov]


def test_paragraph_breaks_end_sentences() -> None:
    text = "Fortsatt harde kamper\n\nRussland bombet Ukraina natt til torsdag.\n\n\nUlike syn"
    got = split_sentences(text, "nb")
    assert [(s.text, s.paragraph, s.index) for s in got] == [
        ("Fortsatt harde kamper", 0, 0),
        ("Russland bombet Ukraina natt til torsdag.", 1, 1),
        ("Ulike syn", 2, 2),
    ]


def test_offsets_point_into_the_text() -> None:
    text = "  Første setning her. Andre setning!\n\n  «Tredje,» sa han.  \n\nFjerde uten punktum  "
    got = split_sentences(text, "nb")
    assert len(got) == 4
    for s in got:
        assert isinstance(s, Sentence)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_unknown_language_uses_every_list() -> None:
    assert len(split_sentences("Er sagte z.B. nichts. Dann ging er.", None)) == 2
    assert len(split_sentences("Han sa bl.a. nei. Så gikk han.", "xx")) == 2


def test_empty_text() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences("\n\n  \n", "en") == []


def test_seed_sentences_are_split_fast() -> None:
    items = [a for a in read_inputs(sorted(SEEDS.glob("*.txt"))) if isinstance(a, Article)]
    assert len(items) == 5
    start = time.perf_counter()
    n = sum(len(split_sentences(a.text, a.language)) for a in items * 100)
    elapsed = time.perf_counter() - start
    assert n == 100 * sum(len(split_sentences(a.text, a.language)) for a in items)
    assert n / elapsed > 20_000, f"{n / elapsed:.0f} sentences/s"
