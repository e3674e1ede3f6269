"""Dates as Russian news write them: "23 марта", "23 марта 2024 года", "23.03.2024"."""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gte, lte

__all__ = ["Date", "DATE", "MONTHS"]

Date = fact("Date", ["day", "month", "year"])

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
    "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}

DAY = and_(gte(1), lte(31)).interpretation(Date.day.custom(int))
MONTH_NAME = dictionary(MONTHS).interpretation(Date.month.normalized().custom(MONTHS.get))
MONTH_NUMBER = and_(gte(1), lte(12)).interpretation(Date.month.custom(int))
YEAR = and_(gte(1990), lte(2100)).interpretation(Date.year.custom(int))
YEAR_WORD = or_(rule(dictionary({"год"})), rule(eq("г"), eq(".").optional()))

SPELLED = rule(DAY, MONTH_NAME, rule(YEAR, YEAR_WORD.optional()).optional())
NUMERIC = rule(DAY, eq("."), MONTH_NUMBER, eq("."), YEAR)

DATE = or_(SPELLED, NUMERIC).interpretation(Date)
