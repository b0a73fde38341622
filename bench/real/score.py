#!/usr/bin/env python3
"""Scores opsdiff on the real fix commits of bench/real/cases.tsv (read in reverse: BEFORE = fix, AFTER = parent).

    score.py [--work DIR] [--only RULE] [--json OUT] [--rematerialize] [--timeout S]

Materializes each case (or reuses WORK/<id>), runs `$OPSDIFF diff before after --format sarif --fail-on never`,
and prints a per-rule table (positives, TP, FN, FP, precision, recall) and every case's outcome. Always exits 0.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import materialize as mat  # noqa: E402

OPSDIFF = os.environ.get("OPSDIFF") or "/tmp/opsdiff-snap/opsdiff"
RULES = ["cache-cardinality", "query-fanout", "timeout-change", "idempotency-guard-removed", "retry-amplification"]


def norm_uri(uri):
    uri = uri or ""
    if uri.startswith("file://"):
        uri = uri[len("file://"):]
    for side in ("/after/", "/before/"):  # absolute uris into the scratch trees
        i = uri.find(side)
        if i >= 0 and uri.startswith("/"):
            uri = uri[i + len(side):]
    return uri[2:] if uri.startswith("./") else uri


def same_file(uri, path):
    return bool(path) and (uri == path or uri.endswith("/" + path) or path.endswith("/" + uri))


def dirname(p):
    return p.rpartition("/")[0]


def texts_of(res):
    out = [(res.get("message") or {}).get("text", "")]
    for rl in res.get("relatedLocations") or []:
        out.append((rl.get("message") or {}).get("text", ""))
    for cf in res.get("codeFlows") or []:
        for tf in cf.get("threadFlows") or []:
            for loc in tf.get("locations") or []:
                out.append(((loc.get("location") or {}).get("message") or {}).get("text", ""))
    return out


def parse_sarif(path):
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    results, notes = [], []
    for run in d.get("runs") or []:
        for inv in run.get("invocations") or []:
            for n in inv.get("toolExecutionNotifications") or []:
                notes.append((n.get("message") or {}).get("text", ""))
        for r in run.get("results") or []:
            loc = ((r.get("locations") or [{}])[0].get("physicalLocation") or {})
            results.append({
                "ruleId": r.get("ruleId", ""),
                "level": r.get("level", ""),
                "uri": norm_uri((loc.get("artifactLocation") or {}).get("uri", "")),
                "line": (loc.get("region") or {}).get("startLine"),
                "message": (r.get("message") or {}).get("text", ""),
                "texts": texts_of(r),
            })
    return results, notes


def load_also(path=Path(__file__).resolve().parent / "also.tsv"):
    """Other findings of a case's fix commit that were read and judged true: (id, rule, file)."""
    if not path.exists():
        return set()
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {(r["id"], r["rule"], r["file"]) for r in rows}


ALSO = load_also()


def classify(case, res):
    """'match' when the result is the expected finding of a positive case, 'also' when it is another finding of the
    fix commit judged true by reading (also.tsv: neither a TP nor an FP), else 'fp'."""
    if any(a[0] == case["id"] and a[1] == res["ruleId"] and same_file(res["uri"], a[2]) for a in ALSO):
        return "also"
    if case["expect"] != "positive" or res["ruleId"] != case["rule"]:
        return "fp"
    if same_file(res["uri"], case["file"]):
        return "match"
    if dirname(res["uri"]) and (dirname(res["uri"]) == dirname(case["file"])
                                or dirname(case["file"]).endswith("/" + dirname(res["uri"]))):
        pat = re.compile(r"(?<![\w$])" + re.escape(case["method"]) + r"(?![\w$])")
        if case["method"] and any(pat.search(t or "") for t in res["texts"]):
            return "match-helper"
    return "fp"


