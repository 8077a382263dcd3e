#!/usr/bin/env python3
"""The benchmark suite behind scripts/bench.sh (see docs/benchmarks.md).

Runs, from the repository root, with release binaries in $BENCH_BIN:
  first frame   allymap / C floor / Swift floor, interleaved, and visidata under
                ../shared/tools/ttyprobe.py at 120x40
  breakdown     where allymap's first frame goes, phase by phase (ALLYMAP_STARTUP_TRACE)
  idle          system calls of an explorer left alone for 10 s (strace -c)
  key to frame  region jump, arrow move, search, table and tour keys (ms and bytes), floor key
  render        the in-process `bench --json` sections
  cli           whole-process commands: `allymap --version` (the floor) and `allymap tour --print`
  scale         synthetic 1k/10k/100k datasets: load, frames, keys, peak RSS
  instructions  callgrind total Ir for load + first frame
Prints a table and writes bench-results.json. A part whose tool is missing is skipped with a note.
Environment: BENCH_RUNS (first-frame runs, default 21), BENCH_SCALE (default 1000,10000,100000),
BENCH_SKIP (comma list of parts: first,breakdown,idle,keys,render,cli,scale,callgrind).
"""
import json, os, platform, re, shutil, statistics, subprocess, sys, tempfile, time

BIN = os.environ.get("BENCH_BIN", ".build-bench/release")
PROBE = os.path.join("..", "shared", "tools", "ttyprobe.py")
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
KEY_RUNS = int(os.environ.get("BENCH_KEY_RUNS", "11"))
SCALE = [int(n) for n in os.environ.get("BENCH_SCALE", "1000,10000,100000").split(",") if n]
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
HAVE = set(filter(None, os.environ.get("BENCH_HAVE", "pyte,visidata,time,valgrind").split(",")))
ALLYMAP, FLOOR, BENCH, CFLOOR, STATIC = (os.path.join(BIN, n) for n in ("allymap", "floor", "bench", "cfloor", "allymap-static"))

results = {"machine": {}, "first_frame": {}, "breakdown": {}, "idle": {}, "keys": {}, "render": {}, "cli": {}, "scale": {}, "callgrind": {}, "skipped": []}
rows = []  # (section, what, value) for the printed table


def note(msg):
    print(msg, file=sys.stderr, flush=True)


def skip(part, why):
    results["skipped"].append(f"{part}: {why}")
    note(f"bench: skipping {part}: {why}")


def row(section, what, value):
    rows.append((section, what, value))


def probe(cmd, expect, steps=(), env=(), timeout=20):
    args = [sys.executable, PROBE, "--cols", "120", "--rows", "40", "--timeout", str(timeout), "--expect", expect]
    for key, after in steps:
        args += ["--key", key, "--expect-after", after]
    for kv in env:
        args += ["--env", kv]
    out = subprocess.run(args + ["--"] + cmd, capture_output=True, text=True, timeout=timeout * 4)
    lines = out.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"ttyprobe printed nothing for {cmd}: {out.stderr.strip()[-300:]}")
    return json.loads(lines[-1])


def median_first(cmd, expect, runs, env=()):
    """Median ms spawn → `expect` on screen over `runs` runs (None if it never showed)."""
    samples = []
    for _ in range(runs):
        r = probe(cmd, expect, env=env)
        if r["first_ms"] is None:
            note(f"bench: {expect!r} never appeared for {' '.join(cmd)}")
            return None
        samples.append(r["first_ms"])
    return round(statistics.median(samples), 2)


def median_steps(cmd, expect, steps, runs):
    """Per step: median ms key → expected text, and bytes written."""
    per = [[] for _ in steps]
    nbytes = [0] * len(steps)
    for _ in range(runs):
        r = probe(cmd, expect, steps)
        for i, s in enumerate(r["steps"]):
            if s["ms"] is None:
                raise RuntimeError(f"key {s['key']!r}: {s['expect']!r} never appeared ({' '.join(cmd)})")
            per[i].append(s["ms"]); nbytes[i] = s["bytes"]
    return [{"ms": round(statistics.median(p), 2), "bytes": b} for p, b in zip(per, nbytes)]


