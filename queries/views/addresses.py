"""Where each piece of the site lives, computed from ids and words alone.

The page script computes the same addresses (``app.js``: ``fileStem``, ``bucketOf``, ``words``), so
no page carries a table of the site's pages: an organization's data is at a path made from its id,
a card in a bucket made from a hash of its id, a search shard at a path made from a word prefix.
Python and JavaScript must agree on every function here; a browser test checks that they do.
"""

from __future__ import annotations

import re

__all__ = ["words", "file_stem", "bucket_of", "bucket_count", "org_data", "region_data", "card_data",
           "search_data", "ORG_FOLDERS"]

ORG_FOLDERS = 256  # organization data files are spread over this many folders: no folder of 100,000 files
CARDS_PER_BUCKET = 32
_NOT_WORD = re.compile(r"[^0-9a-zа-я]+")
_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


def words(text: str) -> list[str]:
    """The words search compares: lower case, ё as е, quotes, dashes and other marks dropped.

    >>> words('АО «Волжский электромеханический завод» (ВЭМЗ), Ёлка-2')
    ['ао', 'волжский', 'электромеханический', 'завод', 'вэмз', 'елка', '2']
    """
    return [w for w in _NOT_WORD.split(text.lower().replace("ё", "е")) if w]


def file_stem(key: str) -> str:
    """``key`` made safe as a file name on any system, and one-to-one.

    >>> file_stem("org-5c8f"), file_stem("за"), file_stem("a_b")
    ('org-5c8f', '_437__430_', 'a_5f_b')
    """
    return _UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", key)


def _fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes: short, and easy to write the same way in JavaScript."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def bucket_count(cards: int) -> int:
    """A power of two giving about :data:`CARDS_PER_BUCKET` cards a bucket."""
    count = 1
    while count * CARDS_PER_BUCKET < cards:
        count *= 2
    return count


def bucket_of(node_id: str, buckets: int) -> int:
    """The card bucket of a node, ``buckets`` being a power of two.

    >>> bucket_of("org-1", 256)
    87
    """
    return _fnv1a(node_id) & (buckets - 1)


def org_data(org_id: str) -> str:
    """The data file of an organization's page, relative to the site."""
    return f"data/org/{_fnv1a(org_id) % ORG_FOLDERS:02x}/{file_stem(org_id)}.js"


def region_data(region_id: str) -> str:
    """The data file of a region's page, relative to the site."""
    return f"data/region/{file_stem(region_id)}.js"


def card_data(bucket: int) -> str:
    """The file holding one bucket of cards."""
    return f"data/card/{bucket:x}.js"


def search_data(prefix: str) -> str:
    """The search shard of a word prefix."""
    return f"search/{file_stem(prefix)}.js"
