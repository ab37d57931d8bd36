#!/bin/sh
# Starts mailspec's Dovecot in the foreground: makes a self-signed certificate, installs the
# chosen variant, and copies the log file (log_path in mailspec.conf) to standard output.
#   MAILSPEC_VARIANT   standard (default), misconfigured, inbox-prefix or slash (includes <variant>.conf)
#   MAILSPEC_TLS_NAME  the certificate's DNS name, default localhost
#   MAILSPEC_BEHIND_PROXY  yes (default) or no: see network.conf below
set -eu

root=/srv/mailspec
conf=/etc/dovecot/mailspec
log="$root/log/dovecot.log"

say() { printf 'mailspec-dovecot: %s\n' "$*" >&2; }

mkdir -p "$root/log" "$root/mail" "$root/tls"
chown vmail:vmail "$root/mail"

case "${MAILSPEC_VARIANT:-standard}" in
    standard)
        rm -f "$root/variant.conf" "$root/anonymous-users" ;;
    misconfigured)
        say "variant misconfigured: dangerous settings ON (never for a real server)"
        cp "$conf/misconfigured.conf" "$root/variant.conf"
        cp "$conf/anonymous-users" "$root/anonymous-users" ;;
    inbox-prefix|slash)
        say "variant ${MAILSPEC_VARIANT}: another mailbox layout (see $conf/${MAILSPEC_VARIANT}.conf)"
        cp "$conf/${MAILSPEC_VARIANT}.conf" "$root/variant.conf"
        rm -f "$root/anonymous-users" ;;
    *)
        say "MAILSPEC_VARIANT must be standard, misconfigured, inbox-prefix or slash, not '${MAILSPEC_VARIANT}'"
        exit 64 ;;
esac

# Published ports (docker run -p, Testcontainers) make every client arrive from the bridge
# gateway's one address, so Dovecot's per-address auth penalty (2 s doubling to 15 s after failed
# logins) would throttle every later login of the whole run after the audit's wrong-password
# probes. Behind such a proxy the penalty is switched off; the 2 s auth_failure_delay of each
# failed login stays stock. dovecot-local, whose clients keep their own addresses, keeps it.
# The misconfigured variant switches it off itself.
rm -f "$root/network.conf"
if [ "${MAILSPEC_BEHIND_PROXY:-yes}" = yes ] && [ "${MAILSPEC_VARIANT:-standard}" = standard ]; then
    cat >"$root/network.conf" <<'CONF'
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
CONF
fi

# LMTP on TCP port 24 (dovecot-lmtpd's stock service listens on a unix socket only): the harness
# delivers fixtures into the test accounts through it. Included by mailspec.conf.
cat >"$root/lmtp.conf" <<'CONF'
service lmtp {
  inet_listener lmtp {
    port = 24
  }
}
CONF

if [ ! -s "$root/tls/cert.pem" ]; then
    name="${MAILSPEC_TLS_NAME:-localhost}"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$name" \
        -addext "subjectAltName=DNS:$name,DNS:localhost,IP:127.0.0.1" \
        -keyout "$root/tls/key.pem" -out "$root/tls/cert.pem" 2>/dev/null
    chmod 0600 "$root/tls/key.pem"
fi

: >"$log"
tail -n +1 -F -s 0.2 "$log" 2>/dev/null &
tail_pid=$!

dovecot -F -c "$conf/mailspec.conf" &
dovecot_pid=$!
trap 'kill -TERM "$dovecot_pid" 2>/dev/null' TERM INT

# wait returns early when a trapped signal arrives: wait again until Dovecot itself has exited
status=0
wait "$dovecot_pid" || status=$?
while kill -0 "$dovecot_pid" 2>/dev/null; do
    status=0
    wait "$dovecot_pid" || status=$?
done
kill "$tail_pid" 2>/dev/null || true
exit "$status"
