#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with the .NET SDK: installs what the tests need
# (Debian's chromium for the browser tests, Noto Sans CJK for the printed forms, PostgreSQL for the
# second provider) when run as root, builds with warnings as errors, runs every test project one at a
# time and ends with one line: "N passed, N failed".
# Usage: ./test.sh [extra `dotnet test` arguments, e.g. --filter "FullyQualifiedName~Calendar"]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
# grep reads to the end (no -q): under pipefail an early exit would fail fc-list with SIGPIPE.
(fc-list 2>/dev/null || true) | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk fontconfig)
if [ -z "${TONGBAN_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    need+=(postgresql)
fi
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "The tests need these Debian packages: ${need[*]}" >&2
        echo "Install them (sudo apt-get install ${need[*]}) or run this script as root." >&2
        exit 1
    fi
    echo "== installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "the .NET SDK (dotnet) is not on PATH" >&2; exit 1; }

echo "== build (warnings are errors)"
dotnet tool restore >/dev/null
dotnet build Tongban.slnx -c Release -warnaserror -nologo -clp:ErrorsOnly

echo "== tests"
log=$(mktemp)
set +e
dotnet test Tongban.slnx -c Release --no-build -nologo -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Each test assembly ends with "Passed!  - Failed: N, Passed: N, Skipped: N, Total: N, ..." (or "Failed!").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
    | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '^(Passed|Failed)!' "$log" || true)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # A crashed test host or a build problem reports no failed test: count it as one failure.
    failed=1
fi
echo "($skipped skipped, $assemblies test assemblies)"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
