#!/usr/bin/env bash
# Issue 17, tried as an attacker: malformed multipart bodies, cut-short and oversized uploads,
# bad query values, sent to a Release server on a fresh data folder. Prints each answer's status
# and the server's resident memory after each round; at the end, what tmp/ and artifacts/ hold.
#   bench/server/attack.sh [ROUNDS]
# ROUNDS (default 20) repeats the malformed requests, 8 at a time, to show memory stays flat.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-20}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/abiportal-attack-XXXXXX)
url="http://127.0.0.1:$port"
dotnet build src/Server -c Release -v q -nologo >/dev/null
AbiPortal__DataPath="$data" Logging__LogLevel__Default=Warning \
  dotnet src/Server/bin/Release/net10.0/AbiPortal.Server.dll --urls "$url" >"$data.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
for _ in $(seq 300); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$server/status"; }
echo "server up, RSS $(rss)"

# Raw HTTP/1.1 for what curl will not send: a body shorter than its Content-Length, headers only.
raw() {
  python3 - "$port" "$@" <<'PY'
import socket, sys
port, head, body, mode = int(sys.argv[1]), sys.argv[2].encode().decode('unicode_escape').encode('latin-1'), sys.argv[3].encode().decode('unicode_escape').encode('latin-1'), sys.argv[4]
s = socket.create_connection(("127.0.0.1", port)); s.settimeout(30)
s.sendall(head + b"\r\nConnection: close\r\n\r\n" + body)
if mode == "cut": s.shutdown(socket.SHUT_WR)
try:
    status = s.recv(4096).split(b"\r\n", 1)[0].decode() or "(closed)"
except (ConnectionResetError, socket.timeout) as e:
    status = f"({type(e).__name__})"
print(status)
PY
}

mp='Content-Type: multipart/form-data; boundary=b'
file_head='--b\r\nContent-Disposition: form-data; name="file"; filename="x.so"\r\n\r\n\x7fELF\x02\x01\x01'
malformed() {
  printf '  %-44s %s\n' "no closing boundary" "$(curl -s -o /dev/null -w '%{http_code}' -H "$mp" --data-binary $'--b\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n\x7fELF' "$url/api/artifacts")"
  printf '  %-44s %s\n' "another boundary" "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: multipart/form-data; boundary=zz' --data-binary $'--b\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\nELF\r\n--b--\r\n' "$url/api/artifacts")"
  printf '  %-44s %s\n' "empty body" "$(curl -s -o /dev/null -w '%{http_code}' -H "$mp" --data-binary '' "$url/api/artifacts")"
  printf '  %-44s %s\n' "section headers over 16 KB" "$(printf -- '--b\r\nContent-Disposition: form-data; name="file"; filename="x"\r\nX-Pad: %s\r\n\r\nx\r\n--b--\r\n' "$(head -c 20000 /dev/zero | tr '\0' a)" | curl -s -o /dev/null -w '%{http_code}' -H "$mp" --data-binary @- "$url/api/artifacts")"
  printf '  %-44s %s\n' "body cut short (Content-Length 1 MB, 80 B sent)" "$(raw "POST /api/artifacts HTTP/1.1\r\nHost: x\r\n$mp\r\nContent-Length: 1000000" "$file_head" cut)"
  printf '  %-44s %s\n' "NUL in the file name" "$(curl -s -o /dev/null -w '%{http_code}' -H "$mp" --data-binary $'--b\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8\'\'a%00.so\r\n\r\n\x7fELF\x02\x01\x01\r\n--b--\r\n' "$url/api/artifacts")"
  printf '  %-44s %s\n' "page=abc (API, page)" "$(curl -s -o /dev/null -w '%{http_code} %{http_code}' "$url/api/artifacts?page=abc" | cut -c1-3) $(curl -s -o /dev/null -w '%{http_code}' "$url/symbols?q=a&page=abc")"
  printf '  %-44s %s\n' "page=2147483647&pageSize=1000" "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/artifacts?page=2147483647&pageSize=1000")"
  printf '  %-44s %s\n' "/diff?base=a" "$(curl -s -o /dev/null -w '%{http_code}' "$url/diff?base=a")"
}

echo "malformed requests:"
malformed
echo "oversized uploads:"
printf '  %-44s %s\n' "declared 3 GiB (Content-Length)" "$(raw "POST /api/artifacts HTTP/1.1\r\nHost: x\r\n$mp\r\nContent-Length: 3221225472" "$file_head" wait)"
started=$(date +%s)
status=$(python3 -c '
import sys
out = sys.stdout.buffer
out.write(b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.so\"\r\n\r\n\x7fELF\x02\x01\x01")
chunk = b"\0" * (1 << 20)
try:
    for _ in range(3 * 1024): out.write(chunk)
except BrokenPipeError: pass
' | curl -s -o /dev/null -w '%{http_code}' -X POST -H "$mp" -T - "$url/api/artifacts" || true)
printf '  %-44s %s in %s s, RSS %s\n' "streamed 3 GiB, chunked" "$status" "$(( $(date +%s) - started ))" "$(rss)"
printf '  %-44s %s\n' "check JSON, chunked, 300 MiB (limit 64 MiB)" "$(python3 -c '
import sys
out = sys.stdout.buffer
out.write(b"{\"library\":\"x\",\"snapshot\":{\"file\":{\"name\":\"")
try:
    for _ in range(300): out.write(b"a" * (1 << 20))
except BrokenPipeError: pass
' | curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -T - "$url/api/check" || true)"

echo "$rounds rounds of the malformed requests, 8 at a time:"
for r in $(seq "$rounds"); do
  jobs_of_round=()
  for _ in $(seq 8); do malformed >/dev/null & jobs_of_round+=($!); done
  wait "${jobs_of_round[@]}"
  [ $((r % 5)) -eq 0 ] && echo "  after round $r: RSS $(rss)"
done
echo "left in tmp/: $(find "$data/tmp" -type f 2>/dev/null | wc -l) files; in artifacts/: $(find "$data/artifacts" -type f 2>/dev/null | wc -l) files"
echo "errors logged by the server (500s): $(grep -c '^fail:' "$data.log" || true)"
