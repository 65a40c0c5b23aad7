"""An invented story told by N outlets, for the layout golden tests (tests/test_layout.py).

Everything here is made up: a regional council closes the Corlay dam (Valmire) for works.
Each outlet tells a varying subset of the same claims, with its own wording, sometimes a
different figure (a divergence), quotes from three speakers, dates as weekdays, and one
sentence of its own. Outlet names are chosen to exercise the labels: long ones with notes in
brackets, one outlet with several articles, and articles with no outlet whose long file stem
becomes the label. Deterministic: the same N gives byte-identical files.
"""

from __future__ import annotations

import random
from pathlib import Path

OUTLETS = (
    "Le Courrier de Valmire",
    "Radio Corlay",
    "La Gazette des Vallées (édition du soir)",
    "Agence Presse Régionale",
    None,
    "Valmire Info",
    "Le Petit Riverain",
    "Les Nouvelles de l'Est, supplément hebdomadaire",
    "Agence Presse Régionale",
    "TéléVallée",
    None,
    "Corlay Matin",
)
STEMS = (
    "courrier", "radio-corlay", "gazette", "apr-depeche", "blog-des-habitants-de-la-vallee",
    "valmire-info", "petit-riverain", "nouvelles-est", "apr-reprise", "televallee",
    "forum-citoyen-corlay-et-environs", "corlay-matin",
)
DATES = ("2024-03-06", "2024-03-06", "2024-03-07")

CLAIMS = (
    ("Le conseil régional de Valmire a voté mardi la fermeture du barrage de Corlay pour "
     "{months} mois de travaux.",
     "Mardi, le conseil régional de Valmire a décidé de fermer le barrage de Corlay pendant "
     "{months} mois de travaux."),
    ("« Nous n’avons pas d’autre choix que de fermer l’ouvrage », a déclaré Odile Varenne, "
     "présidente du conseil régional.",
     "« Nous n’avons pas d’autre choix que de fermer l’ouvrage », a affirmé la présidente "
     "du conseil régional, Odile Varenne."),
    ("Selon elle, les travaux coûteront {cost} millions d’euros à la région.",
     "Odile Varenne a indiqué que les travaux coûteraient {cost} millions d’euros."),
    ("Le maire de Corlay, Paul Drevin, a qualifié la décision de « brutale » et d’« "
     "improvisée ».",
     "Paul Drevin, maire de Corlay, a jugé la décision « brutale »."),
    ("Les riverains manifesteront jeudi devant la préfecture, a annoncé le Front des "
     "Riverains.",
     "Le Front des Riverains a appelé à manifester jeudi devant la préfecture de Valmire."),
    ("Le barrage, construit en 1962, alimente en eau {homes} foyers de la vallée.",
     "Construit en 1962, l’ouvrage fournit l’eau de {homes} foyers."),
    ("La préfecture aurait demandé une étude complémentaire sur la digue sud.",
     "La préfecture a demandé une étude complémentaire sur la digue sud."),
    ("Odile Varenne a accepté de participer vendredi à une réunion publique à Corlay.",
     "La présidente du conseil a accepté de participer vendredi à une réunion publique."),
    ("« Les habitants apprennent tout par la presse, c’est inacceptable », a dénoncé "
     "Paul Drevin.",
     "« Les habitants apprennent tout par la presse », a regretté le maire Paul Drevin."),
    ("Des ingénieurs ont relevé des fissures sur la digue sud lors d’une inspection en "
     "janvier.",
     "Une inspection menée en janvier avait révélé des fissures sur la digue sud."),
)
OWN = (
    "Le chantier devrait mobiliser une quarantaine d’ouvriers selon des sources syndicales.",
    "La pêche restera interdite sur le lac pendant toute la durée des travaux.",
    "Un précédent chantier, en 1998, avait duré deux ans au lieu de six mois.",
    "Les commerçants du bourg craignent une baisse de la fréquentation estivale.",
    "Le prétendu plan de relogement des campeurs n’a jamais été présenté.",
    "Une pétition en ligne a recueilli plusieurs milliers de signatures en deux jours.",
    "Le département n’a pas souhaité réagir à la décision du conseil.",
    "La base nautique fermera ses portes dès le mois d’avril.",
)


def write_corpus(folder: Path, n: int) -> list[str]:
    """Write ``n`` articles (Markdown with front matter) into ``folder``; return their paths."""
    rng = random.Random(n)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        outlet = OUTLETS[i % len(OUTLETS)]
        stem = f"{STEMS[i % len(STEMS)]}-{i:02d}" if i >= len(STEMS) else STEMS[i]
        figures = {"months": 18, "cost": 42, "homes": "12 000"}
        if rng.random() < 0.3:  # this outlet has another figure: a divergence
            key = rng.choice(sorted(figures))
            figures[key] = {"months": 24, "cost": 35, "homes": "15 000"}[key]
        picked = [c for c in CLAIMS if rng.random() < 0.7] or list(CLAIMS[:3])
        lines = [rng.choice(variants).format(**figures) for variants in picked]
        lines.insert(rng.randrange(len(lines) + 1), OWN[i % len(OWN)])
        title = "Le barrage de Corlay fermé pour travaux" if i % 2 else (
            "Valmire : la fermeture du barrage de Corlay votée, les riverains inquiets")
        front = [f"title: {title}", f"date: {DATES[i % len(DATES)]}", "language: fr"]
        if outlet:
            front.append(f"outlet: {outlet}")
        text = "---\n" + "\n".join(front) + "\n---\n\n" + "\n\n".join(lines) + "\n"
        path = folder / f"{stem}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths
