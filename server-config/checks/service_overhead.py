#!/usr/bin/env python3
"""Measures what the service adds to the planner per job, on a server with nothing else to do.

Submits the schools named in FILES_LIST one at a time (COUNT of them, over and over, after 300 to warm the server
up), each once the one before has finished, on one kept-alive connection. The service's work on a job is the time
from its submission to its committed result less the planner's own time (`solveMillis`: building and solving the
models): waking a node, claiming, handing over to the planner, recording and committing the result. The server times
it after the commit (the MicroProfile timer `cruncher_job_service`; TOKEN must be a district admin's to read it); its
count and sum before and after the counted jobs give their mean. Per job, the stored times split it up to the update
that records the result (its `finishedAt`, before the commit). The two API calls a client makes (submitting, reading
the result) are timed apart: they are what any call costs (login check, JSON), whatever the job. Waiting between two
looks at the job is not counted. Prints milliseconds per job (mean, p50, p90, max); exit status 1 when a job did not
finish or the server's timer did not count every job.
"""
import argparse
import http.client
import json
import time
import urllib.parse

import common
from await_jobs import at

# The first solves warm the server (class loading, the JIT); they are not counted.
WARM_UP = 300


class Connection:
    """One kept-alive connection to the API, each call timed by the client."""

    def __init__(self, api, token):
        self.url = urllib.parse.urlsplit(api)
        self.connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def service_timer(self):
        """The server's timer of the service's work per job, summed over its nodes: (jobs, seconds)."""
        self.connection.request("GET", "/metrics?scope=application", headers=self.headers)
        text = self.connection.getresponse().read().decode()

        def total(name):
            return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + "{"))

        return total("cruncher_job_service_count"), total("cruncher_job_service_sum")

    def call(self, method, path, body=None):
        """The answer's status, its JSON and the call's milliseconds."""
        start = time.perf_counter()
        self.connection.request(method, self.url.path + path, body=body, headers=self.headers)
        answer = self.connection.getresponse()
        payload = answer.read()
        return answer.status, json.loads(payload) if payload else None, (time.perf_counter() - start) * 1000


def figures(values):
    ordered = sorted(values)

    def pick(q):
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return f"mean {sum(ordered) / len(ordered):.1f}, p50 {pick(0.5):.1f}, p90 {pick(0.9):.1f}, max {ordered[-1]:.1f}"


def service_overhead(api, token, files, count):
    """Runs WARM_UP + COUNT jobs of FILES (paths) one at a time at API and prints the service's time per job; False
    when a job was refused or did not finish within 2 minutes."""
    connection = Connection(api, token)
    planner, service, parts = [], [], {"submit": [], "stored": [], "claim": [], "run": [], "read": []}
    timer_before = None
    for n in range(WARM_UP + count):
        if n == WARM_UP:
            timer_before = connection.service_timer()
        with open(files[n % len(files)], "rb") as school:
            status, queued, submit_ms = connection.call("POST", "/solves", school.read())
        if status != 202:
            common.say(f"overhead: submit answered {status}: {queued}")
            return False
        deadline = time.monotonic() + 120
        while True:
            status, result, read_ms = connection.call("GET", f"/solves/{queued['id']}")
            if result["status"] not in ("QUEUED", "RUNNING"):
                break
            if time.monotonic() > deadline:
                common.say(f"overhead: {queued['id']} did not finish")
                return False
            time.sleep(0.05)
        if n < WARM_UP:
            continue
        timings = result["timings"]
        claim_ms = (at(timings["startedAt"]) - at(timings["submittedAt"])).total_seconds() * 1000
        run_ms = (at(timings["finishedAt"]) - at(timings["startedAt"])).total_seconds() * 1000 - timings["solveMillis"]
        planner.append(timings["solveMillis"])
        parts["submit"].append(submit_ms)
        parts["stored"].append(claim_ms + run_ms)
        parts["claim"].append(claim_ms)
        parts["run"].append(run_ms)
        parts["read"].append(read_ms)
        service.append(submit_ms + claim_ms + run_ms + read_ms)
    timer_after = connection.service_timer()
    timed = timer_after[0] - timer_before[0]
    committed_ms = (timer_after[1] - timer_before[1]) * 1000 / max(timed, 1)
    common.say(f"service overhead per job, {count} jobs one at a time (after {WARM_UP} to warm up), ms:")
    common.say(f"  planner (solveMillis)                     {figures(planner)}")
    common.say(f"  the service's work, to the committed result (target 5; the server's timer, {timed:.0f} jobs): "
               f"mean {committed_ms:.1f}")
    common.say(f"  the same, to the update recording it      {figures(parts['stored'])}")
    common.say(f"    stored to claimed                       {figures(parts['claim'])}")
    common.say(f"    claimed to finished, less the planner   {figures(parts['run'])}")
    common.say("  the two API calls a client makes:")
    common.say(f"    submit                                  {figures(parts['submit'])}")
    common.say(f"    reading the result                      {figures(parts['read'])}")
    common.say(f"  all of it on top of the planner           {figures(service)}")
    if timed != count:
        common.say(f"overhead: the server's timer counted {timed:.0f} jobs, not {count}")
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("api", metavar="API", help="the API's root, e.g. http://127.0.0.1:8089/api/v1")
    parser.add_argument("token", metavar="TOKEN", help="an API token that may submit solves")
    parser.add_argument("files_list", metavar="FILES_LIST", help="the schools' JSON files, one path a line")
    parser.add_argument("count", metavar="COUNT", type=int, help="jobs counted, after 300 to warm up")
    arguments = parser.parse_args()
    with open(arguments.files_list) as lines:
        files = [line.strip() for line in lines if line.strip()]
    raise SystemExit(0 if service_overhead(arguments.api, arguments.token, files, arguments.count) else 1)


if __name__ == "__main__":
    main()
