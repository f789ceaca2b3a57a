#!/usr/bin/env python3
"""The judged pattern sample (issue: patterns a designer would sign).

    pattern_sample.py sheet --out DIR --version NAME=BIN [--version NAME=BIN] REPO...
        runs each binary's `patterns --format json` and `analyze --format json` on each
        repository and writes a blind judging sheet of two parts:
        - members: per repository and version, MEMBERS members taken by a fixed stride over the
          members of every pattern with two or more members (patterns by size, members in their
          order); each is shown with its code, its effective style and, beside it, the pattern's
          name, canonical style and two other members' code. Question: does it belong with them?
        - largest: the 20 largest patterns per repository and version, each with its canonical
          style and three members' code. Question: is the shared look trivial (layout or resets
          only)?
        Items both versions give identically are merged; the rest are shuffled with a fixed seed.
        DIR/sheet.md is what a reader judges, DIR/verdicts.tsv the rows to fill in, DIR/key.json
        which version and repository each item came from (the reader does not open it).

    pattern_sample.py sheet … --previous DIR --prefix N
        a later sheet: items an earlier sheet holds keep their id and verdict.

    pattern_sample.py score DIR [--previous DIR]
        per repository and version: members judged, the share that belong (member precision),
        and the share of the largest patterns judged trivial.

    pattern_sample.py export DIR [--previous DIR] --out FILE
        one TSV row per judged item of DIR's key (repository, versions, kind, pattern, member's
        place, verdict, reason), without code: what benches/judged/ keeps.

A member verdict is `yes` (it belongs: a designer would call it the same style as the others) or
`no`; a largest-pattern verdict is `trivial` or `meaningful`.
"""

import argparse
import collections
import hashlib
import json
import os
import random
import sys

from judging import excerpt, judged_ids, read_key, run_json, stride, verdict_rows, write_key

CONTEXT_LINES = 2


def canonical_text(pattern, limit=12):
    rows = [f"{value['property']} = {value['value']} ({value['agreement'] * 100:.0f}%)" for value in pattern["canonical"]]
    more = f"\n… {len(rows) - limit} more" if len(rows) > limit else ""
    return "\n".join(rows[:limit]) + more


def effective_text(style, limit=14):
    if not style:
        return "(no effective style recorded)"
    rows = [f"{value['property']} = {value['value_text']}" for value in style["effective"]]
    more = f"\n… {len(rows) - limit} more" if len(rows) > limit else ""
    return "\n".join(rows[:limit]) + more


def collect(binary, repo, members_per_repo):
    patterns = run_json(binary, "patterns", repo, "--format", "json")["patterns"]
    analysis = run_json(binary, "analyze", repo, "--format", "json")
    styles = {(style["file"], style["element"]): style for style in analysis["links"]["elements"]}
    patterns = [pattern for pattern in patterns if len(pattern["members"]) >= 2]
    patterns.sort(key=lambda pattern: (-len(pattern["members"]), pattern["id"]))
    pool = [(pattern, index) for pattern in patterns for index in range(len(pattern["members"]))]
    items = []
    for pattern, index in stride(pool, members_per_repo):
        member = pattern["members"][index]
        others = [other for position, other in enumerate(pattern["members"]) if position != index][:2]
        items.append(("member", pattern, member, others, styles.get((member["file"], member["element"]))))
    for pattern in patterns[:20]:
        items.append(("largest", pattern, None, pattern["members"][:3], None))
    return items


def identity(repo, kind, pattern, member):
    place = f"{member['file']}:{member['range']['start']}" if member else ""
    canonical = json.dumps(pattern["canonical"], sort_keys=True)
    return hashlib.sha1(f"{repo}|{kind}|{place}|{len(pattern['members'])}|{canonical}".encode()).hexdigest()


def sheet(args):
    merged = {}
    for spec in args.version:
        name, _, binary = spec.partition("=")
        for repo in args.repos:
            for kind, pattern, member, others, style in collect(binary, repo, args.members):
                key = identity(repo, kind, pattern, member)
                entry = merged.setdefault(key, {"kind": kind, "repo": repo, "pattern": pattern, "member": member,
                                                "others": others, "style": style, "versions": []})
                entry["versions"].append(name)
    ordered = sorted(merged.items())
    random.Random(args.seed).shuffle(ordered)
    os.makedirs(args.out, exist_ok=True)
    key_out = {}
    # Items an earlier sheet holds keep their id and verdict and are not judged again.
    judged = judged_ids(args.previous)
    fresh = []
    for key, entry in ordered:
        if key[:6] in judged:
            key_out[judged[key[:6]]] = {"kind": entry["kind"], "repo": entry["repo"], "versions": entry["versions"]}
        else:
            fresh.append((key, entry))
    ordered = fresh
    with open(os.path.join(args.out, "sheet.md"), "w") as out, open(os.path.join(args.out, "verdicts.tsv"), "w") as verdicts:
        verdicts.write("id\tkind\tverdict\treason\n")
        out.write("# Patterns to judge\n\nFor a `member` item: does the member belong with the pattern's other members"
                  " — would a designer call it the same style (`yes`/`no`)? For a `largest` item: is the look the"
                  " members share trivial — only layout, resets or inherited defaults (`trivial`/`meaningful`)?"
                  " Repositories are under the paths shown.\n\n")
        for number, (key, entry) in enumerate(ordered, start=1):
            item_id = f"{args.prefix}{number:03}-{key[:6]}"
            key_out[item_id] = {"kind": entry["kind"], "repo": entry["repo"], "versions": entry["versions"]}
            pattern = entry["pattern"]
            out.write(f"## {item_id} · {entry['kind']} · {entry['repo']}\n\n")
            out.write(f"pattern **{pattern['name']}** ({len(pattern['members'])} members, {pattern['behaviour']})\n\n")
            out.write("canonical style:\n```\n" + canonical_text(pattern) + "\n```\n\n")
            if entry["member"]:
                code, line = excerpt(entry["repo"], entry["member"]["file"], entry["member"]["range"], CONTEXT_LINES, more_after=2)
                out.write(f"**the member** `{entry['member']['file']}:{line}` `<{entry['member']['name']}>`\n\n```\n{code}\n```\n\n")
                out.write("its effective style:\n```\n" + effective_text(entry["style"]) + "\n```\n\n")
            for other in entry["others"]:
                code, line = excerpt(entry["repo"], other["file"], other["range"], CONTEXT_LINES, more_after=2)
                out.write(f"{'another member' if entry['member'] else 'a member'} `{other['file']}:{line}` `<{other['name']}>`\n\n```\n{code}\n```\n\n")
            verdicts.write(f"{item_id}\t{entry['kind']}\t\t\n")
    write_key(args.out, key_out)
    print(f"{len(ordered)} items written to {args.out}/sheet.md", file=sys.stderr)


