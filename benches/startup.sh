#!/usr/bin/env bash
# usage: benches/startup.sh BINARY RUNS — time of `BINARY --version`, and from launch to the first frame
# drawn under Xvfb (CROSSCHECK_FRAME_LOG's first line), median of RUNS fresh processes.
set -u
bin=$1; runs=${2:-5}
disp=:93
Xvfb $disp -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
sleep 1.5
v=(); f=()
for i in $(seq 1 "$runs"); do
  s=$(date +%s%N); "$bin" --version >/dev/null; e=$(date +%s%N); v+=($(( (e-s)/1000000 )))
  log=$(mktemp -u); home=$(mktemp -d)
  s=$(date +%s%N)
  HOME=$home XDG_DATA_HOME=$home DISPLAY=$disp LIBGL_ALWAYS_SOFTWARE=1 CROSSCHECK_FRAME_LOG=$log "$bin" >/dev/null 2>&1 & app=$!
  for _ in $(seq 3000); do [ -s "$log" ] && break; sleep 0.01; done
  e=$(date +%s%N); f+=($(( (e-s)/1000000 )))
  kill $app; wait $app 2>/dev/null; rm -rf "$log" "$home"
done
kill $xvfb
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "$(basename "$bin"): size $(stat -c %s "$bin") bytes; --version median $(med "${v[@]}") ms (${v[*]}); first frame median $(med "${f[@]}") ms (${f[*]})"
