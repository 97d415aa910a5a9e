#!/usr/bin/env python3
"""Measures the service's own time per job on top of the planner (300 jobs one at a time after 300 to warm up), what
a request costs beside a static resource of the same server (wrk), then submits N schools at once (50 connections)
to the fresh server, waits for every result, and reports solves per second, submit-to-result latency (p50, p99),
the server's peak resident memory and any lost job or refusal.

Builds first; the server listens on 127.0.0.1, port CRUNCHER_PORT (default 8089), its data in a temporary folder.
Exit status 1 when a job did not finish, a school was refused (429 quota, 503 queue full) or met an error, or a job
is lost, unfinished after 15 minutes, or ended FAILED, CANCELLED or TIMED_OUT.
"""
import argparse
import collections
import concurrent.futures
import contextlib
import json
import subprocess
import threading
from pathlib import Path

import common
from await_jobs import await_jobs
from service_overhead import service_overhead

STATIC_RESOURCE = "/jakarta.faces.resource/css/cruncher.css.xhtml"


def wrk(url, token, seconds):
    """Requests per second and the median latency of wrk (2 threads, 16 connections) on URL, as wrk prints them."""
    output = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "-H", f"Authorization: Bearer {token}",
                             url], stdout=subprocess.PIPE, text=True, check=True).stdout
    rate = median = ""
    for fields in (line.split() for line in output.splitlines()):
        if fields[:1] == ["Requests/sec:"]:
            rate = fields[1]
        elif fields[:1] == ["50%"]:
            median = fields[1]
    return rate, median


def request_cost(root, token):
    """What one request costs next to what the platform costs: a static resource of the same server, GET /health and
    GET /api/v1/me with a token, 5 s each to warm up, then 15 s each; prints requests per second, the median latency
    and how many times a static resource's cost /me is."""
    common.need_packages("wrk")
    paths = [STATIC_RESOURCE, "/health", "/api/v1/me"]
    for path in paths:
        wrk(root + path, token, 5)
    measured = [wrk(root + path, token, 15) for path in paths]
    (static_rate, static_p50), (health_rate, health_p50), (me_rate, me_p50) = measured
    common.say(f"request cost (wrk, 2 threads, 16 connections, 15 s each): static resource {static_rate} req/s "
               f"(p50 {static_p50}), GET /health {health_rate} req/s (p50 {health_p50}), GET /api/v1/me {me_rate} "
               f"req/s (p50 {me_p50}): /me costs {float(static_rate) / float(me_rate):.2f} times a static resource")


class PeakMemory(threading.Thread):
    """Samples a process's resident memory every half second while it runs, keeping the peak (KiB)."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self.stopped = threading.Event()

    def resident_kib(self):
        with open(f"/proc/{self.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

    def run(self):
        while not self.stopped.is_set():
            try:
                self.peak_kib = max(self.peak_kib, self.resident_kib())
            except (OSError, StopIteration):
                return
            self.stopped.wait(0.5)

    def stop(self):
        self.stopped.set()
        self.join()


def submit_all(api, token, files):
    """Submits every file at once over 50 connections; the answers' HTTP statuses and bodies."""
    with concurrent.futures.ThreadPoolExecutor(50) as connections:
        return list(connections.map(lambda file: common.submit(api, token, file.read_bytes()), files))


def load_test(instances, count):
    """True when the service measured every job and took, ran and finished every one of the N schools."""
    work, port, api, admin_password = common.one_server_check()
    files = sorted(instances.glob("*.json"))[:count]
    with contextlib.ExitStack() as started:
        server = common.start_server(started, work, port, work / "server.log", admin_password)
        token = common.admin_token(api, admin_password, "load-test")
        common.say(f"server {server.pid} up; the service's own time per job first, one job at a time")
        all_held = service_overhead(api, token, files, 300)
        request_cost(f"http://127.0.0.1:{port}", token)
        common.say(f"submitting {len(files)} schools over 50 connections")
        memory = PeakMemory(server.pid)
        memory.start()
        answers = submit_all(api, token, files)
        codes = collections.Counter(code for code, _ in answers)
        ids = [json.loads(answer)["id"] for code, answer in answers if code == "202"]
        common.say(f"HTTP answers {dict(codes)}")
        # Every school must be taken: a refusal (429 quota, 503 queue full) or an error is a failed load test.
        all_held &= set(codes) == {"202"}
        all_held &= await_jobs(api, token, ids, 900, latency=True)
        memory.stop()
        common.say(f"jobs accepted {len(ids)} of {len(files)}; server peak resident memory "
                   f"{memory.peak_kib // 1024} MiB")
        all_held &= len(ids) == len(files)
    return all_held


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", metavar="FOLDER", nargs="?", type=Path, default=common.BENCH_INSTANCES,
                        help="the schools' JSON files (default ../shared/bench/instances)")
    parser.add_argument("n", metavar="N", nargs="?", type=int, default=200,
                        help="schools submitted at once (default 200)")
    arguments = parser.parse_args()
    common.stop_started_on_sigterm()
    raise SystemExit(0 if load_test(arguments.folder, arguments.n) else 1)


if __name__ == "__main__":
    main()
