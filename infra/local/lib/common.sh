# shellcheck shell=bash disable=SC2034
# (SC2034: the constants below are used by the scripts that source this file.)
# Shared helpers for infra/local/*.sh. Sourced, not executed.
#
# Exit codes used by every infra/local script:
#   0 ok (for `status`: running)         4 a prerequisite is missing (java, mvn, PostgreSQL binaries)
#   1 failed (start, readiness, stop)    5 a port is taken by something that is not ours
#   2 usage error                        6 resolving the Kafka jars from Maven Central failed
#   3 `status`: not running

readonly EXIT_FAILED=1 EXIT_USAGE=2 EXIT_NOT_RUNNING=3 EXIT_PREREQ=4 EXIT_PORT_TAKEN=5 EXIT_RESOLVE=6

# SLUITEND_HOME = repository root, derived from where this file lives (infra/local/lib/).
SLUITEND_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd -P)"
SLUITEND_LOCAL="$SLUITEND_HOME/.local"
INFRA_LOCAL="$SLUITEND_HOME/infra/local"
export SLUITEND_HOME

# die CODE COMPONENT MESSAGE...
die() {
  local code="$1" component="$2"
  shift 2
  printf '%s: error: %s\n' "$component" "$*" >&2
  exit "$code"
}

note() { printf '%s\n' "$*" >&2; }

# port_open HOST PORT -> 0 when something accepts TCP connections there.
port_open() {
  # shellcheck disable=SC2016 # expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# port_owner PORT -> "name (pid N)" of the listener if `ss` can tell, else empty.
port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null \
    | sed -n 's/.*users:((\"\([^\"]*\)\",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n 1
}

# pid_alive PID
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null
}

# cmdline_of PID -> the process command line with NULs turned into spaces.
cmdline_of() {
  tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true
}

# wait_pid_exit PID SECONDS -> 0 when the process is gone within SECONDS.
wait_pid_exit() {
  local pid="$1" deadline=$((SECONDS + $2))
  while pid_alive "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
  return 0
}

# with_lock FILE: serialise concurrent up/down runs of the same component (fd 9).
# Long-lived children (broker, postmaster) must be started with 9>&- or they keep the lock.
with_lock() {
  mkdir -p "$(dirname "$1")"
  exec 9>"$1"
  if command -v flock >/dev/null 2>&1; then
    flock -w 180 9 || die "$EXIT_FAILED" "${COMPONENT:-infra}" "another infra/local run holds $1 for more than 180 s"
  fi
}
