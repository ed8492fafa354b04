#!/usr/bin/env bash
# Issue 32: each hostile post of the catalogue (Harness/HostileRound2.cs) in a process of its own, beside a good post,
# with a time limit; prints the generator's outcome, its time and the process's peak memory. A process that dies (a
# stack overflow) or outlives the limit is reported as such. HARNESS_OVERRIDE measures another build's harness; ONLY
# lists the shapes to run (by number, as `hostile2 list` prints them).
# REAL_BUILD=1 runs a real `dotnet build` of a project holding each shape instead (the generator by ProjectReference,
# cold compiler): its outcome (the BLOG and CS ids it printed), its time and the peak memory of the build's processes.
source "$(dirname "$0")/common.sh"
set +e  # a shape that fails is a result here, not the end of the run
LIMIT="${1:-120}"
[ -n "${HARNESS_OVERRIDE:-}" ] && HARNESS="$HARNESS_OVERRIDE" || dotnet build "$BENCH_DIR/Blog.Generator.Benchmarks.csproj" -c Release -nologo -v:q >/dev/null
if [ "${REAL_BUILD:-}" = 1 ]; then
  REFERENCE=project
  dotnet build "$REPO_DIR/src/Blog.Generator/Blog.Generator.csproj" -c Release -nologo -v:q >/dev/null
fi
"$HARNESS" hostile2 list | while IFS=$'\t' read -r n class name; do
  # ONLY="3 7 12" runs those shapes alone.
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $n "* ]]; then continue; fi
  if [ "${REAL_BUILD:-}" = 1 ]; then
    dir="$WORK/hostile2-$n"
    rm -rf "$dir"
    project "$dir" Hostile.csproj Microsoft.NET.Sdk Blog.Bench Exe
    "$HARNESS" hostile2 write "$n" "$dir"
    echo '<Project><Import Project="Blog.props" /></Project>' > "$dir/Directory.Build.props"
    printf 'namespace Blog.Bench;\n\ninternal static class Program\n{\n    private static void Main() => System.Console.WriteLine(Posts.All.Count);\n}\n' > "$dir/Program.cs"
    out="$(cd "$dir" && timeout "$LIMIT" /usr/bin/time -f '%e s %M KB' dotnet build -c Release -nologo -v:q -clp:NoSummary -p:TreatWarningsAsErrors=false 2>&1)"
    status=$?
    usage="$(printf '%s\n' "$out" | tail -1)"
    ids="$(printf '%s\n' "$out" | sort -u | grep -oE '(warning|error) (BLOG|CS)[0-9]+' | sort | uniq -c | awk '{print $3 ($1 > 1 ? " x" $1 : "")}' | paste -sd, -)"
    if [ $status -eq 124 ]; then echo -e "$class\t$name\tOVER ${LIMIT} s"
    else echo -e "$class\t$name\tbuild exit $status\t${ids:-no diagnostic}\t$usage"; fi
    continue
  fi
  out="$(timeout "$LIMIT" /usr/bin/time -f '%e s %M KB' "$HARNESS" hostile2 "$n" 2>&1)"
  status=$?
  usage="$(printf '%s\n' "$out" | tail -1)"
  line="$(printf '%s\n' "$out" | grep -P '^\S+\t' | tail -1)"
  if [ $status -eq 124 ]; then echo -e "$class\t$name\tOVER ${LIMIT} s"
  elif [ -z "$line" ]; then echo -e "$class\t$name\tCRASHED (exit $status): $(printf '%s\n' "$out" | grep -m1 -iE 'overflow|exception|fatal' | cut -c1-100)\t$usage"
  else echo -e "$line\t$usage"; fi
done
