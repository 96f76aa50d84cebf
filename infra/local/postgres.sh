#!/usr/bin/env bash
# Local PostgreSQL for Sluitend.
#
#   infra/local/postgres.sh up|down|restart|status
#
# up:   if 127.0.0.1:$PGPORT already answers (the machine's PostgreSQL), use it. Otherwise start a
#       private cluster with the distribution's binaries in $SLUITEND_HOME/.local/postgres/data
#       (trust auth, listening on 127.0.0.1 only). Then create the database if missing.
# down: stops the private cluster only; a PostgreSQL we did not start is left alone.
# restart: stops and starts the private cluster (fails when PostgreSQL at PGPORT is not ours).
#
# Environment: PGPORT (5432)  SLUITEND_DB (sluitend)  PG_BIN (dir with initdb/pg_ctl; default:
#   newest /usr/lib/postgresql/*/bin)  PG_START_TIMEOUT (60 s)
#   PG_STATE_DIR ($SLUITEND_HOME/.local/postgres): a second private cluster (a test that restarts
#     PostgreSQL) gets its own state dir and PGPORT.
# Exit codes: see lib/common.sh.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
COMPONENT=postgres

PGHOST_ADDR=127.0.0.1
PGPORT="${PGPORT:-5432}"
SLUITEND_DB="${SLUITEND_DB:-sluitend}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
PG_USER=postgres

STATE="${PG_STATE_DIR:-$SLUITEND_LOCAL/postgres}"
LOCK="${PG_STATE_DIR:+$STATE.lock}"
LOCK="${LOCK:-$SLUITEND_LOCAL/postgres.lock}"
DATA="$STATE/data"
RUN="$STATE/run"
LOG="$STATE/postgres.log"
DATABASE_URL="postgres://$PG_USER@$PGHOST_ADDR:$PGPORT/$SLUITEND_DB"

# Do not let the caller's libpq environment redirect our checks elsewhere.
unset PGHOST PGHOSTADDR PGDATABASE PGSERVICE PGOPTIONS

usage() {
  echo "usage: $0 up|down|restart|status" >&2
  exit "$EXIT_USAGE"
}

validate_env() {
  [[ "$PGPORT" =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" postgres "PGPORT must be a number, got '$PGPORT'"
  [[ "$SLUITEND_DB" =~ ^[a-z_][a-z0-9_]*$ ]] ||
    die "$EXIT_USAGE" postgres "SLUITEND_DB must be a plain lower-case identifier, got '$SLUITEND_DB'"
}

# Server binaries (initdb, pg_ctl, postgres): PG_BIN, else the newest Debian/Ubuntu install,
# else pg_config --bindir. Sets PG_BIN or leaves it empty.
find_server_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] || die "$EXIT_PREREQ" postgres "PG_BIN=$PG_BIN has no initdb/pg_ctl"
    return 0
  fi
  local d
  # shellcheck disable=SC2012 # fixed, space-free paths; ls + sort -V gives newest version first
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
      PG_BIN="$d"
      return 0
    fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
      PG_BIN="$d"
      return 0
    fi
  fi
  PG_BIN=""
}

# Client tools: from PG_BIN when known, else PATH.
client() {
  local tool="$1"
  shift
  if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/$tool" ]]; then
    "$PG_BIN/$tool" "$@"
  elif command -v "$tool" >/dev/null 2>&1; then
    "$tool" "$@"
  else
    die "$EXIT_PREREQ" postgres "$tool not found; install the PostgreSQL client/server: apt-get install postgresql-15"
  fi
}

# pg_isready exit status: 0 accepting, 1 rejecting (starting up), 2 no response, 3 bad parameters.
pg_ready() {
  local rc=0 out
  out="$(client pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT" -t 2 2>&1)" || rc=$?
  # -q prints nothing; output means the tool itself is broken, e.g. Debian's pg_wrapper saying
  # "You must install at least one postgresql-client-<version> package".
  if [[ $rc -ne 0 && -n "$out" ]]; then
    die "$EXIT_PREREQ" postgres "pg_isready does not work ($out). Install PostgreSQL: apt-get install postgresql-15 (or set PG_BIN)"
  fi
  return "$rc"
}

