#!/usr/bin/env python3
"""Waits until every job whose id is in IDS_FILE has finished, reading each by its id; then reports.

Prints the statuses counted, the lost jobs (404), the unfinished ones and those that ended otherwise than expected
(by default SOLVED or INFEASIBLE: a job that FAILED, was CANCELLED or TIMED_OUT is no job done); with --latency also
the submit-to-result latency (p50, p99) and throughput. Exit status 1 when a job is lost, still queued or running at
the timeout, or ended in a status not expected.
"""
import argparse
import collections
import datetime
import json
import time

import common

UNFINISHED = ("QUEUED", "RUNNING")


def read_job(api, token, job):
    """The job as the API shows it, None when it knows no such job (404)."""
    status, answer = common.request("GET", f"{api}/solves/{job}", token, timeout=30)
    if status == 404:
        return None
    if status >= 400:
        common.fail(f"reading {job} answered {status}: {answer[:300].decode(errors='replace')}")
    return json.loads(answer)


def read_until_finished(api, token, ids, timeout):
    """Each job's last reading, once every job has finished or TIMEOUT seconds have passed."""
    deadline = time.monotonic() + timeout
    results = {}
    pending = list(ids)
    while pending and time.monotonic() < deadline:
        for job in pending:
            results[job] = read_job(api, token, job)
        pending = [job for job in pending if results[job] is not None and results[job]["status"] in UNFINISHED]
        if pending:
            time.sleep(2)
    return results


def at(stamp):
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def report_latency(finished):
    """Submit-to-result latency (p50, p99) and throughput over the results that have a finish."""
    latencies = sorted((at(r["timings"]["finishedAt"]) - at(r["timings"]["submittedAt"])).total_seconds()
                       for r in finished)
    if not latencies:
        return
    span = (max(at(r["timings"]["finishedAt"]) for r in finished)
            - min(at(r["timings"]["submittedAt"]) for r in finished)).total_seconds()

    def percentile(q):
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))]

    common.say(f"{len(latencies)} results in {span:.1f} s = {len(latencies) / span:.2f} solves/s; submit-to-result "
               f"latency p50 {percentile(0.5):.1f} s, p99 {percentile(0.99):.1f} s")


def await_jobs(api, token, ids, timeout, latency=False, expected=("SOLVED", "INFEASIBLE")):
    """Waits for the jobs of IDS at API and reports them; True when none is lost, unfinished after TIMEOUT seconds,
    or ended in a status other than EXPECTED."""
    results = read_until_finished(api, token, ids, timeout)
    lost = [job for job in ids if results.get(job) is None]
    found = [job for job in ids if results.get(job) is not None]
    unfinished = [job for job in found if results[job]["status"] in UNFINISHED]
    unexpected = [job for job in found if job not in unfinished and results[job]["status"] not in expected]
    statuses = collections.Counter(results[job]["status"] for job in found)
    common.say(f"{len(ids)} jobs by id: statuses {dict(statuses)}; lost {len(lost)}; unfinished {len(unfinished)}; "
               f"ended otherwise than {'/'.join(expected)}: {len(unexpected)}")
    for job in unexpected:
        common.say(f"{job} ended {results[job]['status']}: {results[job].get('message')}")
    for job in lost:
        common.say(f"lost {job}")
    for job in unfinished:
        common.say(f"unfinished after {timeout:.0f} s: {job} ({results[job]['status']})")
    if latency:
        report_latency([results[job] for job in found if results[job]["timings"].get("finishedAt")])
    return not (lost or unfinished or unexpected)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("api", metavar="API", help="the API's root, e.g. http://127.0.0.1:8089/api/v1")
    parser.add_argument("token", metavar="TOKEN", help="an API token that may read the jobs")
    parser.add_argument("ids_file", metavar="IDS_FILE", help="the jobs' ids, one a line")
    parser.add_argument("timeout", metavar="TIMEOUT_SECONDS", type=float, help="seconds to wait at most")
    parser.add_argument("--latency", action="store_true", help="also the submit-to-result latency and throughput")
    parser.add_argument("--expect", metavar="STATUS,...", default="SOLVED,INFEASIBLE",
                        help="the statuses a job may end in (default SOLVED,INFEASIBLE)")
    arguments = parser.parse_args()
    with open(arguments.ids_file) as lines:
        ids = [line.strip() for line in lines if line.strip()]
    finished_as_expected = await_jobs(arguments.api, arguments.token, ids, arguments.timeout, arguments.latency,
                                      tuple(arguments.expect.split(",")))
    raise SystemExit(0 if finished_as_expected else 1)


if __name__ == "__main__":
    main()
