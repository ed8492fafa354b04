#!/usr/bin/env bash
# Target 5: one post served over loopback under wrk, by the generator's bytes (hosts/Blog.Bench.Host, route
# /posts/{slug}, Posts.FindBySlug(slug).HtmlUtf8), by nginx serving the same bytes as a static file, by a host that
# renders the Markdown with Markdig per request, and by a host that parses every post at startup. Then start-to-first
# -response and working set with 1,000 posts against 0.
source "$(dirname "$0")/common.sh"
DURATION="${DURATION:-10s}"; CONNECTIONS="${CONNECTIONS:-32}"
HOST_PROJECT="$BENCH_DIR/hosts/Blog.Bench.Host/Blog.Bench.Host.csproj"
SLUG=post-00001
build_harness
"$HARNESS" write-posts "$WORK/host-posts-1000" 1000 8192 >/dev/null
mkdir -p "$WORK/host-posts-0"; rm -f "$WORK/host-posts-0"/*.md
for n in 0 1000; do
  dotnet publish "$HOST_PROJECT" -c Release -nologo -v:q -o "$WORK/host-$n" -p:BlogPostsDirectory="$WORK/host-posts-$n" >/dev/null
done

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# start NAME POSTS MODE PORT: starts a host; prints ms to first 200 on / and VmRSS (MiB) after it.
start() {
  local n="$2" mode="$3" port="$4" t0 t1
  t0=$(date +%s%N)
  BENCH_MODE="$mode" BENCH_POSTS="$WORK/host-posts-1000" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    "$WORK/host-$n/Blog.Bench.Host" >"$WORK/$1.log" 2>&1 &
  pids+=($!); eval "$1_pid=$!"
  until curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1; do sleep 0.01; done
  t1=$(date +%s%N)
  echo "$1 start_to_first_response_ms=$(( (t1 - t0) / 1000000 )) working_set_MiB=$(( $(awk '/VmRSS/ { print $2 }' /proc/$!/status) / 1024 ))"
}

# load NAME URL: wrk, then requests/s and p99.
load() {
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$WORK/wrk-$1.txt"
  echo "$1 requests_per_s=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk-$1.txt") p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk-$1.txt") non2xx=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk-$1.txt")"
}

start generated0 0 generated 5100
kill "$generated0_pid"; wait "$generated0_pid" 2>/dev/null || true
start generated1000 1000 generated 5101
start markdig 1000 markdig 5102
start startup 1000 startup 5103

# nginx serves the exact bytes the generated host sends.
ngx="$WORK/nginx"; mkdir -p "$ngx/html/posts" "$ngx/logs"
curl -fs "http://127.0.0.1:5101/posts/$SLUG" -o "$ngx/html/posts/$SLUG"
cat > "$ngx/nginx.conf" <<NGX
worker_processes auto;
pid $ngx/nginx.pid;
error_log $ngx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type text/html;
  client_body_temp_path $ngx/tmp; proxy_temp_path $ngx/tmp; fastcgi_temp_path $ngx/tmp; uwsgi_temp_path $ngx/tmp; scgi_temp_path $ngx/tmp;
  server { listen 127.0.0.1:5104; root $ngx/html; }
}
NGX
mkdir -p "$ngx/tmp"
nginx -p "$ngx" -c "$ngx/nginx.conf" -g 'daemon off;' & pids+=($!)
until curl -fs "http://127.0.0.1:5104/posts/$SLUG" >/dev/null 2>&1; do sleep 0.05; done
cmp <(curl -fs "http://127.0.0.1:5104/posts/$SLUG") <(curl -fs "http://127.0.0.1:5101/posts/$SLUG") && echo "same_bytes=yes size=$(stat -c %s "$ngx/html/posts/$SLUG")"

for round in 1 2; do
  load nginx "http://127.0.0.1:5104/posts/$SLUG"
  load generated "http://127.0.0.1:5101/posts/$SLUG"
  load markdig "http://127.0.0.1:5102/posts/$SLUG"
  load startup "http://127.0.0.1:5103/posts/$SLUG"
done
echo "generated1000 working_set_after_load_MiB=$(( $(awk '/VmRSS/ { print $2 }' /proc/$generated1000_pid/status) / 1024 ))"
