"""What the blind judging sheets share (`lint_sample.py`, `pattern_sample.py`): running a binary
for JSON, a fixed-stride sample, the code around a place, and the ids and verdicts of earlier
sheets."""

import json
import os
import subprocess
import sys


def run_json(binary, *arguments):
    """The JSON a rebrand command prints; exits with its error when it prints nothing."""
    result = subprocess.run([binary, *arguments], capture_output=True, text=True, check=False)
    if not result.stdout.strip():
        sys.exit(f"{binary} {' '.join(arguments)} printed nothing: {result.stderr[:400]}")
    return json.loads(result.stdout)


def stride(items, count):
    """`count` items spread evenly over `items` (all of them when there are fewer)."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(index * step)] for index in range(count)]


def excerpt(repo, file, byte_range, context_lines, most_lines=24, more_after=0):
    """The lines around a byte range (`more_after` lines more below it), those it covers marked
    `>`, and its first line."""
    try:
        with open(os.path.join(repo, file), "rb") as handle:
            data = handle.read()
    except OSError:
        return f"({file} is not readable)", 0
    start = min(byte_range["start"], len(data))
    end = min(max(byte_range["end"], start), len(data))
    line = data.count(b"\n", 0, start) + 1
    end_line = data.count(b"\n", 0, end) + 1
    lines = data.decode("utf-8", "replace").split("\n")
    first = max(1, line - context_lines)
    last = min(len(lines), end_line + context_lines + more_after, first + most_lines)
    shown = [
        f"{'>' if line <= number <= end_line else ' '}{number:5} | {lines[number - 1][:160]}"
        for number in range(first, last + 1)
    ]
    return "\n".join(shown), line


def judged_ids(directories):
    """By the digest an item id ends with, the id earlier sheets gave it."""
    judged = {}
    for directory in directories or []:
        for item_id in read_key(directory):
            judged[item_id.rsplit("-", 1)[1]] = item_id
    return judged


def verdict_rows(directories):
    """By item id, the filled-in fields after the id of every sheet's verdicts (first wins)."""
    rows = {}
    for directory in directories:
        with open(os.path.join(directory, "verdicts.tsv")) as handle:
            next(handle)
            for row in handle:
                fields = [field.strip() for field in row.rstrip("\n").split("\t")]
                if len(fields) >= 3 and fields[2]:
                    rows.setdefault(fields[0], fields[1:])
    return rows


def write_key(directory, key):
    """Writes a sheet's key: which version and repository each item came from."""
    with open(os.path.join(directory, "key.json"), "w") as handle:
        json.dump(key, handle, indent=1)


def read_key(directory):
    """A sheet's key, as `write_key` wrote it."""
    with open(os.path.join(directory, "key.json")) as handle:
        return json.load(handle)
