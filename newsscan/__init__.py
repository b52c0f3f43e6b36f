"""newsscan: who said what, and according to whom, in news articles.

The public API (imported lazily, so that ``newsscan --help`` stays fast)::

    import newsscan
    analysis = newsscan.analyze_text("Der Minister sagte, die Lage sei ernst.", language="de")
    record = newsscan.to_dict(analysis)          # the newsscan/1 JSON form
    for record in newsscan.analyze_many(["corpus/"], jobs=2):
        ...
"""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_API = ("analyze", "analyze_text", "analyze_html", "analyze_many", "analyze_document")
_MODEL = ("Analysis", "Statement", "Actor", "Agency", "Quote", "Options", "Document")
_ERRORS = ("InputError", "FetchError", "NewsscanError")

__all__ = [
    "analyze",
    "analyze_text",
    "analyze_html",
    "analyze_many",
    "analyze_document",
    "to_dict",
    "to_frames",
    "Options",
    "Analysis",
    "Statement",
    "Actor",
    "Agency",
    "Quote",
    "Document",
    "InputError",
    "FetchError",
    "NewsscanError",
    "__version__",
]


def __getattr__(name):
    if name in _API:
        from . import api

        return getattr(api, name)
    if name in _MODEL:
        from . import model

        return getattr(model, name)
    if name in _ERRORS:
        from . import errors

        return getattr(errors, name)
    if name == "to_frames":
        from .render.tables import to_frames

        return to_frames
    if name == "to_dict":
        from .schema import to_dict

        return to_dict
    raise AttributeError(f"module 'newsscan' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