def run_case(case, work, timeout, rematerialize):
    rec = {"id": case["id"], "repo": case["repo"], "rule": case["rule"], "expect": case["expect"],
           "file": case["file"], "method": case["method"], "results": [], "error": None}
    t0 = time.monotonic()
    try:
        m = mat.materialize(case, work, force=rematerialize)
        rec["materialize"] = {k: m.get(k) for k in ("changed", "context", "files_written", "reused",
                                                      "case_file_changed")}
    except Exception as e:
        rec["error"] = f"materialize failed: {e}"
        rec["seconds"] = round(time.monotonic() - t0, 1)
        return rec
    cdir = Path(work) / case["id"]
    out = cdir / "opsdiff.sarif"
    if out.exists():
        out.unlink()
    cmd = [OPSDIFF, "diff", str(cdir / "before"), str(cdir / "after"), "--format", "sarif",
           "--fail-on", "never", "-o", str(out)]
    t1 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, cwd=str(cdir))
        rec["rc"], stderr = p.returncode, p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        rec["rc"], stderr = None, (e.stderr or b"").decode(errors="replace")
        rec["error"] = f"timeout after {timeout}s"
    except OSError as e:
        rec["rc"], stderr = None, ""
        rec["error"] = f"cannot run {OPSDIFF}: {e}"
    rec["opsdiff_seconds"] = round(time.monotonic() - t1, 1)
    rec["stderr"] = stderr[-4000:]
    (cdir / "opsdiff.stderr").write_text(stderr)
    if rec["rc"] not in (0, 1, None) and not rec["error"]:
        rec["error"] = f"opsdiff exit {rec['rc']}: {stderr.strip()[-1500:]}"
    if not rec["error"] or out.exists():
        try:
            results, notes = parse_sarif(out)
            rec["notifications"] = notes
            for r in results:
                r["class"] = classify(case, r)
                del r["texts"]
            rec["results"] = results
        except Exception as e:
            rec["error"] = rec["error"] or f"unreadable SARIF: {e}"
    rec["seconds"] = round(time.monotonic() - t0, 1)
    return rec


def outcome(rec):
    matched = any(r["class"].startswith("match") for r in rec["results"])
    if rec["expect"] == "positive":
        o = "TP" if matched else "FN"
    else:
        o = "FP" if rec["results"] else "OK"
    return o + (" (ERROR)" if rec["error"] else "")


