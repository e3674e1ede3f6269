"""What went wrong in a batch, file by file, without stopping the batch."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Problem", "Report"]


@dataclass(frozen=True)
class Problem:
    path: str
    place: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.place}" if self.place else self.path
        return f"{where}: {self.message}"


@dataclass
class Report:
    """Collects problems; loaders add to it and go on with the rest of the input."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: object, message: str, place: object = None) -> None:
        self.problems.append(Problem(str(path), None if place is None else str(place), message))

    def __bool__(self) -> bool:
        return bool(self.problems)
