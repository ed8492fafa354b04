#!/usr/bin/env bash
# Shared by the benchmark scripts: paths, the harness binary, a consumer project with N posts, and a peak-RSS sampler.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
WORK="${BLOG_BENCH_WORK:-/tmp/blog-bench}"
HARNESS="$BENCH_DIR/bin/Release/net10.0/Blog.Generator.Benchmarks"
mkdir -p "$WORK"

# How consumers reference the generator: "package" (default), the packed Blog.Generator.nupkg from a folder feed,
# as a user's app does; or "project", a ProjectReference as the sample has, which builds the generator's project too.
REFERENCE="${BLOG_BENCH_REFERENCE:-package}"

build_harness() {
  dotnet build "$BENCH_DIR/Blog.Generator.Benchmarks.csproj" -c Release -nologo -v:q >/dev/null
  if [ "$REFERENCE" = package ]; then pack_generator; fi
}

# pack_generator: packs src/Blog.Generator into $WORK/feed under a version no earlier run used (so NuGet's global
# packages folder cannot hand back an older build), after removing earlier benchmark versions from that folder.
pack_generator() {
  PACKAGE_VERSION="0.0.0-bench.$(date +%Y%m%d%H%M%S)"
  rm -rf "$WORK/feed" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/blog.generator/0.0.0-bench."*
  dotnet pack "$REPO_DIR/src/Blog.Generator" -c Release -nologo -v:q -o "$WORK/feed" --artifacts-path "$WORK/pack-artifacts" -p:Version="$PACKAGE_VERSION" >/dev/null
}

# project DIR FILE SDK NAMESPACE OUTPUT_TYPE: a project wired to the generator ($REFERENCE), in DIR.
project() {
  local dir="$1"
  mkdir -p "$dir"
  if [ "$REFERENCE" = package ]; then
    cat > "$dir/$2" <<XML
<Project Sdk="$3">
  <PropertyGroup>
    <OutputType>$5</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>$4</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Blog.Generator" Version="$PACKAGE_VERSION" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
    # The machine's sources stay (no <clear />) for anything else a project restores.
    printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="blog-generator-bench" value="%s" />\n  </packageSources>\n</configuration>\n' "$WORK/feed" > "$dir/nuget.config"
  else
    cat > "$dir/$2" <<XML
<Project Sdk="$3">
  <Import Project="$REPO_DIR/src/Blog.Generator/build/Blog.Generator.props" />
  <PropertyGroup>
    <OutputType>$5</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>$4</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO_DIR/src/Blog.Generator/Blog.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$REPO_DIR/src/Blog.Generator/build/Blog.Generator.targets" />
</Project>
XML
  fi
  # Directory.Build.props/Packages.props of /tmp do not exist; keep the consumer free of the repo's ones too.
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Build.targets"
  echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$dir/Directory.Packages.props"
}

# consumer NAME COUNT BYTES: a console app wired to the generator as the sample is, with COUNT posts in Posts/.
consumer() {
  local dir="$WORK/$1" count="$2" bytes="$3"
  project "$dir" Blog.Bench.Consumer.csproj Microsoft.NET.Sdk Blog.Bench Exe
  cat > "$dir/Program.cs" <<'CS'
namespace Blog.Bench;

internal static class Program
{
    private static void Main() => System.Console.WriteLine(Posts.All.Count + " posts");
}
CS
  if [ "$count" -gt 0 ]; then
    "$HARNESS" write-posts "$dir/Posts" "$count" "$bytes" >/dev/null
  else
    rm -rf "$dir/Posts"; mkdir -p "$dir/Posts"
  fi
}

# seconds CMD...: wall time of CMD in seconds (3 decimals); CMD's output goes to $LOG.
LOG="$WORK/last.log"
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$LOG" 2>&1 || { echo "FAILED: $*" >&2; tail -30 "$LOG" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

# Samples the high-water RSS of every csc process (not the compiler server) until stopped; prints the largest, in MiB, to $1.
csc_peak_sampler() {
  local out="$1" peak=0 kb pid
  while :; do
    for pid in $(pgrep -f 'Roslyn/bincore/csc ' || true); do
      kb=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
      if [ "${kb:-0}" -gt "$peak" ]; then peak=$kb; echo $((peak / 1024)) > "$out"; fi
    done
    sleep 0.1
  done
}
