"""News documents from files: plain text, HTML pages, JSON Lines corpora and RSS/Atom feeds.

Each reader yields :class:`~promgraph.graph.model.Document` records and reports a file it
cannot read to the batch :class:`~promgraph.loaders.report.Report`, naming the file and the
line, so one bad file never stops the batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from promgraph.graph.identity import content_hash
from promgraph.graph.model import Document
from promgraph.loaders.report import Report

__all__ = ["decode", "read_documents", "NEWS_SUFFIXES"]

NEWS_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".rss", ".atom"}
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def decode(data: bytes) -> str:
    """Text from UTF-8 (with or without BOM) or windows-1251; raises ValueError on binary data."""
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        text = data.decode("cp1251", errors="replace")
        if len(_CYRILLIC.findall(text)) < len(text) * 0.2 or "\ufffd" in text:
            raise ValueError(f"neither UTF-8 nor windows-1251 (bad byte at offset {err.start})") from err
        return text


class _PageText(HTMLParser):
    """Title, publication date and main text of a news page, without menus, scripts and footers."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "menu"}
    BLOCKS = {"p", "h1", "h2", "h3", "li", "blockquote", "div", "br", "article", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.published: str | None = None
        self.parts: list[str] = []
        self.article: list[str] | None = None
        self._skip = 0
        self._in_title = False
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        meta = dict(attrs)
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = meta.get("property") or meta.get("name") or ""
            if key in ("og:title",) and meta.get("content"):
                self.title = meta["content"] or self.title
            if key in ("article:published_time", "date", "pubdate", "og:published_time") and meta.get("content"):
                self.published = self.published or (meta["content"] or "")[:10]
        elif tag == "time" and meta.get("datetime") and not self.published:
            self.published = (meta["datetime"] or "")[:10]
        elif tag == "article":
            self._in_article += 1
            self.article = self.article if self.article is not None else []
        if tag in self.BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "article" and self._in_article:
            self._in_article -= 1
        if tag in self.BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = self.title or data.strip()
        elif not self._skip:
            self.parts.append(data)
            if self._in_article and self.article is not None:
                self.article.append(data)

    def _newline(self) -> None:
        self.parts.append("\n")
        if self._in_article and self.article is not None:
            self.article.append("\n")

    def text(self) -> str:
        raw = "".join(self.article if self.article else self.parts)
        lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in raw.splitlines())
        return "\n".join(line for line in lines if len(line) > 1)


# A news article is a few thousand characters; a longer text is a dump of many, and one document
# that long costs time and memory beyond its share (1 MB: 14 s and 940 MB, 5 MB: minutes, gigabytes).
LONGEST = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")  # where a part may end, best first


def _split(text: str, longest: int = LONGEST) -> Iterator[str]:
    r"""``text`` in consecutive parts of at most ``longest`` characters, each ending at a paragraph
    break if it can, else at a line break, a sentence's end or a space; the parts join back to ``text``.

    >>> list(_split("Один. Два.\n\nТри четыре пять.", 12))
    ['Один. Два.\n\n', 'Три четыре ', 'пять.']
    """
    start = 0
    while len(text) - start > longest:
        end = start + longest
        cut = next((i + len(b) for b in _BREAKS if (i := text.rfind(b, start + 1, end - len(b) + 1)) > start), end)
        yield text[start:cut]
        start = cut
    yield text[start:]


def _documents(report: Report, path: Path, place: str | None, doc_id: str, text: str, data: bytes,
               **meta: str | None) -> Iterator[Document]:
    """The document, or, when its text is longer than :data:`LONGEST`, its parts ``ID#1``, ``ID#2``…"""
    if len(text) <= LONGEST:
        yield _document(doc_id, text, content_hash(data), str(path), **meta)
        return
    report.add(path, f"{len(text):,} characters, longer than any article: read in parts of at most "
                     f"{LONGEST:,} characters (ids {doc_id}#1, #2…), cut at paragraphs", place)
    for number, part in enumerate(_split(text), 1):
        yield _document(f"{doc_id}#{number}", part, content_hash(part.encode("utf-8")), str(path), **meta)


def _document(doc_id: str, text: str, digest: str, source: str, **meta: str | None) -> Document:
    return Document(id=doc_id, title=meta.get("title") or text.strip().split("\n", 1)[0][:120], text=text,
                    kind="news", url=meta.get("url"), published=meta.get("published"), source=source,
                    content_hash=digest)


_GIVE_UP = 20  # bad lines before any good one: a file that is not JSON Lines at all


def _read_jsonl(path: Path, report: Report) -> Iterator[Document]:
    """One document a line, read as a stream: a corpus of a million articles never sits in memory.

    Each line is decoded on its own (UTF-8, else windows-1251), so a file with mixed encodings
    loses nothing but the lines that are neither.
    """
    good = bad = 0
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                line = decode(raw)
                item = json.loads(line)
                text = item["text"]
            except (ValueError, KeyError, TypeError) as err:
                report.add(path, f"not a JSON object with a 'text' field ({err})", f"line {number}")
                bad += 1
                if bad == _GIVE_UP and not good:
                    report.add(path, f"not JSON Lines: the first {bad} lines are not JSON, the rest is skipped")
                    return
                continue
            good += 1
            if not isinstance(text, str) or not text.strip():
                report.add(path, "empty 'text'", f"line {number}")
                continue
            doc_id = str(item.get("id") or f"{path.stem}-{number}")
            published = item.get("published") or item.get("date")
            yield from _documents(report, path, f"line {number}", doc_id, text, raw, title=item.get("title"),
                                  url=item.get("url"), published=str(published)[:10] if published else None)
    if not good and not bad:
        report.add(path, "empty file")


def _read_feed(path: Path, data: bytes, report: Report) -> Iterator[Document]:
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(data)
    except Exception as err:  # defusedxml raises several unrelated types for hostile or broken XML
        report.add(path, f"not a readable feed: {err}")
        return
    for number, item in enumerate(root.iter(), 1):
        tag = item.tag.rsplit("}", 1)[-1]
        if tag not in ("item", "entry"):
            continue
        fields = {child.tag.rsplit("}", 1)[-1]: (child.text or child.get("href") or "") for child in item}
        page = _PageText()
        page.feed(fields.get("description") or fields.get("content") or fields.get("summary") or "")
        text = page.text()
        if not text:
            continue
        published = fields.get("published") or fields.get("updated") or fields.get("pubDate")
        yield from _documents(report, path, f"item {number}", fields.get("guid") or fields.get("id")
                              or f"{path.stem}-{number}", text, text.encode("utf-8"), title=fields.get("title"),
                              url=fields.get("link"), published=_iso_date(published))


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def read_documents(path: Path, report: Report) -> Iterator[Document]:
    """The news documents in one file; problems go to ``report`` and the file yields what it can."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        try:
            yield from _read_jsonl(path, report)
        except OSError as err:
            report.add(path, f"cannot read: {err.strerror}")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        report.add(path, f"cannot read: {err.strerror}")
        return
    if not data.strip():
        report.add(path, "empty file")
        return
    try:
        if suffix in (".rss", ".atom"):
            yield from _read_feed(path, data, report)
        elif suffix in (".html", ".htm"):
            page = _PageText()
            page.feed(decode(data))
            text = page.text()
            if not text:
                report.add(path, "no text in the page")
                return
            yield from _documents(report, path, None, path.stem, text, data, title=page.title,
                                  published=page.published)
        else:
            yield from _documents(report, path, None, path.stem, decode(data), data)
    except ValueError as err:
        report.add(path, str(err))