def score(args):
    key = read_key(args.dir)
    table = collections.defaultdict(collections.Counter)
    verdicts = {item_id: fields[1] for item_id, fields in verdict_rows([args.dir, *(args.previous or [])]).items()}
    for item_id, verdict in verdicts.items():
        if item_id not in key:
            continue
        entry = key[item_id]
        for version in entry["versions"]:
            counts = table[(entry["repo"], version)]
            if entry["kind"] == "member":
                counts["members"] += 1
                counts["belong"] += verdict == "yes"
            else:
                counts["largest"] += 1
                counts["trivial"] += verdict == "trivial"
    print(f"{'repository':28} {'version':8} {'members':>7} {'belong %':>8} {'largest':>7} {'trivial %':>9}")
    for (repo, version), counts in sorted(table.items()):
        belong = 100 * counts["belong"] / counts["members"] if counts["members"] else 0
        trivial = 100 * counts["trivial"] / counts["largest"] if counts["largest"] else 0
        print(f"{repo[:28]:28} {version:8} {counts['members']:7} {belong:8.0f} {counts['largest']:7} {trivial:9.0f}")


def sheet_items(directories):
    """Per item id, what its sheet says of it: the pattern's name and size and the member's place."""
    items = {}
    for directory in directories:
        path = os.path.join(directory, "sheet.md")
        if not os.path.exists(path):
            continue
        item_id = None
        for line in open(path, encoding="utf-8"):
            if line.startswith("## "):
                item_id = line[3:].split(" · ")[0].strip()
                items[item_id] = {"pattern": "", "members": "", "member": ""}
            elif item_id and line.startswith("pattern **"):
                name, _, rest = line[len("pattern **"):].partition("** (")
                items[item_id]["pattern"] = name
                items[item_id]["members"] = rest.split(" ")[0]
            elif item_id and line.startswith("**the member** `"):
                items[item_id]["member"] = line.split("`")[1]
    return items


def export(args):
    """Writes every judged item of the key as one TSV row (no code), for keeping in benches/."""
    key = read_key(args.dir)
    directories = [args.dir, *(args.previous or [])]
    verdicts = verdict_rows(directories)
    described = sheet_items(directories)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("repository\tversions\tkind\tid\tpattern\tmembers\tmember\tverdict\treason\n")
        for item_id, entry in sorted(key.items(), key=lambda item: (item[1]["repo"], item[1]["kind"], item[0])):
            if item_id not in verdicts:
                continue
            verdict, reason = verdicts[item_id][1], verdicts[item_id][2] if len(verdicts[item_id]) > 2 else ""
            about = described.get(item_id, {"pattern": "", "members": "", "member": ""})
            row = [entry["repo"], ",".join(entry["versions"]), entry["kind"], item_id, about["pattern"],
                   about["members"], about["member"], verdict, reason.replace("\t", " ")]
            out.write("\t".join(row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("sheet")
    make.add_argument("--out", required=True)
    make.add_argument("--version", action="append", required=True, help="NAME=BINARY")
    make.add_argument("--members", type=int, default=50, help="members sampled per repository and version")
    make.add_argument("--seed", type=int, default=19)
    make.add_argument("--prefix", default="M")
    make.add_argument("--previous", action="append", help="a judged sheet's directory: its items are not judged again")
    make.add_argument("repos", nargs="+")
    judge = commands.add_parser("score")
    judge.add_argument("dir")
    judge.add_argument("--previous", action="append", help="a judged sheet's directory holding verdicts this key reuses")
    keep = commands.add_parser("export")
    keep.add_argument("dir")
    keep.add_argument("--previous", action="append", help="a judged sheet's directory holding verdicts this key reuses")
    keep.add_argument("--out", required=True)
    args = parser.parse_args()
    {"sheet": sheet, "score": score, "export": export}[args.command](args)


if __name__ == "__main__":
    main()
