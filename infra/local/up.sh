#!/usr/bin/env bash
# Bring up local infrastructure (PostgreSQL + Kafka) for Sluitend; idempotent.
# After success: PostgreSQL with database `sluitend` at 127.0.0.1:${PGPORT:-5432} and Kafka at
# 127.0.0.1:${KAFKA_PORT:-9092}. One line per component on stdout; errors on stderr.
# Exit code: the first failing component's (see lib/common.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
"$here/postgres.sh" up
"$here/kafka.sh" up
