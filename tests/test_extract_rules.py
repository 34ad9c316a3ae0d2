# ruff: noqa: E501
"""One test sentence per rule: evaluations, charges, pledges, signing, enumerations, interviews and
the subject rules behind them, in the languages whose grammar each rule is about.

The sentences are written for these tests; the expected statements are checked by conftest's
``check_statements``: (subject names, relation, object).
"""

from __future__ import annotations

import pytest

from parley.graph.records import Bundle
from parley.loaders.extract import extract_article
from parley.loaders.read import read_text

from .conftest import Expected, check_statements

CASES: list[tuple[str, str, Expected]] = [
    # evaluations: a judging verb and its verdict
    (
        "nl",
        "De EU wil een lening uit bevroren Russische tegoeden. Woordvoerster Maria Zacharova noemde het plan 'crimineel'.",
        [({"Maria Zakharova"}, "REJECTS", "kind:economic")],
    ),
    (
        "de",
        "Der russische Außenminister Sergej Lawrow nannte Selenskyjs Friedensformel ein Ultimatum.",
        [({"Sergey Lavrov"}, "REJECTS", "kind:negotiation")],
    ),
    (
        "en",
        "The two presidents signed a bilateral security agreement on Thursday. Zelensky called the agreement historic.",
        [({"Volodymyr Zelenskyy"}, "SUPPORTS", "model:bilateral_agreements")],
    ),
    (
        "da",
        "Regeringen fremlagde en fredsplan. Statsminister Mette Frederiksen kaldte planen et vigtigt skridt.",
        [({"Mette Frederiksen", "Denmark"}, "SUPPORTS", "kind:negotiation")],
    ),
    # charges: the speaker accuses the one the charge is about
    (
        "nl",
        "'Poetin wil geen vrede,' zei Zelensky tegen verslaggevers.",
        [({"Volodymyr Zelenskyy"}, "ACCUSES", "actor:Vladimir Putin")],
    ),
    (
        "de",
        "Russland wolle keinen Frieden, sagte Bundeskanzler Friedrich Merz.",
        [({"Friedrich Merz"}, "ACCUSES", "actor:Russia")],
    ),
    ("en", "Russia is not ready for peace, Zelensky said.", [({"Volodymyr Zelenskyy"}, "ACCUSES", "actor:Russia")]),
    (
        "sv",
        "Zelenskyj talade i Kyiv. Samtidigt anklagade han Ryssland för att ha brutit mot vapenvilan.",
        [({"Volodymyr Zelenskyy"}, "ACCUSES", "actor:Russia")],
    ),
    # pledges and backing Ukraine itself
    (
        "da",
        "Danmark forpligter sig til at støtte Ukraine militært i de næste ti år.",
        [({"Denmark"}, "GUARANTEES", "kind:military")],
    ),
    (
        "de",
        "Bundeskanzler Friedrich Merz sagte, Deutschland werde die Ukraine weiter unterstützen.",
        [({"Germany", "Friedrich Merz"}, "SUPPORTS", "kind:military")],
    ),
    (
        "nl",
        "Premier Dick Schoof zei dat Nederland Oekraïne dit jaar met 3,5 miljard euro blijft steunen.",
        [({"Netherlands", "Dick Schoof"}, "SUPPORTS", "kind:military")],
    ),
    (
        "sv",
        "Tyskland har lovat militär hjälp för över sju miljarder euro i år.",
        [({"Germany"}, "PROPOSES", "kind:military")],
    ),
    (
        "de",
        "US-Präsident Donald Trump hat der Ukraine vorerst keine Tomahawk-Marschflugkörper zugesagt.",
        [({"Donald Trump"}, "REJECTS", "kind:military")],
    ),
    # signing a security agreement guarantees
    (
        "nl",
        "Biden en Zelensky ondertekenden een bilateraal veiligheidsakkoord met een looptijd van tien jaar.",
        [
            ({"Joe Biden"}, "GUARANTEES", "model:bilateral_agreements"),
            ({"Volodymyr Zelenskyy"}, "SUPPORTS", "model:bilateral_agreements"),
        ],
    ),
    # enumerated plans
    (
        "fr",
        "Le premier ministre britannique, Keir Starmer, a dévoilé un plan en trois points : maintenir l'aide militaire à l'Ukraine ; ramener Kiev à la table des négociations ; constituer une « coalition des volontaires ».",
        [
            ({"Keir Starmer"}, "PROPOSES", "kind:military"),
            ({"Keir Starmer"}, "PROPOSES", "kind:negotiation"),
            ({"Keir Starmer"}, "PROPOSES", "model:coalition_backstop"),
        ],
    ),
    # subjects: apposition, relative clause, compound role nouns, roles with a post-nominal demonym
    (
        "da",
        "Ukraines menneskerettighedsombudsmand, Dmytro Lubinets, anklager Rusland for at torturere krigsfanger.",
        [({"Dmytro Lubinets"}, "ACCUSES", "actor:Russia"), ({"Dmytro Lubinets"}, "REPRESENTS", "actor:Ukraine")],
    ),
    (
        "sv",
        "Turkiet, som säljer drönare till Ukraina och har goda band till Moskva, vill spela en större roll som medlare.",
        [({"Turkey"}, "MEDIATES", "talks")],
    ),
    (
        "fr",
        "Emmanuel Macron a parlé avec Vladimir Poutine. Il n'y aura pas de troupes au sol, a précisé le président français.",
        [({"Emmanuel Macron"}, "REPRESENTS", "actor:France")],
    ),
    (
        "fr",
        "Un texte conclu sous l'égide de la Turquie et des Nations unies permet l'exportation des céréales.",
        [({"Turkey"}, "MEDIATES", "talks"), ({"United Nations"}, "MEDIATES", "talks")],
    ),
    (
        "en",
        "Zelensky met Modi in Kyiv. He asked Modi to back his peace formula, and he proposed that India host a second peace summit.",
        [
            ({"Volodymyr Zelenskyy"}, "DEMANDS", "kind:negotiation"),
            ({"Volodymyr Zelenskyy"}, "PROPOSES", "kind:negotiation"),
        ],
    ),
    (
        "de",
        "Der türkische Präsident Recep Tayyip Erdoğan bot sich umgehend als Gastgeber an.",
        [
            ({"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"}, "PROPOSES", "kind:negotiation"),
            ({"Turkey"}, "HOSTS", "talks"),
        ],
    ),
    (
        "fr",
        "La Russie a annoncé la suspension de l'accord sur les céréales en mer Noire.",
        [({"Russia"}, "REJECTS", "kind:economic")],
    ),
    # German "Der" opens a noun phrase before an adjective and a noun; it is "he" only before a verb
    (
        "de",
        "Putin sprach mit Macron. Der französische Präsident Emmanuel Macron forderte eine sofortige Waffenruhe.",
        [({"Emmanuel Macron"}, "DEMANDS", "kind:ceasefire")],
    ),
    # French "que" starts a clause whose subject follows; "des négociations" is no agent phrase
    (
        "fr",
        "Le porte-parole Dmitri Peskov a affirmé que Moscou restait ouverte à des négociations, mais que Kiev les refusait.",
        [({"Russia", "Dmitry Peskov"}, "SUPPORTS", "kind:negotiation")],
    ),
    (
        "fr",
        "Dmitri Peskov a déclaré que Kiev avait rejeté les négociations.",
        [({"Dmitry Peskov"}, "ACCUSES", "actor:Ukraine")],  # Kiev, the clause's subject, is charged
    ),
    # "leader" and "counterpart" are role words
    (
        "sv",
        "Ungerns ledare Ferenc Kovács erbjöd sig att vara värd för ett toppmöte.",
        [({"Ferenc Kovács"}, "REPRESENTS", "actor:Hungary")],
    ),
    (
        "en",
        "Putin received his Chinese counterpart Xi Jinping in Moscow.",
        [({"Xi Jinping"}, "REPRESENTS", "actor:China")],
    ),
    # French "ne ... que" is "only": a condition, not a refusal
    (
        "fr",
        "Selon Zelensky, l'Ukraine ne signera qu'avec des garanties de sécurité solides.",
        [({"Ukraine"}, "DEMANDS", "kind:security_guarantee")],
    ),
    # "not without X" demands X
    (
        "en",
        "Kyiv will not sign any deal without security guarantees, Zelensky said.",
        [({"Ukraine", "Volodymyr Zelenskyy"}, "DEMANDS", "kind:security_guarantee")],
    ),
    (
        "nb",
        "Ukraina vil ikke godta en våpenhvile uten sikkerhetsgarantier, sa Zelenskyj.",
        [({"Ukraine", "Volodymyr Zelenskyy"}, "DEMANDS", "kind:security_guarantee")],
    ),
    # readiness backs talks; readiness for anything else offers it
    (
        "nb",
        "Russland er klar til å gå inn i nye fredsforhandlinger, sa Putin.",
        [({"Russia", "Vladimir Putin"}, "SUPPORTS", "kind:negotiation")],
    ),
    (
        "fr",
        "Le président turc s'est dit prêt à des négociations directes.",
        [({"Turkey"}, "SUPPORTS", "kind:negotiation")],
    ),
    (
        "da",
        "Rusland er villig til at udveksle alle krigsfanger, oplyste Kreml.",
        [({"Russia"}, "PROPOSES", "kind:humanitarian")],
    ),
    # "ba om", "bat um": asking for something demands it
    (
        "nb",
        "Zelenskyj ba om nye og strengere sanksjoner mot Russland.",
        [({"Volodymyr Zelenskyy"}, "DEMANDS", "kind:economic")],
    ),
    (
        "de",
        "Selenskyj bat um weitere Sanktionen gegen Moskau.",
        [({"Volodymyr Zelenskyy"}, "DEMANDS", "kind:economic")],
    ),
    # "an act of barbarism by Russia": the one named after "by" is accused, not accusing
    (
        "en",
        "Kuleba called the strike an act of barbarism by Russia.",
        [({"Dmytro Kuleba"}, "ACCUSES", "actor:Russia")],
    ),
    # conditions named before a colon are listed after it
    (
        "de",
        "Peskow sagte, Russland sei offen für Gespräche, aber nur auf Grundlage der Bedingungen, die Putin im Juni genannt habe: Abzug der ukrainischen Truppen aus Donezk und Luhansk sowie ein Verzicht Kiews auf den Nato-Beitritt.",
        [({"Dmitry Peskov", "Russia"}, "DEMANDS", "kind:territorial")],
    ),
    (
        "en",
        "Peskov said Moscow was open to talks, but only on the conditions Putin had set in June: the withdrawal of Ukrainian troops from Donetsk and Kyiv's renunciation of NATO membership.",
        [({"Dmitry Peskov", "Russia"}, "DEMANDS", "kind:territorial")],
    ),
    # "ground troops" are foreign troops; only "without ground troops" is the no-ground-troops model
    (
        "en",
        "Macron said he would not rule out sending Western ground troops.",
        [({"Emmanuel Macron"}, "SUPPORTS", "kind:security_guarantee")],
    ),
    (
        "en",
        "Trump said the US guarantees would come without American ground troops.",
        [({"United States", "Donald Trump"}, "GUARANTEES", "topic:no_ground_troops")],
    ),
    # an envoy to an organisation speaks for the state before it; an owner before the role resolves it
    (
        "en",
        "Russia's U.N. ambassador Vassily Nebenzia said Moscow had never attacked the plant.",
        [({"Vasily Nebenzya"}, "REPRESENTS", "actor:Russia")],
    ),
    (
        "en",
        "Donald Trump spoke with Zelensky. Later, the US president used the call to demand talks.",
        [({"Donald Trump"}, "REPRESENTS", "actor:United States")],
    ),
    (
        "nb",
        "António Guterres reiste til Kazan. FNs generalsekretær ba om en rettferdig fred.",
        [({"António Guterres"}, "REPRESENTS", "actor:United Nations")],
    ),
    (
        "de",
        "US-Außenminister Marco Rubio und sein russischer Kollege Sergej Lawrow sind zusammengekommen.",
        [({"Sergey Lavrov"}, "REPRESENTS", "actor:Russia")],
    ),
    # a government body's official and a leader's aide speak for the state as well
    (
        "en",
        "Mykhailo Podolyak, an adviser to the head of Ukraine's presidential office, rejected the plan.",
        [({"Mykhailo Podolyak"}, "REPRESENTS", "actor:Ukraine")],
    ),
    (
        "en",
        "Lula spoke in Beijing. His foreign minister, Mauro Vieira, said Brazil disagreed.",
        [({"Mauro Vieira"}, "REPRESENTS", "actor:Brazil")],
    ),
    # a definite role phrase resolves to the person named just before, in the same sentence too
    (
        "en",
        "After a meeting co-chaired by Emmanuel Macron and Keir Starmer, the French president said 26 countries had committed troops.",
        [({"Emmanuel Macron"}, "REPRESENTS", "actor:France")],
    ),
    # an infinitive "å si" is no attribution; ", sa Zelenskyj" names the speaker, who speaks on
    (
        "nb",
        "– Putin er redd for å si rett ut at han vil fortsette krigen, sa Zelenskyj i sin kveldstale. Han ba om nye sanksjoner mot Russland.",
        [({"Volodymyr Zelenskyy"}, "DEMANDS", "kind:economic")],
    ),
    # a Scandinavian role noun with its definite ending points back like "the secretary-general"
    (
        "nb",
        "António Guterres reiste til Kazan og møtte Vladimir Putin. Generalsekretæren ba om en våpenhvile.",
        [({"António Guterres"}, "DEMANDS", "kind:ceasefire")],
    ),
    # a quoted charge has its subject before the quote
    (
        "fr",
        "Selon Zelensky, Poutine « ne veut pas la paix ».",
        [({"Volodymyr Zelenskyy"}, "ACCUSES", "actor:Vladimir Putin")],
    ),
    # "ambassador to Germany, Name": the country after the role is where, the owner before it is whose
    (
        "da",
        "Ukraines afgående ambassadør i Tyskland, Andrij Melnyk, var mere direkte.",
        [({"Andrij Melnyk"}, "REPRESENTS", "actor:Ukraine")],
    ),
    # "X said any agreement would have to ...": the reported clause is not the adviser's own pledge
    (
        "en",
        "Mykhailo Podolyak, an adviser to Zelenskyy, said any agreement would have to begin with a ceasefire.",
        [({"Mykhailo Podolyak"}, "DEMANDS", "kind:ceasefire")],
    ),
    # "X remains Kyiv's condition": staying is being, and the owner of the condition demands X
    (
        "fr",
        "Le retrait complet des troupes russes reste la condition de Kiev.",
        [({"Ukraine"}, "DEMANDS", "kind:territorial")],
    ),
    # German "aber" after the verb is an adverb, not a new clause
    (
        "de",
        "Bundeskanzler Friedrich Merz sagte, Europa stehe an der Seite der Ukraine. Der erste Schritt müsse aber eine Waffenruhe sein.",
        [({"Friedrich Merz"}, "DEMANDS", "kind:ceasefire")],
    ),
    # a split German verb has its subject inside
    (
        "de",
        "Kremlsprecher Dmitri Peskow äußerte sich am Morgen. Am Freitag schlug Selenskyj einen Waffenstillstand vor.",
        [({"Volodymyr Zelenskyy"}, "PROPOSES", "kind:ceasefire")],
    ),
]


