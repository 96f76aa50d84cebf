#!/usr/bin/env bash
# Status of local infrastructure. Prints one line per component plus KAFKA_BROKERS=... and
# DATABASE_URL=... lines for what is running. Exit 0 when both run, else the last non-zero code
# (3 = not running, 1 = running but unhealthy).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
rc=0
"$here/postgres.sh" status || rc=$?
"$here/kafka.sh" status || rc=$?
exit "$rc"
