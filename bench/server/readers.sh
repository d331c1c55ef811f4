#!/usr/bin/env bash
# Issue 17's team goal: 48 concurrent readers of the artifact, diff, library and search pages
# answer at p95 <= 100 ms with libLLVM-size artifacts stored, on SQLite and on PostgreSQL.
#   bench/server/readers.sh [sqlite|postgres] [SECONDS] [CLIENTS] [RELEASES]
# Builds the server in Release, starts it on a fresh data folder (and, for postgres, a private
# PostgreSQL 15 in a temp folder, as docs/platform notes show), uploads RELEASES (default 20)
# releases of library "llvm" alternating Debian's libLLVM-14 and libLLVM-15 (each with a few
# bytes appended so every release is its own artifact: 20 x ~45k = ~900k export rows), waits
# until every release is parsed and its diff against the previous one is stored, restarts the
# server (cold process, stored data), then drives five pages (artifact, a deep page of it in
# demangled order, diff, library, search) with CLIENTS (default 48) concurrent clients for
# SECONDS (default 20) and prints p50/p95/p99 per page. It also times the prefix symbol search
# API and deep export pages alone, one request at a time.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
seconds=${2:-20}
clients=${3:-48}
releases=${4:-20}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work=$(mktemp -d /tmp/abiportal-readers-XXXXXX)
port=$(free_port)
url="http://127.0.0.1:$port"
server=""
pg=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if [ -n "$pg" ]; then runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/db" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# libLLVM 14 and 15 from Debian (packages libllvm14, libllvm15): the machine's, or downloaded.
llvm14=/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1
llvm15=/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1
if [ ! -f "$llvm14" ] || [ ! -f "$llvm15" ]; then
  (cd "$work" && apt-get download libllvm14 libllvm15 >/dev/null && for deb in *.deb; do dpkg-deb -x "$deb" "$work/debs"; done)
  llvm14="$work/debs/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1"
  llvm15="$work/debs/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1"
fi

dotnet build src/Server -c Release -v q -nologo >/dev/null
dotnet build bench/server/LoadDriver -c Release -v q -nologo >/dev/null

connection=""
if [ "$provider" = postgres ]; then
  pg=1
  chmod 755 "$work" && mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  pgport=$(free_port)
  runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$work/pg/db" -A trust -U abiportal -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/db" -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_connections=200" -l "$work/pg/log" -w start >/dev/null
  runuser -u postgres -- psql -h 127.0.0.1 -p "$pgport" -U abiportal -d postgres -qc "CREATE DATABASE portal" >/dev/null
  connection="Host=127.0.0.1;Port=$pgport;Username=abiportal;Database=portal;Maximum Pool Size=100"
fi

start_server() {
  AbiPortal__DataPath="$work/data" ConnectionStrings__AbiPortal="$connection" Logging__LogLevel__Default=Warning \
    AbiPortal__PageCacheLifetime="${page_cache:-00:00:30}" \
    dotnet src/Server/bin/Release/net10.0/AbiPortal.Server.dll --urls "$url" >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 600); do curl -sf "$url/healthz" >/dev/null && return 0; sleep 0.1; done
  cat "$work/server.log"; exit 1
}
start_server

echo "seeding $releases releases of libLLVM 14/15 ($provider)..."
seed_start=$(date +%s)
ids=()
for i in $(seq 1 "$releases"); do
  src=$([ $((i % 2)) -eq 1 ] && echo "$llvm14" || echo "$llvm15")
  cp "$src" "$work/upload.so" && printf 'bench-release-%s' "$i" >>"$work/upload.so"
  id=$(curl -sf -F "file=@$work/upload.so;filename=libLLVM.so.1" -F library=llvm -F "version=$i.0" "$url/api/artifacts" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
  ids+=("$id")
  while :; do
    status=$(curl -sf "$url/api/artifacts/$id" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    [ "$status" = ready ] && break
    [ "$status" = failed ] && { echo "release $i failed"; exit 1; }
    sleep 0.2
  done
done
# Every release after the first has its stored verdict once the indexer is through.
for _ in $(seq 1200); do
  missing=$(curl -sf "$url/api/libraries/llvm" | python3 -c 'import json,sys; v=json.load(sys.stdin)["versions"]; print(sum(1 for x in v[1:] if x["verdict"] is None))')
  [ "$missing" = 0 ] && break
  sleep 0.5
done
echo "seeded in $(( $(date +%s) - seed_start )) s: ${#ids[@]} artifacts, $(curl -sf "$url/api/artifacts/${ids[0]}" | sed -n 's/.*"exportCount":\([0-9]*\).*/\1/p') exports each"

# A cold process on the stored data: nothing in any in-memory cache. ABIPORTAL_BENCH_PAGE_CACHE=0
# measures it with the page cache off: every request renders its page from the database.
kill "$server"; wait "$server" 2>/dev/null || true
[ "${ABIPORTAL_BENCH_PAGE_CACHE:-1}" = 0 ] && page_cache=00:00:00
start_server

pages="$work/pages.tsv"
: >"$pages"
for i in $(seq 0 $((${#ids[@]} - 1))); do
  echo -e "artifact\t/artifacts/${ids[$i]}" >>"$pages"
  echo -e "deep\t/artifacts/${ids[$i]}?sort=demangled&page=$((300 + i))" >>"$pages"
  [ "$i" -gt 0 ] && echo -e "diff\t/diff?base=${ids[$((i - 1))]}&head=${ids[$i]}" >>"$pages"
  echo -e "library\t/libraries/llvm" >>"$pages"
done
for q in _zn4llvm _zn4llvm3sys4path _zn4llvm7apfloat llvm::sys:: llvm::apfloat:: _zn4llvm2cl3opt; do
  echo -e "search\t/symbols?q=$q" >>"$pages"
done

echo "first request of each page in the cold process:"
for label in artifact deep diff library search; do
  path=$(grep -m1 "^$label	" "$pages" | cut -f2)
  curl -s -o /dev/null -w "  $label %{time_total}s\n" "$url$path"
done

echo "prefix search API, one request at a time (total, ms):"
for q in _zn4llvm _zn4llvm3sys4path llvm::sys::path:: _zn4llvm7apfloat; do
  curl -s -o /dev/null "$url/api/symbols?q=$q&match=prefix"
  printf '  %-22s' "$q"
  for _ in 1 2 3; do curl -s -o /dev/null -w ' %{time_total}' "$url/api/symbols?q=$q&match=prefix&page=3"; done
  echo "  total=$(curl -sf "$url/api/symbols?q=$q&match=prefix" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')"
done

# Issue 15: a deep page in demangled or reversed name order reads an index, never sorts 45k rows.
echo "deep export pages of release 1, one request at a time, each page not yet cached (s):"
for sort in demangled -demangled name -name; do
  printf '  %-11s' "$sort"
  for p in 400 401 402; do curl -s -o /dev/null -w ' %{time_total}' "$url/artifacts/${ids[0]}?sort=$sort&page=$p"; done
  echo
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$clients readers, $seconds s, $provider, page cache ${page_cache:-on}:"
dotnet bench/server/LoadDriver/bin/Release/net10.0/LoadDriver.dll --pages "$pages" "$url" "$clients" "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
