"""newsscan: who said what, and according to whom, in news articles."""
import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name):
    # the public API is imported lazily so that `newsscan --help` stays fast
    if name in ("analyze", "analyze_text", "analyze_document"):
        from . import api
        return getattr(api, name)
    if name in ("Analysis", "Statement", "Actor", "Agency", "Quote", "Options", "Document"):
        from . import model
        return getattr(model, name)
    if name in ("InputError", "FetchError", "NewsscanError"):
        from . import errors
        return getattr(errors, name)
    if name == "to_frames":
        from .render.tables import to_frames
        return to_frames
    if name == "to_dict":
        from .schema import to_dict
        return to_dict
    raise AttributeError(name)


__all__ = ["analyze", "analyze_text", "analyze_document", "to_dict", "to_frames", "Options", "Analysis",
           "InputError", "FetchError", "__version__"]
