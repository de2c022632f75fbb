#!/usr/bin/env bash
# The whole suite, in two parts (make test runs this after installing everything):
#   1. every test not marked `timing`, on several cores at once (pytest-xdist); each file
#      stays on one worker, so a module's fixtures (a 100,000-card database) are built once;
#   2. the tests marked `timing` (a wall-clock bound, or the end-to-end layer, which tells a
#      scanner from a person by key timing), alone, so that another worker's load cannot
#      make them fail.
# Arguments (make test PYTEST_ARGS=...) go to both parts: a file or -k selection runs in
# whichever part holds it. Exit 5 (nothing collected) is fine for one part, but when both
# collect nothing under CI the setup is broken.
set -uo pipefail
cd "$(dirname "$0")/.."
python=${VENV:-.venv}/bin/python
# One worker more than cores (at most 4): many tests spend much of their time waiting on a
# server, a subprocess or Qt's event loop, and a third worker on two cores fills that time
# (the parallel part took 12:42 instead of 14:14 on this 2-core machine).
workers=${PYTEST_WORKERS:-$(( $(nproc) < 4 ? $(nproc) + 1 : 4 ))}
export QT_QPA_PLATFORM=offscreen

"$python" -m pytest -n "$workers" --dist loadfile -m "not timing" --durations=15 "$@"
parallel=$?
"$python" -m pytest -m timing --durations=5 "$@"
alone=$?

for status in "$parallel" "$alone"; do
    if [[ $status -ne 0 && $status -ne 5 ]]; then
        exit "$status"
    fi
done
if [[ $parallel -eq 5 && $alone -eq 5 ]]; then
    echo "make test: no tests collected"
    [[ "${CI:-}" == true ]] && exit 5
fi
exit 0
