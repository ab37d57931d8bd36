#!/usr/bin/env bash
# Undo docker-up.sh: remove the containers of the engine it started, then stop that engine by its
# pid. An engine this script did not start (no pid file) is left alone, containers and all.
set -uo pipefail

STATE_DIR=${MAILSPEC_DOCKER_DIR:-/tmp/mailspec-docker}
PID_FILE=$STATE_DIR/dockerd.pid
STOP_TIMEOUT=${MAILSPEC_DOCKER_STOP_TIMEOUT:-30}

log() { printf 'docker-down: %s\n' "$*"; }

if [[ ! -f $PID_FILE ]]; then
    log "no engine started by docker-up.sh ($PID_FILE absent); nothing to stop"
    exit 0
fi
pid=$(cat "$PID_FILE")
if ! kill -0 "$pid" 2>/dev/null; then
    log "dockerd (pid $pid) is not running"
    rm -f "$PID_FILE"
    exit 0
fi

ids=$(timeout 20 docker ps -aq 2>/dev/null || true)
if [[ -n $ids ]]; then
    log "removing containers: $(echo $ids)"
    # shellcheck disable=SC2086
    timeout 60 docker rm -f $ids >/dev/null || log "some containers could not be removed"
fi

log "stopping dockerd (pid $pid)"
kill -TERM "$pid"
deadline=$((SECONDS + STOP_TIMEOUT))
while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
        log "dockerd still running after ${STOP_TIMEOUT}s; sending KILL"
        kill -KILL "$pid" 2>/dev/null
        break
    fi
    sleep 0.2
done
rm -f "$PID_FILE"
log "dockerd stopped"
