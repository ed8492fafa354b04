#!/usr/bin/env bash
# Issue 27: a consumer with COUNT posts, each naming its own image beside it (COUNT PNGs), against the same posts with
# no image, and Hugo (Debian's package) and Velite (npm, when BLOG_BENCH_VELITE points at a folder with velite
# installed) building the same posts and images, in one run. For each: a cold build, then one post edited and built
# again (cold compiler per build, UseSharedCompilation=false, as build-times.sh's first half). Hugo sizes each image
# with imageConfig in an image render hook and copies it; Velite's s.image() copies it under a hashed name and reads its
# size, as Blog.Generator's task does.
source "$(dirname "$0")/common.sh"
COUNT="${1:-1000}"
ROUNDS="${2:-3}"
build_harness
consumer assets-none "$COUNT" 2048
consumer assets-images "$COUNT" 2048

# The same posts, each with one image: a distinct PNG (the test fixture, with the post's number after its IEND).
dir="$WORK/assets-images"
mkdir -p "$dir/Posts/images"
i=0
for post in "$dir"/Posts/*.md; do
  i=$((i + 1))
  { cat "$REPO_DIR/tests/Blog.Generator.Tests/Assets/Images/plain.png"; printf '%d' "$i"; } > "$dir/Posts/images/img-$i.png"
  printf '\n![Figure %d](images/img-%d.png)\n' "$i" "$i" >> "$post"
done

build() { dotnet build "$1" -c Release -nologo -nodeReuse:false -p:UseSharedCompilation=false --no-restore; }
edit_one() { echo "Edited at $(date +%s%N)." >> "$(ls "$1"/Posts/*.md | sed -n 2p)"; }

# Hugo: the same posts and images, an image render hook that sizes each image from its file.
site="$WORK/assets-hugo"
rm -rf "$site"; mkdir -p "$site/content/posts" "$site/layouts/_default/_markup"
cp -r "$dir"/Posts/* "$site/content/posts/"
printf 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[permalinks]\nposts = "/posts/:filename/"\n' > "$site/hugo.toml"
echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>' > "$site/layouts/_default/single.html"
echo '<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$site/layouts/_default/list.html"
echo '{{ $c := imageConfig (printf "content/posts/%s" .Destination) }}<img src="/posts/{{ .Destination }}" width="{{ $c.Width }}" height="{{ $c.Height }}" alt="{{ .Text }}">' > "$site/layouts/_default/_markup/render-image.html"
hugo_build() { rm -rf "$site/public"; seconds hugo --quiet -s "$site" -d "$site/public"; }

# Velite: the same posts and images, s.markdown() for the body, s.image() for each post's image (copied, hashed, sized).
velite_build() { :; }
if [ -n "${BLOG_BENCH_VELITE:-}" ] && [ -x "$BLOG_BENCH_VELITE/node_modules/.bin/velite" ]; then
  vsite="$BLOG_BENCH_VELITE/site"
  rm -rf "$vsite"; mkdir -p "$vsite/content/posts"
  cp -r "$dir"/Posts/* "$vsite/content/posts/"
  for post in "$vsite"/content/posts/*.md; do
    n=$(grep -o 'images/img-[0-9]*\.png' "$post" | head -1)
    awk -v image="$n" '/^---$/ { fences++; if (fences == 2) print "image: " image } { print }' "$post" > "$post.tmp" && mv "$post.tmp" "$post"
  done
  cat > "$vsite/velite.config.js" <<'JS'
import { defineConfig, s } from 'velite'
export default defineConfig({
  root: 'content',
  output: { data: '.velite', assets: 'public/static', base: '/static/', clean: true },
  collections: {
    posts: {
      name: 'Post', pattern: 'posts/**/*.md',
      schema: s.object({ title: s.string(), date: s.isodate().optional(), image: s.image(), content: s.markdown() }).passthrough(),
    },
  },
})
JS
  echo '{ "type": "module" }' > "$vsite/package.json"
  ln -sfn "$BLOG_BENCH_VELITE/node_modules" "$vsite/node_modules"
  velite_build() { (cd "$vsite" && seconds ./node_modules/.bin/velite build); }
fi

for n in none images; do
  d="$WORK/assets-$n"
  dotnet restore "$d" -nologo -v:q >/dev/null
  rm -rf "$d/bin" "$d/obj/Release"
  cold=$(seconds build "$d")
  edit_one "$d"
  edit=$(seconds build "$d")
  echo "posts=$COUNT images=$n cold_build_s=$cold one_post_edit_build_s=$edit"
done
for round in $(seq 1 "$ROUNDS"); do
  echo "round=$round hugo_full_build_s=$(hugo_build) velite_full_build_s=$(velite_build || echo none)"
  edit_one "$dir"
done
echo "hugo_pages=$(find "$site/public/posts" -name index.html | wc -l) hugo_sized_images=$(grep -l 'width="301" height="157"' -r "$site/public/posts" | wc -l)"
echo "blog_sized_images=$(dotnet run --project "$dir" -c Release --no-build >/dev/null 2>&1; grep -c . "$dir/obj/Release/net10.0/blog.assets.txt") lines in the manifest (header included)"
