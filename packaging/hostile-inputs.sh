#!/usr/bin/env bash
# The hostile inputs of issue #18 through the built jar, each in its own JVM under /usr/bin/time -v:
# prints case, exit code, wall seconds, max RSS and the first line of the message (the bar: exit 1,
# the file and the problem named, <= 10 s, <= 1 GB RSS). HostileInputsProcessTest asserts the same
# cases in `mvn verify` without timing them.
# Needs: target/scalinglens.jar (mvn -B -o -q package -DskipTests), GNU time (Debian: time), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/scalinglens.jar}
[[ -f "$JAR" ]] || { echo "no $JAR; build it with: mvn -B -o -q package -DskipTests" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# Fixtures (sparse files cost no disk).
echo '{"chart":"density","settings":{"bootstrapReplicates":2147483647}}' >replicates-max.json
echo '{"chart":"density","settings":{"bootstrapReplicates":2e7}}' >replicates-2e7.json
echo '{"chart":"density","viewport":{"xMin":0,"xMax":1e12,"yMin":0.01,"yMax":10}}' >xmax.json
echo '{"chart":"pareto","settings":{"yMetric":null}}' >ymetric-null.json
echo '{"chart":"pareto","settings":{"precision":null}}' >precision-null.json
printf '{"schema": "scalinglens.catalog/1", "models": [' >truncated.json
java -jar "$JAR" export --chart pareto --out deck.pptx >/dev/null
python3 - <<'PY'
import struct, zipfile
sig = b'\x89PNG\r\n\x1a\n'
ihdr = struct.pack('>I', 13) + b'IHDR' + struct.pack('>II', 1, 1) + bytes([8, 2, 0, 0, 0]) + b'\0\0\0\0'
def sparse(name, head, size):
    with open(name, 'wb') as f:
        f.write(head)
        f.truncate(size)
sparse('huge.png', sig + ihdr, 3 << 30)
sparse('huge.svg', b'<svg xmlns="http://www.w3.org/2000/svg">', 3 << 30)
sparse('zeros.png', sig, 1 << 30)
sparse('huge.json', b'{"schema": "scalinglens.catalog/1", "models": [', 3 << 30)
open('tiny.svg', 'wb').write(b'<!DOCTYPE svg [<!E<svg')
head = '{"schema": "scalinglens.catalog/1", "models": [{"id": "x", "name": "X", '
open('number.json', 'w').write(head + '"parameters": ' + '9' * 2000 + '}]}')
open('string.json', 'w').write(head[:-len('"name": "X", ')] + '"name": "' + 'x' * 30_000_000 + '"}]}')
open('utf16.json', 'wb').write('{"schema": "scalinglens.catalog/1", "models": []}'.encode('utf-16'))
open('deep.json', 'w').write('{"a":' + '[' * 100_000 + ']' * 100_000 + '}')
open('quote.csv', 'w').write('x,y,series\n1,"1.80,mine\n2,1.79,mine\n')
open('epoch16.csv', 'wb').write('Model,Parameters\nA,7e9\n'.encode('utf-16'))
src = zipfile.ZipFile('deck.pptx')
with zipfile.ZipFile('doctype.pptx', 'w', zipfile.ZIP_DEFLATED) as out:
    for name in src.namelist():
        data = src.read(name)
        if name == 'ppt/slides/slide1.xml':
            text = data.decode()
            end = text.index('?>') + 2
            data = (text[:end] + '<!DOCTYPE x [<!ENTITY e "boom">]>' + text[end:]).encode()
        out.writestr(name, data)
import os
body = ('{"model_id": "zai-org/GLM-5-FP8", "max_concurrency": 4, "num_prompts": 40, "total_input_tokens": 40960,'
        ' "output_throughput": 400.0, "median_tpot_ms": 10.0}')
os.mkdir('ix')
for tp in ('tp0', 'tp99999999999'):
    open(f'ix/glm5_fp8_vllm_{tp}_isl1024_osl128_conc4.json', 'w').write(body)
PY

printf '| case | exit | wall s | max RSS MB | first line of the message |\n|---|---:|---:|---:|---|\n'
run() {
  local name=$1
  shift
  /usr/bin/time -v -o time.txt java -Xmx1g -jar "$JAR" "$@" >out.txt 2>&1 || true
  local code wall rss first
  code=$(sed -n 's/^\s*Exit status: //p' time.txt)
  wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt | awk -F: '{print $(NF-1)*60 + $NF}')
  rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' time.txt)
  first=$(head -1 out.txt | cut -c1-150 | sed 's/|/\\|/g')
  if grep -qE $'\tat |Exception|OutOfMemoryError' out.txt; then first="STACK TRACE: $first"; fi
  printf '| %s | %s | %.1f | %d | %s |\n' "$name" "$code" "$wall" "$((rss / 1024))" "$first"
}
run "view: bootstrapReplicates 2147483647" export --view replicates-max.json --out v.png
run "view: bootstrapReplicates 2e7" export --view replicates-2e7.json --out v.png
run "view: viewport xMax 1e12" export --view xmax.json --out v.png
run "view: yMetric null" export --view ymetric-null.json --out v.png
run "view: precision null" export --view precision-null.json --out v.png
run "figure: 3 GB sparse PNG" figure-view huge.png
run "figure: 3 GB sparse SVG" figure-view huge.svg
run "figure: 1 GB zero-filled PNG" figure-view zeros.png
run "figure: 22-byte SVG with a broken DTD" figure-view tiny.svg
run "figure: DOCTYPE inside a PPTX" figure-view doctype.pptx
run "catalog: truncated JSON" validate truncated.json
run "catalog: 2,000-digit number" validate number.json
run "catalog: 30 MB string" validate string.json
run "catalog: UTF-16" validate utf16.json
run "catalog: 100,000-deep nesting" validate deep.json
run "catalog: 3 GB sparse" validate huge.json
run "import: InferenceX tp0 + tp99999999999 only" import --format inferencex ix --out ix.json
run "import: experiment CSV, unclosed quote" import --format experiment-csv quote.csv --out q.json
run "import: Epoch CSV in UTF-16" import --format epoch-csv epoch16.csv --out e.json
