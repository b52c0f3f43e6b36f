"""The rule engine stays readable: no module in newsscan/pipeline or newsscan/lang above 450
lines (function complexity is checked by ruff's C901 in .ci/run)."""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
MAX_LINES = 450


def test_no_engine_module_above_450_lines():
    modules = sorted((ROOT / "newsscan" / "pipeline").rglob("*.py")) + sorted(
        (ROOT / "newsscan" / "lang").rglob("*.py")
    )
    assert len(modules) > 20
    long = {
        str(p.relative_to(ROOT)): n
        for p in modules
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long


def _redefined(top: type) -> dict:
    """Methods defined by more than one class of ``top``'s hierarchy: the lower one silently
    replaces the other, and the rule it belongs to does nothing."""
    owners: dict = {}
    for cls in top.__mro__[:-1]:  # not object
        for name, value in vars(cls).items():
            if not name.startswith("__") and callable(value):  # methods, not data a subclass sets
                owners.setdefault(name, []).append(cls.__name__)
    return {name: classes for name, classes in owners.items() if len(classes) > 1}


def test_no_method_of_the_rule_classes_is_silently_replaced():
    from newsscan.pipeline.np import Chunker
    from newsscan.pipeline.statements import _Finder

    assert _redefined(_Finder) == {}
    assert _redefined(Chunker) == {}


def test_a_replaced_method_is_reported():
    class A:
        def rule(self): ...

    class B(A):
        def rule(self): ...

    assert _redefined(B) == {"rule": ["B", "A"]}
