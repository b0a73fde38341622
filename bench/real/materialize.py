#!/usr/bin/env python3
"""Materializes a case of bench/real/cases.tsv into BEFORE/AFTER source trees in a scratch directory.

Cases are read in reverse: BEFORE = the fix commit (good), AFTER = its first parent (bad).

    materialize.py CASE_ID [CASE_ID...] | --all  [--work DIR] [--force]

Writes WORK/<id>/before/<path>, WORK/<id>/after/<path> and WORK/<id>/manifest.json. Source is read from the git
mirror /work/.mirror/<owner>+<name>/repo (override the root with $MIRRORS); nothing is written into this project.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.tsv"
MIRRORS = Path(os.environ.get("MIRRORS", "/work/.mirror"))
DEFAULT_WORK = Path(os.environ.get("BENCH_REAL_WORK", "/tmp/bench-real"))
CONTEXT_CAP = 300
MANIFEST_VERSION = 1

IMPORT_RE = re.compile(r"^\s*import\s+(static\s+)?([\w.]+)(\.\*)?\s*;", re.M)
SPRING_CONFIG_RE = re.compile(r"^application[\w.-]*\.(ya?ml|properties)$")


def load_cases(path=CASES):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows if (r.get("id") or "").strip()]


def git_dir(repo):
    base = MIRRORS / repo.replace("/", "+") / "repo"
    if (base / ".git").is_dir():
        return base / ".git"
    return base


def git(gdir, *args):
    r = subprocess.run(["git", "--git-dir", str(gdir), *args], capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {r.stderr.decode(errors='replace').strip()}")
    return r.stdout.decode("utf-8", errors="surrogateescape")


class Blobs:
    """One `git cat-file --batch` process for reading many blobs."""

    def __init__(self, gdir):
        self.p = subprocess.Popen(["git", "--git-dir", str(gdir), "cat-file", "--batch"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def read(self, commit, path):
        self.p.stdin.write(f"{commit}:{path}\n".encode("utf-8", errors="surrogateescape"))
        self.p.stdin.flush()
        header = self.p.stdout.readline().decode(errors="replace").split()
        if len(header) < 3 or header[-1] == "missing" or header[1] != "blob":
            if len(header) == 3 and header[1] != "blob" and header[2].isdigit():
                self.p.stdout.read(int(header[2]) + 1)
            return None
        data = self.p.stdout.read(int(header[2]))
        self.p.stdout.read(1)
        return data

    def close(self):
        try:
            self.p.stdin.close()
            self.p.wait(timeout=10)
        except Exception:
            self.p.kill()


def is_test(path):
    return path.startswith("src/test/") or "/src/test/" in path


def changed_java(gdir, parent, fix):
    """[(status, after_path_or_None, before_path_or_None)]: after = parent side, before = fix side."""
    out = git(gdir, "diff-tree", "-r", "-M", "--no-commit-id", "--name-status", "-z", parent, fix)
    parts = out.split("\0")
    res, i = [], 0
    while i < len(parts) and parts[i]:
        st = parts[i]
        if st[0] in "RC":
            old, new = parts[i + 1], parts[i + 2]
            i += 3
        else:
            old = new = parts[i + 1]
            i += 2
        if not (old.endswith(".java") or new.endswith(".java")):
            continue
        k = st[0]
        if k == "A":
            res.append((st, None, new))
        elif k == "D":
            res.append((st, old, None))
        elif k == "C":
            res.append((st, None, new))  # a copy: the source is unchanged at the parent
        else:
            res.append((st, old, new))
    return res


class Tree:
    def __init__(self, gdir, commit):
        self.paths = [p for p in git(gdir, "ls-tree", "-r", "--name-only", "-z", commit).split("\0") if p]
        self.by_dir, self.by_suffix = {}, {}
        for p in self.paths:
            d, _, name = p.rpartition("/")
            self.by_dir.setdefault(d, []).append(p)
            if name.endswith(".java"):
                # index by every "pkg/…/Name.java" suffix is too much; index by file name, filter by suffix later
                self.by_suffix.setdefault(name, []).append(p)

    def find_suffix(self, suffix):
        name = suffix.rpartition("/")[2]
        return [p for p in self.by_suffix.get(name, ()) if p == suffix or p.endswith("/" + suffix)]


def common_prefix_len(a, b):
    n = 0
    for x, y in zip(a.split("/"), b.split("/")):
        if x != y:
            break
        n += 1
    return n


def resolve_import(tree, name, static, importer, allow_tests):
    """import a.b.C / a.b.C.Inner / static a.b.C.m -> best matching path of a.b.C in the tree, or None."""
    segs = name.split(".")
    # try the longest class path first: a/b/C/Inner.java, then a/b/C.java, ...
    for cut in range(len(segs), 1, -1):
        cands = tree.find_suffix("/".join(segs[:cut]) + ".java")
        if not allow_tests:
            cands = [c for c in cands if not is_test(c)]
        if cands:
            return max(cands, key=lambda c: (common_prefix_len(c, importer), -len(c)))
    return None


def spring_configs(tree, path):
    i = path.find("src/main/")
    if i < 0:
        return []
    res_dir = path[:i] + "src/main/resources"
    out = []
    for d in (res_dir, res_dir + "/config"):
        for p in tree.by_dir.get(d, ()):
            if SPRING_CONFIG_RE.match(p.rpartition("/")[2]):
                out.append(p)
    return out


def materialize(case, work=DEFAULT_WORK, force=False):
    """Writes the case's trees; returns its manifest (dict). Raises on failure."""
    cid, fix = case["id"], case["fix_commit"]
    dest = Path(work) / cid
    mpath = dest / "manifest.json"
    if not force and mpath.is_file():
        try:
            m = json.loads(mpath.read_text())
            if m.get("fix_commit") == fix and m.get("version") == MANIFEST_VERSION and m.get("complete"):
                m["reused"] = True
                return m
        except Exception:
            pass
    gdir = git_dir(case["repo"])
    if not gdir.is_dir():
        raise RuntimeError(f"no mirror for {case['repo']} at {gdir} (fetch github:{case['repo']})")
    fix = git(gdir, "rev-parse", "--verify", fix + "^{commit}").strip()
    parent = git(gdir, "rev-parse", "--verify", fix + "^1").strip()
    allow_tests = is_test(case.get("file") or "")

    changes = [c for c in changed_java(gdir, parent, fix)
               if allow_tests or not any(p and is_test(p) for p in c[1:])]
    if not changes:
        raise RuntimeError("the fix commit changes no (non-test) .java file")

    trees = {"before": Tree(gdir, fix), "after": Tree(gdir, parent)}
    commits = {"before": fix, "after": parent}
    blobs = Blobs(gdir)
    try:
        changed_paths = {"after": [c[1] for c in changes if c[1]], "before": [c[2] for c in changes if c[2]]}
        changed_all = set(changed_paths["after"]) | set(changed_paths["before"])

        # context paths (union over both sides, so unchanged context is identical on both sides)
        imports, same_dir, configs = [], [], []
        seen = set(changed_all)

        def add(lst, p):
            if p not in seen and (allow_tests or not is_test(p)):
                seen.add(p)
                lst.append(p)

        for side in ("before", "after"):
            tree = trees[side]
            for p in changed_paths[side]:
                data = blobs.read(commits[side], p)
                text = data.decode("utf-8", errors="replace") if data else ""
                for m in IMPORT_RE.finditer(text):
                    static, name, star = m.group(1), m.group(2), m.group(3)
                    if star and not static:
                        continue  # package wildcard: not resolved (one level, named types only)
                    hit = resolve_import(tree, name, static, p, allow_tests)
                    if hit:
                        add(imports, hit)
                d = p.rpartition("/")[0]
                for q in tree.by_dir.get(d, ()):
                    if q.endswith(".java"):
                        add(same_dir, q)
                for q in spring_configs(tree, p):
                    add(configs, q)
        # cap: imported types first (directly referenced), then same-directory files; configs always
        context = (imports + same_dir)[:CONTEXT_CAP]
        truncated = len(imports) + len(same_dir) - len(context)

        if dest.exists():
            shutil.rmtree(dest)
        counts = {"before": 0, "after": 0}
        for side in ("before", "after"):
            root = dest / side
            for p in list(changed_paths[side]) + context + configs:
                data = blobs.read(commits[side], p)
                if data is None:
                    continue  # absent on this side
                out = root / p
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(data)
                counts[side] += 1
            root.mkdir(parents=True, exist_ok=True)
    finally:
        blobs.close()

    manifest = {
        "version": MANIFEST_VERSION, "id": cid, "repo": case["repo"], "fix_commit": fix, "parent": parent,
        "changed": [{"status": s, "after": a, "before": b} for s, a, b in changes],
        "case_file_changed": (case.get("file") or "") in changed_all if case.get("file") else None,
        "context": {"imports": len(imports), "same_dir": len(same_dir), "configs": configs,
                    "kept": len(context), "truncated": truncated},
        "files_written": counts, "complete": True,
    }
    mpath.write_text(json.dumps(manifest, indent=1))
    manifest["reused"] = False
    return manifest


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", nargs="*", metavar="CASE_ID")
    ap.add_argument("--all", action="store_true", help="every case of cases.tsv")
    ap.add_argument("--work", default=str(DEFAULT_WORK), help="scratch directory (default %(default)s)")
    ap.add_argument("--force", action="store_true", help="rewrite even if already materialized")
    a = ap.parse_args(argv)
    cases = load_cases()
    if a.all:
        todo = cases
    else:
        by_id = {c["id"]: c for c in cases}
        unknown = [i for i in a.ids if i not in by_id]
        if unknown or not a.ids:
            ap.error(f"unknown case id(s): {', '.join(unknown)}" if unknown else "give CASE_ID(s) or --all")
        todo = [by_id[i] for i in a.ids]
    failed = 0
    for c in todo:
        try:
            m = materialize(c, a.work, a.force)
            cx = m["context"]
            warn = "" if m["case_file_changed"] in (True, None) else "  WARNING: case file not among changed files"
            print(f"{c['id']}: {len(m['changed'])} changed, context {cx['kept']} (+{len(cx['configs'])} config"
                  f"{', truncated ' + str(cx['truncated']) if cx['truncated'] else ''}), written "
                  f"before={m['files_written']['before']} after={m['files_written']['after']}"
                  f"{' (reused)' if m['reused'] else ''}{warn}")
        except Exception as e:
            failed += 1
            print(f"{c['id']}: FAILED: {e}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
