#!/usr/bin/env bash
# Stop local infrastructure: the Kafka broker, and PostgreSQL only if infra/local started it.
# Tries both even if one fails; exits with the last non-zero code.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
rc=0
"$here/kafka.sh" down || rc=$?
"$here/postgres.sh" down || rc=$?
exit "$rc"