def _extract(language: str, text: str) -> Bundle:
    return extract_article(read_text(text, id="t", language=language, title="Test", detect=False))


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(language: str, text: str, expected: Expected) -> None:
    check_statements(_extract(language, text), expected)


def _stances(bundle: Bundle) -> list[tuple[str, str, str]]:
    return [(e.source, e.type, e.target) for e in bundle.edges if e.type not in ("REPRESENTS", "MENTIONS")]


def test_a_charge_inside_an_accusation_is_not_a_second_one() -> None:
    bundle = _extract("en", "Zelensky accused Russia of dragging out the war.")
    assert _stances(bundle) == [("person:volodymyr-zelenskyy", "ACCUSES", "state:russia")]


def test_a_question_takes_no_stance() -> None:
    bundle = _extract("en", "Is there a role for China or India as mediators?")
    assert _stances(bundle) == []


def test_calling_for_is_a_demand_not_a_verdict() -> None:
    bundle = _extract("en", "Macron called for a positive ceasefire agreement.")
    assert {t for _, t, _ in _stances(bundle)} == {"DEMANDS"}


def test_german_dative_is_no_subject() -> None:
    bundle = _extract("de", "Die USA haben der Ukraine neue Waffenlieferungen zugesagt.")
    assert all(s != "state:ukraine" for s, _, _ in _stances(bundle))


