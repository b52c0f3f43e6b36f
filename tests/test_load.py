import pytest

from newsscan.errors import InputError
from newsscan.model import Options
from newsscan.pipeline import load

TEXT = "Die Ministerin sagte, die Lage sei ernst. Köln, Düsseldorf und Münster – „Anführungszeichen“ €."


@pytest.mark.parametrize(
    "encoding,expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_decode_correctly(tmp_path, encoding, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = load.load(str(path))
    assert doc.raw == TEXT
    assert doc.encoding == expected


def test_latin1_without_euro_decodes(tmp_path):
    text = "Die Bürger in Köln sagten, es sei schön."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("latin-1"))
    assert load.load(str(path)).raw == text


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_bad_bytes_raise_input_error(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load.load(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load.load(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load.load(str(tmp_path))


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Wort " * 100)
    with pytest.raises(InputError, match="larger than"):
        load.load(str(path), Options(max_bytes=100))


def test_html_is_detected_by_content(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Titel der Seite</title></head><body><article>"
        + "<p>Der Bürgermeister sagte am Montag, die neue Brücke werde im Frühjahr eröffnet. "
        "Die Bauarbeiten hätten länger gedauert als geplant, erklärte er.</p>"
        * 3
        + "</article></body></html>"
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    doc = load.load(str(path))
    assert doc.format == "html"
    assert "Brücke" in doc.raw and "<p>" not in doc.raw
    assert dict(doc.metadata).get("title") == "Titel der Seite"