def fmt(ms):
    return "—" if ms is None else f"{ms:.2f} ms"


# ---------------------------------------------------------------------------------------------
def machine():
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip(); break
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    results["machine"] = {"nproc": os.cpu_count(), "cpu": cpu, "os": platform.system() + " " + platform.release(),
                          "swift": swift[0] if swift else "", "python": platform.python_version()}


def first_frame(csv_path):
    if "pyte" not in HAVE:
        return skip("first frame", "pyte is not installed (pip install pyte)")
    ff = results["first_frame"]
    # Interleaved, so a busy moment of the machine falls on all three alike.
    programs = [("allymap_ms", [ALLYMAP], "q quit"), ("floor_ms", [FLOOR], "FLOOR END")]
    if os.path.exists(STATIC):
        programs.append(("allymap_static_ms", [STATIC], "q quit"))
    else:
        skip("static build", "no allymap-static (bench.sh builds it with --static-swift-stdlib)")
    if os.path.exists(CFLOOR):
        programs.append(("c_floor_ms", [CFLOOR], "FLOOR END"))
    else:
        skip("C floor", "no C compiler built scripts/floor/floor.c (bench.sh does: cc -O2 ... -lncursesw)")
    samples = {key: [] for key, _, _ in programs}
    for _ in range(RUNS):
        for key, cmd, expect in programs:
            r = probe(cmd, expect)
            if r["first_ms"] is not None:
                samples[key].append(r["first_ms"])
    for key, _, _ in programs:
        ff[key] = round(statistics.median(samples[key]), 2) if samples[key] else None
    row("first frame (120x40, median of %d, interleaved)" % RUNS, "allymap", fmt(ff["allymap_ms"]))
    row("", "C floor (bare ncurses in C)", fmt(ff.get("c_floor_ms")))
    row("", "Swift floor (bare ncurses in Swift)", fmt(ff["floor_ms"]))
    if ff["allymap_ms"] and ff.get("c_floor_ms"):
        ff["allymap_over_c_floor"] = round(ff["allymap_ms"] / ff["c_floor_ms"], 2)
        row("", "allymap / C floor", f"{ff['allymap_over_c_floor']:.2f}x  (goal ≤ 2x)")
    if ff["allymap_ms"] and ff["floor_ms"]:
        ff["allymap_over_floor"] = round(ff["allymap_ms"] / ff["floor_ms"], 2)
        row("", "allymap / Swift floor", f"{ff['allymap_over_floor']:.2f}x")
    if ff.get("allymap_static_ms"):
        row("", "allymap, static and stripped (--static-swift-stdlib)", fmt(ff["allymap_static_ms"]))
        if ff.get("c_floor_ms"):
            ff["allymap_static_over_c_floor"] = round(ff["allymap_static_ms"] / ff["c_floor_ms"], 2)
            row("", "allymap static / C floor", f"{ff['allymap_static_over_c_floor']:.2f}x  (goal ≤ 2x)")
        sizes = {"dynamic": ALLYMAP, "static, stripped": STATIC}
        ff["binary_bytes"] = {k: os.path.getsize(v) for k, v in sizes.items()}
        row("", "binary size: dynamic / static stripped",
            " / ".join(f"{n / 1e6:.1f} MB" for n in ff["binary_bytes"].values()) + "  (dynamic also loads the Swift runtime's shared libraries)")
    vd = shutil.which("vd") or shutil.which("visidata")
    if "visidata" not in HAVE or not vd:
        return skip("visidata first frame", "visidata is not installed (pip install visidata)")
    # visidata's status line shows the sheet name and row count once the CSV is loaded.
    ff["visidata_ms"] = median_first([vd, "--nothing", csv_path], "Lithuania", RUNS, env=("HOME=" + tempfile.gettempdir(),))
    row("", "visidata (same actors table, CSV)", fmt(ff["visidata_ms"]))
    if ff.get("visidata_ms") and ff.get("allymap_ms"):
        ff["visidata_over_allymap"] = round(ff["visidata_ms"] / ff["allymap_ms"], 1)
        row("", "visidata / allymap", f"{ff['visidata_over_allymap']:.1f}x  (goal ≥ 10x)")


