#!/usr/bin/env bash
# Target 4: cold `dotnet build` of one project with 100, 1,000 and 10,000 posts of about 10 KB (cold compiler,
# UseSharedCompilation=false), with the compiler's peak resident memory (VmHWM of csc) and a check for CS8103.
# BLOG_POST_BYTES sets the size of a post (default 10240): BLOG_POST_BYTES=2048 scale.sh 100000 is issue 11's 100,000 x 2 KB.
source "$(dirname "$0")/common.sh"
COUNTS="${*:-100 1000 10000}"
build_harness
dotnet build-server shutdown >/dev/null 2>&1 || true
prev=""; prev_t=""
for n in $COUNTS; do
  consumer "scale-$n" "$n" "${BLOG_POST_BYTES:-10240}"
  dir="$WORK/scale-$n"
  dotnet restore "$dir" -nologo -v:q >/dev/null
  rm -rf "$dir/bin" "$dir/obj/Release"
  peak_file="$WORK/scale-$n.peak"; echo 0 > "$peak_file"
  csc_peak_sampler "$peak_file" & sampler=$!
  t=$(seconds dotnet build "$dir" -c Release -nologo --no-restore -nodeReuse:false -p:UseSharedCompilation=false) || t=FAILED
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  cs8103=$(grep -c CS8103 "$LOG" || true)
  # The app builds every post (Posts.All) and prints the count; its wall time and peak resident memory are the run's.
  out=$(/usr/bin/time -f "%e %M" -o "$WORK/scale-$n.run" dotnet "$dir/bin/Release/net10.0/Blog.Bench.Consumer.dll" 2>&1 || true)
  read -r run_s run_kb < "$WORK/scale-$n.run" || true
  md_mb=$(du -sm "$dir/Posts" | cut -f1)
  dll_mb=$(du -m "$dir/bin/Release/net10.0/Blog.Bench.Consumer.dll" 2>/dev/null | cut -f1 || echo 0)
  line="posts=$n markdown_MiB=$md_mb build_s=$t csc_peak_rss_MiB=$(cat "$peak_file") assembly_MiB=$dll_mb cs8103=$cs8103 app_says=\"$out\" app_run_s=${run_s:-?} app_peak_rss_MiB=$(( ${run_kb:-0} / 1024 ))"
  if [ -n "$prev" ] && [ "$t" != FAILED ]; then
    line="$line time_ratio_vs_${prev}=$(echo "$t $prev_t" | awk '{ printf "%.2f", $1 / $2 }')"
  fi
  echo "$line"
  prev=$n; prev_t=$t
done
