"""Readers: encodings, formats, and bad input that is reported without stopping the batch."""

import json

from promgraph.loaders.documents import read_documents
from promgraph.loaders.report import Report

TEXT = "Корпорация развития Тульской области подписала соглашение."


def _read(path):
    report = Report()
    return list(read_documents(path, report)), report


def test_utf8_bom_and_cp1251_give_the_same_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(TEXT.encode("cp1251"))
    texts = {_read(tmp_path / name)[0][0].text for name in ("a.txt", "b.txt", "c.txt")}
    assert texts == {TEXT}
    doc = _read(tmp_path / "a.txt")[0][0]
    assert doc.id == "a" and len(doc.content_hash) == 64


def test_empty_and_binary_files_are_reported(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    for name, message in (("empty.txt", "empty file"), ("binary.txt", "binary")):
        docs, report = _read(tmp_path / name)
        assert docs == [] and message in str(report.problems[0]) and name in str(report.problems[0])


def test_jsonl_bad_line_is_reported_by_number_and_the_rest_is_read(tmp_path):
    lines = [json.dumps({"id": "n1", "title": "Т", "published": "2025-01-02T10:00:00", "text": TEXT},
                        ensure_ascii=False), "{not json", json.dumps({"id": "n3", "text": TEXT}, ensure_ascii=False)]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, report = _read(tmp_path / "corpus.jsonl")
    assert [d.id for d in docs] == ["n1", "n3"]
    assert docs[0].published == "2025-01-02"
    assert "line 2" in str(report.problems[0])


def test_html_page_main_text_title_and_date(tmp_path):
    page = """<html><head><title>Новость</title><meta property="article:published_time" content="2025-02-03T09:00">
    <script>var x = "меню";</script></head><body><nav>Главная | Контакты</nav>
    <article><h1>Заголовок</h1><p>Корпорация развития Тульской области подписала соглашение.</p></article>
    <footer>© Редакция</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs, report = _read(tmp_path / "page.html")
    assert not report
    assert docs[0].title == "Новость" and docs[0].published == "2025-02-03"
    assert TEXT in docs[0].text and "Контакты" not in docs[0].text and "меню" not in docs[0].text


def test_rss_feed_items(tmp_path):
    feed = """<?xml version="1.0" encoding="utf-8"?><rss><channel><item><title>Т1</title><link>https://e.org/1</link>
    <pubDate>Mon, 03 Feb 2025 10:00:00 +0300</pubDate><description>&lt;p&gt;Корпорация развития Тульской области
    подписала соглашение.&lt;/p&gt;</description><guid>g1</guid></item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    docs, _ = _read(tmp_path / "feed.rss")
    assert [(d.id, d.url, d.published) for d in docs] == [("g1", "https://e.org/1", "2025-02-03")]


def test_jsonl_lines_decode_on_their_own_and_binary_gives_up_early(tmp_path):
    good = '{"id": "a", "text": "Завод «Вектор» открыл цех."}\n'.encode()
    cp1251 = '{"id": "b", "text": "Завод «Вектор» открыл второй цех."}\n'.encode("cp1251")
    (tmp_path / "mixed.jsonl").write_bytes(good + cp1251 + b"   \n")
    docs, report = _read(tmp_path / "mixed.jsonl")
    assert [d.id for d in docs] == ["a", "b"] and not report.problems
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    assert "empty file" in str(_read(tmp_path / "blank.jsonl")[1].problems[0])
    (tmp_path / "noise.jsonl").write_bytes(b"\x00\x01garbage\n" * 1000)
    docs, report = _read(tmp_path / "noise.jsonl")
    assert not docs and len(report.problems) == 21 and "not JSON Lines" in str(report.problems[-1])


def test_a_text_longer_than_any_article_is_read_in_parts_at_paragraphs(tmp_path):
    from promgraph.loaders.documents import LONGEST

    paragraph = (TEXT + " ") * 40 + "\n\n"
    count = 3 * LONGEST // len(paragraph)
    text = paragraph * count
    parts = -(-count // (LONGEST // len(paragraph)))  # as many whole paragraphs as fit in each
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text(json.dumps({"id": "n1", "text": text}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    for name, first, place in (("dump.txt", "dump#1", None), ("dump.jsonl", "n1#1", "line 1")):
        docs, report = _read(tmp_path / name)
        assert len(docs) == parts > 2 and docs[0].id == first and len({d.id for d in docs}) == parts
        assert "".join(d.text for d in docs) == text
        assert all(len(d.text) <= LONGEST and d.text.endswith("\n\n") for d in docs)
        (problem,) = report.problems
        assert problem.place == place and "read in parts" in problem.message and name in str(problem)
