#!/usr/bin/env python3
"""ProfileLedger against its peers, on the same revisions, in one run.

Run by Scripts/benchmarks (which builds, makes the corpora and the virtual environment);
`benchmarks.py run` drives everything and writes BENCHMARKS.md; the other subcommands are
the peers' workers, each run as its own process so that its peak memory is its own.

    benchmarks.py run --work DIR --bin DIR --out BENCHMARKS.md [--repeats N]
                      [--sizes 200x10,200x50,250x400]
    benchmarks.py write --work DIR --out BENCHMARKS.md   (again, from DIR/results.json)
    benchmarks.py floor CORPUS ROUNDS
    benchmarks.py sqlite READINGS DB
    benchmarks.py eventsourcing READINGS DB SAMPLES
    benchmarks.py git-commits READINGS REPO
    benchmarks.py git-history-queries DB SAMPLES
"""

import calendar
import hashlib
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path

COUNTRIES = 200  # of a size given as revisions only
DEFAULT_SIZES = "200x10,200x50,250x400"


def parse_sizes(text):
    """`200x10,200x50,250x400` as (countries, revisions per country) pairs, the smallest
    corpus first; a bare number N is 200 countries' (`10,50`, as the script took before)."""
    sizes = []
    for part in text.split(","):
        countries, _, revisions = part.strip().rpartition("x")
        sizes.append((int(countries or COUNTRIES), int(revisions)))
    return sorted(set(sizes), key=lambda s: (s[0] * s[1], s))


def name_of(size):
    """`200x10`: how the corpus's files are named."""
    return f"{size[0]}x{size[1]}"


def label_of(size):
    """`200 × 10`: how BENCHMARKS.md names the corpus."""
    return f"{size[0]} × {size[1]}"


def load_readings(path):
    """The exported readings, in file order (country, then date)."""
    with open(path, "rb") as f:
        return [json.loads(line) for line in f]


