"""What the checks share: the packages they need, the build, Class Cruncher servers and a throwaway PostgreSQL
started for them (and stopped by their PIDs when the check ends, however it ends), the API and the portal."""
import base64
import http.client
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
CRUNCHER = REPOSITORY / "server-config" / "bin" / "cruncher"
BENCH_INSTANCES = REPOSITORY.parent / "shared" / "bench" / "instances"
TEST_SCHOOLS = REPOSITORY / "cruncher-planner" / "src" / "test" / "resources" / "schools"


def say(message):
    print(f"cruncher: {message}", file=sys.stderr, flush=True)


def fail(message):
    """Ends the check as failed; the finally blocks and exit stacks on the way out stop what it started."""
    say(message)
    raise SystemExit(1)


def stop_started_on_sigterm():
    """A SIGTERM ends the check as Ctrl-C does: through the finally blocks that stop what it started."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def installed(package):
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True).stdout
    return "install ok installed" in status


def need_packages(*packages):
    """Installs the Debian packages that are missing (needs root or sudo)."""
    missing = [package for package in packages if not installed(package)]
    if not missing:
        return
    say(f"installing {' '.join(missing)}")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update", "-q"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-q"] + missing, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def build():
    say("building (mvn package, tests skipped)")
    if subprocess.run(["mvn", "-q", "-B", "-DskipTests", "install"], cwd=REPOSITORY).returncode != 0:
        fail("the build failed")


def new_admin_password():
    """The test servers' first admin gets a known password: HTTP Basic once for a token, the token for the rest."""
    return secrets.token_urlsafe(18)


def api_at(port):
    return f"http://127.0.0.1:{port}/api/v1"


def one_server_check():
    """What a check on one server of its own starts from, once the application is built: a temporary data folder,
    the port (CRUNCHER_PORT, default 8089), the API there and the first admin's password."""
    need_packages("libglpk-java")
    build()
    port = int(os.environ.get("CRUNCHER_PORT", "8089"))
    return Path(tempfile.mkdtemp()), port, api_at(port), new_admin_password()


def request(method, url, token=None, body=None, headers=None, timeout=60):
    """Sends one request (BODY: JSON as bytes) and returns the answer's HTTP status and body, whatever the status;
    a connection refused, cut or timed out raises OSError."""
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, method=method, headers=headers),
                                    timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def call(method, url, token=None, body=None, headers=None):
    """The JSON answer of a request that must succeed; the check fails on an HTTP status of 400 or more."""
    status, answer = request(method, url, token, body, headers)
    if status >= 400:
        fail(f"{method} {url} answered {status}: {answer[:300].decode(errors='replace')}")
    return json.loads(answer) if answer else None


def submit(api, token, school):
    """Submits a school (JSON as bytes) to API/solves; returns the HTTP status as curl writes it ("000": no
    answer, the node being down) and the answer's body."""
    try:
        status, answer = request("POST", f"{api}/solves", token, school)
    except (OSError, http.client.HTTPException):
        return "000", b""
    return str(status), answer


def admin_token(api, admin_password, name):
    """Creates an API token of the first admin (HTTP Basic once; the token for everything else)."""
    basic = base64.b64encode(f"admin:{admin_password}".encode()).decode()
    return call("POST", f"{api}/tokens", body=json.dumps({"name": name}).encode(),
                headers={"Authorization": f"Basic {basic}"})["token"]


def answers(url):
    """The HTTP status of a call without login to URL, None while nothing answers there."""
    try:
        return request("GET", url, timeout=5)[0]
    except (OSError, http.client.HTTPException):
        return None


