#!/bin/sh
# Validates every .ui file under the given folders with gtk4-builder-tool.
# $IR_ADW_PRELOAD teaches the tool libadwaita's types.
set -eu
status=0
count=0
for ui in $(find "$@" -name '*.ui' | sort)
do
  count=$((count + 1))
  if LD_PRELOAD="$IR_ADW_PRELOAD" gtk4-builder-tool validate "$ui"
  then
    echo "ok: $ui"
  else
    echo "FAILED: $ui"
    status=1
  fi
done
[ $count -gt 0 ] || { echo "no .ui files under $*"; exit 1; }
exit $status
