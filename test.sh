#!/usr/bin/env bash
# Runs every test from a clean clone. Installs what a fresh machine lacks, then runs dotnet test on the solution.
set -euo pipefail
cd "$(dirname "$0")"

# The sample's browser tests drive Debian's Chromium (never a downloaded browser). Install it only when missing,
# so the script is quick and offline-safe on a machine that already has it. BLOG_CHROMIUM points elsewhere if needed.
if [ ! -x "${BLOG_CHROMIUM:-/usr/bin/chromium}" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    echo "Installing Debian's chromium for the sample's browser tests..."
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "chromium is missing and apt-get is not available; install Chromium and set BLOG_CHROMIUM to its path." >&2
    exit 1
  fi
fi

dotnet test Blog.Generator.sln -c Release "$@"
