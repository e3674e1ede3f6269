"""Robustness of `promgraph build` on every real corpus at hand, damaged at random, and killed midway.

    .venv/bin/python benchmarks/robustness.py [--kills 10] [--seed 7] [RECOVERED_FOLDER ...]

Corpora: the seed article, factRuEval dev, NEREL dev and train from ``../shared/eval``, and any folder of
gold files with recovered texts given (``/tmp/news-dev``, ``/tmp/own-news/tune``… by default, when
present). Each is built as it is, then damaged — texts cut at random offsets, lines dropped,
sentences shuffled, files written in windows-1251 or with broken bytes — and built again. For every
build: it completes (exit 0, or 2 when it reported problems), ``promgraph validate`` finds no SHACL
violation, and a second build adds nothing. Then ``promgraph build`` of one corpus (``--kill-corpus``,
factRuEval dev by default) is killed with SIGKILL at random moments, built again, and its counts
compared with a clean build's (and no node id twice). Prints two tables; exits 1 when any check fails.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
PROMGRAPH = str(Path(sys.executable).with_name("promgraph"))
RECOVERED = [Path("/tmp/news-dev"), Path("/tmp/own-news/tune"), Path("/tmp/own-news/test")]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def corpora(recovered: list[Path]) -> dict[str, list[dict]]:
    """Each corpus as gold documents with their texts, by name."""
    found = {"seed": EVAL / "dev", "factru-dev": EVAL / "factru-dev", "nerel-dev": EVAL / "nerel" / "dev",
             "nerel-train": EVAL / "nerel" / "train"}
    found.update({f"{p.parent.name}/{p.name}" if p.parent.name != "tmp" else p.name: p for p in recovered})
    out = {}
    for name, folder in found.items():
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
        docs = [d for d in docs if d.get("text")]
        if docs:
            out[name] = docs
    return out


def damaged(text: str, rng: random.Random) -> str:
    """The text cut at a random offset, with lines dropped and sentences shuffled."""
    text = text[: rng.randrange(len(text) // 3, len(text) + 1)] if len(text) > 30 else text
    lines = [line for line in text.split("\n") if rng.random() > 0.15]
    sentences = _SENTENCE_END.split("\n".join(lines))
    if len(sentences) > 2 and rng.random() < 0.5:
        rng.shuffle(sentences)
    return " ".join(sentences)


def write_corpus(docs: list[dict], folder: Path, rng: random.Random | None = None) -> Path:
    """One .txt file a document; with ``rng``, damaged texts in mixed encodings, one empty file."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        path = folder / f"{doc['id']}.txt"
        if rng is None:
            path.write_text(doc["text"], encoding="utf-8")
            continue
        text = damaged(doc["text"], rng)
        roll = rng.random()
        if roll < 0.2:
            path.write_bytes(text.encode("cp1251", errors="replace"))
        elif roll < 0.25:
            data = text.encode("utf-8")
            cut = rng.randrange(len(data) + 1)
            path.write_bytes(data[:cut] + b"\xff\xfe\xc3" + data[cut:])  # broken bytes inside
        else:
            path.write_text(text, encoding="utf-8")
    if rng is not None:
        (folder / "empty.txt").write_bytes(b"")
    return folder