def test_possessive_role_owner_yields_to_the_codebook() -> None:
    bundle = _extract("fr", "Volodymyr Zelensky était à Londres. Son porte-parole, Dmitri Peskov, a parlé à la presse.")
    rep = [e.target for e in bundle.edges if e.type == "REPRESENTS" and e.source == "person:dmitry-peskov"]
    assert rep == ["state:russia"]


def test_an_interview_answer_speaks_for_the_interviewee() -> None:
    text = (
        "Ukrainian presidential adviser Mykhailo Podolyak spoke to us in Kyiv.\n\n"
        "What do you expect from the talks?\n\n"
        '"We will never accept territorial concessions. Russia must withdraw its troops from all of Ukraine."\n\n'
        "And from your partners?\n\n"
        '"More air defence, and quickly. Every delay costs lives in our cities."'
    )
    bundle = _extract("en", text)
    assert ("person:mykhailo-podolyak", "REJECTS") in {(s, r) for s, r, _ in _stances(bundle)}
    assert ("person:mykhailo-podolyak", "DEMANDS") in {(s, r) for s, r, _ in _stances(bundle)}


def test_decimal_numbers_stay_one_token() -> None:
    from parley.loaders.wordspec import tokenize

    assert [t.text for t in tokenize("met 3,5 miljard en 1.000 man", "nl")] == [
        "met",
        "3,5",
        "miljard",
        "en",
        "1.000",
        "man",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Donald Trump a parlé avec Volodymyr Zelensky. Sur son réseau Truth Social, le président américain a critiqué Kiev.",
        ),
        ("de", "Donald Trump sprach mit Selenskyj. Danach forderte der US-Präsident ein Treffen in Istanbul."),
    ],
)
def test_a_role_reference_says_whom_the_person_represents(language: str, text: str) -> None:
    bundle = extract_article(read_text(text, id="t", language=language, title="T", date="2025-06-01", detect=False))
    rep = {(e.source, e.target) for e in bundle.edges if e.type == "REPRESENTS"}
    assert ("person:donald-trump", "state:united-states") in rep


