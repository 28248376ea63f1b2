#!/bin/bash
# Starts Quotes.java on the given port, replacing the copy an earlier deployment started.
# Arguments: port, environment name, run directory (pid file and log), java executable.
set -e
port="$1"; environment="$2"; rundir="$3/$2"; java="$4"
mkdir -p "$rundir"
if [ -f "$rundir/quotes.pid" ]; then
  kill "$(cat "$rundir/quotes.pid")" 2>/dev/null || true
  rm -f "$rundir/quotes.pid"
  sleep 1
fi
cp Quotes.java "$rundir/Quotes.java"
cd "$rundir"
if command -v setsid >/dev/null 2>&1; then detach=setsid; else detach=; fi
$detach nohup "$java" Quotes.java "$port" "$environment" \
  >quotes.log 2>&1 </dev/null &
echo $! >quotes.pid
echo "Random Quotes starting in $environment on port $port (pid $(cat quotes.pid))"