def _promgraph(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([PROMGRAPH, *args], cwd=cwd, capture_output=True, text=True)


def counts(workspace: Path) -> tuple[int, int, int]:
    """(nodes, relationships, distinct node ids) in the workspace's embedded store."""
    from promgraph.graph.stores import open_store

    with open_store("embedded", path=workspace / "graph.lbug", read_only=True) as store:
        nodes = store.query("MATCH (n) RETURN count(n) AS c, count(DISTINCT n.id) AS d")[0]
        edges = store.query("MATCH ()-[r]->() WHERE label(r) <> 'LINKED' RETURN count(r) AS c")[0]["c"]
    return nodes["c"], edges, nodes["d"]


def check_build(name: str, inputs: Path, work: Path) -> dict:
    workspace = work / "ws"
    started = time.perf_counter()
    first = _promgraph("build", str(inputs), "-w", str(workspace), cwd=work)
    seconds = time.perf_counter() - started
    row = {"corpus": name, "documents": len(list(inputs.glob("*.txt"))), "exit": first.returncode,
           "seconds": round(seconds, 1), "problems": 0, "violations": "-", "second build adds": "-"}
    if first.returncode not in (0, 2):
        row["error"] = (first.stderr.strip().splitlines() or ["?"])[-1][:100]
        return row
    row["problems"] = len(json.loads((workspace / "report.json").read_text(encoding="utf-8")))
    check = _promgraph("validate", "-w", str(workspace), "-f", "json", cwd=work)
    row["violations"] = len(json.loads(check.stdout)) if check.returncode == 1 and check.stdout.strip() else (
        0 if check.returncode == 0 else f"exit {check.returncode}")
    before = counts(workspace)
    again = _promgraph("build", str(inputs), "-w", str(workspace), "--no-html", cwd=work)
    after = counts(workspace)
    row["second build adds"] = after[0] - before[0] + after[1] - before[1] if again.returncode in (0, 2) else "failed"
    return row


def check_kills(inputs: Path, work: Path, kills: int, rng: random.Random) -> list[dict]:
    clean = work / "clean"
    started = time.perf_counter()
    _promgraph("build", str(inputs), "-w", str(clean), cwd=work)
    duration = time.perf_counter() - started
    expected = counts(clean)
    killed = work / "killed"
    rows = []
    for number in range(1, kills + 1):
        moment = rng.uniform(0.2, duration)
        process = subprocess.Popen([PROMGRAPH, "build", str(inputs), "-w", str(killed)], cwd=work,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        process.wait()
        rebuilt = _promgraph("build", str(inputs), "-w", str(killed), cwd=work)
        got = counts(killed) if rebuilt.returncode in (0, 2) else None
        rows.append({"kill": number, "at seconds": round(moment, 1), "rebuild exit": rebuilt.returncode,
                     "nodes": got[0] if got else "-", "relationships": got[1] if got else "-",
                     "clean": f"{expected[0]}/{expected[1]}",
                     "equal": got is not None and got[:2] == expected[:2] and got[0] == got[2]})
    return rows


def _table(rows: list[dict]) -> None:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    widths = {c: max(len(c), *(len(str(row.get(c, ""))) for row in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recovered", nargs="*", type=Path, help="folders of gold files with recovered texts")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kill-corpus", default="factru-dev", help="the corpus whose build is killed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    found = corpora(args.recovered or [p for p in RECOVERED if p.is_dir()])
    if not found:
        sys.exit(f"no corpus found under {EVAL}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs in found.items():
            for variant, damage in (("as is", None), ("damaged", rng)):
                work = Path(tmp, f"{name.replace('/', '-')}-{variant.replace(' ', '-')}")
                inputs = write_corpus(docs, work / "in", damage)
                rows.append(check_build(f"{name} ({variant})", inputs, work))
                print(rows[-1], file=sys.stderr, flush=True)
        killed = args.kill_corpus if args.kill_corpus in found else max(found, key=lambda n: len(found[n]))
        work = Path(tmp, "kills")
        kills = check_kills(write_corpus(found[killed], work / "in"), work, args.kills, rng)
    print("Builds of every corpus, as is and damaged (texts cut, lines dropped, sentences shuffled, "
          "windows-1251 and broken bytes, an empty file):\n")
    _table(rows)
    print(f"promgraph build of {killed} killed with SIGKILL at random moments, then built again:\n")
    _table(kills)
    aborted = sum(1 for r in rows if r["exit"] not in (0, 2))
    violations = sum(r["violations"] for r in rows if isinstance(r["violations"], int))
    growth = sum(1 for r in rows if r["second build adds"] != 0)
    unequal = sum(1 for r in kills if not r["equal"])
    print(f"aborted builds: {aborted}; SHACL violations: {violations}; second builds that added something: "
          f"{growth}; rebuilds after a kill that differ from a clean build: {unequal}")
    return 1 if aborted or violations or growth or unequal else 0


if __name__ == "__main__":
    sys.exit(main())
