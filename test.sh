#!/usr/bin/env bash
# test.sh: restore, build (Release) and test the whole DetainerDesk solution, the way CI does.
#
# What it does:
#   1. installs chromium + PostgreSQL with apt if missing (only when run as root; otherwise warns and goes on,
#      and the PostgreSQL / browser tests skip themselves);
#   2. starts a THROW-AWAY PostgreSQL cluster (initdb + pg_ctl in a temp dir, trust auth, first free port from 55432)
#      and exports DETAINERDESK_TEST_PG; an EXIT trap stops it and deletes the temp dir, on success and on failure;
#   3. dotnet tool restore, dotnet restore, dotnet build -c Release (the build runs `npm ci` in web/ itself);
#   4. dotnet ef migrations has-pending-model-changes for SqliteAppDbContext and PgAppDbContext (once their
#      Migrations/Sqlite and Migrations/Postgres folders exist);
#   5. dotnet test (Microsoft.Testing.Platform), log in .ci/out/test.log, and prints as its LAST line
#      "N passed, N failed, N skipped". Exit code: 0 only if everything passed.
#
# Extra arguments are forwarded to `dotnet test` (MTP mode, see global.json). Examples:
#   ./test.sh --project tests/DetainerDesk.Domain.Tests          # one test project (a folder or a .csproj)
#   ./test.sh --project tests/DetainerDesk.Web.Tests/DetainerDesk.Web.Tests.csproj
#   ./test.sh --project tests/DetainerDesk.Domain.Tests --filter-class '*FiscalYearTests'
#   ./test.sh --project tests/DetainerDesk.Domain.Tests --filter-method '*Parses*'
#       (xunit.v3 filters: --filter-class, --filter-method, --filter-namespace, --filter-trait, --filter-query;
#        a leading/trailing * is a wildcard.) Combine a filter WITH --project: over the whole solution every
#        test project in which the filter matches nothing reports "Zero tests ran" and the run exits 8 (fails).
#   ./test.sh --test-modules 'tests/*/bin/Release/net10.0/DetainerDesk.Domain.Tests.dll'   # built test dlls (glob)
# `dotnet test` refuses --project and --solution together ("Specify either the project, solution, directory, or
# test modules option."), so when you pass --project, --solution or --test-modules this script drops its default
# `--solution DetainerDesk.slnx` (and, for --test-modules, its `-c Release`, which dotnet test rejects there).
# The whole solution is still restored and built first (one build; the ef checks need it anyway).
# A filter that matches no test makes MTP exit 8 ("zero tests ran"), and so this script fails: that is on purpose.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export DEBIAN_FRONTEND=noninteractive

SLN=DetainerDesk.slnx
DATA_PROJECT=src/DetainerDesk.Data
LOG_DIR=.ci/out
LOG="$LOG_DIR/test.log"