# The private cluster's postmaster pid when it is running, else nothing (exit 1).
private_pid() {
  [[ -f "$DATA/postmaster.pid" ]] || return 1
  local pid
  pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && pid_alive "$pid" || return 1
  [[ "$(cmdline_of "$pid")" == *postgres* ]] || return 1
  echo "$pid"
}

# The port the running private cluster listens on (postmaster.pid line 4).
private_port() {
  sed -n 4p "$DATA/postmaster.pid" 2>/dev/null
}

# Run a server binary as the postgres OS user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then
    id -u "$PG_USER" >/dev/null 2>&1 ||
      die "$EXIT_PREREQ" postgres "running as root but there is no '$PG_USER' OS user to run PostgreSQL as (apt-get install postgresql-15 creates it)"
    # cd /: the caller's cwd (e.g. /root) may not be readable by the postgres user.
    # 9>&-: the postmaster must not inherit our lock fd (it would hold the lock forever).
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u "$PG_USER" -- "$@" 9>&-)
    else
      (cd / && su -s /bin/sh "$PG_USER" -c "$(printf '%q ' "$@")" 9>&-)
    fi
  else
    "$@" 9>&-
  fi
}

psql_admin() {
  client psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_ADDR" -p "$PGPORT" -U "$PG_USER" -d postgres "$@"
}

ensure_database() {
  local exists out
  if ! exists="$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$SLUITEND_DB'" 2>&1)"; then
    die "$EXIT_FAILED" postgres "cannot connect as $PG_USER to $PGHOST_ADDR:$PGPORT: $exists (local development expects trust auth for $PG_USER on 127.0.0.1, or set PGPASSWORD)"
  fi
  [[ "$exists" == 1 ]] && return 0
  if ! out="$(psql_admin -c "CREATE DATABASE \"$SLUITEND_DB\"" 2>&1)"; then
    # A concurrent run may have created it in the meantime.
    [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$SLUITEND_DB'" 2>/dev/null)" == 1 ]] ||
      die "$EXIT_FAILED" postgres "CREATE DATABASE $SLUITEND_DB failed: $out"
  fi
  CREATED_DB=" (created database $SLUITEND_DB)"
}

init_private_cluster() {
  if [[ -f "$DATA/PG_VERSION" ]]; then
    local have want
    have="$(cat "$DATA/PG_VERSION")"
    want="$("$PG_BIN/pg_ctl" --version | sed -n 's/.* \([0-9][0-9]*\)\..*/\1/p')"
    [[ -z "$want" || "$have" == "$want" ]] ||
      die "$EXIT_FAILED" postgres "$DATA holds a PostgreSQL $have cluster but $PG_BIN is PostgreSQL $want; remove $STATE or set PG_BIN"
    return 0
  fi
  rm -rf "$DATA"
  mkdir -p "$DATA" "$RUN"
  chmod 700 "$DATA"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown "$PG_USER:" "$STATE" "$DATA" "$RUN"
    # The postgres user must be able to reach the data dir through the repository path.
    as_pg test -x "$STATE" ||
      die "$EXIT_FAILED" postgres "the $PG_USER OS user cannot reach $STATE (a parent directory is not world-executable)"
  fi
  local locale=C.UTF-8
  locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' || locale=C
  if ! as_pg "$PG_BIN/initdb" -D "$DATA" -U "$PG_USER" -E UTF8 --locale="$locale" \
    --auth-local=trust --auth-host=trust >"$STATE/initdb.log" 2>&1; then
    tail -n 15 "$STATE/initdb.log" >&2 || true
    die "$EXIT_FAILED" postgres "initdb failed (see $STATE/initdb.log)"
  fi
  # Settings that must survive restarts; port/listen/socket dir are passed on every start.
  cat >>"$DATA/postgresql.conf" <<'CONF'

# ---- Sluitend local development (infra/local/postgres.sh)
max_connections = 200
shared_buffers = 128MB
log_min_duration_statement = 1000
CONF
}

start_private_cluster() {
  mkdir -p "$RUN"
  [[ "$(id -u)" -ne 0 ]] || chown "$PG_USER:" "$STATE" "$RUN"
  if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t "$PG_START_TIMEOUT" \
    -o "-c listen_addresses=$PGHOST_ADDR -c port=$PGPORT -c unix_socket_directories=$RUN" \
    start >"$STATE/pg_ctl.log" 2>&1; then
    cat "$STATE/pg_ctl.log" >&2 || true
    tail -n 15 "$LOG" >&2 || true
    die "$EXIT_FAILED" postgres "the private cluster did not start on $PGHOST_ADDR:$PGPORT (log: $LOG)"
  fi
}