def await_server(api, log):
    """Waits until the server at API answers (401 to a call without login); fails if it does not within 2 minutes, or
    if it answers anything else on the way: a starting server refuses connections until its application is deployed,
    so a half-started one's 404 or empty 500 is a failure."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = answers(f"{api}/me")
        if status == 401:
            return
        if status is not None:
            fail(f"the starting server answered {status} before it was ready; see {log}")
        time.sleep(0.1)
    fail(f"the server did not start; see {log}")


def stop(process):
    """Stops a process started here, by its PID (SIGTERM, SIGKILL if it is still there after a minute)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_server(started, home, port, log, admin_password, node=None, settings=None):
    """Starts `cruncher run --no-build` on PORT, its data in HOME and its output appended to LOG, with more CRUNCHER_*
    environment variables in SETTINGS, and waits until it answers; STARTED (an ExitStack) stops it when it closes.
    Returns its process: the server's JVM itself (run execs it), so that SIGKILL hits the server."""
    command = [str(CRUNCHER), "run", "--no-build", "--port", str(port)] + (["--node", node] if node else [])
    environment = {**os.environ, "CRUNCHER_HOME": str(home), "CRUNCHER_ADMIN_INITIALPASSWORD": admin_password,
                   **(settings or {})}
    with open(log, "ab") as output:
        server = subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL, stdout=output,
                                  stderr=subprocess.STDOUT)
    started.callback(stop, server)
    await_server(api_at(port), log)
    return server


def kill(process):
    """SIGKILL, as a crash: the process has no time to finish anything."""
    process.kill()
    process.wait()


class _RedirectIsTheAnswer(urllib.request.HTTPRedirectHandler):
    """As curl without -L: the portal's redirect (to the login form, after a login) is what the check looks at."""

    def redirect_request(self, *args, **kwargs):
        return None


class PortalSession:
    """A browser's session on the portal: its cookies, sent to every node (they are all on 127.0.0.1)."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _RedirectIsTheAnswer)

    def _open(self, url, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(url, data=data, timeout=60) as answer:
                return answer.status, answer.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def log_in(self, port, admin_password):
        """Logs the first admin in at PORT with the login form, as a browser sends it."""
        _, page = self._open(f"http://127.0.0.1:{port}/login.xhtml")
        view_state = re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"', page)
        self._open(f"http://127.0.0.1:{port}/login.xhtml", {
            "login": "login", "login:username": "admin", "login:password": admin_password, "login:submit": "Log in",
            "jakarta.faces.ViewState": view_state.group(1) if view_state else ""})

    def page(self, port, page):
        """"open" when PAGE at PORT shows itself to this session, else what it got."""
        status, body = self._open(f"http://127.0.0.1:{port}/{page}")
        login_form = 'id="login:username"' in body
        if status == 200 and not login_form:
            return "open"
        return f"HTTP {status}" + (", the login form" if login_form else "")


def postgresql_bin():
    """The programs folder of the newest PostgreSQL installed."""
    return max(Path("/usr/lib/postgresql").glob("*/bin"),
               key=lambda folder: [int(number) for number in re.findall(r"\d+", folder.parent.name)])


def as_postgres(command, **options):
    return subprocess.run(["su", "postgres", "-c", command], **options)


def start_test_postgresql(started):
    """Starts a throwaway PostgreSQL cluster on 127.0.0.1 (as user postgres, in a temporary folder; port
    CRUNCHER_TEST_PG_PORT, default 5544) with a database for the tests; STARTED (an ExitStack) stops it when it
    closes. Returns the database's URL."""
    programs = postgresql_bin()
    folder = tempfile.mkdtemp()
    port = os.environ.get("CRUNCHER_TEST_PG_PORT", "5544")
    shutil.chown(folder, "postgres")
    with open(f"{folder}/initdb.log", "wb") as log:
        as_postgres(f"{programs}/initdb -D {folder}/data -A trust -U postgres", stdout=log, stderr=subprocess.STDOUT,
                    check=True)
    as_postgres(f"{programs}/pg_ctl -D {folder}/data -w -l {folder}/server.log"
                f" -o '-p {port} -k {folder} -c listen_addresses=127.0.0.1' start", stdout=subprocess.DEVNULL,
                check=True)
    started.callback(as_postgres, f"{programs}/pg_ctl -D {folder}/data -m fast stop", stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
    as_postgres(f"{programs}/psql -h 127.0.0.1 -p {port} -U postgres -q"
                " -c \"create user cruncher password 'cruncher'\" -c 'create database cruncher owner cruncher'",
                check=True)
    return f"postgresql://cruncher:cruncher@127.0.0.1:{port}/cruncher"


def sql(database_url, query):
    """QUERY's rows on the database at DATABASE_URL, as psql prints them unaligned: fields split by a space."""
    return subprocess.run([str(postgresql_bin() / "psql"), database_url, "-At", "-F", " ", "-c", query],
                          stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