say()  { printf '==> %s\n' "$*"; }
warn() { printf 'test.sh: WARNING: %s\n' "$*" >&2; }
die()  { printf 'test.sh: ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

newest_pg_bin() {
  local ver
  ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$ver" ] && [ -x "/usr/lib/postgresql/$ver/bin/initdb" ] && [ -x "/usr/lib/postgresql/$ver/bin/pg_ctl" ]; then
    echo "/usr/lib/postgresql/$ver/bin"
  fi
}

# ---------------------------------------------------------------------------------------------------------------
# 1. system packages
# ---------------------------------------------------------------------------------------------------------------
have_chromium() { command -v chromium >/dev/null 2>&1; }
have_pg()       { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

if ! have_chromium || ! have_pg; then
  if is_root && command -v apt-get >/dev/null 2>&1; then
    say "installing missing system packages (postgresql chromium) with apt-get"
    apt-get update -q && apt-get install -y -q postgresql chromium
  else
    have_chromium || warn "chromium is not installed and we cannot install it (not root or no apt-get): browser tests will skip. Fix: sudo apt-get install chromium"
    have_pg       || warn "PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) are missing and we cannot install them: PostgreSQL tests will skip. Fix: sudo apt-get install postgresql"
  fi
fi

# node/npm: the DetainerDesk.Web build runs `npm ci` in web/ (WebAssets.targets), so it needs both.
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    warn "'$tool' is not on PATH: the build of src/DetainerDesk.Web runs 'npm ci' in web/ and will fail. Install Node.js + npm (e.g. apt-get install nodejs npm)."
  fi
done

# ---------------------------------------------------------------------------------------------------------------
# 2. throw-away PostgreSQL cluster
# ---------------------------------------------------------------------------------------------------------------
PGBIN=""
PGTMP=""
PG_STARTED=0

as_pg() {  # run a PostgreSQL server command as user postgres when root (initdb/postgres refuse root), else as us
  if is_root; then
    (cd "$PGTMP" && runuser -u postgres -- "$@")
  else
    (cd "$PGTMP" && "$@")
  fi
}

# shellcheck disable=SC2317  # only called from cleanup
pid_running() {  # alive and not a zombie (PID 1 here reaps orphans lazily)
  local state
  state=$(awk '{sub(/^.*\) /, ""); print $1}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$?
  set +e
  if [ "$PG_STARTED" -eq 1 ] && [ -n "$PGTMP" ] && [ -f "$PGTMP/data/postmaster.pid" ]; then
    local pm_pid _
    pm_pid=$(head -n 1 "$PGTMP/data/postmaster.pid" 2>/dev/null)
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate -w -t 10 stop >/dev/null 2>&1 \
      || warn "could not stop the PostgreSQL cluster in $PGTMP (see $PGTMP/pg.log)"
    # pg_ctl returns once postmaster.pid is gone; make sure the postmaster itself has exited before rm -rf.
    if [[ "$pm_pid" =~ ^[0-9]+$ ]]; then
      for _ in $(seq 1 50); do pid_running "$pm_pid" || break; sleep 0.2; done
      if pid_running "$pm_pid"; then
        warn "postmaster $pm_pid still running after pg_ctl stop; killing it"
        kill -KILL "$pm_pid" 2>/dev/null
      fi
    fi
  fi
  if [ -n "$PGTMP" ] && [ -d "$PGTMP" ]; then
    rm -rf -- "$PGTMP"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "( sport = :$port )" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

free_port_from() {
  local port=$1
  while [ "$port" -lt 65535 ]; do
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
    port=$((port + 1))
  done
  return 1
}

start_pg() {
  PGBIN=$(newest_pg_bin)
  if [ -z "$PGBIN" ]; then
    warn "no PostgreSQL server binaries under /usr/lib/postgresql: DETAINERDESK_TEST_PG not set, PostgreSQL tests will skip"
    return 0
  fi
  if is_root && ! id postgres >/dev/null 2>&1; then
    warn "running as root but there is no 'postgres' user to run the server as: PostgreSQL tests will skip"
    return 0
  fi

  PGTMP=$(mktemp -d "${TMPDIR:-/tmp}/detainerdesk-pg.XXXXXX")
  if is_root; then chown postgres:postgres "$PGTMP"; fi

  say "initdb ($PGBIN) in $PGTMP"
  if ! as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1; then
    cat "$PGTMP/initdb.log" >&2
    die "initdb failed"
  fi

  # The port can be taken between the check and the start (another run, another service): retry a few times.
  local port=55432 attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port_from "$port") || die "no free TCP port found for PostgreSQL"
    if as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/pg.log" -w -t 60 \
         -o "-p $port -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
      PG_STARTED=1
      break
    fi
    warn "PostgreSQL did not start on port $port (attempt $attempt), trying the next port"
    port=$((port + 1))
  done
  if [ "$PG_STARTED" -ne 1 ]; then
    cat "$PGTMP/pg.log" >&2 || true
    die "could not start the throw-away PostgreSQL cluster"
  fi

  export DETAINERDESK_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
  say "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') up on 127.0.0.1:$port (throw-away, trust auth)"
}

start_pg

# ---------------------------------------------------------------------------------------------------------------
# 3. restore + build
# ---------------------------------------------------------------------------------------------------------------
if [ -f dotnet-tools.json ]; then
  say "dotnet tool restore"
  dotnet tool restore || die "dotnet tool restore FAILED"
fi

say "dotnet restore $SLN"
dotnet restore "$SLN" || die "dotnet restore FAILED (see the errors above)"

say "dotnet build $SLN -c Release"
dotnet build "$SLN" --no-restore -c Release || die "BUILD FAILED (see the errors above); no test was run"

# ---------------------------------------------------------------------------------------------------------------
# 4. EF Core: the model must not have changes that no migration captures
# ---------------------------------------------------------------------------------------------------------------
if [ -f dotnet-tools.json ] && grep -q '"dotnet-ef"' dotnet-tools.json; then
  check_ef() {  # $1 context, $2 migrations folder
    if [ -d "$DATA_PROJECT/Migrations/$2" ]; then
      say "dotnet ef migrations has-pending-model-changes --context $1"
      dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
        --project "$DATA_PROJECT" --startup-project "$DATA_PROJECT" --context "$1" \
        || die "$1 has model changes without a migration (or the check failed). Add one: dotnet ef migrations add <Name> --project $DATA_PROJECT --startup-project $DATA_PROJECT --context $1 --output-dir Migrations/$2"
    else
      say "skipping the pending-model-changes check for $1: $DATA_PROJECT/Migrations/$2 does not exist yet"
    fi
  }
  check_ef SqliteAppDbContext Sqlite
  check_ef PgAppDbContext Postgres
fi

# ---------------------------------------------------------------------------------------------------------------
# 5. tests
# ---------------------------------------------------------------------------------------------------------------
target=(--solution "$SLN")
config=(-c Release)
for a in "$@"; do
  case "$a" in
    --project|--project=*|--solution|--solution=*) target=() ;;
    --test-modules|--test-modules=*) target=(); config=() ;;  # dotnet test rejects -c with --test-modules
  esac
done

mkdir -p "$LOG_DIR"
say "dotnet test ${target[*]} --no-build ${config[*]} $*"
set +e
dotnet test "${target[@]}" --no-build "${config[@]}" --no-progress --no-ansi "$@" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
set -e

summary=$(awk '/^Test run summary:/{s=1} s&&$1=="succeeded:"{p=$2} s&&$1=="failed:"{f=$2} s&&$1=="skipped:"{k=$2}
               END{if (s) printf "%d passed, %d failed, %d skipped\n", p, f, k}' "$LOG")
if [ -z "$summary" ]; then
  warn "dotnet test printed no 'Test run summary' (exit code $rc); see $LOG"
  [ "$rc" -ne 0 ] || rc=1
  summary="0 passed, 0 failed, 0 skipped"
elif [ "$rc" -eq 8 ]; then
  warn "exit code 8: a test project ran ZERO tests (no tests in it yet, or a filter that matches nothing in it; pass --project with a filter)"
elif [ "$rc" -ne 0 ]; then
  warn "dotnet test exit code $rc (see https://aka.ms/testingplatform/exitcodes); log: $LOG"
fi
echo "$summary"
exit "$rc"
