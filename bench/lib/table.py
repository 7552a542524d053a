"""bench/run-all's table: verdict lines of every script's output -> figure, value, goal, verdict."""
import os, re, sys
out, smoke, took = sys.argv[1], sys.argv[2] == "1", int(sys.argv[3])
status = [l.rstrip("\n").split("\t") for l in open(os.path.join(out, "status.tsv"))]
line_re = re.compile(r"^([a-z0-9-]+): (.*?)\s*(PASS|FAIL|INFO)(\s+\(.*\))?$")
skip_re = re.compile(r"^([a-z0-9-]+): (SKIPPED|NOT MEASURED):? (.*)$")
goal_re = re.compile(r"(goal [^);,]*|tolerance [^);,]*)")
rows, broken = [], []
for name, rc, secs in status:
    text = open(os.path.join(out, name + ".out"), errors="replace").read().splitlines()
    found = False
    for l in text:
        m = line_re.match(l.strip())
        if m:
            fig, value, verdict, note = m.groups()
            g = goal_re.search(value)
            goal = g.group(1).replace("goal ", "") if g else "-"
            if note and "informational" in note:
                verdict += " (info)"
            rows.append((fig, value, goal, verdict))
            found = True
            continue
        m = skip_re.match(l.strip())
        if m:
            rows.append((m.group(1), m.group(3), "-", m.group(2)))
            found = True
    if rc != "0" or not found:
        broken.append(f"{name} (exit {rc}, see bench/.work/run-all/{name}.out)")
        if not found:
            rows.append((name, "no verdict line", "-", "BROKEN"))
w1 = max(len(r[0]) for r in rows)
w2 = min(100, max(len(r[1]) for r in rows))
w3 = max(len(r[2]) for r in rows)
print()
print(f"{'figure':<{w1}}  {'value':<{w2}}  {'goal':<{w3}}  verdict")
for fig, value, goal, verdict in rows:
    print(f"{fig:<{w1}}  {value[:100]:<{w2}}  {goal:<{w3}}  {verdict}")
print()
mode = "smoke" if smoke else "full"
if broken:
    print(f"run-all ({mode}, {took} s): {len(broken)} script(s) found a defect or could not run: " + "; ".join(broken) + " FAIL")
    sys.exit(1)
print(f"run-all ({mode}, {took} s): every script ran, no correctness check failed PASS")
