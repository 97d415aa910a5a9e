#!/usr/bin/env python3
"""Three nodes on one PostgreSQL and Payara's data grid: N schools (the folder's, over and over) submitted across all
three as the district's work, node 2 killed with SIGKILL mid-run and started again, one school's solve submitted
behind the flood, a cancel sent through a node that does not run the solve, a solve submitted to a node with no free
slot.

Prints what was accepted and finished, the lost jobs and those run twice at once (both must be 0), the solves per
node, the solves per second, the latency, the school's wait, the cancel's time and the errors in the nodes' logs.
Exit status 1 if a job is lost or run twice, node 2 ran nothing when it was killed or none of its solves was claimed
again, the portal login made on node 2 does not hold on node 3, the data grid has not the three nodes again, the
school's solve waited longer than the longest solve running when it came (plus a second) or overtook none of the
flood, the cancel took a second or more, the solve given to full nodes did not start on node 2 within a second
having heard of it over the grid, or a node logged an error (SEVERE).

Without --database it builds first, then starts a throwaway PostgreSQL on 127.0.0.1 (port CRUNCHER_TEST_PG_PORT,
default 5544). The nodes listen on 127.0.0.1:8091-8093, their data grid on 127.0.0.1:5901-5903.
"""
import argparse
import collections
import concurrent.futures
import contextlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import common
from await_jobs import await_jobs

PORTS = {1: 8091, 2: 8092, 3: 8093}
GRID = ",".join(f"127.0.0.1:{5900 + n}" for n in PORTS)
TYPICAL_SCHOOL = common.TEST_SCHOOLS / "typical-00.json"
LONG_SEARCH = common.REPOSITORY / "cruncher-web" / "src" / "test" / "resources" / "schools" / "long-search.json"


def node_api(n):
    return common.api_at(PORTS[n])


class Cluster:
    """The three nodes on one database, each stopped by its PID when STARTED (an ExitStack) closes."""

    def __init__(self, started, database_url, count):
        self.started = started
        self.database_url = database_url
        self.count = count
        self.work = Path(tempfile.mkdtemp())
        self.admin_password = common.new_admin_password()
        self.processes = {}

    def start(self, n, settings=None):
        # The whole run is queued at once: the queue and the admin's quota are raised above it.
        self.processes[n] = common.start_server(
            self.started, self.work / f"node-{n}", PORTS[n], self.work / f"node-{n}.log", self.admin_password,
            node=f"node-{n}", settings={
                "CRUNCHER_DATABASE": self.database_url, "CRUNCHER_GRID": GRID, "CRUNCHER_GRID_PORT": str(5900 + n),
                "CRUNCHER_HEAP": "700m", "CRUNCHER_SOLVES_PARALLEL": "2",
                "CRUNCHER_SOLVES_QUEUE": str(self.count + 100),
                "CRUNCHER_LIMITS_UNFINISHEDPERDISTRICTADMIN": str(self.count + 100), **(settings or {})})

    def kill(self, n):
        common.kill(self.processes[n])

    def pids(self):
        return " ".join(str(process.pid) for process in self.processes.values())

    def sql(self, query):
        return common.sql(self.database_url, query)

    def running_on(self, n):
        return int(self.sql(f"select count(*) from solve_job where status = 'RUNNING' and node_id = 'node-{n}'"))

    def log_lines_with(self, text):
        """How many lines of the three nodes' logs hold TEXT."""
        count = 0
        for n in PORTS:
            with open(self.work / f"node-{n}.log", errors="replace") as log:
                count += sum(1 for line in log if text in line)
        return count


def flood(instances, count):
    """The district's work, (school file, node): the folder's schools over and over, spread across the three."""
    files = sorted(instances.glob("*.json"))
    return [(files[i % len(files)], list(PORTS)[i % len(PORTS)]) for i in range(count)]


def send(token, file, n):
    """Submits FILE to node N; a request it cannot take (it is down) goes to node 1 instead, as a load balancer would
    send it. The answer's HTTP status (noting a second sending) and body."""
    school = file.read_bytes()
    code, answer = common.submit(node_api(n), token, school)
    if code == "000":
        code, answer = common.submit(node_api(1), token, school)
        code = f"{code} (sent again to node 1)"
    return code, answer


