#!/usr/bin/env bash
# Server speed goals (issue 7):
#   1. upload -> ready for the largest library on the machine (libLLVM-14.so.1, 44k exports): < 3 s
#   2. GET /api/artifacts/{id}/exports (one page of 50) p95 under 32 concurrent clients: < 50 ms
# Runs a Release build of the server on a fresh SQLite data folder (or PostgreSQL with
# ABIPORTAL_BENCH_PG="connection string"), then prints both numbers.
#   bench/server/run.sh [LIBRARY] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
lib=${1:-/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1}
seconds=${2:-10}
# A free port of our own: a fixed one may belong to another server on a shared machine.
port=${ABIPORTAL_BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
data=$(mktemp -d /tmp/abiportal-bench-XXXXXX)
url="http://127.0.0.1:$port"

dotnet build src/Server -c Release -v q -nologo >/dev/null
dotnet build bench/server/LoadDriver -c Release -v q -nologo >/dev/null

AbiPortal__DataPath="$data" ConnectionStrings__AbiPortal="${ABIPORTAL_BENCH_PG:-}" Logging__LogLevel__Default=Warning \
  dotnet src/Server/bin/Release/net10.0/AbiPortal.Server.dll --urls "$url" \
  --Logging:LogLevel:AbiPortal.Server.Parsing.ParseWorker=Information >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 300); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.1; done
kill -0 $server 2>/dev/null || { cat "$data/server.log"; exit 1; }

# Warm the parse path once with a small library so the measured run is not JIT start-up.
curl -sf -F "file=@/usr/lib/x86_64-linux-gnu/libz.so.1" "$url/api/artifacts" >/dev/null || true
sleep 1

start=$(date +%s.%N)
id=$(curl -sf -F "file=@$lib" -F library=bench "$url/api/artifacts" | sed -n 's/^{"id":\([0-9]*\),.*/\1/p')
uploaded=$(date +%s.%N)
while :; do
  status=$(curl -sf "$url/api/artifacts/$id" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
  [ "$status" = ready ] || [ "$status" = failed ] && break
  sleep 0.02
done
done_at=$(date +%s.%N)
exports=$(curl -sf "$url/api/artifacts/$id" | sed -n 's/.*"exportCount":\([0-9]*\).*/\1/p')
size=$(stat -c %s "$lib")
printf 'upload->%s: %.2f s total (upload %.2f s, parse+store %.2f s) for %s (%s bytes, %s exports)\n' \
  "$status" "$(echo "$done_at - $start" | bc)" "$(echo "$uploaded - $start" | bc)" "$(echo "$done_at - $uploaded" | bc)" "$(basename "$lib")" "$size" "$exports"

# The worker's own split of parse+store (its timing line for this artifact).
# The console logger writes on its own thread: give it a moment.
for _ in $(seq 20); do grep -q "Artifact $id: .* exports, read" "$data/server.log" && break; sleep 0.1; done
sed -n "s/^ *\(Artifact $id: .* exports, read .*\)/worker: \1/p" "$data/server.log"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo -n "exports page (pageSize=50, page 100): "
dotnet bench/server/LoadDriver/bin/Release/net10.0/LoadDriver.dll "$url/api/artifacts/$id/exports?page=100&pageSize=50" 32 "$seconds"
echo -n "exports search (q=createtarget): "
dotnet bench/server/LoadDriver/bin/Release/net10.0/LoadDriver.dll "$url/api/artifacts/$id/exports?q=createtarget" 32 "$seconds"
