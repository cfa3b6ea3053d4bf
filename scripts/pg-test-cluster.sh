# shellcheck shell=bash
# A throwaway PostgreSQL cluster on loopback for the tests of the postgres
# backend. Source it from bash (it exports a variable and sets an EXIT trap
# in the calling shell):
#
#   . scripts/pg-test-cluster.sh        # installs PostgreSQL if missing, starts a cluster
#   go test ./...                       # sees UNKG_TEST_POSTGRES=postgres://...
#                                       # the cluster stops when the shell exits
#
# Or run it with a command, which runs with the cluster and stops it after:
#
#   bash scripts/pg-test-cluster.sh go test ./graph/backend/postgres
#
# It installs Debian's postgresql package when no server binaries are found
# (as root), runs initdb as the postgres user into a temporary folder, and
# listens on 127.0.0.1 and a socket in that folder only. PGTEST_PORT chooses
# the port (default: a free one from 54320 up).

# Safe under set -euo pipefail (.ci/run sources this file).
pg_test_cluster_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1) || true
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
  return 0
}

pg_test_cluster_start() {
  local bin
  bin=$(pg_test_cluster_bin)
  if [ -z "$bin" ]; then
    echo "pg-test-cluster: installing PostgreSQL (apt-get install -y postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 || return 1
    apt-get install -y -q postgresql >&2 || return 1
    bin=$(pg_test_cluster_bin)
    if [ -z "$bin" ]; then echo "pg-test-cluster: no pg_ctl after installing postgresql" >&2; return 1; fi
  fi
  id postgres >/dev/null 2>&1 || { echo "pg-test-cluster: no postgres user" >&2; return 1; }

  local port=${PGTEST_PORT:-}
  if [ -z "$port" ]; then
    port=54320
    # A port is taken when something answers on it.
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  fi

  PG_TEST_DIR=$(mktemp -d /tmp/unkg-pg.XXXXXX)
  chown postgres: "$PG_TEST_DIR"
  PG_TEST_BIN=$bin
  # initdb refuses to run as root; the cluster is owned by postgres. trust
  # auth: the cluster lives for one test run and listens on loopback only.
  runuser -u postgres -- "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 ||
    { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2 ||
    { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  runuser -u postgres -- "$bin/createdb" -h "$PG_TEST_DIR" -p "$port" -U postgres unkg_test >&2 || return 1

  export UNKG_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/unkg_test?sslmode=disable"
  echo "pg-test-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PG_TEST_DIR); UNKG_TEST_POSTGRES=$UNKG_TEST_POSTGRES" >&2
}

pg_test_cluster_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    echo "pg-test-cluster: stopped" >&2
  fi
  PG_TEST_DIR=
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: start, and stop when the calling shell exits.
  pg_test_cluster_start || return 1
  trap pg_test_cluster_stop EXIT
else
  # Run: start, run the command, stop.
  set -euo pipefail
  pg_test_cluster_start
  trap pg_test_cluster_stop EXIT
  if [ "$#" -gt 0 ]; then "$@"; fi
fi
