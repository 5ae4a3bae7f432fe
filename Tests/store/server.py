"""The organisation's store on the tests' throwaway PostgreSQL server, for the store suites.

`make store-test` starts the server (Tests/postgres/cluster.sh) and gives its address, as its
owner, in CARECOACH_TEST_POSTGRES. Each store asked for is a new database, set up with
`carecoach org init` and with a worker added by `carecoach org add-worker`, as an organisation
would; the tests then run `carecoach` as that worker.
"""
import os
import secrets
import subprocess
import tempfile
import urllib.parse

import pytest

ADDRESS = os.environ.get("CARECOACH_TEST_POSTGRES", "")
REQUIRED = os.environ.get("CARECOACH_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", "postgres"]


def need_server():
    """Fails (under make) or skips (run by hand) when there is no server."""
    if ADDRESS:
        return
    if REQUIRED:
        pytest.fail("no test server: CARECOACH_TEST_POSTGRES is not set (make store-test starts one)")
    pytest.skip("no test server: CARECOACH_TEST_POSTGRES is not set")


def with_database(address, database, user):
    parts = urllib.parse.urlsplit(address)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "user"]
    query.append(("user", user))
    return "%s://%s/%s?%s" % (parts.scheme, parts.netloc, database,
                              urllib.parse.urlencode(query, safe="/"))


def owner():
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(ADDRESS).query))["user"]


class ServerStore:
    """A new database with one worker: `address` is the worker's, `owner_address` the owner's."""

    def __init__(self, binary, environment):
        need_server()
        suffix = secrets.token_hex(4)
        # The worker's own folder, for what CareCoach keeps on their computer.
        self.home = tempfile.mkdtemp(prefix="carecoach-server-home-")
        self.database = "store_" + suffix
        self.worker = "worker_" + suffix
        psql(ADDRESS, "CREATE DATABASE " + self.database)
        self.owner_address = with_database(ADDRESS, self.database, owner())
        self.address = with_database(ADDRESS, self.database, self.worker)
        for arguments in (["org", "init"], ["org", "add-worker", self.worker, "--team", "north"]):
            subprocess.run([binary, *arguments, "--store", self.owner_address], check=True,
                           capture_output=True, env=environment, timeout=60)

    def rows(self, sql):
        """The rows of `sql` as the owner sees them, each a list of strings."""
        out = psql(self.owner_address, sql)
        return [line.split("|") for line in out.splitlines() if line]


def psql(address, sql):
    result = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", address, "-c", sql],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout
