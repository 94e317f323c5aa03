#!/usr/bin/env python3
"""`claimkit eval` reports the same numbers as the reference scorers in ../shared/tools.

usage: reference_scorers.py CLAIMKIT SHARED_DIR
Runs each reference scorer (seed gold, PolNeAR, NewsQuant, Golden Rules, UD) on claimkit's
output and the matching `claimkit eval` command, and fails when any metric the reference
prints differs by more than rounding (0.0006). Exit 77 (ctest: skipped) without the data.
"""
import os, re, subprocess, sys, tempfile

ck, shared = sys.argv[1], sys.argv[2]
tools = os.path.join(shared, "tools")
if not os.path.isdir(tools) or not os.path.isdir(os.path.join(shared, "data")):
    print(f"skipped: {tools} or {shared}/data not found")
    sys.exit(77)

def run(*cmd, stdin=None):
    p = subprocess.run(cmd, capture_output=True, text=True, input=stdin, timeout=600)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr[-400:]}")
    return p.stdout

def metrics(text):
    """name -> list of numbers, from 'name P=.. R=.. F1=..', 'name 0.81', 'name passed 48/48'."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"\s*([a-z_][a-z0-9_ ]*?)\s+(?:\(\d+\)\s+)?P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line)
        if m:
            out.setdefault(m.group(1).strip(), [float(m.group(i)) for i in (2, 3, 4)])
            continue
        m = re.match(r"\s*([a-z_][a-z0-9_ ]*?)\s+(\d+)/(\d+)\s*$", line)
        if m:
            out.setdefault(m.group(1).strip(), [float(m.group(2)), float(m.group(3))])
            continue
        if re.fullmatch(r"(\s*[a-z_][a-z0-9_]*\s+[\d.]+)+\s*", line):  # 'name 0.81' or 'a 84 b 2192'
            for k, v in re.findall(r"([a-z_][a-z0-9_]*)\s+([\d.]+)", line):
                out.setdefault(k, [float(v)])
    return out

failures, compared = [], 0
def compare(name, ref_text, ck_text):
    global compared
    ref, got = metrics(ref_text), metrics(ck_text)
    if not ref:
        failures.append(f"{name}: no metrics in the reference output")
    for k, v in ref.items():
        if k not in got:
            failures.append(f"{name}: claimkit eval does not report {k}")
            continue
        for a, b in zip(v, got[k]):
            compared += 1
            if abs(a - b) > 0.0006:
                failures.append(f"{name}: {k} reference {v} claimkit {got[k]}")
    print(f"{name}: {len(ref)} metrics compared")

seed = os.path.join(shared, "seed")
for gold in sorted(f for f in os.listdir(seed) if f.endswith(".gold.json")):
    art = os.path.join(seed, gold.replace(".gold.json", ".txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(run(ck, "extract", "-q", art))
    compare("seed " + gold, run("python3", os.path.join(tools, "score.py"), os.path.join(seed, gold), f.name),
            run(ck, "eval", "seed", "--gold", os.path.join(seed, gold), art))
    os.unlink(f.name)

pol = os.path.join(shared, "data", "quotes", "polnear", "dev")
if os.path.isdir(pol):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(run(ck, "extract", "-q", os.path.join(pol, "text")))
    compare("polnear dev", run("python3", os.path.join(tools, "polnear_score.py"), pol, f.name),
            run(ck, "eval", "quotes", "--polnear", pol))
    os.unlink(f.name)

nq = os.path.join(shared, "data", "numbers", "newsquant", "gold", "NewsQuant.json")
if os.path.isfile(nq):
    compare("newsquant", run("python3", os.path.join(tools, "newsquant_score.py"), ck, nq),
            run(ck, "eval", "numbers", "--newsquant", nq))

seg = os.path.join(shared, "data", "segmentation")
gr = os.path.join(seg, "golden_rules_en.json")
if os.path.isfile(gr):
    compare("golden rules", run("python3", os.path.join(tools, "golden_rules.py"), ck, gr),
            run(ck, "eval", "segmentation", "--golden-rules", gr))
for conllu in ("en_ewt-ud-test.conllu", "en_gum-ud-test.conllu"):
    path = os.path.join(seg, "ud", conllu)
    if os.path.isfile(path):
        compare("ud " + conllu, run("python3", os.path.join(tools, "ud_score.py"), path, "--",
                                    ck, "segment", "--tokens", "--input-format", "jsonl", "-"),
                run(ck, "eval", "segmentation", "--conllu", path))

print(f"{compared} numbers compared")
if failures:
    print("\n".join(failures))
    sys.exit(1)
