"""nl: ``in`` is a name particle only with ``'t`` ([bound_particles]); after a name it is the
preposition (zei Smit in de Tweede Kamer); ``el``/``al`` are particles of a name (Ahmed el
Amrani). Invented sentences."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('"De huren moeten omlaag", zei Visser in de Tweede Kamer.', "Visser"),
        ('"De huren moeten omlaag", zei Marloes Visser in Den Haag.', "Marloes Visser"),
        ("Kamerlid Yusuf el Idrissi (GL) vindt dat de huren omlaag moeten.", "Yusuf el Idrissi"),
        ('"De huren moeten omlaag", zei Joris van der Berg.', "Joris van der Berg"),
        # a surname after a particle that spells a role (rechter, koning) is the surname
        ("Wethouder Anna de Rechter zei dat de brug in mei dichtgaat.", "Anna de Rechter"),
        ("Burgemeester Jan de Koning zei dat de brug in mei dichtgaat.", "Jan de Koning"),
    ],
)
def test_the_speaker_name_and_its_particles(text, speaker):
    assert [q.actor.name for q in analyze_text(text, language="nl").quotes] == [speaker]
