#!/usr/bin/env bash
# Starts or stops the Redis servers the integration tests use, all on loopback:
#   .ci/redis-servers.sh start DIR BASEPORT   single node on BASEPORT, a 3-node cluster on BASEPORT+1..+3;
#                                              writes DIR/env (the CORPUSDIFF_TEST_REDIS* variables to source)
#   .ci/redis-servers.sh stop DIR             stops every server started in DIR, by the PIDs they wrote
set -euo pipefail
cmd="${1:?start|stop}"; dir="${2:?folder}"
case "$cmd" in
start)
  base="${3:?base port}"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  start_node() { # port, extra args...
    local port="$1"; shift
    mkdir -p "$dir/$port"
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir/$port" --pidfile "$dir/$port/redis.pid" \
      --logfile "$dir/$port/redis.log" --save "" --appendonly no --daemonize yes "$@"
  }
  start_node "$base"
  for i in 1 2 3; do
    p=$((base + i))
    start_node "$p" --cluster-enabled yes --cluster-config-file "$dir/$p/nodes.conf" --cluster-node-timeout 2000
  done
  for p in "$base" $((base + 1)) $((base + 2)) $((base + 3)); do
    for _ in $(seq 50); do redis-cli -p "$p" ping >/dev/null 2>&1 && break; sleep 0.1; done
  done
  redis-cli --cluster create 127.0.0.1:$((base + 1)) 127.0.0.1:$((base + 2)) 127.0.0.1:$((base + 3)) \
    --cluster-replicas 0 --cluster-yes >"$dir/cluster-create.log" 2>&1
  for _ in $(seq 100); do
    redis-cli -p $((base + 1)) cluster info 2>/dev/null | grep -q "cluster_state:ok" && break; sleep 0.1
  done
  cat >"$dir/env" <<ENV
export CORPUSDIFF_TEST_REDIS=127.0.0.1:$base
export CORPUSDIFF_TEST_REDIS_CLUSTER=127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2)),127.0.0.1:$((base + 3))
ENV
  echo "redis: single node 127.0.0.1:$base, cluster 127.0.0.1:$((base + 1))-$((base + 3))"
  ;;
stop)
  for pidfile in "$dir"/*/redis.pid; do
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
  done
  ;;
*) echo "usage: $0 start DIR BASEPORT | stop DIR" >&2; exit 2 ;;
esac
