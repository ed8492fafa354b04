#!/usr/bin/env bash
# Issue 32: each hostile post of the catalogue (Harness/HostileRound2.cs) in a process of its own, beside a good post,
# with a time limit; prints the generator's outcome, its time and the process's peak memory. A process that dies (a
# stack overflow) or outlives the limit is reported as such. HARNESS_OVERRIDE measures another build's harness; ONLY
# lists the shapes to run (by number, as `hostile2 list` prints them).
source "$(dirname "$0")/common.sh"
set +e  # a shape that fails is a result here, not the end of the run
LIMIT="${1:-120}"
[ -n "${HARNESS_OVERRIDE:-}" ] && HARNESS="$HARNESS_OVERRIDE" || dotnet build "$BENCH_DIR/Blog.Generator.Benchmarks.csproj" -c Release -nologo -v:q >/dev/null
"$HARNESS" hostile2 list | while IFS=$'\t' read -r n class name; do
  # ONLY="3 7 12" runs those shapes alone.
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $n "* ]]; then continue; fi
  out="$(timeout "$LIMIT" /usr/bin/time -f '%e s %M KB' "$HARNESS" hostile2 "$n" 2>&1)"
  status=$?
  usage="$(printf '%s\n' "$out" | tail -1)"
  line="$(printf '%s\n' "$out" | grep -P '^\S+\t' | tail -1)"
  if [ $status -eq 124 ]; then echo -e "$class\t$name\tOVER ${LIMIT} s"
  elif [ -z "$line" ]; then echo -e "$class\t$name\tCRASHED (exit $status): $(printf '%s\n' "$out" | grep -m1 -iE 'overflow|exception|fatal' | cut -c1-100)\t$usage"
  else echo -e "$line\t$usage"; fi
done