def test_sanctions_are_imposed_or_lifted() -> None:
    more = _stances(_extract("en", "Zelensky asked for new sanctions against Russia."))
    assert ("person:volodymyr-zelenskyy", "DEMANDS", "proposal:sanctions-on-russia") in more
    lift = _stances(_extract("de", "Moskau fordert die Aufhebung der westlichen Sanktionen."))
    assert ("state:russia", "DEMANDS", "proposal:lift-sanctions") in lift


def test_what_someone_is_accused_of_is_no_stance_of_theirs() -> None:
    bundle = _extract("en", "Russia was accused by Ukraine of blocking the talks.")
    assert _stances(bundle) == [("state:ukraine", "ACCUSES", "state:russia")]


@pytest.mark.parametrize(
    ("language", "text", "leaving"),
    [
        ("en", "Zelensky demanded the withdrawal of all troops from Ukrainian soil.", "proposal:russia-withdraws"),
        ("de", "Russland verlangt den Rückzug der ukrainischen Truppen.", "proposal:ukraine-withdraws-troops"),
        ("fr", "La Russie exige le retrait des troupes.", "proposal:ukraine-withdraws-troops"),
    ],
)
def test_whose_troops_withdraw(language: str, text: str, leaving: str) -> None:
    assert leaving in {t for _, r, t in _stances(_extract(language, text)) if r == "DEMANDS"}


