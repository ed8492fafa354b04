#!/usr/bin/env bash
# Target 3: real builds of a consumer project with 1,000 posts (8 KB) against the same project with none, plus Hugo
# building the same 1,000 posts. Cold compiler per build (UseSharedCompilation=false), and again with the compiler
# server warm (UseSharedCompilation=true), where the server keeps the generator driver between builds.
source "$(dirname "$0")/common.sh"
COUNT="${1:-1000}"
build_harness
consumer consumer-0 0 8192
consumer consumer-$COUNT "$COUNT" 8192

build() { dotnet build "$1" -c Release -nologo -nodeReuse:false -p:UseSharedCompilation="$2" "${@:3}"; }
edit_one() { echo "Edited at $(date +%s%N)." >> "$(ls "$1"/Posts/*.md | sed -n 2p)"; }

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

# The generator's own time in one cold compile (the compiler's -reportanalyzer output).
dir="$WORK/consumer-$COUNT"
rm -rf "$dir/bin" "$dir/obj/Release"
build "$dir" false --no-restore -p:ReportAnalyzer=true -v:d > "$WORK/reportanalyzer.log" 2>&1
echo "generator_time_in_cold_compile: $(grep -m1 -E 'Blog.Generator.PostsGenerator' "$WORK/reportanalyzer.log" | sed 's/^ *//')"

# Hugo (Debian's package) building the same posts, with the smallest layout that renders each post's body.
site="$WORK/hugo-$COUNT"
rm -rf "$site"; mkdir -p "$site/content/posts" "$site/layouts/_default"
cp "$dir"/Posts/*.md "$site/content/posts/"
printf 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$site/hugo.toml"
echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>' > "$site/layouts/_default/single.html"
echo '<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$site/layouts/_default/list.html"
hugo_s=$(seconds hugo --quiet -s "$site" -d "$site/public")
hugo_again=$(seconds hugo --quiet -s "$site" -d "$site/public")
echo "hugo posts=$COUNT full_build_s=$hugo_s second_full_build_s=$hugo_again pages=$(find "$site/public/posts" -name index.html | wc -l)"
