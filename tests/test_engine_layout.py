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
