#!/usr/bin/env bash
# A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
# It takes the arguments runTests passes (--extensionDevelopmentPath=… --extensionTestsPath=…
# [folder] and flags it ignores), starts code-server (a real VS Code 1.100 workbench with a Node
# extension host) and runs the same extensionTestsPath module in it. Exit code = test result.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../editor/env.sh"
DEV=""; TESTS=""; FOLDER=""
while [ $# -gt 0 ]; do
  case "$1" in
    --extensionDevelopmentPath=*) DEV="${1#*=}" ;;
    --extensionDevelopmentPath) DEV="$2"; shift ;;
    --extensionTestsPath=*) TESTS="${1#*=}" ;;
    --extensionTestsPath) TESTS="$2"; shift ;;
    --user-data-dir|--extensions-dir|--locale|--log) shift ;;
    --*) ;;
    *) [ -z "$FOLDER" ] && FOLDER=$(readlink -f "$1") ;;
  esac
  shift
done
if [ -z "$DEV" ] || [ -z "$TESTS" ]; then echo "code-shim: need --extensionDevelopmentPath and --extensionTestsPath" >&2; exit 2; fi
mkdir -p "$GONGWEN_EDITOR_CACHE/run"
RUN=$(mktemp -d "$GONGWEN_EDITOR_CACHE/run/vscode-XXXX")
if [ -z "$FOLDER" ]; then FOLDER=$RUN/empty-workspace; mkdir -p "$FOLDER"; fi
read -r PORT PGID < <("$HERE/../editor/start-code-server.sh" "$RUN" - "$FOLDER")
stop() {
  kill -TERM -- "-$PGID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- "-$PGID" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$PGID" 2>/dev/null || true
}
trap stop EXIT
echo "code-shim: code-server on 127.0.0.1:$PORT, run dir $RUN"
rc=0
node "$HERE/driveExtensionTests.mjs" "$RUN" "$DEV" "$TESTS" || rc=$?
stop
# A passing run leaves nothing behind; a failing one keeps its logs to look at.
if [ $rc = 0 ]; then rm -rf "$RUN"; else echo "code-shim: logs kept in $RUN"; fi
exit $rc
