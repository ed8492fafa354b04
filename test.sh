#!/usr/bin/env bash
# Runs every test from a clean clone. Installs what a fresh machine lacks, then runs dotnet test on the solution.
set -euo pipefail
cd "$(dirname "$0")"

# The sample's browser tests drive Debian's Chromium (never a downloaded browser). Install it only when missing,
# so the script is quick and offline-safe on a machine that already has it. BLOG_CHROMIUM points elsewhere if needed.
# The image-header tests compare with ImageMagick's identify (Debian's imagemagick), likewise installed when missing.
missing=""
if [ ! -x "${BLOG_CHROMIUM:-/usr/bin/chromium}" ]; then missing="chromium fonts-liberation"; fi
if ! command -v identify >/dev/null 2>&1; then missing="$missing imagemagick"; fi
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    echo "Installing what the tests need:$missing..."
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "missing:$missing, and apt-get is not available; install them (Chromium's path can be set in BLOG_CHROMIUM)." >&2
    exit 1
  fi
fi

dotnet test Blog.Generator.sln -c Release "$@"
