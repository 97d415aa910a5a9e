#!/usr/bin/env python3
"""Submits 50 schools, kills the server with SIGKILL while solves run, restarts it on the same data folder, and
checks that every job is accounted for: finished, or run again and finished.

Builds first; the server listens on 127.0.0.1, port CRUNCHER_PORT (default 8089), its data in a temporary folder.
Exit status 1 when nothing was running at the kill, a school was refused, or a job is lost, has not finished within
10 minutes of the restart, or ended FAILED, CANCELLED or TIMED_OUT; the five long seed-model solves, which may end
at their own time limit of 60 s, may also end TIMED_OUT, never FAILED or CANCELLED.
"""
import argparse
import collections
import contextlib
import json
import time
from pathlib import Path

import common
from await_jobs import await_jobs

# District schools whose seed-model solves take long: they are still running when the server is killed.
LONG_SOLVES = ["district-044.json", "district-044.json", "district-162.json", "district-162.json", "district-044.json"]


def schools(instances):
    """The 50 schools sent (file, JSON as bytes): the folder's first 45, then 5 long seed-model solves."""
    sent = [(file, file.read_bytes()) for file in sorted(instances.glob("*.json"))[:45]]
    for name in LONG_SOLVES:
        school = json.loads((instances / name).read_text())
        school["options"] = {"formulation": "seed", "timeLimitSeconds": 60, "alternatives": 1}
        sent.append((instances / name, json.dumps(school).encode()))
    return sent


def statuses(api, token):
    """How many of the server's jobs are in each status."""
    items = common.call("GET", f"{api}/solves?size=200", token)["items"]
    return dict(collections.Counter(item["status"] for item in items))


def crash_test(instances):
    """True when every job of the 50 finished after a crash that stopped solves running."""
    work, port, api, admin_password = common.one_server_check()
    with contextlib.ExitStack() as started:
        server = common.start_server(started, work, port, work / "server-1.log", admin_password)
        token = common.admin_token(api, admin_password, "crash-test")
        common.say(f"server {server.pid} up; submitting 50 schools (5 of them long seed-model solves)")
        ids = []
        for file, school in schools(instances):
            _, answer = common.submit(api, token, school)
            try:
                ids.append(json.loads(answer)["id"])
            except (ValueError, KeyError, TypeError):
                common.fail(f"submitting {file} was refused: {answer.decode(errors='replace')}")
        plain, long = ids[:-len(LONG_SOLVES)], ids[-len(LONG_SOLVES):]
        time.sleep(3)
        before = statuses(api, token)
        common.say(f"before the crash: {before}")
        all_held = True
        # A crash that stops nothing running proves nothing: the check fails unless solves were running at the kill.
        if "RUNNING" not in before:
            common.say("nothing was running when the server was killed")
            all_held = False
        common.kill(server)
        common.say("killed the server with SIGKILL; restarting on the same data folder")
        common.start_server(started, work, port, work / "server-2.log", admin_password)
        # Every job read by its id until it has finished: a lost job (404), one still unfinished after 10 minutes, or
        # one that ended FAILED, CANCELLED or TIMED_OUT fails. The seed model does not settle the long ones within
        # their 60 s: ended by their own time limit, they finished as asked.
        all_held &= await_jobs(api, token, plain, 600)
        all_held &= await_jobs(api, token, long, 600, expected=("SOLVED", "INFEASIBLE", "TIMED_OUT"))
    return all_held


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", metavar="FOLDER", nargs="?", type=Path, default=common.BENCH_INSTANCES,
                        help="the schools' JSON files (default ../shared/bench/instances)")
    arguments = parser.parse_args()
    common.stop_started_on_sigterm()
    raise SystemExit(0 if crash_test(arguments.folder) else 1)


if __name__ == "__main__":
    main()
