#!/usr/bin/env python3
"""Judges `rebrand apply` on a real SCSS code base with Dart Sass.

    python3 benches/sass_migration.py REPO MIGRATION [--load-path DIR]... [--rebrand BIN]

Copies REPO (its node_modules linked, not copied), compiles every non-partial `.scss` file
with Dart Sass, applies MIGRATION with `--write`, compiles again, and prints: how many files
compiled before and after, every compiled line that changed (grouped, with counts) so a reader
can check each is a value the migration names, and every old name a grep still finds outside
documents (Markdown, MDX, HTML) and JSON. Exit status 1 when a file that compiled before fails after or an old name remains.
Dart Sass is `REBRAND_SASS`, else `sass` on the path.
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIPPED = {"node_modules", ".git", "dist", "build"}


def scss_files(root):
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if name not in SKIPPED]
        for name in sorted(files):
            if name.endswith(".scss"):
                yield os.path.join(directory, name)


def compile_all(sass, root, load_paths):
    compiled = {}
    for path in scss_files(root):
        if os.path.basename(path).startswith("_"):
            continue
        arguments = [sass, "--no-source-map", "--quiet"]
        arguments += [f"--load-path={load_path}" for load_path in load_paths]
        result = subprocess.run(arguments + [path], capture_output=True, text=True)
        relative = os.path.relpath(path, root)
        compiled[relative] = result.stdout if result.returncode == 0 else None
        if result.returncode != 0:
            compiled[relative + "#error"] = result.stderr.strip().splitlines()[:1]
    return compiled


def old_names(plan):
    """The names the plan renames, as written before (definitions and references)."""
    names = set()
    changes = plan["changes"]
    for file in plan["files"]:
        for place in file["places"]:
            change = changes[place["change"]]
            if place["kind"] in ("definition", "reference") and change["new"] not in (None, change["old"]):
                if re.fullmatch(r"[$]?[-\w.]+", place["before"]) and not re.fullmatch(r"[-\d.]+\w*", place["before"]):
                    names.add(place["before"])
    return sorted(names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("migration")
    parser.add_argument("--load-path", action="append", default=[])
    parser.add_argument("--rebrand", default="target/release/rebrand")
    arguments = parser.parse_args()
    sass = os.environ.get("REBRAND_SASS", "sass")
    rebrand = os.path.abspath(arguments.rebrand)
    migration = os.path.abspath(arguments.migration)
    work = tempfile.mkdtemp(prefix="sass-migration-")
    root = os.path.join(work, "repo")
    shutil.copytree(arguments.repo, root, symlinks=True, ignore=shutil.ignore_patterns("node_modules", ".git"))
    modules = os.path.join(os.path.abspath(arguments.repo), "node_modules")
    if os.path.isdir(modules):
        os.symlink(modules, os.path.join(root, "node_modules"))
    load_paths = [os.path.join(root, path) for path in arguments.load_path]
    before = compile_all(sass, root, load_paths)
    plan_run = subprocess.run([rebrand, "apply", migration, root, "--format", "json", "--allow-dangling"], capture_output=True, text=True)
    plan = json.loads(plan_run.stdout)
    places = sum(len(file["places"]) for file in plan["files"])
    notes = sum(len(file["notes"]) for file in plan["files"])
    dangling = sum(len(file["dangling"]) for file in plan["files"]) + sum(len(file["mentions"]) for file in plan["left_out"])
    written = subprocess.run([rebrand, "apply", migration, root, "--write", "--allow-dirty"], capture_output=True, text=True)
    after = compile_all(sass, root, load_paths)
    again = subprocess.run([rebrand, "apply", migration, root, "--format", "json"], capture_output=True, text=True)
    replanned = sum(len(file["places"]) for file in json.loads(again.stdout)["files"])

    compiled = [path for path, css in before.items() if css is not None and not path.endswith("#error")]
    broken = [path for path in compiled if after.get(path) is None]
    changed = collections.Counter()
    shape_changed = []
    for path in compiled:
        if path in broken:
            continue
        old_lines, new_lines = before[path].splitlines(), after[path].splitlines()
        if len(old_lines) != len(new_lines):
            shape_changed.append(path)
            continue
        for old, new in zip(old_lines, new_lines):
            if old != new:
                changed[(old.strip(), new.strip())] += 1
    remaining = []
    for name in old_names(plan):
        pattern = re.compile(r"(?<![-\w$])" + re.escape(name) + r"(?![-\w])")
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = [entry for entry in subdirectories if entry not in SKIPPED]
            for file_name in files:
                if file_name.endswith((".md", ".mdx", ".html", ".htm", ".json", ".map")):
                    continue
                path = os.path.join(directory, file_name)
                try:
                    text = open(path, encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                for match in pattern.finditer(text):
                    line = text.count("\n", 0, match.start()) + 1
                    remaining.append(f"{os.path.relpath(path, root)}:{line}: {name}")

    print(f"plan: {places} places, {notes} notes, {dangling} dangling; write exit {written.returncode}; second plan: {replanned} places")
    print(f"compiled before: {len(compiled)} of {sum(1 for path in before if not path.endswith('#error'))} entry files; broken after: {len(broken)}; rules added or removed: {len(shape_changed)}")
    for path in broken:
        print(f"  BROKEN {path}: {after.get(path + '#error')}")
    for path in shape_changed:
        print(f"  SHAPE {path}")
    print(f"changed compiled lines: {sum(changed.values())} ({len(changed)} distinct)")
    for (old, new), count in changed.most_common():
        print(f"  {count:5} {old}  →  {new}")
    print(f"old names a grep still finds: {len(remaining)}")
    for line in remaining[:40]:
        print(f"  {line}")
    shutil.rmtree(work)
    return 1 if broken or remaining else 0


if __name__ == "__main__":
    sys.exit(main())
