"""Russian registry identifiers: ИНН, ОГРН, ОГРНИП, КПП, each owning its own validation.

Loaders, resolution and stores all call these, so a number is judged the same way everywhere.
Invalid identifiers are reported and never used as keys.
"""

from __future__ import annotations

import re

__all__ = ["clean_digits", "valid_inn", "valid_ogrn", "valid_kpp"]

_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KPP = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def clean_digits(value: str | None) -> str:
    """Digits only: registries and news write ИНН with spaces, dashes and prefixes."""
    return re.sub(r"\D", "", value or "")


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def valid_inn(value: str | None) -> bool:
    """True for a 10-digit (organization) or 12-digit (person) ИНН with correct check digits.

    >>> valid_inn("7707083893"), valid_inn("7707083894")
    (True, False)
    """
    inn = value or ""
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _INN12_1) == int(inn[10]) and _check(inn, _INN12_2) == int(inn[11])
    return False


def valid_ogrn(value: str | None) -> bool:
    """True for a 13-digit ОГРН (mod 11) or a 15-digit ОГРНИП (mod 13) with a correct check digit.

    >>> valid_ogrn("1027700132195"), valid_ogrn("1027700132196")
    (True, False)
    """
    ogrn = value or ""
    if not ogrn.isdigit():
        return False
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def valid_kpp(value: str | None) -> bool:
    return bool(_KPP.match(value or ""))
