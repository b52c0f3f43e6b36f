"""Every language data file ships: it matches a package-data pattern in pyproject.toml."""

import fnmatch
import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_every_language_data_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["newsscan.lang"]
    base = ROOT / "newsscan" / "lang"
    data = [
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    assert data
    missing = [
        name
        for name in data
        if not any(fnmatch.fnmatch(name, pat) and name.count("/") == pat.count("/") for pat in patterns)
    ]
    assert missing == []