def percentiles(times):
    """p50 and p99 (nearest rank) of `times` (seconds), in µs."""
    ordered = sorted(times)

    def rank(p):
        index = max(0, min(len(ordered) - 1, -(-int(p * len(ordered)) // 100) - 1))
        return ordered[index] * 1e6

    return {"p50": rank(50), "p99": rank(99)}


def emit(result):
    print(json.dumps(result, sort_keys=True))


# ---------------------------------------------------------------------------------------------
# Workers


def floor_worker(corpus, rounds):
    """Read each document and SHA-256 its bytes, one core: median of rounds."""
    files = sorted(Path(corpus).glob("*/*.txt"))
    times = []
    cpus = []
    for _ in range(int(rounds)):
        start = time.perf_counter()
        cpu = time.process_time()
        for file in files:
            with open(file, "rb") as f:
                hashlib.sha256(f.read()).digest()
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    seconds = statistics.median(times)
    emit(
        {
            "documents": len(files),
            "seconds": seconds,
            "cpu": statistics.median(cpus),
            "docs_per_s": len(files) / seconds,
        }
    )


def sqlite_worker(readings_path, db):
    """Bare sqlite3: one table, one transaction, executemany of (country, date, reading)."""
    rows = [
        (r["country"], r["date"], json.dumps(r["reading"], sort_keys=True, ensure_ascii=False))
        for r in load_readings(readings_path)
    ]
    start = time.perf_counter()
    cpu = time.process_time()
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE readings (country TEXT, date TEXT, reading TEXT)")
    with connection:
        connection.executemany("INSERT INTO readings VALUES (?, ?, ?)", rows)
    connection.close()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    emit({"revisions": len(rows), "seconds": seconds, "cpu": cpu, "bytes": os.path.getsize(db)})


def eventsourcing_worker(readings_path, db, samples):
    """eventsourcing on SQLite: one aggregate per country, one event per revision, saved as
    it is recorded (one transaction per revision); then the aggregate at a random version."""
    os.environ["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
    os.environ["SQLITE_DBNAME"] = db
    from eventsourcing.application import Application
    from eventsourcing.domain import Aggregate, event

    namespace = uuid.UUID("6f1d7c32-4a55-4b0e-9a8e-2c1b5d3f0a11")

    class CountryProfile(Aggregate):
        @staticmethod
        def create_id(country, date, reading):
            return uuid.uuid5(namespace, country)

        @event("Recorded")
        def __init__(self, country, date, reading):
            self.country = country
            self.date = date
            self.reading = reading

        @event("Revised")
        def revise(self, date, reading):
            self.date = date
            self.reading = reading

    class ProfileApplication(Application):
        pass

    readings = load_readings(readings_path)
    app = ProfileApplication()
    aggregates = {}
    start = time.perf_counter()
    cpu = time.process_time()
    for r in readings:
        aggregate = aggregates.get(r["country"])
        if aggregate is None:
            aggregate = CountryProfile(r["country"], r["date"], r["reading"])
            aggregates[r["country"]] = aggregate
        else:
            aggregate.revise(r["date"], r["reading"])
        app.save(aggregate)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu

    rng = random.Random(11)
    codes = sorted(aggregates)
    times = []
    for _ in range(int(samples)):
        aggregate = aggregates[rng.choice(codes)]
        version = rng.randint(1, aggregate.version)
        t0 = time.perf_counter()
        app.repository.get(aggregate.id, version=version)
        times.append(time.perf_counter() - t0)
    app.close()
    size = sum(os.path.getsize(db + s) for s in ("", "-wal", "-shm") if os.path.exists(db + s))
    emit(
        {
            "revisions": len(readings),
            "seconds": seconds,
            "cpu": cpu,
            "bytes": size,
            "get_at_version_us": percentiles(times),
        }
    )


def git_record(reading, country):
    """One country's record in profiles.json: each figure and indicator its own column, so
    that git-history's changed columns name the indicators and figures that changed."""
    record = {
        "country": country,
        "name": reading["country"]["name"],
        "catalog": reading["catalog"],
        "last_updated": reading["lastUpdated"],
    }
    for figure in reading["figures"]:
        record[figure["id"]] = {k: v for k, v in figure.items() if k != "id"}
    for indicator in reading["indicators"]:
        record[indicator["id"]] = {k: v for k, v in indicator.items() if k != "id"}
    return record


def git_commits_worker(readings_path, repo):
    """The history as git-history reads it: one file, profiles.json, one record per country
    (its latest reading), committed once per revision date, oldest first, with that date as
    the commit's. The commits are made by one `git fast-import`, the quickest way git has."""
    readings = load_readings(readings_path)
    by_date = {}
    for r in readings:
        by_date.setdefault(r["date"], []).append(r)
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)

    def git(*args, **kwargs):
        subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.DEVNULL, **kwargs)

    git("init", "-q", "-b", "main")
    latest = {}
    start = time.perf_counter()
    cpu = time.process_time()
    importer = subprocess.Popen(
        ["git", "-C", repo, "fast-import", "--quiet"], stdin=subprocess.PIPE
    )
    for date in sorted(by_date):
        for r in by_date[date]:
            latest[r["country"]] = git_record(r["reading"], r["country"])
        content = json.dumps(
            [latest[c] for c in sorted(latest)], indent=2, ensure_ascii=False
        ).encode()
        message = f"Profiles as of {date}".encode()
        stamp = calendar.timegm(time.strptime(date + " 12", "%Y-%m-%d %H"))
        importer.stdin.write(
            b"commit refs/heads/main\n"
            + f"committer Benchmark <benchmark@example.invalid> {stamp} +0000\n".encode()
            + f"data {len(message)}\n".encode() + message + b"\n"
            + f"M 644 inline profiles.json\ndata {len(content)}\n".encode() + content + b"\n"
        )
    importer.stdin.close()
    if importer.wait() != 0:
        raise SystemExit("git fast-import failed")
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    git("reset", "-q", "--hard")
    imported = directory_bytes(os.path.join(repo, ".git"))
    t0 = time.perf_counter()
    git("gc", "-q")
    gc_seconds = time.perf_counter() - t0
    emit(
        {
            "revisions": len(readings),
            "commits": len(by_date),
            "seconds": seconds,
            "git_bytes_imported": imported,
            "gc_seconds": gc_seconds,
            "git_bytes_packed": directory_bytes(os.path.join(repo, ".git")),
            "file_bytes": os.path.getsize(os.path.join(repo, "profiles.json")),
        }
    )


def git_history_queries_worker(db, samples):
    """git-history's changed-columns query: the whole history's, and one country's."""
    connection = sqlite3.connect(db)
    whole = """
        SELECT item.country, _commit_at, _changed_columns
        FROM item_version_detail JOIN item ON item._id = item_version_detail._item
        ORDER BY item.country, _version"""
    one = """
        SELECT _commit_at, _version, _changed_columns
        FROM item_version_detail WHERE _item = (SELECT _id FROM item WHERE country = ?)
        ORDER BY _version"""
    rows = 0
    whole_times = []
    for _ in range(5):
        t0 = time.perf_counter()
        rows = len(connection.execute(whole).fetchall())
        whole_times.append(time.perf_counter() - t0)
    codes = [r[0] for r in connection.execute("SELECT country FROM item")]
    rng = random.Random(11)
    times = []
    for _ in range(int(samples)):
        code = rng.choice(codes)
        t0 = time.perf_counter()
        connection.execute(one, (code,)).fetchall()
        times.append(time.perf_counter() - t0)
    versions = connection.execute("SELECT count(*) FROM item_version").fetchone()[0]
    changed = connection.execute("SELECT count(*) FROM item_changed").fetchone()[0]
    emit(
        {
            "versions": versions,
            "changed_rows": changed,
            "whole_rows": rows,
            "whole_us": percentiles(whole_times),
            "country_us": percentiles(times),
        }
    )


def directory_bytes(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


# ---------------------------------------------------------------------------------------------
# The driver


class Driver:
    def __init__(self, work, bin_dir, out, repeats, sizes):
        self.work = Path(work)
        self.bin = Path(bin_dir)
        self.out = Path(out)
        self.repeats = repeats
        self.sizes = sizes
        self.python = sys.executable
        self.script = os.path.abspath(__file__)
        self.load = []
        self.commands = []
        self.results = {}
        self.git_history_budget = 150  # seconds
        # A peer is left out of a corpus where its runs would take longer (seconds).
        self.peer_budget = 1800
        self.minutes = 0
        self.pins = os.environ.get("PEERS", "git-history eventsourcing")
        self.noting = True  # commands are listed from each size's first round

    def log(self, message):
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    def note(self, command):
        """Records a command for BENCHMARKS.md, with the work directory made relative."""
        if not self.noting:
            return
        text = " ".join(str(c) for c in command)
        root = str(self.work.parent.parent)
        text = text.replace(root + "/", "").replace(self.python, "python3")
        if text not in self.commands:
            self.commands.append(text)

    def timed(self, command, stdout=subprocess.PIPE, env=None):
        """Runs `command` under /usr/bin/time: (wall seconds, peak RSS KB, stdout); the
        process's CPU seconds (user + system) are left in self.last_cpu."""
        self.note(command)
        stats = self.work / "time.txt"
        start = time.perf_counter()
        process = subprocess.run(
            ["/usr/bin/time", "-f", "%U %S %M", "-o", str(stats), *map(str, command)],
            stdout=stdout,
            env=env,
            check=True,
        )
        wall = time.perf_counter() - start
        user, system, peak = stats.read_text().split()[-3:]
        self.last_cpu = float(user) + float(system)
        peak = int(peak)
        out = process.stdout.decode() if stdout == subprocess.PIPE else ""
        return wall, peak, out

    def worker(self, *args):
        wall, peak, out = self.timed([self.python, self.script, *args])
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_kb"] = peak
        result["wall"] = wall
        return result

    def sample_load(self):
        while not self.done:
            with open("/proc/loadavg") as f:
                self.load.append(float(f.read().split()[0]))
            time.sleep(5)

    def run(self):
        self.done = False
        sampler = threading.Thread(target=self.sample_load, daemon=True)
        sampler.start()
        started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        began = time.perf_counter()
        for size in self.sizes:
            self.results[name_of(size)] = self.measure(size)
        self.done = True
        self.minutes = (time.perf_counter() - began) / 60
        self.write(started)

    def plan_peers(self, size):
        """The peers to leave out of the corpus `size`: those whose wall-clock time per
        revision on the largest smaller corpus of this run says that all their runs on this
        one would take more than `peer_budget` seconds. Each as {"estimate": seconds, "from":
        the corpus the estimate comes from}."""
        revisions = size[0] * size[1]
        smaller = [r for r in self.results.values() if r["revisions"] < revisions]
        if not smaller:
            return {}
        reference = max(smaller, key=lambda r: r["revisions"])
        scale = revisions / reference["revisions"]
        med = statistics.median
        estimates = {}
        if reference["git_history"]:
            # Making the commits, once, and one replay: later rounds replay only short runs.
            commits = reference["git_commits"]
            one = commits["seconds"] + commits["gc_seconds"]
            one += med(x["wall"] for x in reference["git_history"])
            estimates["git"] = one * scale
        for peer in ("eventsourcing", "sqlite"):
            if reference[peer]:
                estimates[peer] = med(x["wall"] for x in reference[peer]) * scale * self.repeats
        # A peer left out of the smaller corpus is left out of this one too.
        for peer, skipped in reference["skipped"].items():
            estimates[peer] = skipped["estimate"] * scale
        return {
            peer: {"estimate": seconds, "from": reference["name"]}
            for peer, seconds in estimates.items()
            if seconds > self.peer_budget
        }

    def measure(self, size):
        name = name_of(size)
        corpus = self.work / f"corpus-{name}"
        readings = self.work / f"readings-{name}.jsonl"
        scratch = self.work / f"scratch-{name}"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        skipped = self.plan_peers(size)
        result = {
            "name": name,
            "countries": size[0],
            "ours": [],
            "floor": [],
            "sqlite": [],
            "eventsourcing": [],
            "git_history": [],
            "skipped": skipped,
        }
        for peer, skip in skipped.items():
            self.log(f"{name}: {peer} left out: about {skip['estimate'] / 60:.0f} min (from {skip['from']})")

        # git: the commits once (their time is reported apart), then git-history replays.
        repo = scratch / "repo"
        if "git" not in skipped:
            self.log(f"{name}: git commits")
            result["git_commits"] = self.worker("git-commits", readings, repo)

        self.noting = True
        for round in range(self.repeats):
            self.noting = round == 0
            self.log(f"{name}: round {round + 1}/{self.repeats}: profiles ingest")
            db = scratch / f"ours-{round}.sqlite"
            wall, peak, _ = self.timed(
                [self.bin / "profiles", "ingest", corpus, "--db", db], stdout=subprocess.DEVNULL
            )
            size_bytes = sum(
                os.path.getsize(f"{db}{s}") for s in ("", "-wal", "-shm") if os.path.exists(f"{db}{s}")
            )
            result["ours"].append(
                {"wall": wall, "cpu": self.last_cpu, "peak_kb": peak, "bytes": size_bytes}
            )

            self.log(f"{name}: floor, sqlite3")
            result["floor"].append(self.worker("floor", corpus, 3))
            sqlite_db = scratch / f"bulk-{round}.sqlite"
            if "sqlite" not in skipped:
                result["sqlite"].append(self.worker("sqlite", readings, sqlite_db))

            es_db = scratch / f"eventsourcing-{round}.sqlite"
            if "eventsourcing" not in skipped:
                self.log(f"{name}: eventsourcing")
                result["eventsourcing"].append(self.worker("eventsourcing", readings, es_db, 1000))

            for path in (db, sqlite_db, es_db):
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(f"{path}{suffix}"):
                        os.remove(f"{path}{suffix}")

            # git-history runs again in later rounds only if its first run was short.
            if "git" not in skipped and (
                round == 0 or result["git_history"][0]["wall"] <= self.git_history_budget
            ):
                self.log(f"{name}: git-history")
                gh_db = scratch / f"git-history-{round}.db"
                wall, peak, _ = self.timed(
                    [
                        Path(self.python).parent / "git-history",
                        "file", gh_db, repo / "profiles.json", "--repo", repo, "--id", "country",
                        "--silent",
                    ]
                )
                entry = {"wall": wall, "cpu": self.last_cpu, "peak_kb": peak}
                entry["bytes"] = os.path.getsize(gh_db)
                entry["queries"] = self.worker("git-history-queries", gh_db, 1000)
                result["git_history"].append(entry)

            if round == 0:
                self.log(f"{name}: profiles-benchmark suite")
                command = [self.bin / "profiles-benchmark", "suite", corpus, 1000, self.repeats]
                self.note(command)
                out = subprocess.run(list(map(str, command)), check=True, capture_output=True)
                result["suite"] = json.loads(out.stdout.decode().strip().splitlines()[-1])
        # The repository of a large corpus is many GB of loose objects before `git gc`.
        shutil.rmtree(repo, ignore_errors=True)
        result["revisions"] = result["suite"]["corpus"]["documents"]
        result["corpus_bytes"] = result["suite"]["corpus"]["bytes"]
        return result

    # -----------------------------------------------------------------------------------------
    # BENCHMARKS.md

    def figures(self, size):
        """The medians of one corpus size; None for a peer left out of it."""
        r = self.results[name_of(size)]
        n = r["revisions"]
        med = statistics.median
        suite = r["suite"]
        f = {
            "revisions": n,
            "corpus_bytes": r["corpus_bytes"],
            "ours_ingest": n / med(x["wall"] for x in r["ours"]),
            "ours_ingest_in_process": suite["ingest_in_process_rev_per_s"],
            "ours_cpu": n / med(x["cpu"] for x in r["ours"]),
            "floor_python_cpu": r["revisions"] / med(x["cpu"] for x in r["floor"]),
            "ours_peak_kb": med(x["peak_kb"] for x in r["ours"]),
            "ours_bytes": med(x["bytes"] for x in r["ours"]),
            "parse": suite["parse_docs_per_s"],
            "parse_mb": suite["parse_mb_per_s"],
            "floor_swift": suite["floor_read_sha256_docs_per_s"],
            "floor_python": med(x["docs_per_s"] for x in r["floor"]),
        }
        sqlite = r["sqlite"]
        f.update(
            {
                "sqlite": n / med(x["seconds"] for x in sqlite) if sqlite else None,
                "sqlite_cpu": n / med(x["cpu"] for x in sqlite) if sqlite else None,
                "sqlite_bytes": med(x["bytes"] for x in sqlite) if sqlite else None,
                "sqlite_peak_kb": med(x["peak_kb"] for x in sqlite) if sqlite else None,
            }
        )
        es = r["eventsourcing"]
        f.update(
            {
                "es": n / med(x["seconds"] for x in es) if es else None,
                "es_cpu": n / med(x["cpu"] for x in es) if es else None,
                "es_bytes": med(x["bytes"] for x in es) if es else None,
                "es_peak_kb": med(x["peak_kb"] for x in es) if es else None,
                "es_get_p50": med(x["get_at_version_us"]["p50"] for x in es) if es else None,
                "es_get_p99": med(x["get_at_version_us"]["p99"] for x in es) if es else None,
            }
        )
        gh = r["git_history"]
        commits = r.get("git_commits")
        f.update(
            {
                "gh": n / med(x["wall"] for x in gh) if gh else None,
                "gh_bytes": med(x["bytes"] for x in gh) if gh else None,
                "gh_peak_kb": med(x["peak_kb"] for x in gh) if gh else None,
                "gh_cpu": n / med(x["cpu"] for x in gh) if gh else None,
                "gh_runs": len(gh),
                "gh_versions": gh[0]["queries"]["versions"] if gh else None,
                "gh_whole_p50": med(x["queries"]["whole_us"]["p50"] for x in gh) if gh else None,
                "gh_country_p50": med(x["queries"]["country_us"]["p50"] for x in gh) if gh else None,
                "gh_country_p99": med(x["queries"]["country_us"]["p99"] for x in gh) if gh else None,
                "git_commits": commits["commits"] if commits else None,
                "git_commit_rate": n / commits["seconds"] if commits else None,
                "git_commit_seconds": commits["seconds"] if commits else None,
                "git_imported": commits["git_bytes_imported"] if commits else None,
                "git_packed": commits["git_bytes_packed"] if commits else None,
                "git_file": commits["file_bytes"] if commits else None,
            }
        )
        for key, value in suite["latency_us"].items():
            f[f"lat_{key}_p50"] = value["p50"]
            f[f"lat_{key}_p99"] = value["p99"]
        return f

    def write(self, started):
        sizes = self.sizes
        names = [name_of(s) for s in sizes]
        labels = {name_of(s): label_of(s) for s in sizes}
        figs = {name_of(s): self.figures(s) for s in sizes}
        small, large = names[0], names[-1]

        def not_run(fmt):
            """`fmt`, with a dash for a figure not measured."""
            return lambda x, *rest: "—" if x is None else fmt(x, *rest)

        def ratio(a, b):
            return a / b if a is not None and b else None

        @not_run
        def n0(x):
            return f"{x:,.0f}"

        @not_run
        def ms(us):
            return f"{us / 1000:.1f} ms" if us >= 1000 else f"{us:.0f} µs"

        @not_run
        def mb(b):
            return f"{b / 1e6:.1f} MB"

        @not_run
        def kb_mb(kb):
            return f"{kb / 1024:.0f} MB"

        @not_run
        def times(x, digits=2):
            return f"{x:.{digits}f}×"

        # Each larger corpus's figure over the smallest's.
        grown = names[1:]
        header = (
            "| | "
            + " | ".join(labels[s] for s in names)
            + "".join(f" | growth to {labels[s]}" for s in grown)
            + " |"
        )
        rule = "|---|" + "---:|" * (len(names) + len(grown))

        def row(label, key, fmt):
            cells = [fmt(figs[s][key]) for s in names]
            cells += [times(ratio(figs[s][key], figs[small][key])) for s in grown]
            return f"| {label} | " + " | ".join(cells) + " |"

        ours_rows = [
            header,
            rule,
            row("documents (revisions)", "revisions", n0),
            row("corpus bytes", "corpus_bytes", mb),
            row("floor: read + SHA-256, one core (docs/s)", "floor_swift", n0),
            row("parse: read + parse, one core (docs/s)", "parse", n0),
            row("ingest, `profiles ingest DIR` (rev/s)", "ours_ingest", n0),
            row("ingest, in-process pipeline (rev/s)", "ours_ingest_in_process", n0),
            row("store bytes", "ours_bytes", mb),
            row("peak memory of `profiles ingest` (max RSS)", "ours_peak_kb", kb_mb),
        ]
        for s in names:
            figs[s]["ours_bytes_per_rev"] = figs[s]["ours_bytes"] / figs[s]["revisions"]
        ours_rows.append(row("store bytes per revision", "ours_bytes_per_rev", n0))
        latency_labels = [
            ("history", "history COUNTRY"),
            ("show_as_of", "show COUNTRY --as-of DATE"),
            ("diff", "diff COUNTRY FROM TO"),
            ("blame", "blame COUNTRY"),
            ("changelog_country", "changelog --country C --format json"),
            ("progress_country", "progress COUNTRY (trajectory)"),
            ("changelog_all", "changelog --format json (whole store)"),
            ("progress_all", "progress (whole store)"),
        ]
        for key, label in latency_labels:
            for p in ("p50", "p99"):
                ours_rows.append(row(f"`{label}` {p}", f"lat_{key}_{p}", ms))

        peer_rows = [header, rule]
        for label, key, fmt in [
            ("ProfileLedger `profiles ingest` (rev/s)", "ours_ingest", n0),
            ("git-history `file` replay (rev/s)", "gh", n0),
            ("git: making the commits, `git fast-import` (rev/s, apart)", "git_commit_rate", n0),
            ("eventsourcing, SQLite, one save per revision (rev/s)", "es", n0),
            ("sqlite3 bulk insert, one transaction (rev/s)", "sqlite", n0),
            ("floor: read + SHA-256, Python, one core (docs/s)", "floor_python", n0),
            ("floor: read + SHA-256, Swift, one core (docs/s)", "floor_swift", n0),
            ("ProfileLedger ingest, per CPU second (rev)", "ours_cpu", n0),
            ("git-history replay, per CPU second (rev)", "gh_cpu", n0),
            ("eventsourcing, per CPU second (rev)", "es_cpu", n0),
            ("sqlite3 bulk insert, per CPU second (rev)", "sqlite_cpu", n0),
            ("floor, Python, per CPU second (docs)", "floor_python_cpu", n0),
            ("ProfileLedger store bytes", "ours_bytes", mb),
            ("git-history database bytes", "gh_bytes", mb),
            ("git repository bytes, as fast-import wrote it", "git_imported", mb),
            ("git repository bytes, after `git gc`", "git_packed", mb),
            ("eventsourcing database bytes", "es_bytes", mb),
            ("sqlite3 bulk database bytes", "sqlite_bytes", mb),
            ("peak memory: `profiles ingest`", "ours_peak_kb", kb_mb),
            ("peak memory: git-history", "gh_peak_kb", kb_mb),
            ("peak memory: eventsourcing", "es_peak_kb", kb_mb),
            ("git-history: whole history's changed columns p50", "gh_whole_p50", ms),
            ("git-history: one country's versions p50", "gh_country_p50", ms),
            ("git-history: one country's versions p99", "gh_country_p99", ms),
            ("eventsourcing: aggregate at a version p50", "es_get_p50", ms),
            ("eventsourcing: aggregate at a version p99", "es_get_p99", ms),
            ("ProfileLedger: `show --as-of` p50", "lat_show_as_of_p50", ms),
            ("ProfileLedger: `history` p50", "lat_history_p50", ms),
        ]:
            peer_rows.append(row(label, key, fmt))

        # Which peers were left out of which corpus, and why.
        peer_names = {
            "git": "git-history (with making its commits)",
            "eventsourcing": "eventsourcing",
            "sqlite": "the sqlite3 bulk insert",
        }
        notes = []
        for s in names:
            for peer, skip in self.results[s]["skipped"].items():
                hours = skip["estimate"] / 3600
                duration = f"{hours:.1f} hours" if hours >= 1 else f"{skip['estimate'] / 60:.0f} minutes"
                notes.append(
                    f"{peer_names[peer]} did not run on {labels[s]}: from its wall-clock time per "
                    f"revision on {labels[skip['from']]}, its runs there would have taken about "
                    f"{duration}"
                )
        skipped_note = ""
        if notes:
            skipped_note = (
                "Left out, where a dash stands: "
                + "; ".join(notes)
                + f" (a peer is left out of a corpus where that estimate passes "
                f"{self.peer_budget // 60:.0f} minutes).\n\n"
            )

        # Ratios and goals, from this run.
        goal_rows = [
            "| goal | " + " | ".join(labels[s] for s in names) + " | met |",
            "|---|" + "---:|" * len(names) + "---|",
        ]

        def goal(label, values, ok):
            cells = " | ".join(values)
            goal_rows.append(f"| {label} | {cells} | {'yes' if ok else 'no'} |")

        ratios = {s: {} for s in names}
        for s in names:
            f = figs[s]
            gh_total = (
                f["gh_bytes"] + f["git_packed"]
                if f["gh_bytes"] is not None and f["git_packed"] is not None
                else None
            )
            ratios[s]["gh"] = ratio(f["ours_ingest"], f["gh"])
            ratios[s]["es"] = ratio(f["ours_ingest"], f["es"])
            ratios[s]["floor_swift"] = ratio(f["floor_swift"], f["ours_ingest"])
            ratios[s]["floor_python"] = ratio(f["floor_python"], f["ours_ingest"])
            ratios[s]["size_gh"] = ratio(f["ours_bytes"], f["gh_bytes"])
            ratios[s]["size_gh_git"] = ratio(f["ours_bytes"], gh_total)
            ratios[s]["sqlite"] = ratio(f["sqlite"], f["ours_ingest"])
            ratios[s]["gh_cpu"] = ratio(f["ours_cpu"], f["gh_cpu"])
            ratios[s]["es_cpu"] = ratio(f["ours_cpu"], f["es_cpu"])
            ratios[s]["floor_python_cpu"] = ratio(f["floor_python_cpu"], f["ours_cpu"])

        def ratio_goal(label, key, digits, met):
            values = [ratios[s][key] for s in names]
            measured = [v for v in values if v is not None]
            goal(
                label,
                [times(v, digits) for v in values],
                bool(measured) and all(met(v) for v in measured),
            )

        ratio_goal("ingest ≥ 100× git-history", "gh", 0, lambda v: v >= 100)
        ratio_goal("… by CPU time (rev per CPU second)", "gh_cpu", 0, lambda v: v >= 100)
        ratio_goal("ingest ≥ 10× eventsourcing (SQLite)", "es", 1, lambda v: v >= 10)
        ratio_goal("… by CPU time", "es_cpu", 1, lambda v: v >= 10)
        ratio_goal(
            "ingest within 5× of read + SHA-256 (Swift floor / ingest)",
            "floor_swift", 1, lambda v: v <= 5,
        )
        ratio_goal("… of the Python floor (floor / ingest)", "floor_python", 1, lambda v: v <= 5)
        ratio_goal(
            "… of the Python floor, by CPU time", "floor_python_cpu", 1, lambda v: v <= 5
        )
        peak_growth = figs[large]["ours_peak_kb"] / figs[small]["ours_peak_kb"]
        goal(
            "peak memory flat (≤ 1.2× from smallest to largest)",
            [kb_mb(figs[s]["ours_peak_kb"]) for s in names[:-1]]
            + [f"{kb_mb(figs[large]['ours_peak_kb'])} ({peak_growth:.2f}×)"],
            peak_growth <= 1.2,
        )
        goal(
            "peak memory ≤ 64 MB",
            [kb_mb(figs[s]["ours_peak_kb"]) for s in names],
            all(figs[s]["ours_peak_kb"] <= 64 * 1024 for s in names),
        )
        ratio_goal(
            "store smaller than git-history's database (ours / theirs)", "size_gh", 2, lambda v: v < 1
        )
        ratio_goal(
            "… than git-history's database + packed repository", "size_gh_git", 2, lambda v: v < 1
        )
        goal_rows.append(
            "| (for reference) sqlite3 bulk insert / ingest | "
            + " | ".join(times(ratios[s]["sqlite"], 1) for s in names)
            + " | |"
        )

        def bullet(text):
            return textwrap.fill(text, width=92, initial_indent="- ", subsequent_indent="  ")

        f = figs[large]
        floor_bullet = bullet(
            f"**Against the floor.** On {labels[large]}, a revision cost ProfileLedger "
            f"{1e6 / f['ours_cpu']:.0f} µs of CPU, against {1e6 / f['floor_python_cpu']:.0f} µs "
            "to read and hash its document (Python, one core). Profiled (`perf record` of "
            "`profiles ingest` on 200 × 50), parsing takes about 20 % of that CPU; zlib about "
            "15 %, most of it in setting each delta's preset dictionary (`deflateSetDictionary` "
            "8.5 %, `adler32` 3.9 %: up to 32 KB of keyframe hashed for a 3 KB document), "
            "SHA-256 of the document, the reading and 21 indicator digests about 3 %; the rest "
            "is the canonical reading, SQLite's inserts into the events, sources and seven "
            "projection tables with their indexes, and the writer's own work. "
            "Every part is one of the store's guarantees: each "
            "source kept byte for byte, each reading kept, every event chained, the projections "
            "updated in the same transaction. The floor does none of it."
        )
        with_es = [s for s in names if figs[s]["es"] is not None]
        es_comparison = ""
        if with_es:
            e = figs[with_es[-1]]
            es_comparison = (
                f" On {labels[with_es[-1]]}, eventsourcing spent {1e6 / e['es_cpu']:.0f} µs of "
                f"CPU on a reading against ProfileLedger's {1e6 / e['ours_cpu']:.0f} µs on a "
                f"revision, and recorded {e['es']:,.0f} readings a second against "
                f"{e['ours_ingest']:,.0f}, each save a transaction of its own."
            )
        peers_bullet = bullet(
            "**Against eventsourcing and git-history.** They start from the readings "
            "ProfileLedger's reader made, so their figures leave out parsing, and they keep "
            f"neither the documents nor projections.{es_comparison} git-history replays every "
            "record of every commit."
        )

        versions = self.versions()
        load = self.load or [0.0]
        machine = self.machine()
        commands = "\n".join(self.commands)
        with_git = [s for s in names if figs[s]["git_commits"] is not None]
        text = TEMPLATE.format(
            started=started,
            minutes=self.minutes,
            machine=machine,
            load_min=min(load),
            load_med=statistics.median(load),
            load_max=max(load),
            repeats=self.repeats,
            versions=versions,
            corpora=", ".join(
                f"{labels[s]} ({figs[s]['revisions']:,} revisions)" for s in names
            ),
            ours_table="\n".join(ours_rows),
            peer_table="\n".join(peer_rows),
            skipped_note=skipped_note,
            goal_table="\n".join(goal_rows),
            commands=commands,
            pins=self.pins,
            gh_commits=", ".join(f"{figs[s]['git_commits']:,} commits for {labels[s]}" for s in with_git),
            gh_runs=", ".join(f"{figs[s]['gh_runs']} at {labels[s]}" for s in with_git),
            gh_file=", ".join(f"{mb(figs[s]['git_file'])} at {labels[s]}" for s in with_git),
            default_sizes=DEFAULT_SIZES,
            floor_bullet=floor_bullet,
            peers_bullet=peers_bullet,
            default_corpora=", ".join(label_of(s) for s in parse_sizes(DEFAULT_SIZES)),
        )
        self.out.write_text(text)
        run = {
            "started": started,
            "minutes": self.minutes,
            "repeats": self.repeats,
            "sizes": [name_of(s) for s in self.sizes],
            "load": self.load,
            "commands": self.commands,
            "pins": self.pins,
        }
        (self.work / "results.json").write_text(
            json.dumps({"run": run, **self.results}, indent=1, sort_keys=True)
        )
        self.log(f"wrote {self.out}")

    @classmethod
    def rewrite(cls, work, out):
        """BENCHMARKS.md again from the results.json a run left in `work`: for a change to
        the text, without measuring again."""
        results = json.loads((Path(work) / "results.json").read_text())
        run = results.pop("run")
        driver = cls(work, ".", out, run["repeats"], parse_sizes(",".join(run["sizes"])))
        driver.results = results
        driver.load = run["load"]
        driver.commands = run["commands"]
        driver.minutes = run["minutes"]
        driver.pins = run["pins"]
        driver.write(run["started"])

    def versions(self):
        from importlib import metadata

        def version(package):
            try:
                return metadata.version(package)
            except metadata.PackageNotFoundError:
                return "?"

        git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True)
        swift_line = (swift.stdout or swift.stderr).strip().splitlines()[0]
        return "\n".join(
            [
                f"- {swift_line}",
                f"- git-history {version('git-history')} (sqlite-utils {version('sqlite-utils')}, "
                f"GitPython {version('GitPython')}); {git}",
                f"- eventsourcing {version('eventsourcing')}",
                f"- Python {platform.python_version()}, its sqlite3 module on SQLite {sqlite3.sqlite_version}",
            ]
        )

    def machine(self):
        cpu = "?"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            memory = int(f.readline().split()[1]) / 1024 / 1024
        return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GB memory, {platform.system()} {platform.release()}"


TEMPLATE = """# Benchmarks

Written by `Scripts/benchmarks` (run {started}, {minutes:.0f} minutes); do not edit by hand,
run it again. Every figure below comes from that one run, on the same revisions for every
tool: ratios between rows are what to read, since the machine is shared and its load moves
absolute figures.

## Machine

- {machine}
- load average (1 min) during the run: {load_min:.1f} min, {load_med:.1f} median, {load_max:.1f} max
{versions}

Each measurement ran {repeats} times, ProfileLedger and the peers in turn within each round;
the tables give medians. Latencies are p50 and p99 of 1,000 queries on random countries and
dates (the whole-store reports: of at least 5 runs). Rates "per CPU second" divide the
revisions by the CPU time (user + system) spent on them: the whole `profiles ingest` process,
the whole `git-history file` process, the peers' timed loops. They move less with the
machine's load than wall-clock rates do, and give ingest no credit for using both cores.

## The corpora

`profiles-benchmark corpus DIR C N` writes C countries × N revisions (seed 2015) as
`<slug>/<date>.txt`, each revision changing up to three indicators and some figures; this
run's corpora: {corpora}. Every
tool records the same revisions: ProfileLedger the document files; the peers the readings
ProfileLedger's reader makes of those files (`profiles-benchmark export`: the canonical JSON
that `profiles parse` prints), so their figures leave out parsing altogether.

## ProfileLedger

`profiles ingest DIR` into a new store, timed as a process (wall clock; peak memory is its
maximum resident set, from `/usr/bin/time`); everything else in-process through the calls
the commands make, with their output rendered (`profiles-benchmark suite`). Each growth
column divides a corpus's figure by the smallest corpus's.

{ours_table}

## Peers

{peer_table}

{skipped_note}Ratios, from this run:

{goal_table}

## What stands in the way of the goals

{floor_bullet}
{peers_bullet}
- **Peak memory.** `profiles ingest` holds at most two batches of 128 documents (the one
  being recorded, the next one being read), a 4 MiB page cache for the writer (readers,
  which start afresh after each commit, may hold 64 MiB for whole-store reports), at most
  8,192 remembered readings and text ids, the latest keyframe (a document and a reading) of
  at most 256 countries, and its list of files in about ten bytes a path; it writes each
  batch's outcomes once committed and keeps only their counts. Most of what is left is the
  program: its binary and the Swift and Foundation libraries take 25–35 MB of the resident
  set before the first document is read.
- **Store size.** git-history's database keeps only changed columns and no documents. The
  store keeps every source document and every reading, each (since schema v8) a zlib delta
  against a keyframe of its country (about 130 and 185 bytes a revision), every SHA-256 as
  its 32 bytes (since schema v9; about 200 bytes a revision with the indexes on them), and
  its projections: `indicator_values` about 400 bytes a revision (21 rows),
  `indicator_texts` and `figure_values` about 150 each, `revisions` about 100. The largest
  part left is `indicator_values`: each revision's 21 text ids packed in one row would save
  about 350 bytes a revision, a schema change of its own that every query of a revision's
  readings goes through.

## What each one does

| | ProfileLedger | git-history | eventsourcing (SQLite) | sqlite3 bulk insert | read + SHA-256 |
|---|---|---|---|---|---|
| input | document files | readings, as JSON committed to git | readings | readings | document files |
| parses the documents | yes | no | no | no | no |
| keeps each source document, byte for byte | yes (compressed; `profiles source`) | no (the repository keeps the JSON, not the documents) | no | no | no |
| keeps every reading | yes | changed columns only; the full record of the latest | yes (one event each) | yes | no |
| tracks removed fields | yes (`missing` status, figure removed) | as a change to null; a record that leaves the file is not noticed | no (each event a whole reading) | no | no |
| identical content is a no-op | yes (`unchanged`) | yes (same item hash, no version) | no | no | no |
| hash chain over the history | yes (`verify`) | in git (commits); not in its database | no | no | no |
| corrections, backfills | yes (recorded, superseded, still readable) | only as new commits, in commit order | only as more events | no | no |
| as-of queries | effective date and recorded time | by commit | by aggregate version | no | no |
| change queries | diff, blame, changelog, progress, with word diffs | which columns changed in each version | no | no | no |
| concurrent writers | yes | no | optimistic (version conflicts) | no | no |

How each peer was run:

- **git-history**: its model is one JSON file of records with an id column, replayed commit
  by commit. The history is one file, `profiles.json`, holding every country's latest reading
  as one record (`--id country`), each figure and indicator its own column (so that its
  changed columns name the indicators that changed), committed once per revision date, oldest
  first, with that date as the commit date ({gh_commits}; the file is {gh_file}). Making the
  commits (one `git fast-import`) is timed apart from `git-history file`, which
  builds its database from them; the repository's size is given as `git fast-import` wrote
  it and after `git gc`. git-history runs again in later rounds only when its first run took
  under 150 s (runs: {gh_runs}).
  Its changed-columns queries read `item_version_detail` (whose `_changed_columns` comes
  from `item_changed`): the whole history, and one country's versions.
- **eventsourcing**: one aggregate per country (id: a UUID from the country code), one event
  per revision carrying the reading (the first, `Recorded`, creates the aggregate; the rest
  are `Revised`), `app.save` after each revision (a transaction each, as a command would),
  with `PERSISTENCE_MODULE=eventsourcing.sqlite` and `SQLITE_DBNAME`. Aggregates stay in
  memory between saves. The query is `repository.get(id, version=n)` at a random version.
- **sqlite3 bulk insert**: one table `(country, date, reading)`, no index, one transaction,
  `executemany` of the readings as JSON text: what storing the readings alone costs.
- **floor**: reading each document file and SHA-256 of its bytes, one core, in Python
  (`hashlib`) and in Swift (swift-crypto, in `profiles-benchmark suite`).

## Commands

`Scripts/benchmarks` (by default `Scripts/benchmarks 3 {default_sizes}`: three rounds,
corpora of {default_corpora}; a size of N alone is 200 × N) runs, from the package's root:

```sh
swift build -c release --product profiles
swift build -c release --product profiles-benchmark
python3 -m venv .build/peers-venv
.build/peers-venv/bin/pip install {pins}
profiles-benchmark corpus .build/benchmarks/corpus-CxN C N
profiles-benchmark export .build/benchmarks/corpus-CxN .build/benchmarks/readings-CxN.jsonl
```

then `Scripts/benchmarks.py run`, which runs these for each corpus in every round (the
first round's shown; `/usr/bin/time -f '%U %S %M'` around each process):

```sh
{commands}
```
"""


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(64)
    command, rest = args[0], args[1:]
    if command == "floor":
        floor_worker(*rest)
    elif command == "sqlite":
        sqlite_worker(*rest)
    elif command == "eventsourcing":
        eventsourcing_worker(*rest)
    elif command == "git-commits":
        git_commits_worker(*rest)
    elif command == "git-history-queries":
        git_history_queries_worker(*rest)
    elif command == "write":
        options = dict(zip(rest[::2], rest[1::2]))
        Driver.rewrite(work=options["--work"], out=options["--out"])
    elif command == "run":
        options = dict(zip(rest[::2], rest[1::2]))
        Driver(
            work=options["--work"],
            bin_dir=options["--bin"],
            out=options["--out"],
            repeats=int(options.get("--repeats", "3")),
            sizes=parse_sizes(options.get("--sizes", DEFAULT_SIZES)),
        ).run()
    else:
        print(__doc__)
        sys.exit(64)


if __name__ == "__main__":
    main()
