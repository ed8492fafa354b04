#!/usr/bin/env bash
# Publishes the sample with NativeAOT and measures the binary's size and the time from process start to its
# first successful response. Needs clang and zlib1g-dev (apt-get install clang zlib1g-dev).
# Usage: sample/Blog.Sample/measure-aot.sh [runs]   (set SKIP_PUBLISH=1 to reuse artifacts/aot)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/aot
runs=${1:-5}
port=${PORT:-5077}

if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
  dotnet publish sample/Blog.Sample -c Release -p:PublishAot=true -o "$out" >/dev/null
fi

bin="$out/Blog.Sample"
bytes=$(stat -c %s "$bin")
echo "binary: $bin, $bytes bytes ($(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }") MiB)"

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$bin" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  # Poll every millisecond until the post page answers 200.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/posts/reflections-from-icml-2024" 2>/dev/null)" = 200 ]; do
    sleep 0.001
  done
  end=$(date +%s%N)
  echo "run $run: first response after $(( (end - start) / 1000000 )) ms"
  for path in / /feed.xml /sitemap.xml; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; kill "$pid"; exit 1; }
  done
  # Every image of the image post, at the fingerprinted URL its HTML holds, from the published wwwroot.
  for image in $(curl -s "http://127.0.0.1:$port/posts/reading-loss-curves" | grep -o 'src="/Posts/[^"]*"' | cut -d'"' -f2 | sort -u); do
    headers=$(curl -s -D - -o "$out/served.tmp" "http://127.0.0.1:$port$image")
    file="$out/wwwroot$(echo "$image" | sed -E 's/\.[0-9a-z]{10}(\.[^./]+)$/\1/')"
    echo "$headers" | grep -q '^HTTP/1.1 200' && cmp -s "$out/served.tmp" "$file" || { echo "GET $image is not $file: $headers" >&2; kill "$pid"; exit 1; }
    [ "$run" != 1 ] || echo "  $image: $(echo "$headers" | grep -i '^cache-control' | tr -d '\r')"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
