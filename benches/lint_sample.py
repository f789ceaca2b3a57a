#!/usr/bin/env python3
"""The judged lint sample (issue: findings a maintainer would act on).

Two steps, so the reader judges blind:

    lint_sample.py sheet --out DIR --version before=BIN --version after=BIN REPO...
        runs each binary's `analyze --format json` on each repository, takes a fixed-stride
        sample of every rule's findings per version (PER_RULE of them, spread evenly over the
        findings sorted by repository, file and offset), merges findings both versions report
        identically, shuffles the rest with a fixed seed and writes DIR/sheet.md (what a reader
        judges: the message, the offered fix, the code around each place), DIR/verdicts.tsv (one
        row per item to fill in) and DIR/key.json (which version and repository each item came
        from; the reader does not open it).

    lint_sample.py sheet … --previous DIR --prefix G
        a later sheet: findings an earlier sheet holds keep their id and verdict, only new ones
        are written to judge.

    lint_sample.py score DIR [--previous DIR]
        joins the verdicts with the key and prints, per rule and version, the findings judged,
        the share worth acting on and the share of offered safe fixes judged correct (every offered
        fix is judged; only safe ones are scored, as only they are applied by `--fix`).

A verdict is `act` (a maintainer would change the code or its configuration because of it) or
`no`; the fix column is `ok`, `wrong` or `-` (no fix offered); the reason column is free text.
Parse and read diagnostics are not lint findings and are left out.
"""

import argparse
import collections
import hashlib
import json
import os
import random
import sys

from judging import excerpt, judged_ids, read_key, run_json, stride, verdict_rows, write_key

CONTEXT_LINES = 3


def run_analyze(binary, repo):
    return run_json(binary, "analyze", repo, "--format", "json")["diagnostics"]


def is_lint(finding):
    rule = finding["rule"]
    return not (rule.startswith("parse") or rule.startswith("read"))


def identity(finding):
    fix = finding.get("fix") or {}
    edits = [(e["range"]["start"], e["range"]["end"], e["replacement"]) for e in fix.get("edits", [])]
    return json.dumps(
        [finding["repo"], finding["rule"], finding["file"], finding["range"], finding["message"], edits],
        sort_keys=True,
    )