PHASES = ["main", "arguments parsed", "terminal opened", "loading frame written", "dataset loaded", "state ready",
          "first frame drawn", "first frame written"]
PHASE_NAMES = ["start → main (exec, dynamic loading, runtime set-up)", "arguments parsed (ArgumentParser)",
               "config read, terminal opened (initscr, colours)",
               "map outlines drawn and written (the dataset decodes on a second thread meanwhile)",
               "built-in dataset decoded (the wait for that thread)", "state and history read",
               "first frame drawn (derived data, layout, map, panes)", "first frame written (diff, ncurses, tty)",
               "frame on the probe's screen (pty, terminal emulator)"]


def traced_start(expect="q quit", timeout=20):
    """One start of allymap in a pty: the monotonic time of each phase, from just before the
    fork to `expect` on the screen (the same clock the explorer's trace reads)."""
    import fcntl, pty, select, struct, termios, pyte
    trace = tempfile.NamedTemporaryFile(suffix=".trace", delete=False).name
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", ALLYMAP_STARTUP_TRACE=trace)
    screen = pyte.Screen(120, 40)
    stream = pyte.ByteStream(screen)
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(ALLYMAP, [ALLYMAP], env)
    seen, deadline = None, t0 + timeout
    while time.monotonic() < deadline and seen is None:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                stream.feed(os.read(fd, 65536))
            except OSError:
                break
            if expect in "\n".join(screen.display):
                seen = time.monotonic()
    os.write(fd, b"q")
    try:
        while True:
            r, _, _ = select.select([fd], [], [], 2)
            if not r or not os.read(fd, 65536):
                break
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    marks = {}
    for line in open(trace):
        name, _, value = line.rstrip("\n").rpartition(" ")
        marks[name] = float(value)
    os.unlink(trace)
    if seen is None or any(p not in marks for p in PHASES):
        raise RuntimeError(f"startup trace incomplete: {sorted(marks)}")
    times = [t0] + [marks[p] for p in PHASES] + [seen]
    return [(b - a) * 1000 for a, b in zip(times, times[1:])]


