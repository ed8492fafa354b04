#!/usr/bin/env bash
# Issue 11, target 5: `dotnet watch` edit-to-visible time at COUNT posts. A web app wired to the generator as the
# sample is serves each post's title and HTML at /posts/{slug} and its process id at /process; after `dotnet watch`
# is up, one post's body, then its title, is edited ROUNDS times each, and the time from the write to the first
# response showing the edit is taken; then a new post is added, and another one deleted. Every edit must be applied by hot
# reload: the script fails if the process changes or dotnet watch reports a rude edit (ENC…) or a restart.
source "$(dirname "$0")/common.sh"
COUNT="${1:-1000}"
ROUNDS="${2:-3}"
PORT="${BLOG_WATCH_PORT:-5191}"
build_harness
if curl -s -m 1 "http://127.0.0.1:$PORT/" >/dev/null 2>&1; then echo "FAILED: port $PORT is in use (BLOG_WATCH_PORT sets another)" >&2; exit 1; fi

dir="$WORK/watch-$COUNT"
rm -rf "$dir"; mkdir -p "$dir"
project "$dir" Blog.Watch.csproj Microsoft.NET.Sdk.Web Blog.Watch Exe
cat > "$dir/Program.cs" <<CS
using Blog.Watch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateSlimBuilder(args).Build();
var process = System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
app.MapGet("/process", () => process);
app.MapGet("/posts/{slug}", (string slug) => Posts.FindBySlug(slug) is { } post ? Results.Text(post.Title + "\n" + post.Html) : Results.NotFound());
app.Run("http://127.0.0.1:$PORT");
CS
"$HARNESS" write-posts "$dir/Posts" "$COUNT" 8192 >/dev/null

post="$(ls "$dir"/Posts/*.md | sed -n 2p)"
slug="$(basename "$post" .md | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//')"
log="$WORK/watch-$COUNT.log"
# In a process group of its own, so that the watcher, its child processes and the app all stop with the script
# (a watcher left running holds some 50 of the 128 inotify instances a user has by default).
(cd "$dir" && DOTNET_WATCH_SUPPRESS_EMOJIS=1 exec setsid dotnet watch run --non-interactive ${BLOG_WATCH_VERBOSE:+--verbose} >"$log" 2>&1) &
watcher=$!
stop() {
  kill -- -$watcher 2>/dev/null || true
  for pid in $(pgrep -f "dotnet-watch|Blog.Watch" || true); do
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$dir" ] && kill -9 "$pid" 2>/dev/null || true
  done
}
trap stop EXIT

for _ in $(seq 1 600); do
  grep -q "Waiting for changes" "$log" 2>/dev/null && curl -fs -m 1 "http://127.0.0.1:$PORT/process" >/dev/null && break
  kill -0 $watcher 2>/dev/null || { echo "FAILED: dotnet watch exited" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 0.5
done
first_process="$(curl -fs "http://127.0.0.1:$PORT/process")"
echo "watching $COUNT posts, process $first_process, post $slug"

# visible TOKEN: milliseconds from now until /posts/$slug shows TOKEN (at most 180 s: a loaded CI machine is slow).
visible() {
  local start end deadline=$((SECONDS + 180))
  start=$(date +%s%N)
  while [ "$SECONDS" -lt "$deadline" ]; do
    curl -fs -m 2 "http://127.0.0.1:$PORT/posts/$slug" | grep -q "$1" && break
    sleep 0.01
  done
  end=$(date +%s%N)
  curl -fs -m 2 "http://127.0.0.1:$PORT/posts/$slug" | grep -q "$1" || { echo "FAILED: $1 never showed" >&2; tail -30 "$log" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}

for round in $(seq 1 "$ROUNDS"); do
  token="bodyedit$round$RANDOM"
  echo "Edited body $token." >> "$post"
  body_ms=$(visible "$token")
  sleep 1
  token="titleedit$round$RANDOM"
  # Written in place, as most editors save (sed -i would replace the file with a new one).
  retitled="$(sed -E "s/^title: .*/title: \"Retitled $token\"/" "$post")"
  printf '%s\n' "$retitled" > "$post"
  title_ms=$(visible "$token")
  sleep 1
  echo "round=$round body_edit_to_visible_ms=$body_ms title_edit_to_visible_ms=$title_ms"
done

# gone SLUG: milliseconds from now until /posts/SLUG answers 404 (at most 180 s).
gone() {
  local start end deadline=$((SECONDS + 180))
  start=$(date +%s%N)
  while [ "$SECONDS" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$PORT/posts/$1")" = 404 ] && break
    sleep 0.01
  done
  end=$(date +%s%N)
  [ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$PORT/posts/$1")" = 404 ] || { echo "FAILED: $1 still served after its deletion" >&2; tail -30 "$log" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}

# A post is stored in one of 256 buckets by a hash of its path, and a bucket has a file only while it holds a post.
# Where the posts leave a bucket empty, the new post goes into one (its file is added: new methods for hot reload) and
# the deleted post is one alone in its bucket (its file is removed: deleted methods), the edits hot reload must apply.
buckets="$(cd "$dir" && "$HARNESS" bucket-of Posts/*.md)"
occupied=" $(printf '%s\n' "$buckets" | awk '{print $2}' | tr '\n' ' ')"
token=""
for n in $(seq 1 2000); do
  candidate="addedpost$RANDOM$n"
  bucket="$("$HARNESS" bucket-of "Posts/2025-01-01-$candidate.md" | awk '{print $2}')"
  case "$occupied" in *" $bucket "*) ;; *) token="$candidate"; break ;; esac
  [ "$n" -ge 20 ] && { token="$candidate"; break; }  # every bucket holds a post (hundreds of posts): any name will do
done
case "$occupied" in *" $bucket "*) new_bucket=shared ;; *) new_bucket=new ;; esac
added="$dir/Posts/2025-01-01-$token.md"
printf -- '---\ntitle: "Added %s"\ndate: 2025-01-01\n---\nA new post, %s.\n' "$token" "$token" > "$added"
slug="$token"  # visible() reads the page of $slug
add_ms=$(visible "$token")
sleep 1
# The third post by name, or the first after the edited one that is alone in its bucket.
deleted="$(ls "$dir"/Posts/*.md | sed -n 3p)"
deleted_bucket=shared
while read -r path bucket; do
  [ "$dir/$path" = "$post" ] && continue
  if [ "$(printf '%s\n' "$buckets" | awk -v b="$bucket" '$2 == b' | wc -l)" = 1 ]; then deleted="$dir/$path"; deleted_bucket=emptied; break; fi
done <<< "$buckets"
rm "$deleted"
delete_ms=$(gone "$(basename "$deleted" .md | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//')")
echo "new_post_to_visible_ms=$add_ms deleted_post_to_404_ms=$delete_ms"
echo "new post's bucket: $new_bucket; deleted post's bucket: $deleted_bucket"

[ "$(curl -fs "http://127.0.0.1:$PORT/process")" = "$first_process" ] || { echo "FAILED: the app restarted" >&2; exit 1; }
if grep -E "ENC[0-9]{4}|Restart is needed|restarting" "$log"; then echo "FAILED: an edit was not applied by hot reload" >&2; exit 1; fi
echo "same process throughout: $first_process; hot reload applied: $(grep -c 'changes applied' "$log") updates"
