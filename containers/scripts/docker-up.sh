#!/usr/bin/env bash
# Start a private Docker engine for CI on a machine without systemd, and make the base image the
# Dovecot image is built from when no registry is reachable.
#
#   containers/scripts/docker-up.sh        # installs docker.io + mmdebstrap if missing (as root)
#   . "${MAILSPEC_DOCKER_DIR:-/tmp/mailspec-docker}/env"   # the settings Testcontainers needs here
#   mvn verify -Dtarget=dovecot
#   containers/scripts/docker-down.sh      # removes containers, stops the engine by its pid
#
# Only an engine this script started is ever stopped: its pid is kept in $MAILSPEC_DOCKER_DIR.
# When a Docker engine is already reachable the script starts nothing and only checks the image.
#
# Why each step:
# - docker.io (Debian's, 20.10) with --no-install-recommends: no registry for docker-ce here.
# - dockerd --iptables=false --ip-forward=false: no systemd, and no netfilter in this sandbox; the
#   harness only talks to ports published on 127.0.0.1, so no NAT is needed.
# - local/debian:bookworm from mmdebstrap: Docker Hub is not reachable, Debian's mirror is.
#   Build the Dovecot image with -Ddovecot.base.image=local/debian:bookworm (or
#   DOVECOT_BASE_IMAGE); a machine with a registry uses the default debian:bookworm-slim.
set -euo pipefail

STATE_DIR=${MAILSPEC_DOCKER_DIR:-/tmp/mailspec-docker}
BASE_IMAGE=${DOVECOT_BASE_IMAGE:-local/debian:bookworm}
START_TIMEOUT=${MAILSPEC_DOCKER_START_TIMEOUT:-60}
mkdir -p "$STATE_DIR"

log() { printf 'docker-up: %s\n' "$*"; }

engine_up() { timeout 5 docker info >/dev/null 2>&1; }

if engine_up; then
    log "a Docker engine is already reachable; starting none"
else
    if ! command -v dockerd >/dev/null 2>&1 || ! command -v mmdebstrap >/dev/null 2>&1; then
        log "installing docker.io and mmdebstrap (Debian packages, no recommends)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends docker.io mmdebstrap >"$STATE_DIR/apt.log" 2>&1 \
            || { tail -n 30 "$STATE_DIR/apt.log"; exit 1; }
    fi
    log "starting dockerd (log: $STATE_DIR/dockerd.log)"
    # setsid: the engine outlives this script but not docker-down.sh
    setsid dockerd --iptables=false --ip-forward=false >"$STATE_DIR/dockerd.log" 2>&1 < /dev/null &
    echo $! >"$STATE_DIR/dockerd.pid"
    deadline=$((SECONDS + START_TIMEOUT))
    until engine_up; do
        if ! kill -0 "$(cat "$STATE_DIR/dockerd.pid")" 2>/dev/null; then
            log "dockerd exited during start; its log ends with:"
            tail -n 30 "$STATE_DIR/dockerd.log"
            rm -f "$STATE_DIR/dockerd.pid"
            exit 1
        fi
        if (( SECONDS >= deadline )); then
            log "dockerd did not answer within ${START_TIMEOUT}s; its log ends with:"
            tail -n 30 "$STATE_DIR/dockerd.log"
            exit 1
        fi
        sleep 0.2
    done
    log "dockerd $(docker version --format '{{.Server.Version}}' 2>/dev/null) up, pid $(cat "$STATE_DIR/dockerd.pid")"
fi

if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "base image $BASE_IMAGE present"
elif [[ "$BASE_IMAGE" == local/* ]]; then
    command -v mmdebstrap >/dev/null 2>&1 || {
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends mmdebstrap >"$STATE_DIR/apt.log" 2>&1
    }
    log "making $BASE_IMAGE with mmdebstrap (minbase bookworm, about a minute)"
    sources=/etc/apt/sources.list.d/debian.sources
    [[ -f $sources ]] || sources=/etc/apt/sources.list
    mmdebstrap --quiet --variant=minbase bookworm - "$sources" | docker import - "$BASE_IMAGE" >/dev/null
    log "base image $BASE_IMAGE made"
else
    log "base image $BASE_IMAGE is pulled by the build"
fi

# Testcontainers reads these from the environment only.
# RYUK_DISABLED: Ryuk's image cannot be pulled here; docker-down.sh removes the containers instead.
# HOST_OVERRIDE: /.dockerenv makes Testcontainers believe it runs in a container and pull alpine
# to find the gateway; the harness only ever talks to ports published on 127.0.0.1.
cat >"$STATE_DIR/env" <<ENV
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost
export DOVECOT_BASE_IMAGE=$BASE_IMAGE
ENV
log "environment for Testcontainers in $STATE_DIR/env"