def breakdown():
    if "pyte" not in HAVE:
        return skip("first-frame breakdown", "pyte is not installed")
    runs = [traced_start() for _ in range(max(9, RUNS // 2))]
    b = results["breakdown"]
    title = "first frame, phase by phase (median of %d)" % len(runs)
    for i, name in enumerate(PHASE_NAMES):
        b[name] = round(statistics.median(r[i] for r in runs), 2)
        row(title, name, fmt(b[name])); title = ""
    b["total"] = round(statistics.median(sum(r) for r in runs), 2)
    row("", "total (spawn → frame on screen)", fmt(b["total"]))


def idle():
    """System calls of an explorer left alone for 10 s after its first frame (goal: ≤ 2)."""
    if "pyte" not in HAVE or not shutil.which("strace"):
        return skip("idle wake-ups", "strace or pyte is missing (apt-get install strace)")
    import fcntl, pty, select, struct, termios, pyte
    screen = pyte.Screen(120, 40)
    stream = pyte.ByteStream(screen)
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(ALLYMAP, [ALLYMAP], env)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and "q quit" not in "\n".join(screen.display):
        if select.select([fd], [], [], 0.05)[0]:
            stream.feed(os.read(fd, 65536))
    time.sleep(1)  # the loop's one idle task (the search index) and the bands' thread are done by now
    out = tempfile.NamedTemporaryFile(suffix=".strace", delete=False).name
    traced = subprocess.run(["timeout", "-s", "INT", "10", "strace", "-f", "-c", "-o", out, "-p", str(pid)],
                            capture_output=True, text=True)
    os.write(fd, b"q")
    try:
        while select.select([fd], [], [], 2)[0] and os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    text = open(out).read()
    os.unlink(out)
    if "attached" not in traced.stderr:
        raise RuntimeError(f"strace could not attach: {traced.stderr.strip()[-200:]}")
    # strace -c writes nothing at all when the process made no call; else a table ending in a total.
    m = re.search(r"^\s*100\.00\s+[\d.]+\s+\d+\s+(\d+)(?:\s+\d+)?\s+total", text, re.M)
    if text.strip() and not m:
        raise RuntimeError(f"unexpected strace output: {text[-200:]}")
    calls = int(m.group(1)) if m else 0
    results["idle"] = {"syscalls_per_10s": calls, "strace": text.strip().splitlines()[-6:]}
    row("idle (120x40, strace -c over 10 s)", "system calls while idle", f"{calls}  (goal ≤ 2)")


KEY_STEPS = [("\\x1b[C", "─ Jordan ─"), ("2", "Lithuania"), ("/", "type a name or code"), ("j", "Japan (JP)"),
             ("\\x1b", "Europe map"), ("t", "a Ally"), ("r", "risk, highest first"), ("\\x1b[B", "Estonia · Europe"), ("t", "Europe map"),
             ("T", "x to explore"), ("l", "step 2 of")]
KEY_NAMES = ["arrow move (Right, Israel → Jordan)", "region jump (2 → Europe)", None, "search keystroke (/ then j)",
             None, "table open (t)", "table sort (r, by risk)", "table row (Down)", None, "tour open (T)", "tour next step (l)"]


def keys():
    if "pyte" not in HAVE:
        return skip("key to frame", "pyte is not installed")
    k = results["keys"]
    steps = median_steps([ALLYMAP], "q quit", KEY_STEPS, KEY_RUNS)
    title = "key to frame (ms, bytes; median of %d)" % KEY_RUNS
    for name, step in zip(KEY_NAMES, steps):
        if name:
            k[name] = step
            row(title, name, f"{fmt(step['ms'])}, {step['bytes']} B"); title = ""
    for name, program in [("C floor", CFLOOR), ("Swift floor", FLOOR)]:
        if not os.path.exists(program):
            continue
        fl = median_steps([program], "FLOOR END", [("x", "key 1")], KEY_RUNS)[0]
        k[f"{name} key (x)"] = fl
        row("", f"{name} key (x → \"key 1\")", f"{fmt(fl['ms'])}, {fl['bytes']} B")


def render():
    out = subprocess.run([BENCH, "--json"], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    results["render"] = r
    title = "render in-process (median)"
    for key, label in [("frame_middle-east_120x40", "full explorer frame 120x40"),
                       ("frame_middle-east_300x100", "full explorer frame 300x100 (goal ≤ 2 ms)"),
                       ("frame_world_300x100", "full explorer frame, world 300x100"),
                       ("raster_middle-east_120x40", "map raster alone 120x40"),
                       ("raster_world_300x100", "map raster alone, world 300x100"),
                       ("map_middle-east_120x40", "map pane (raster + markers) 120x40"),
                       ("diff_120x40", "diff of two frames 120x40"),
                       ("load_default", "load + validate built-in data"),
                       ("assessment_default", "score every ally"),
                       ("default_key_region", "key 2: reduce + frame + diff"),
                       ("default_key_arrow", "Right: reduce + frame + diff"),
                       ("default_key_search", "search j: reduce + frame + diff"),
                       ("default_key_table", "t (ally table): reduce + frame + diff"),
                       ("default_key_table_sort", "table, r (sort by risk): reduce + frame + diff"),
                       ("default_key_table_down", "table, Down: reduce + frame + diff"),
                       ("default_key_table_world", "table, 0 (every ally): reduce + frame + diff"),
                       ("default_key_table_filter", "table, / e (filter): reduce + frame + diff"),
                       ("default_key_table_copy", "table, Y (Markdown): reduce + frame + diff"),
                       ("default_key_table_whatif_change", "table under a what-if, d (sort by change): reduce + frame + diff"),
                       ("default_key_inspect_open", "i (inspect a figure): reduce + frame + diff"),
                       ("default_key_inspect_next", "inspect, j (next figure): reduce + frame + diff"),
                       ("default_key_inspect_copy", "inspect, y (copy the citation): reduce + frame + diff")]:
        if key in r:
            row(title, label, fmt(r[key])); title = ""


def cli():
    """Median and fastest wall ms of whole commands, spawn to exit (output to /dev/null)."""
    import time
    results["cli"] = {}
    title = f"commands (wall, median of {RUNS})"
    for key, args, label in [("version", ["--version"], "allymap --version (process floor)"),
                             ("tour_text", ["tour", "--print"], "tour --print (goal < 50 ms)"),
                             ("tour_md", ["tour", "--print", "--format", "md"], "tour --print --format md (goal < 50 ms)")]:
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([ALLYMAP] + args, stdout=subprocess.DEVNULL, check=True)
            samples.append((time.perf_counter() - start) * 1000)
        median, fastest = statistics.median(samples), min(samples)
        results["cli"][key] = {"median_ms": round(median, 2), "min_ms": round(fastest, 2)}
        row(title, label, f"{fmt(median)} (fastest {fmt(fastest)})"); title = ""


def rss_kb(cmd_prefix, cmd):
    """Peak RSS (kB) of `cmd` run to its first frame and quit, via /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile(suffix=".time", delete=False) as f:
        path = f.name
    try:
        probe(["/usr/bin/time", "-v", "-o", path] + cmd, cmd_prefix)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
        return int(m.group(1)) if m else None
    finally:
        os.unlink(path)


def validate_run(d):
    """(wall ms, peak RSS kB) of `allymap validate d`, via /usr/bin/time."""
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", ALLYMAP, "validate", d], capture_output=True, text=True)
    wall = (time.perf_counter() - start) * 1000
    return wall, int(out.stderr.strip().splitlines()[-1])


def scale(workdir):
    s = results["scale"]
    have_time = "time" in HAVE and os.path.exists("/usr/bin/time")
    if not have_time:
        skip("peak RSS", "/usr/bin/time is not installed (apt-get install time)")
    title = "scale (synthetic actors)"
    for n in SCALE:
        d = os.path.join(workdir, f"actors-{n}")
        subprocess.run([BENCH, "generate", str(n), d], check=True, capture_output=True)
        e = {}
        out = subprocess.run([BENCH, "scale", d, "--json"], capture_output=True, text=True, check=True)
        e.update(json.loads(out.stdout.strip().splitlines()[-1]))
        ok = subprocess.run([ALLYMAP, "validate", d], capture_output=True, text=True)
        e["validate_ok"] = ok.returncode == 0
        if have_time:
            # Loading as a command: `validate` decodes and checks every table; wall time and
            # peak RSS, median of 5 (issue 18's "100k actors load" figures).
            runs = [validate_run(d) for _ in range(5)]
            e["validate_ms"] = statistics.median(r[0] for r in runs)
            e["validate_rss_mb"] = round(statistics.median(r[1] for r in runs) / 1024, 1)
        if "pyte" in HAVE:
            e["tty_first_ms"] = median_first([ALLYMAP, "--data", d], "q quit", max(5, RUNS // 4))
            st = median_steps([ALLYMAP, "--data", d], "q quit",
                              [("\\x1b[C", "─ %s ─" % e.get("arrow_target", "Jordan")), ("2", "Europe map"),
                               ("/", "type a name or code"), ("j", "Japan (JP)")],
                              max(3, KEY_RUNS // 3))
            e["tty_key_arrow_ms"], e["tty_key_region_ms"], e["tty_key_search_ms"] = st[0]["ms"], st[1]["ms"], st[3]["ms"]
        if have_time and "pyte" in HAVE:
            e["peak_rss_mb"] = round(rss_kb("q quit", [ALLYMAP, "--data", d]) / 1024, 1)
        s[str(n)] = e
        row(title, f"{n:>6} actors: load / assessment", f"{fmt(e.get('load'))} / {fmt(e.get('assessment'))}"
            + ("" if e["validate_ok"] else "  (validate FAILED)")); title = ""
        row("", f"{n:>6} actors: frame in-process / first frame tty", f"{fmt(e.get('first_frame'))} / {fmt(e.get('tty_first_ms'))}")
        row("", f"{n:>6} actors: keys tty (arrow, region, search)",
            ", ".join(fmt(e.get(k)) for k in ("tty_key_arrow_ms", "tty_key_region_ms", "tty_key_search_ms")))
        row("", f"{n:>6} actors: validate (load) wall / peak RSS",
            f"{fmt(e.get('validate_ms'))} / {e['validate_rss_mb']} MB" if "validate_rss_mb" in e else "—")
        row("", f"{n:>6} actors: explorer peak RSS", f"{e['peak_rss_mb']} MB" if "peak_rss_mb" in e else "—")


def callgrind(workdir):
    if "valgrind" not in HAVE or not shutil.which("valgrind"):
        return skip("instruction counts", "valgrind is not installed (apt-get install valgrind)")
    c = results["callgrind"]
    for name, cmd in [("bench profile (load + first frame)", [BENCH, "profile"]),
                      ("allymap render --region middle-east", [ALLYMAP, "render", "--region", "middle-east"])]:
        out = os.path.join(workdir, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd,
                       capture_output=True, check=True)
        ann = subprocess.run(["callgrind_annotate", "--inclusive=no", out], capture_output=True, text=True).stdout
        m = re.search(r"([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", ann) or re.search(r"([\d,]+)\s+PROGRAM TOTALS", ann)
        total = int(m.group(1).replace(",", "")) if m else None
        top = []
        for line in ann.splitlines():
            mm = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)", line)
            if mm and "PROGRAM TOTALS" not in line and len(top) < 12:
                top.append({"ir": int(mm.group(1).replace(",", "")), "pct": float(mm.group(2)), "fn": mm.group(3)[:160]})
        c[name] = {"total_ir": total, "top": top}
        row("instructions (callgrind, Ir)" if name.startswith("bench") else "", name,
            f"{total / 1e6:.1f} M" if total else "—")


def main():
    machine()
    workdir = tempfile.mkdtemp(prefix="allymap-bench-")
    try:
        csv_path = os.path.join(workdir, "actors.csv")
        with open(csv_path, "w") as f:
            subprocess.run([ALLYMAP, "export", "--format", "csv", "--table", "actors"], stdout=f, check=True)
        for part, fn in [("first", lambda: first_frame(csv_path)), ("breakdown", breakdown), ("idle", idle), ("keys", keys), ("render", render), ("cli", cli),
                         ("scale", lambda: scale(workdir)), ("callgrind", lambda: callgrind(workdir))]:
            if part in SKIP:
                skip(part, "BENCH_SKIP")
                continue
            note(f"bench: {part}…")
            try:
                fn()
            except Exception as e:  # one broken part must not lose the others' numbers
                skip(part, f"failed: {e}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    m = results["machine"]
    print(f"\nallymap benchmarks — {m['nproc']} cores, {m['cpu']}, {m['os']}, {m['swift']}\n")
    width = max(len(w) for _, w, _ in rows) if rows else 10
    print(f"| {'section':<38} | {'what':<{width}} | value |")
    print(f"| {'-' * 38} | {'-' * width} | ----- |")
    for section, what, value in rows:
        print(f"| {section:<38} | {what:<{width}} | {value} |")
    for s in results["skipped"]:
        print(f"skipped: {s}")
    with open("bench-results.json", "w") as f:
        json.dump(results, f, indent=2, sort_keys=True)
    print("\nwrote bench-results.json")


if __name__ == "__main__":
    main()