def accepted_ids(answers):
    ids = []
    for _, answer in answers:
        try:
            ids.append(json.loads(answer)["id"])
        except (ValueError, KeyError, TypeError):
            pass  # a refusal: counted among the HTTP answers
    return ids


def answer_counts(answers):
    counts = collections.Counter(code for code, _ in answers)
    return ", ".join(f"{times} {code}" for code, times in sorted(counts.items()))


def kill_node_2_mid_run(cluster):
    """Kills node 2 with SIGKILL while it runs solves (or after a minute, whatever it is doing). Returns whether it
    was running any, and how many of its solves its rows show running after its death."""
    running = 0
    for _ in range(240):
        running = cluster.running_on(2)
        if running:
            break
        time.sleep(0.25)
    # A kill while node 2 runs nothing would leave nothing to reclaim and prove nothing.
    if not running:
        common.say("node 2 ran no solve within a minute of the flood")
    cluster.kill(2)
    # What it was running when it died is left to the others: nothing else changes its rows until it starts again.
    orphans = cluster.running_on(2)
    common.say(f"killed node 2 (SIGKILL) mid-run, with {orphans} of its solves running")
    return running > 0, orphans


def submit_fair_school(token):
    """One school's solve behind the district's flood, sent to node 3: it starts at the next free slot, ahead of the
    flood's queued jobs. Its id."""
    school = json.dumps({"id": "fair-school", "name": "Fair School"}).encode()
    common.call("POST", f"{node_api(3)}/schools", token, school)
    return common.call("POST", f"{node_api(3)}/solves?school=fair-school", token, TYPICAL_SCHOOL.read_bytes())["id"]


def names(joined):
    """The names in one of the health check's lists, joined by commas (MicroProfile Health's data holds no lists)."""
    return [name for name in joined.split(",") if name]


def data_grid():
    """The data grid's members node 1 sees, and the nodes it sees by their heartbeats."""
    _, health = common.request("GET", f"http://127.0.0.1:{PORTS[1]}/health")
    node = next(check for check in json.loads(health)["checks"] if check["name"] == "node")
    return names(node["data"].get("grid", "")), names(node["data"].get("members", ""))


def report_solves_per_node(cluster):
    common.say("solves finished per node (node, solves, solves/s over its busy time):")
    print(cluster.sql("select node_id, count(*), round(count(*) / greatest(extract(epoch from max(finished_at)"
                      " - min(started_at)), 1)::numeric, 2) from solve_job where finished_at is not null"
                      " group by node_id order by node_id"), file=sys.stderr)
    print(cluster.sql("select 'all', count(*), round(count(*) / greatest(extract(epoch from max(finished_at)"
                      " - min(submitted_at)), 1)::numeric, 2) from solve_job where finished_at is not null"),
          file=sys.stderr, flush=True)


def long_solve():
    """A school whose search runs for its whole time limit, a minute."""
    school = json.loads(LONG_SEARCH.read_text())
    school["options"] = {"timeLimitSeconds": 60, "alternatives": 1}
    return json.dumps(school).encode()


def running_node(cluster, job):
    """The node that runs JOB, once it runs (within 30 s); empty if it never ran."""
    for _ in range(120):
        runner = cluster.sql(f"select node_id from solve_job where id = '{job}' and status = 'RUNNING'")
        if runner:
            return runner
        time.sleep(0.25)
    return ""


def cancel_elsewhere(cluster, token, long):
    """A cancel sent to one node for a solve another node runs: True when the solve has stopped within a second."""
    job = common.call("POST", f"{node_api(1)}/solves", token, long)["id"]
    runner = running_node(cluster, job)
    asked = 3 if runner == "node-1" else 1
    url = f"{node_api(asked)}/solves/{job}"
    start = time.monotonic()
    common.call("DELETE", url, token)
    while common.call("GET", url, token)["status"] == "RUNNING" and time.monotonic() - start < 10:
        time.sleep(0.02)
    took = time.monotonic() - start
    status = common.call("GET", url, token)["status"]
    common.say(f"a cancel sent to node-{asked} for a solve running on {runner}: {status} after {took * 1000:.0f} ms")
    return status == "CANCELLED" and took < 1


