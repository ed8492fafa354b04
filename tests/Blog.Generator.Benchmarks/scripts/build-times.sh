#!/usr/bin/env bash
# Target 3: real builds of a consumer project with 1,000 posts (8 KB) against the same project with none, and Hugo
# building the same posts, in one run. Cold compiler per build (UseSharedCompilation=false), then the compiler server
# warm (UseSharedCompilation=true), where the server keeps the generator's state between builds. The warm one-post
# edit and Hugo's full build are each taken ROUNDS times, interleaved, and compared best against best and median
# against median. Consumers reference the packed Blog.Generator as an app does (BLOG_BENCH_REFERENCE=project: the
# ProjectReference the sample uses, which also builds the generator's project each time).
source "$(dirname "$0")/common.sh"
COUNT="${1:-1000}"
ROUNDS="${2:-3}"
build_harness
consumer consumer-0 0 8192
consumer consumer-$COUNT "$COUNT" 8192

build() { dotnet build "$1" -c Release -nologo -nodeReuse:false -p:UseSharedCompilation="$2" "${@:3}"; }
edit_one() { echo "Edited at $(date +%s%N)." >> "$(ls "$1"/Posts/*.md | sed -n 2p)"; }

# Hugo (Debian's package) building the same posts, with the smallest layout that renders each post's body.
site="$WORK/hugo-$COUNT"
rm -rf "$site"; mkdir -p "$site/content/posts" "$site/layouts/_default"
cp "$WORK/consumer-$COUNT"/Posts/*.md "$site/content/posts/"
printf 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$site/hugo.toml"
echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>' > "$site/layouts/_default/single.html"
echo '<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$site/layouts/_default/list.html"
hugo_build() { rm -rf "$site/public"; seconds hugo --quiet -s "$site" -d "$site/public"; }

for server in false true; do
  [ "$server" = true ] && dotnet build-server shutdown >/dev/null 2>&1 || true
  for n in 0 "$COUNT"; do
    dir="$WORK/consumer-$n"
    dotnet restore "$dir" -nologo -v:q >/dev/null
    rm -rf "$dir/bin" "$dir/obj/Release"
    cold=$(seconds build "$dir" "$server" --no-restore)
    if [ "$n" -gt 0 ]; then edit_one "$dir"; fi
    touch "$dir/Program.cs"   # the zero-post project has no post to edit: a touched .cs file makes csc run again
    incr=$(seconds build "$dir" "$server" --no-restore)
    echo "shared-compiler=$server posts=$n cold_build_s=$cold incremental_build_s=$incr"
  done
done

# The warm server and Hugo, ROUNDS each, interleaved so that noise on the shared machine hits both.
dir="$WORK/consumer-$COUNT"
edits=(); hugos=()
for round in $(seq 1 "$ROUNDS"); do
  edit_one "$dir"
  edits+=("$(seconds build "$dir" true --no-restore)")
  hugos+=("$(hugo_build)")
done
echo "warm_edit_s=${edits[*]} hugo_full_build_s=${hugos[*]} pages=$(find "$site/public/posts" -name index.html | wc -l)"
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
read -r edit_best edit_median <<< "$(stats "${edits[@]}")"
read -r hugo_best hugo_median <<< "$(stats "${hugos[@]}")"
echo "warm_edit_vs_hugo best=$(echo "$edit_best $hugo_best" | awk '{ printf "%.2f", $1 / $2 }')x median=$(echo "$edit_median $hugo_median" | awk '{ printf "%.2f", $1 / $2 }')x (target <= 1x)"

# The generator's own time in one cold compile (the compiler's -reportanalyzer output).
rm -rf "$dir/bin" "$dir/obj/Release"
build "$dir" false --no-restore -p:ReportAnalyzer=true -v:d > "$WORK/reportanalyzer.log" 2>&1
echo "generator_time_in_cold_compile: $(grep -m1 -E 'Blog.Generator.PostsGenerator' "$WORK/reportanalyzer.log" | sed 's/^ *//')"
