#!/usr/bin/env bash
# A chain of two stores on this machine (see scripts/chain.py): PostgreSQL, the central
# service behind TLS, a proxy that pulls the tills' cable, and two tills' app windows.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYTHONPATH="$PWD" exec "$VENV/bin/python" scripts/chain.py "$@"