def fill_nodes_1_and_3(cluster, token, long):
    """Long solves submitted to nodes 1 and 3 until each runs two, its slots; their ids."""
    fillers = []
    for _ in range(8):
        full = True
        for n in (1, 3):
            if cluster.running_on(n) < 2:
                full = False
                fillers.append(common.call("POST", f"{node_api(n)}/solves", token, long)["id"])
                for _ in range(40):
                    if cluster.sql(f"select status from solve_job where id = '{fillers[-1]}'") == "RUNNING":
                        break
                    time.sleep(0.25)
        if full:
            break
    return fillers


def announcements_heard_on_2(token):
    """Node 2's count of work announced to it over the data grid (its cruncher_work_announced_total)."""
    _, metrics = common.request("GET", f"http://127.0.0.1:{PORTS[2]}/metrics?scope=application", token)
    found = re.search(r"^cruncher_work_announced_total\{[^}]*\} ([0-9]+)", metrics.decode(errors="replace"),
                      re.MULTILINE)
    return int(found.group(1)) if found else 0


def start_of(cluster, job):
    """The node that started JOB and after how many milliseconds of its submission, once started (within 15 s);
    None if it did not start."""
    for _ in range(60):
        started = cluster.sql("select node_id, round(extract(epoch from started_at - submitted_at) * 1000)"
                              f" from solve_job where id = '{job}' and started_at is not null")
        if started:
            node, after_ms = started.split()
            return node, int(after_ms)
        time.sleep(0.25)
    return None


def announced_solve(cluster, token, long):
    """A solve submitted to a node with no free slot: nodes 1 and 3 (two slots each) are filled with long solves, so
    node 2, which looks only every 5 s, is the one to claim it: True when it did at once, having heard node 1 announce
    it over the grid, and the solves ended as expected once the fillers were cancelled."""
    fillers = fill_nodes_1_and_3(cluster, token, long)
    # The fillers' own announcements (a node that fills up announces) are heard before this count.
    time.sleep(1)
    heard_before = announcements_heard_on_2(token)
    announced = common.call("POST", f"{node_api(1)}/solves", token, TYPICAL_SCHOOL.read_bytes())["id"]
    began = start_of(cluster, announced)
    heard = announcements_heard_on_2(token) - heard_before
    what = f"started on {began[0]} after {began[1]} ms" if began else "not started within 15 s"
    common.say(f"a solve submitted to node 1 with nodes 1 and 3 full ({len(fillers)} long solves): {what}; node 2 "
               f"heard {heard} announcement(s) of it")
    held = began is not None and began[0] == "node-2" and began[1] < 1000 and heard >= 1
    for job in fillers:
        common.request("DELETE", f"{node_api(1)}/solves/{job}", token)
    held &= await_jobs(node_api(1), token, fillers + [announced], 120,
                       expected=("SOLVED", "INFEASIBLE", "CANCELLED"))
    return held


def fair_school_started_at_next_slot(cluster, fair_id):
    """Its wait, the flood's jobs submitted before it that started after it, and how long the next slot could take
    to free: the longest of the solves running when it came (plus a second for the claim)."""
    wait, ahead, bound = (int(figure) for figure in cluster.sql(
        "select round(extract(epoch from f.started_at - f.submitted_at) * 1000),"
        " (select count(*) from solve_job j where j.school_id is null and j.claim = 1"
        " and j.submitted_at < f.submitted_at and j.started_at > f.started_at),"
        " (select round(coalesce(max(extract(epoch from r.finished_at - r.started_at)), 0) * 1000) + 1000"
        " from solve_job r where r.school_id is null and r.started_at <= f.submitted_at"
        f" and r.finished_at >= f.submitted_at) from solve_job f where f.id = '{fair_id}'").split())
    common.say(f"a school's solve submitted behind the district's flood: started after {wait} ms (the next slot: "
               f"within {bound} ms), ahead of {ahead} of the flood's jobs submitted before it")
    return wait <= bound and ahead > 0


