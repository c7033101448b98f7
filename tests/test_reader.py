"""Reading bytes: encodings, byte-order marks, legacy Chinese code pages, mojibake,
binary and oversized input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pressgraph import reader
from pressgraph.errors import InputError
from pressgraph.parse import parse
from pressgraph.reader import InputRef, decode, iter_inputs, mojibake_warning, read
from tests.conftest import CORPUS

ZH = (CORPUS / "zh-2023-03-meeting-commission-on-poverty.txt").read_text("utf-8")
ZH_HKSCS = (CORPUS / "zh-2024-07-meeting-joint-conference-plenary.txt").read_text("utf-8")
EN = (CORPUS / "en-2023-03-meeting-commission-on-poverty.txt").read_text("utf-8")


def test_utf8_without_bom() -> None:
    source = decode(ZH.encode("utf-8"), "zh.txt")
    assert source.text == ZH and source.encoding == "utf-8" and not source.warnings


def test_utf8_with_bom() -> None:
    source = decode(codecs.BOM_UTF8 + ZH.encode("utf-8"), "zh.txt")
    assert source.text == ZH and source.encoding == "utf-8" and not source.warnings


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(codec: str) -> None:
    data = ZH.encode(codec)
    if codec != "utf-16":  # explicit BOM in front of the fixed-endian forms
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    source = decode(data, "zh.txt")
    assert source.text == ZH and source.encoding == "utf-16"


def test_utf16_without_bom_is_recognised() -> None:
    source = decode(EN.encode("utf-16-le"), "en.txt")
    assert source.text == EN and source.encoding == "utf-16"


@pytest.mark.parametrize(("text", "codec"), [(ZH, "big5"), (ZH_HKSCS, "big5hkscs"),
                                             (ZH, "gb18030")])
def test_legacy_chinese_encodings_decode_with_a_warning(text: str, codec: str) -> None:
    source = decode(text.encode(codec), "old.txt")
    assert source.text == text
    assert source.encoding.replace("_", "") in ("big5", "big5hkscs", "gb18030")
    assert any("not UTF-8" in w and source.encoding in w for w in source.warnings)
    release = parse(source)  # and the result parses like the UTF-8 original
    assert (release.title == "新一屆扶貧委員會舉行首次會議（附圖）"
            or release.title.startswith("行政長官"))
    assert release.release_date is not None
    assert any("not UTF-8" in w for w in release.warnings)


def test_simplified_gb18030_page_is_zh_hans() -> None:
    text = "政务司司长主持会议（附图）\n\n　　政务司司长今日主持扶贫委员会会议，讨论两地合作。\n"
    source = decode(text.encode("gb18030"), "sc.txt")
    assert source.text == text
    assert parse(source).language == "zh-Hans"


def test_html_declared_charset_is_used() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5" />'
            "<title>t</title></head><body><span id=\"PRHeadlineSpan\">扶貧委員會會議</span>"
            '<span id="pressrelease">　　會議今日舉行。<br /></span></body></html>')
    source = decode(page.encode("big5"), "old.htm")
    assert source.encoding == "big5" and source.media_type == "text/html"
    assert any("declared by the page" in w for w in source.warnings)
    assert parse(source).title == "扶貧委員會會議"


@pytest.mark.parametrize(
    ("text", "sign"),
    [("It’s a café".encode().decode("cp1252"), "decoded twice"),
     ("政務司司長陳國基今日主持".encode("big5").decode("latin-1"), "Big5 or GB18030"),
     ("政务司司长陈国基今日主持".encode("gb18030").decode("latin-1"), "Big5 or GB18030"),
     ("A title\n\n     Body with a lost \ufffd byte.\n", "U+FFFD")],
)
def test_mojibake_is_flagged(text: str, sign: str) -> None:
    warning = mojibake_warning(text)
    assert warning is not None and sign in warning
    release = parse(decode(("Title\n\n     " + text + "\n").encode("utf-8"), "m.txt"))
    assert any("mojibake" in w for w in release.warnings)


@pytest.mark.parametrize("text", [EN, ZH, "Mr Szijjártó met Mr Kövér — it’s «fine», naïve café."])
def test_clean_text_is_not_flagged(text: str) -> None:
    assert mojibake_warning(text) is None


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
     (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
     (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
     (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
     (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG")],
)
def test_known_binary_formats_are_refused(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=kind):
        decode(data * 20, "file.txt")


def test_control_characters_are_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 50, "noise.txt")


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("x" * 1001, encoding="utf-8")
    with pytest.raises(InputError, match="1,001 bytes") as caught:
        read(InputRef(source=str(big), path=big))
    assert caught.value.source == str(big)
    small = tmp_path / "small.txt"
    small.write_text("Title\n\n     Body.\n", encoding="utf-8")
    assert read(InputRef(source=str(small), path=small)).text.startswith("Title")


def test_unreadable_path_is_an_input_error(tmp_path: Path) -> None:
    (missing,) = iter_inputs([str(tmp_path / "missing.txt")])  # reported when read, in turn
    with pytest.raises(InputError, match="no such file"):
        read(missing)
    with pytest.raises(InputError, match="cannot read"):
        read(InputRef(source="gone", path=tmp_path / "gone.txt"))


def test_directories_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", ".hidden.txt", "c.pdf", "sub/d.htm"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    refs = iter_inputs([str(tmp_path)])
    names = [Path(ref.source).relative_to(tmp_path).as_posix() for ref in refs]
    assert names == ["a.html", "b.txt", "sub/d.htm"]


# A release in our own words, as a store keeps an old Big5 page: its bytes read as Latin-1
# (and a soft hyphen, one of its bytes, dropped on the way).
_BIG5_RELEASE = ("渡輪諮詢小組檢討冬季班次\n＊＊＊＊＊＊＊＊＊＊＊＊\n\n"
                 "　　渡輪諮詢小組今日（十一月四日）與營辦商會面，檢討冬季班次。\n\n"
                 "　　小組會在下月再開會。\n\n完\n2011年11月4日（星期五）\n")


@pytest.mark.parametrize(("codec", "language"), [("big5hkscs", "zh-Hant"),
                                                 ("gb18030", "zh-Hant")])
def test_chinese_read_as_latin1_gives_its_language_and_no_headline(codec: str,
                                                                   language: str) -> None:
    stored = _BIG5_RELEASE.encode(codec).decode("latin-1").replace("\u00ad", "")
    misread = reader.latin1_chinese(stored)
    assert misread is not None and misread[1] == codec
    assert "渡輪諮詢小組" in misread[0]
    release = parse(decode(stored.encode("utf-8"), "stored.txt"))
    assert release.language == language
    assert release.title == ""
    assert any("read as Latin-1" in warning for warning in release.warnings)


@pytest.mark.parametrize("text", [
    "Café owners meet the panel: déjà vu for the naïve résumé.\n",
    _BIG5_RELEASE,  # Chinese that was read right
    "The panel met today.\n",
])
def test_other_texts_are_not_read_again(text: str) -> None:
    assert reader.latin1_chinese(text) is None
