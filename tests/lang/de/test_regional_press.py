"""German in the styles of regional and sports pages: role nouns of sport and local politics,
an age epithet after a coach named by such a role, and a closing typewriter quotation mark after
„ (invented sentences)."""

import pytest

from newsscan.api import analyze_text


@pytest.mark.parametrize(
    "text,name,role",
    [
        (
            "Torschütze Jan Berger sah es gelassen: „Am Ende zählt nur das Weiterkommen.“",
            "Jan Berger",
            "Torschütze",
        ),
        ("Sportvorstand Max Ebner kündigte an, im Winter nachzulegen.", "Max Ebner", "Sportvorstand"),
        ("„Das trifft alle Familien“, sagte Kreisrätin Anja Lenz.", "Anja Lenz", "Kreisrätin"),
    ],
)
def test_role_before_name(text, name, role):
    (q,) = analyze_text(text, language="de").quotes
    assert q.actor is not None and (q.actor.name, q.actor.role) == (name, role)


def test_age_epithet_after_coach():
    text = (
        "„Wir waren besser“, sagte Trainer Tom Weiss. "
        "Paderborns Coach Lukas Kramer war stolz auf sein Team. „Die Jungs haben alles gegeben“, sagte der 43-Jährige."
    )
    speakers = [q.actor.name if q.actor else None for q in analyze_text(text, language="de").quotes]
    assert speakers == ["Tom Weiss", "Lukas Kramer"]


def test_typewriter_mark_closes_low_opening_mark():
    text = '„Das ist ein guter Tag für die Stadt", sagte Bürgermeister Dirk Hahn nach der Sitzung.'
    (q,) = analyze_text(text, language="de").quotes
    assert (q.statement.text, q.statement.rule) == (
        "Das ist ein guter Tag für die Stadt",
        "direct.post_frame",
    )


@pytest.mark.parametrize(
    "text,mention",
    [
        # der Zeitung after the role is who was told (a dative), not the role's domain
        ("„Wir gehen von einer Bande aus“, sagte der Sprecher der Zeitung.", "der Sprecher"),
        ("„Wir gehen von einer Bande aus“, sagte ein Sprecher dem Blatt.", "ein Sprecher"),
        # an organisation is the role's domain
        ("„Wir gehen von einer Bande aus“, sagte der Sprecher der Polizei.", "der Sprecher der Polizei"),
    ],
)
def test_medium_after_role_is_addressee(text, mention):
    (q,) = analyze_text(text, language="de").quotes
    assert q.statement.mention is not None and q.statement.mention.text == mention