def cluster_run(started, count, database_url, instances):
    """The three nodes' run on the PostgreSQL database at DATABASE_URL with COUNT schools of INSTANCES; True when
    every check held."""
    cluster = Cluster(started, database_url, count)
    # The first node creates the schema and the first admin; the others start on what it made.
    for n in PORTS:
        cluster.start(n)
    token = common.admin_token(node_api(1), cluster.admin_password, "cluster-test")
    # A portal login on node 2, which is killed below: its session lives on in the data grid.
    portal = common.PortalSession()
    portal.log_in(PORTS[2], cluster.admin_password)
    portal_before = portal.page(PORTS[2], "solves.xhtml")
    common.say(f"three nodes up ({cluster.pids()}); submitting {count} schools across them")
    connections = concurrent.futures.ThreadPoolExecutor(30)
    started.callback(connections.shutdown, cancel_futures=True)
    sending = [connections.submit(send, token, file, n) for file, n in flood(instances, count)]
    all_held, orphans = kill_node_2_mid_run(cluster)
    fair_id = submit_fair_school(token)
    portal_after = portal.page(PORTS[3], "solves.xhtml")
    common.say(f"the portal login made on node 2: {portal_before} there before it died, {portal_after} on node 3 after")
    all_held &= portal_before == "open" and portal_after == "open"
    time.sleep(5)
    # It comes back looking at the queue only every 5 s: what it claims sooner was announced to it over the data grid.
    cluster.start(2, {"CRUNCHER_SOLVES_POLLMILLIS": "5000"})
    common.say("node 2 started again (looking at the queue every 5 s)")
    # The data grid has the three again: a cancel reaches the node running the solve through it at once.
    grid, members = data_grid()
    common.say(f"node 1 sees {len(grid)} members of the data grid and the nodes {' '.join(members)} by their "
               f"heartbeats")
    all_held &= len(grid) == 3 and len(members) == 3
    answers = [answer.result() for answer in sending]
    ids = accepted_ids(answers)
    all_held &= await_jobs(node_api(1), token, ids, 1800, latency=True)
    common.say(f"HTTP answers: {answer_counts(answers)}")
    common.say(f"jobs accepted: {len(ids)} of {count}; stored: {cluster.sql('select count(*) from solve_job')}")
    # Every school sent must be taken, by the node it was sent to or, while that one is down, by node 1.
    all_held &= len(ids) == count
    report_solves_per_node(cluster)
    long = long_solve()
    all_held &= cancel_elsewhere(cluster, token, long)
    all_held &= announced_solve(cluster, token, long)
    all_held &= fair_school_started_at_next_slot(cluster, fair_id)
    reclaimed = int(cluster.sql("select count(*) from solve_job where claim > 1"))
    # A job runs twice at once only if a node kept running it after losing its claim: its late finish is discarded.
    twice = cluster.log_lines_with("its result here is discarded")
    common.say(f"claimed again after node 2 died: {reclaimed} (of {orphans} it left running); run twice at once: "
               f"{twice}")
    all_held &= twice == 0 and orphans >= 1 and reclaimed >= orphans
    # The nodes' logs are part of the result: the kill is expected to show as warnings, never as an error.
    severe = cluster.log_lines_with("levelValue: 1000")
    common.say(f"errors (SEVERE) in the three nodes' logs: {severe}")
    all_held &= severe == 0
    return all_held


def cluster_test(count, database_url, instances, build):
    """True when every check held; the nodes and a PostgreSQL started here are stopped however it ends."""
    common.need_packages("libglpk-java", "postgresql")
    if build:
        common.build()
    with contextlib.ExitStack() as started:
        return cluster_run(started, count, database_url or common.start_test_postgresql(started), instances)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", metavar="N", nargs="?", type=int, default=600, help="schools submitted (default 600)")
    parser.add_argument("--database", metavar="URL",
                        help="run on this PostgreSQL database (postgresql://user:password@host:port/database) rather "
                             "than on a throwaway one")
    parser.add_argument("--schools", metavar="FOLDER", type=Path,
                        default=common.BENCH_INSTANCES if common.BENCH_INSTANCES.is_dir() else common.TEST_SCHOOLS,
                        help="the schools' JSON files (default ../shared/bench/instances, else the repository's test "
                             "schools)")
    parser.add_argument("--no-build", dest="build", action="store_false", help="the build is there already")
    arguments = parser.parse_args()
    common.stop_started_on_sigterm()
    raise SystemExit(0 if cluster_test(arguments.n, arguments.database, arguments.schools, arguments.build) else 1)


if __name__ == "__main__":
    main()