def sheet(args):
    versions = []
    for spec in args.version:
        name, _, binary = spec.partition("=")
        versions.append((name, binary))
    per_version = {}
    for name, binary in versions:
        findings = []
        for repo in args.repos:
            for finding in run_analyze(binary, repo):
                if is_lint(finding):
                    finding["repo"] = repo
                    findings.append(finding)
        findings.sort(key=lambda f: (f["repo"], f["file"], f["range"]["start"], f["rule"], f["message"]))
        by_rule = collections.defaultdict(list)
        for finding in findings:
            by_rule[finding["rule"]].append(finding)
        per_version[name] = by_rule
        print(name, {rule: len(items) for rule, items in sorted(by_rule.items())}, file=sys.stderr)

    items = {}
    for name, by_rule in per_version.items():
        for rule, findings in by_rule.items():
            for finding in stride(findings, args.per_rule):
                key = identity(finding)
                item = items.setdefault(key, {"finding": finding, "versions": []})
                item["versions"].append(name)
    ordered = sorted(items.values(), key=lambda item: identity(item["finding"]))
    random.Random(args.seed).shuffle(ordered)

    os.makedirs(args.out, exist_ok=True)
    key = {}
    # Findings a previous sheet already had keep their id and verdict and are not judged again.
    judged = judged_ids(args.previous)
    fresh = []
    for item in ordered:
        digest = hashlib.sha1(identity(item["finding"]).encode()).hexdigest()[:6]
        if digest in judged:
            finding = item["finding"]
            key[judged[digest]] = {
                "versions": item["versions"],
                "repo": finding["repo"],
                "rule": finding["rule"],
                "fix": (finding.get("fix") or {}).get("applicability"),
            }
        else:
            fresh.append(item)
    ordered = fresh
    with open(os.path.join(args.out, "sheet.md"), "w") as out, open(
        os.path.join(args.out, "verdicts.tsv"), "w"
    ) as verdicts:
        verdicts.write("id\trule\tverdict\tfix\treason\n")
        out.write("# Lint findings to judge\n\n")
        out.write(
            "For each item: would a maintainer of this repository act on it (`act`) or not (`no`)?"
            " If a fix is offered and marked safe, is it correct (`ok`/`wrong`)? Write one row per"
            " item in verdicts.tsv. Repositories are under the paths shown.\n\n"
        )
        for number, item in enumerate(ordered, start=1):
            finding = item["finding"]
            item_id = f"{args.prefix}{number:03}-" + hashlib.sha1(identity(finding).encode()).hexdigest()[:6]
            key[item_id] = {
                "versions": item["versions"],
                "repo": finding["repo"],
                "rule": finding["rule"],
                "fix": (finding.get("fix") or {}).get("applicability"),
            }
            code, line = excerpt(finding["repo"], finding["file"], finding["range"], CONTEXT_LINES)
            out.write(f"## {item_id} · {finding['rule']} · {finding['level']}\n\n")
            out.write(f"`{finding['repo']}/{finding['file']}:{line}`\n\n")
            out.write(f"**{finding['message']}**\n\n")
            if finding.get("help"):
                out.write(f"help: {finding['help']}\n\n")
            fix = finding.get("fix")
            if fix:
                replacements = "; ".join(repr(e["replacement"]) for e in fix["edits"])
                out.write(f"fix ({fix['applicability']}): {fix['description']} — edits: {replacements}\n\n")
            out.write("```\n" + code + "\n```\n\n")
            for related in finding.get("related", [])[:4]:
                related_code, related_line = excerpt(finding["repo"], related["file"], related["range"], CONTEXT_LINES)
                out.write(f"related `{related['file']}:{related_line}`: {related['message']}\n\n")
                out.write("```\n" + related_code + "\n```\n\n")
            verdicts.write(f"{item_id}\t{finding['rule']}\t\t\t\n")
    write_key(args.out, key)
    print(f"{len(ordered)} items written to {args.out}/sheet.md ({len(key) - len(ordered)} judged before)", file=sys.stderr)


def score(args):
    key = read_key(args.dir)
    verdicts = verdict_rows([args.dir, *(args.previous or [])])
    table = collections.defaultdict(lambda: collections.Counter())
    for item_id, entry in key.items():
        if item_id not in verdicts:
            continue
        rule, verdict, fix = (verdicts[item_id] + ["", ""])[:3]
        for version in entry["versions"]:
            counts = table[(rule, version)]
            counts["judged"] += 1
            counts["act"] += verdict == "act"
            if fix in ("ok", "wrong") and entry["fix"] == "safe":
                counts["fixes"] += 1
                counts["fixes ok"] += fix == "ok"
    print(f"{'rule':34} {'version':8} {'judged':>6} {'act':>5} {'act %':>6} {'safe fixes':>10} {'ok %':>6}")
    for (rule, version), counts in sorted(table.items()):
        act = 100 * counts["act"] / counts["judged"]
        fixes = counts["fixes"]
        fixes_ok = f"{100 * counts['fixes ok'] / fixes:.0f}" if fixes else "-"
        print(f"{rule:34} {version:8} {counts['judged']:6} {counts['act']:5} {act:6.0f} {fixes:10} {fixes_ok:>6}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("sheet")
    make.add_argument("--out", required=True)
    make.add_argument("--version", action="append", required=True, help="NAME=BINARY")
    make.add_argument("--per-rule", type=int, default=30)
    make.add_argument("--seed", type=int, default=20)
    make.add_argument("--previous", action="append", help="a judged sheet's directory: its items are not judged again")
    make.add_argument("--prefix", default="F", help="the letter of this sheet's item ids")
    make.add_argument("repos", nargs="+")
    judge = commands.add_parser("score")
    judge.add_argument("dir")
    judge.add_argument("--previous", action="append", help="a judged sheet's directory holding verdicts this key reuses")
    args = parser.parse_args()
    if args.command == "sheet":
        sheet(args)
    else:
        score(args)


if __name__ == "__main__":
    main()
