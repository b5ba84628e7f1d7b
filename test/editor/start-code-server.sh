#!/usr/bin/env bash
# Usage: start-code-server.sh RUNDIR VSIX|- FOLDER [USER_SETTINGS_JSON]
# Starts a fresh code-server (new user-data and extensions dirs under RUNDIR, the .vsix installed
# unless "-") on a free loopback port, in its own process group (setsid), so that code-server, its
# extension host and our language server can all be ended with one `kill -- -PGID`.
# Prints "PORT PGID" once /healthz answers; also writes them to RUNDIR/cs.info.
set -euo pipefail
. "$(dirname "$0")/env.sh"
RUN=$1; VSIX=$2; FOLDER=$3; SETTINGS=${4:-$GONGWEN_ROOT/test/editor/user-settings.json}
mkdir -p "$RUN/udd/User" "$RUN/ext"
cp "$SETTINGS" "$RUN/udd/User/settings.json"
echo "$FOLDER" > "$RUN/folder"
if [ "$VSIX" != "-" ]; then
  "$CS" --install-extension "$VSIX" --extensions-dir "$RUN/ext" --user-data-dir "$RUN/udd" > "$RUN/install-ext.log" 2>&1 \
    || { cat "$RUN/install-ext.log" >&2; exit 1; }
fi
PORT=$(node -e 's=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
setsid "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override \
  --extensions-dir "$RUN/ext" --user-data-dir "$RUN/udd" "$FOLDER" > "$RUN/cs.log" 2>&1 < /dev/null &
PID=$!
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null; then
    echo "$PORT $PID" > "$RUN/cs.info"
    echo "$PORT $PID"
    exit 0
  fi
  sleep 0.1
done
echo "code-server did not come up; see $RUN/cs.log" >&2
kill -TERM -- "-$PID" 2>/dev/null || true
exit 1