def test_a_split_verb_holds_its_negation() -> None:
    bundle = _extract("de", "Scholz schloss einen Waffenstillstand nicht aus.")
    assert "REJECTS" not in {r for _, r, _ in _stances(bundle)}


def test_ground_troops_sent_are_foreign_troops() -> None:
    stances = _stances(_extract("en", "Macron said he would not rule out sending Western ground troops."))
    assert stances == [("person:emmanuel-macron", "SUPPORTS", "proposal:foreign-troops-in-ukraine")]


def test_of_france_belongs_to_the_name_before_it() -> None:
    bundle = _extract("en", "President Emmanuel Macron of France met President Donald Trump at the White House.")
    rep = {(e.source, e.target) for e in bundle.edges if e.type == "REPRESENTS"}
    assert ("person:donald-trump", "state:france") not in rep
    bundle = _extract(
        "en", "After a meeting co-chaired by Emmanuel Macron and Keir Starmer, the French president spoke."
    )
    rep = {(e.source, e.target) for e in bundle.edges if e.type == "REPRESENTS"}
    assert ("person:keir-starmer", "state:france") not in rep


def test_a_predicate_joined_by_and_keeps_the_sentence_subject() -> None:
    text = (
        "Selenskyj sprach in New York. Er forderte die Staaten auf, Russland jetzt zu stoppen, "
        "und bekräftigte seine Bereitschaft zu Verhandlungen mit Putin."
    )
    subjects = {s for s, r, _ in _stances(_extract("de", text)) if r == "SUPPORTS"}
    assert subjects == {"person:volodymyr-zelenskyy"}


