#!/usr/bin/env bash
# Installs CivicBot as a systemd service, or removes it (keeping its data).
#
#   Deploy/install.sh [--prefix DIR] [--binary PATH] [--no-start]     install or upgrade (idempotent)
#   Deploy/install.sh --uninstall [--prefix DIR]                      remove; keeps /var/lib/civicbot and /etc/civicbot
#   DESTDIR=/tmp/stage Deploy/install.sh ...                          stage into a folder (no account, no systemctl)
#
# Without --binary it builds the release binary (swift build -c release) in this checkout. It installs
#   PREFIX/lib/civicbot/civicbot, its resource bundle and Intents/     (PREFIX default /usr/local)
#   PREFIX/bin/civicbot                                                 (a symlink to it)
#   /etc/systemd/system/civicbot.service                                (Deploy/civicbot.service, PREFIX filled in)
#   /etc/civicbot/civicbot.env                                          (mode 0600; only when missing: your token stays)
#   the system user civicbot and /var/lib/civicbot (mode 0750)          (only as root, without DESTDIR)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
prefix=/usr/local
binary=""
uninstall=false
destdir="${DESTDIR:-}"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "install.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#*=}"; shift ;;
        --binary) [ $# -ge 2 ] || die "--binary needs a path"; binary="$2"; shift 2 ;;
        --binary=*) binary="${1#*=}"; shift ;;
        --uninstall) uninstall=true; shift ;;
        --no-start) shift ;;  # accepted for scripts; this installer never starts the service
        -h|--help) usage; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done
case "$prefix" in /*) ;; *) die "--prefix must be an absolute path (got '$prefix')" ;; esac
prefix="${prefix%/}"

libdir="$destdir$prefix/lib/civicbot"
bindir="$destdir$prefix/bin"
unitdir="$destdir/etc/systemd/system"
etcdir="$destdir/etc/civicbot"
statedir="$destdir/var/lib/civicbot"
# Accounts and systemctl only for a real installation as root.
system=false
if [ -z "$destdir" ] && [ "$(id -u)" = 0 ]; then system=true; fi
have_systemctl=false
if $system && command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then have_systemctl=true; fi

if $uninstall; then
    if $have_systemctl; then systemctl disable --now civicbot.service 2>/dev/null || true; fi
    rm -f "$bindir/civicbot" "$unitdir/civicbot.service"
    rm -rf "$libdir"
    if $have_systemctl; then systemctl daemon-reload; fi
    echo "removed CivicBot from $destdir$prefix and $unitdir"
    echo "kept: $statedir (the database and its backups) and $etcdir (the token); delete them yourself if you mean to"
    exit 0
fi

if [ -z "$binary" ]; then
    command -v swift >/dev/null || die "no --binary given and no Swift toolchain on PATH to build one"
    echo "building the release binary (swift build -c release)"
    (cd "$root" && swift build -c release)
    binary="$root/.build/release/civicbot"
fi
[ -x "$binary" ] || die "$binary is not an executable file"
resources="$(dirname "$binary")/CivicBot_CivicBotStore.resources"
[ -d "$resources" ] || die "$resources is missing (the seed data the binary needs sits next to it)"
[ -d "$root/Intents/lexicon" ] || die "$root/Intents is missing"

# The program, its resource bundle and Intents/, replaced as a whole (an upgrade leaves no stale file).
mkdir -p "$libdir" "$bindir"
install -m 0755 "$binary" "$libdir/civicbot.new"
mv -f "$libdir/civicbot.new" "$libdir/civicbot"
rm -rf "$libdir/CivicBot_CivicBotStore.resources.new" "$libdir/Intents.new"
cp -R "$resources" "$libdir/CivicBot_CivicBotStore.resources.new"
cp -R "$root/Intents" "$libdir/Intents.new"
rm -rf "$libdir/CivicBot_CivicBotStore.resources" "$libdir/Intents"
mv "$libdir/CivicBot_CivicBotStore.resources.new" "$libdir/CivicBot_CivicBotStore.resources"
mv "$libdir/Intents.new" "$libdir/Intents"
install -m 0644 "$root/README.md" "$libdir/README.md"
chmod -R go-w "$libdir"
ln -sfn "../lib/civicbot/civicbot" "$bindir/civicbot"

mkdir -p "$unitdir"
sed "s|@PREFIX@|$prefix|g" "$here/civicbot.service" > "$unitdir/civicbot.service.new"
chmod 0644 "$unitdir/civicbot.service.new"
mv -f "$unitdir/civicbot.service.new" "$unitdir/civicbot.service"

mkdir -p "$etcdir"
chmod 0755 "$etcdir"
if [ ! -e "$etcdir/civicbot.env" ]; then
    (umask 077 && cp "$here/civicbot.env.example" "$etcdir/civicbot.env")
    echo "wrote $etcdir/civicbot.env (mode 0600): put the bot's token in it"
else
    echo "kept $etcdir/civicbot.env as it is"
fi
chmod 0600 "$etcdir/civicbot.env"

if $system; then
    if ! getent passwd civicbot >/dev/null; then
        useradd --system --user-group --home-dir /var/lib/civicbot --no-create-home --shell /usr/sbin/nologin civicbot
        echo "created the system user civicbot"
    fi
    install -d -m 0750 -o civicbot -g civicbot "$statedir"
    chown root:root "$etcdir/civicbot.env"
else
    mkdir -p "$statedir"
    chmod 0750 "$statedir"
fi

if $have_systemctl; then
    systemctl daemon-reload
    if systemctl is-active --quiet civicbot.service; then
        systemctl restart civicbot.service
        echo "restarted civicbot.service on the new binary (the database migrates itself on start)"
    fi
fi

echo "installed $("$libdir/civicbot" --help >/dev/null 2>&1 && echo CivicBot || echo '(binary did not run!)') in $destdir$prefix"
if $system; then
    echo "next: sudoedit /etc/civicbot/civicbot.env (CIVICBOT_TOKEN=...), then: sudo systemctl enable --now civicbot"
fi