cmd_up() {
  validate_env
  with_lock "$LOCK"
  find_server_bin
  CREATED_DB=""
  local pid rc=0 how

  if pid="$(private_pid)"; then
    [[ "$(private_port)" == "$PGPORT" ]] ||
      die "$EXIT_FAILED" postgres "our private cluster (pid $pid) listens on port $(private_port), not PGPORT=$PGPORT; run '$0 down' first"
    how="already running (private cluster, pid $pid)"
  else
    pg_ready || rc=$?
    if [[ $rc -eq 1 ]]; then
      # Someone else's server is starting up: give it a moment.
      local deadline=$((SECONDS + PG_START_TIMEOUT))
      while [[ $rc -eq 1 && $SECONDS -lt $deadline ]]; do
        sleep 0.5
        rc=0
        pg_ready || rc=$?
      done
    fi
    if [[ $rc -eq 0 ]]; then
      how="using the PostgreSQL already running (not started by us)"
    else
      if port_open "$PGHOST_ADDR" "$PGPORT"; then
        local owner
        owner="$(port_owner "$PGPORT")"
        die "$EXIT_PORT_TAKEN" postgres "port $PGPORT on $PGHOST_ADDR is in use${owner:+ by $owner} but does not answer as PostgreSQL; free it or set PGPORT"
      fi
      [[ -n "$PG_BIN" ]] ||
        die "$EXIT_PREREQ" postgres "nothing answers on $PGHOST_ADDR:$PGPORT and no PostgreSQL server binaries were found (looked in /usr/lib/postgresql/*/bin and pg_config). Install them: apt-get install postgresql-15 (or set PG_BIN)"
      init_private_cluster
      start_private_cluster
      how="started private cluster ($(basename "$(dirname "$PG_BIN")"), $DATA)"
    fi
  fi
  ensure_database
  echo "postgres: $how at $PGHOST_ADDR:$PGPORT, database $SLUITEND_DB$CREATED_DB"
}

cmd_down() {
  validate_env
  with_lock "$LOCK"
  local pid
  if pid="$(private_pid)"; then
    find_server_bin
    [[ -n "$PG_BIN" ]] || die "$EXIT_PREREQ" postgres "no pg_ctl found to stop pid $pid (set PG_BIN)"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >"$STATE/pg_ctl.log" 2>&1; then
      cat "$STATE/pg_ctl.log" >&2 || true
      die "$EXIT_FAILED" postgres "pg_ctl stop failed for the private cluster (pid $pid)"
    fi
    echo "postgres: stopped private cluster (pid $pid)"
    return 0
  fi
  if pg_ready; then
    echo "postgres: not started by us; leaving the PostgreSQL at $PGHOST_ADDR:$PGPORT running"
  else
    echo "postgres: not running"
  fi
}

cmd_restart() {
  (
    validate_env
    private_pid >/dev/null || die "$EXIT_NOT_RUNNING" postgres "no private cluster of ours runs in $DATA; restart only restarts one we started"
  )
  (cmd_down)
  cmd_up
}

cmd_status() {
  validate_env
  find_server_bin
  local pid who
  if pid="$(private_pid)"; then
    PGPORT="$(private_port)"
    DATABASE_URL="postgres://$PG_USER@$PGHOST_ADDR:$PGPORT/$SLUITEND_DB"
    who="private cluster, pid $pid"
  elif pg_ready; then
    who="not started by us"
  else
    echo "postgres: not running ($PGHOST_ADDR:$PGPORT)"
    return "$EXIT_NOT_RUNNING"
  fi
  if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$SLUITEND_DB'" 2>/dev/null || true)" != 1 ]]; then
    echo "postgres: running at $PGHOST_ADDR:$PGPORT ($who) but database $SLUITEND_DB is missing (run $INFRA_LOCAL/postgres.sh up)"
    return "$EXIT_FAILED"
  fi
  echo "postgres: running at $PGHOST_ADDR:$PGPORT ($who), database $SLUITEND_DB"
  echo "DATABASE_URL=$DATABASE_URL"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  restart) cmd_restart ;;
  status) cmd_status ;;
  *) usage ;;
esac
