# ruff: noqa: E501
"""Generate benchmark articles (default 1,050: 150 per language) from sentence templates.

The articles imitate news about the talks: role phrases, quotes with attribution,
stances with conditions and negation, and plenty of sentences that only report
facts. They are for timing, not for quality: nothing checks what is extracted.

    python bench/make_articles.py OUT_DIR [--per-language 150] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

PEOPLE = {
    "sv": ["Rysslands utrikesminister Sergej Lavrov", "Ukrainas president Volodymyr Zelenskyj", "USA:s sändebud Steve Witkoff",
           "Kremls talesperson Dmitrij Peskov", "Natos generalsekreterare Mark Rutte"],
    "nb": ["Russlands utenriksminister Sergej Lavrov", "Ukrainas president Volodymyr Zelenskyj", "USAs spesialutsending Steve Witkoff",
           "Kremls talsperson Dmitrij Peskov", "Natos generalsekretær Mark Rutte"],
    "da": ["Ruslands udenrigsminister Sergej Lavrov", "Ukraines præsident Volodymyr Zelenskyj", "USA's særlige udsending Steve Witkoff",
           "Kremls talsmand Dmitrij Peskov", "NATO's generalsekretær Mark Rutte"],
    "nl": ["de Russische minister van Buitenlandse Zaken Sergej Lavrov", "de Oekraïense president Volodymyr Zelensky",
           "de Amerikaanse gezant Steve Witkoff", "Kremlinwoordvoerder Dmitri Peskov", "NAVO-chef Mark Rutte"],
    "en": ["Russian Foreign Minister Sergey Lavrov", "Ukrainian President Volodymyr Zelensky", "US special envoy Steve Witkoff",
           "Kremlin spokesman Dmitry Peskov", "NATO Secretary General Mark Rutte"],
    "de": ["der russische Außenminister Sergej Lawrow", "der ukrainische Präsident Wolodymyr Selenskyj",
           "der US-Sondergesandte Steve Witkoff", "Kremlsprecher Dmitri Peskow", "Nato-Generalsekretär Mark Rutte"],
    "fr": ["le ministre russe des Affaires étrangères Sergueï Lavrov", "le président ukrainien Volodymyr Zelensky",
           "l'envoyé spécial américain Steve Witkoff", "le porte-parole du Kremlin Dmitri Peskov", "le secrétaire général de l'OTAN Mark Rutte"],
}
STANCES = {
    "sv": ["{P} kräver att Ukraina drar sig tillbaka från Donbas.", "{P} föreslog en vapenvila längs frontlinjen.",
           "{P} stöder säkerhetsgarantier för Ukraina.", "{P} avvisade förslaget om utländska trupper i Ukraina.",
           "Enligt {P} är Ryssland berett att utväxla krigsfångar om Ukraina går med på det.",
           "{P} anklagade Ryssland för att förhala förhandlingarna.", "{P} sade att Sverige aldrig kommer att erkänna Krim som ryskt."],
    "nb": ["{P} krever at Ukraina trekker seg ut av Donbas.", "{P} foreslo en våpenhvile langs frontlinjen.",
           "{P} støtter sikkerhetsgarantier for Ukraina.", "{P} avviste forslaget om utenlandske tropper i Ukraina.",
           "Ifølge {P} er Russland villig til å utveksle krigsfanger hvis Ukraina går med på det.",
           "{P} anklaget Russland for å trenere forhandlingene.", "{P} sa at Norge aldri vil anerkjenne Krim som russisk."],
    "da": ["{P} kræver, at Ukraine trækker sig ud af Donbas.", "{P} foreslog en våbenhvile langs frontlinjen.",
           "{P} støtter sikkerhedsgarantier til Ukraine.", "{P} afviste forslaget om udenlandske tropper i Ukraine.",
           "Ifølge {P} er Rusland villig til at udveksle krigsfanger, hvis Ukraine går med til det.",
           "{P} anklagede Rusland for at trække forhandlingerne ud.", "{P} sagde, at Danmark aldrig vil anerkende Krim som russisk."],
    "nl": ["{P} eist dat Oekraïne zich terugtrekt uit de Donbas.", "{P} stelde een staakt-het-vuren langs de frontlinie voor.",
           "{P} steunt veiligheidsgaranties voor Oekraïne.", "{P} wees het voorstel voor buitenlandse troepen in Oekraïne af.",
           "Volgens {P} is Rusland bereid krijgsgevangenen uit te wisselen als Oekraïne daarmee instemt.",
           "{P} beschuldigde Rusland ervan de onderhandelingen te rekken.", "{P} zei dat Nederland de Krim nooit als Russisch zal erkennen."],
    "en": ["{P} demanded that Ukraine withdraw from the Donbas.", "{P} proposed a ceasefire along the front line.",
           "{P} supports security guarantees for Ukraine.", "{P} rejected the proposal for foreign troops in Ukraine.",
           "According to {P}, Russia is ready to exchange prisoners of war if Ukraine agrees.",
           "{P} accused Russia of stalling the negotiations.", "{P} said Britain will never recognise Crimea as Russian."],
    "de": ["{P} forderte, dass sich die Ukraine aus dem Donbass zurückzieht.", "{P} schlug eine Waffenruhe entlang der Frontlinie vor.",
           "{P} unterstützt Sicherheitsgarantien für die Ukraine.", "{P} lehnte den Vorschlag ausländischer Truppen in der Ukraine ab.",
           "Laut {P} ist Russland bereit, Kriegsgefangene auszutauschen, wenn die Ukraine zustimmt.",
           "{P} warf Russland vor, die Verhandlungen zu verschleppen.", "{P} sagte, Deutschland werde die Krim nie als russisch anerkennen."],
    "fr": ["{P} a exigé que l'Ukraine se retire du Donbass.", "{P} a proposé un cessez-le-feu le long de la ligne de front.",
           "{P} soutient des garanties de sécurité pour l'Ukraine.", "{P} a rejeté la proposition de troupes étrangères en Ukraine.",
           "Selon {P}, la Russie est prête à échanger des prisonniers de guerre si l'Ukraine accepte.",
           "{P} a accusé la Russie de faire traîner les négociations.", "{P} a déclaré que la France ne reconnaîtra jamais la Crimée comme russe."],
}
FACTS = {
    "sv": ["Ryska styrkor besköt flera städer under natten.", "Mötet hölls i en konferensanläggning utanför staden.",
           "Enligt lokala myndigheter skadades fem personer.", "Delegationerna väntas träffas igen nästa vecka.",
           "Kriget har pågått i snart fyra år.", "Samtalen varade i drygt sex timmar."],
    "nb": ["Russiske styrker angrep flere byer i løpet av natten.", "Møtet ble holdt på et hotell utenfor byen.",
           "Ifølge lokale myndigheter ble fem personer skadet.", "Delegasjonene skal møtes igjen neste uke.",
           "Krigen har vart i snart fire år.", "Samtalene varte i over seks timer."],
    "da": ["Russiske styrker angreb flere byer i løbet af natten.", "Mødet blev holdt på et hotel uden for byen.",
           "Ifølge lokale myndigheder blev fem personer såret.", "Delegationerne skal mødes igen i næste uge.",
           "Krigen har varet i snart fire år.", "Samtalerne varede over seks timer."],
    "nl": ["Russische troepen beschoten 's nachts verschillende steden.", "De bijeenkomst vond plaats in een hotel buiten de stad.",
           "Volgens de lokale autoriteiten raakten vijf mensen gewond.", "De delegaties komen volgende week opnieuw bijeen.",
           "De oorlog duurt inmiddels bijna vier jaar.", "De gesprekken duurden ruim zes uur."],
    "en": ["Russian forces shelled several cities overnight.", "The meeting took place at a hotel outside the city.",
           "Local officials said five people were injured.", "The delegations are expected to meet again next week.",
           "The war has now lasted almost four years.", "The talks lasted more than six hours."],
    "de": ["Russische Truppen beschossen in der Nacht mehrere Städte.", "Das Treffen fand in einem Hotel außerhalb der Stadt statt.",
           "Nach Angaben der örtlichen Behörden wurden fünf Menschen verletzt.", "Die Delegationen sollen sich nächste Woche wieder treffen.",
           "Der Krieg dauert inzwischen fast vier Jahre.", "Die Gespräche dauerten mehr als sechs Stunden."],
    "fr": ["Les forces russes ont bombardé plusieurs villes pendant la nuit.", "La réunion s'est tenue dans un hôtel en dehors de la ville.",
           "Selon les autorités locales, cinq personnes ont été blessées.", "Les délégations doivent se retrouver la semaine prochaine.",
           "La guerre dure depuis bientôt quatre ans.", "Les pourparlers ont duré plus de six heures."],
}
TITLES = {"sv": "Fredssamtal", "nb": "Fredssamtaler", "da": "Fredsforhandlinger", "nl": "Vredesgesprekken",
          "en": "Peace talks", "de": "Friedensgespräche", "fr": "Pourparlers de paix"}


def make_article(lang: str, rng: random.Random, target_chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < target_chars:
        para = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.45:
                s = rng.choice(STANCES[lang]).replace("{P}", rng.choice(PEOPLE[lang]))
                s = s[0].upper() + s[1:]
            else:
                s = rng.choice(FACTS[lang])
            para.append(s)
        text = " ".join(para)
        parts.append(text)
        size += len(text) + 2
    return f"{TITLES[lang]} {rng.randint(1, 999)}\n\n" + "\n\n".join(parts) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--per-language", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    index: dict[str, dict[str, str]] = {}
    n = 0
    for lang in PEOPLE:
        for i in range(args.per_language):
            aid = f"{lang}_{i:04d}"
            (args.out / f"{aid}.txt").write_text(make_article(lang, rng, rng.randint(3000, 5000)), encoding="utf-8")
            index[aid] = {"language": lang, "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
            n += 1
    (args.out / "index.yaml").write_text(yaml.safe_dump(index, sort_keys=True), encoding="utf-8")
    print(f"wrote {n} articles to {args.out}")


if __name__ == "__main__":
    main()