def fmt_ratio(n, d):
    return f"{n / d:.2f}" if d else "-"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default=str(mat.DEFAULT_WORK), help="scratch directory (default %(default)s)")
    ap.add_argument("--only", metavar="RULE", help="only positive cases of RULE (plus benign cases); only "
                                                   "results of RULE are scored")
    ap.add_argument("--json", metavar="OUT", help="write per-case details to OUT")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per opsdiff run (default %(default)s)")
    ap.add_argument("--rematerialize", action="store_true", help="rewrite the case trees even if present")
    ap.add_argument("--case", action="append", metavar="ID", help="only this case (repeatable)")
    a = ap.parse_args(argv)
    start = time.monotonic()
    try:
        cases = mat.load_cases()
    except Exception as e:
        print(f"cannot read {mat.CASES}: {e}")
        return 0
    if a.only:
        cases = [c for c in cases if c["rule"] == a.only or c["expect"] != "positive"]
    if a.case:
        cases = [c for c in cases if c["id"] in a.case]
    Path(a.work).mkdir(parents=True, exist_ok=True)
    print(f"opsdiff: {OPSDIFF}; {len(cases)} cases; work dir {a.work}", flush=True)

    recs = []
    for i, c in enumerate(cases, 1):
        try:
            rec = run_case(c, a.work, a.timeout, a.rematerialize)
        except Exception as e:  # never let one case stop the run
            rec = {"id": c.get("id"), "rule": c.get("rule"), "expect": c.get("expect"), "file": c.get("file"),
                   "method": c.get("method"), "results": [], "error": f"scorer failed: {e!r}", "seconds": 0}
        if a.only:
            rec["results"] = [r for r in rec["results"] if r["ruleId"] == a.only]
        rec["outcome"] = outcome(rec)
        recs.append(rec)
        print(f"[{i}/{len(cases)}] {rec['id']}: {rec['outcome']} ({len(rec['results'])} findings, "
              f"{rec.get('seconds', 0)}s)", file=sys.stderr, flush=True)

    # per-rule table
    rules = list(RULES)
    for r in recs:
        for x in [r["rule"]] + [y["ruleId"] for y in r["results"]]:
            if x and x not in rules and x != "benign":
                rules.append(x)
    if a.only:
        rules = [a.only]
    stats = {r: {"pos": 0, "tp": 0, "fn": 0, "fp": 0} for r in rules}
    for rec in recs:
        if rec["expect"] == "positive" and rec["rule"] in stats:
            s = stats[rec["rule"]]
            s["pos"] += 1
            s["tp" if rec["outcome"].startswith("TP") else "fn"] += 1
        for r in rec["results"]:
            if r["class"] == "fp" and r["ruleId"] in stats:
                stats[r["ruleId"]]["fp"] += 1
    tot = {k: sum(s[k] for s in stats.values()) for k in ("pos", "tp", "fn", "fp")}
    print()
    hdr = f"{'rule':<28}{'positives':>10}{'TP':>5}{'FN':>5}{'FP':>5}{'precision':>11}{'recall':>8}"
    print(hdr)
    print("-" * len(hdr))
    for name, s in list(stats.items()) + [("ALL", tot)]:
        print(f"{name:<28}{s['pos']:>10}{s['tp']:>5}{s['fn']:>5}{s['fp']:>5}"
              f"{fmt_ratio(s['tp'], s['tp'] + s['fp']):>11}{fmt_ratio(s['tp'], s['pos']):>8}")
    benign = [r for r in recs if r["expect"] != "positive"]
    print(f"benign cases: {len(benign)}, clean: {sum(1 for r in benign if not r['results'])}, "
          f"with findings: {sum(1 for r in benign if r['results'])}")
    print("(TP/FN count cases; FP counts findings not matching their case's expectation, attributed to the "
          "finding's rule)")

    print("\nper case:")
    for rec in recs:
        print(f"{rec['id']}  [{rec['rule']}]  {rec['outcome']}  ({rec.get('seconds', 0)}s)")
        if rec["error"]:
            print(f"    ERROR: {rec['error'][:1500]}")
        for r in rec["results"]:
            tag = {"match": "expected", "match-helper": "expected (helper)",
                   "also": "also (judged true)"}.get(r["class"], "FP")
            msg = r["message"].replace("\n", " ")[:160]
            print(f"    {tag:<18} {r['ruleId']} {r['uri']}:{r['line']}  {msg}")
        n = len(rec.get("notifications") or [])
        if n:
            print(f"    ({n} tool notification(s), e.g. {rec['notifications'][0][:160]})")

    errs = [r for r in recs if r["error"]]
    if errs:
        print(f"\nerrors ({len(errs)}):")
        for r in errs:
            print(f"  {r['id']}: {r['error'][:2000]}")
    elapsed = time.monotonic() - start
    print(f"\nruntime: {elapsed:.0f}s total, opsdiff {sum(r.get('opsdiff_seconds', 0) for r in recs):.0f}s "
          f"over {len(recs)} cases")
    if a.json:
        try:
            Path(a.json).write_text(json.dumps({"opsdiff": OPSDIFF, "runtime_seconds": round(elapsed, 1),
                                                "rules": stats, "cases": recs}, indent=1))
        except Exception as e:
            print(f"cannot write {a.json}: {e}")
    return 0


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        raise
    except Exception as e:  # exit 0 always
        print(f"score.py failed: {e!r}", file=sys.stderr)
    sys.exit(0)