def test_that_the_other_side_refuses_talks_is_the_speakers_charge() -> None:
    stances = _stances(_extract("de", "Lawrow sagte, die Ukraine verweigere Verhandlungen."))
    assert stances == [("person:sergey-lavrov", "ACCUSES", "state:ukraine")]


def test_an_accusing_attribution_after_the_clause() -> None:
    stances = _stances(_extract("fr", "Mais c'est l'Ukraine qui refuse de négocier, a accusé Dmitri Peskov."))
    assert ("person:dmitry-peskov", "ACCUSES", "state:ukraine") in stances
    assert ("state:ukraine", "ACCUSES", "person:dmitry-peskov") not in stances


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron a parlé à Paris. Le président français a réclamé un cessez-le-feu immédiat.",
        "Emmanuel Macron a parlé à Paris. Le président sortant français a réclamé un cessez-le-feu immédiat.",
    ],
)
def test_the_role_reference_takes_the_stance_not_its_demonym(text: str) -> None:
    subjects = {s for s, r, _ in _stances(_extract("fr", text)) if r == "DEMANDS"}
    assert subjects == {"person:emmanuel-macron"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Russian and Ukrainian delegations met in Istanbul. Both sides agreed to a new prisoner exchange.",
            {"state:russia", "state:ukraine"},
        ),
        (
            "nl",
            "Russische en Oekraïense delegaties kwamen bijeen. Beide landen spraken een nieuwe uitwisseling van krijgsgevangenen af.",
            {"state:russia", "state:ukraine"},
        ),
        (
            "de",
            "Putin und Trump telefonierten am Donnerstag. Beide Präsidenten vereinbarten Verhandlungen in Budapest.",
            {"person:vladimir-putin", "person:donald-trump"},
        ),
    ],
)
def test_both_sides_are_two_subjects(language: str, text: str, expected: set[str]) -> None:
    assert {s for s, r, _ in _stances(_extract(language, text)) if r == "SUPPORTS"} == expected


def test_a_negated_subject_negates_the_verb() -> None:
    stances = _stances(
        _extract("en", "No European government will support a ceasefire that freezes the front, Macron said.")
    )
    assert "SUPPORTS" not in {r for _, r, _ in stances}
    assert not [s for s in stances if s[2] == "person:emmanuel-macron"]


def test_who_rejects_a_withdrawal_rejects_their_own() -> None:
    stances = _stances(
        _extract("de", "Selenskyj sprach in Washington. Einen Abzug aus dem Donbass lehnte er erneut ab.")
    )
    assert ("person:volodymyr-zelenskyy", "REJECTS", "proposal:ukraine-withdraws-troops") in stances
    assert ("person:volodymyr-zelenskyy", "REJECTS", "proposal:russia-withdraws") not in stances


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Lederne oppfordret også Putin til å innlede seriøse forhandlinger med Zelenskyj."),
        ("de", "Die Staats- und Regierungschefs forderten Putin auf, ernsthafte Verhandlungen aufzunehmen."),
    ],
)
def test_the_one_addressed_after_the_verb_is_no_subject(language: str, text: str) -> None:
    assert not [s for s in _stances(_extract(language, text)) if s[0] == "person:vladimir-putin"]
