"""Renderers: a rich table for people, JSON/JSONL for programs."""


def language_label(language: dict) -> str:
    """``de (0.99)``, or ``de`` when the language was given rather than detected."""
    if language.get("probability") is None:
        return language["code"]
    return f"{language['code']} ({language['probability']:.2f})"
