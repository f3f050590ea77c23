#!/bin/sh
# Lighthouse mobile performance of the Persian home page of a generated archive.
# Usage: bench/lighthouse.sh [ARTICLES] (default 10000)
# Needs Node.js with npm, Chromium (CHROME_PATH, default /usr/bin/chromium) and Maven. Lighthouse
# comes from npm, pinned below, installed under target/lighthouse/. Not part of `mvn verify`.
set -eu

LIGHTHOUSE_VERSION=13.5.0
articles=${1:-10000}
port=${PORT:-4317}
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
work="$here/target/lighthouse"
content="$work/content-$articles"
out="$work/site-$articles"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
cd "$here"

"$here/dozaban" --version >/dev/null
mkdir -p "$work"

if [ ! -f "$content/site.yaml" ]; then
    echo "lighthouse: writing a $articles-article archive to $content" >&2
    rm -rf "$content"
    if [ -f "$here/src/test/java/org/dozaban/bench/CorpusGenerator.java" ]; then
        # the benchmark's generator: English originals and their Persian translations, with topics
        mvn -q -B -Dstyle.color=never test-compile >&2
        mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/classpath" \
            -Dmdep.includeScope=test >&2
        classpath="$here/target/test-classes:$here/target/classes:$(cat "$work/classpath")"
        printf '%s\n' "new org.dozaban.bench.CorpusGenerator(1).writeContent(java.nio.file.Path.of(\"$content\"), $articles);" \
            '/exit' | jshell --class-path "$classpath" -q >&2
    else
        # a plain archive: numbered Persian and English articles sharing translation keys
        mkdir -p "$content/fa" "$content/en"
        printf 'title: {fa: بایگانی آزمایشی, en: Test archive}\ndescription: {fa: بایگانی ساخته‌شده برای سنجش, en: A generated archive}\nbaseUrl: http://127.0.0.1:%s/\n' "$port" > "$content/site.yaml"
        printf 'iran:\n  name: {en: Iran, fa: ایران}\n  words: {en: [Iran], fa: [ایران]}\n' > "$content/topics.yaml"
        i=0
        while [ "$i" -lt "$articles" ]; do
            n=$((i / 2)); day=$((n % 28 + 1)); month=$((n / 28 % 12 + 1)); year=$((2010 + n / 336 % 15))
            date=$(printf '%04d-%02d-%02d' "$year" "$month" "$day")
            if [ $((i % 2)) -eq 0 ]; then
                printf -- '---\ntitle: "Report number %s on the region"\ndate: %s\ntopics: [iran]\ntranslationKey: report-%s\n---\n%s\n' \
                    "$n" "$date" "$n" "The talks went on for a second day, officials said, and both sides spoke of progress. " > "$content/en/report-$n.md"
            else
                printf -- '---\ntitle: "گزارش شمارهٔ %s دربارهٔ منطقه"\ndate: %s\ntopics: [iran]\ntranslationKey: report-%s\ntranslator: تحریریه\n---\n%s\n' \
                    "$n" "$date" "$n" "گفت‌وگوها روز دوم هم ادامه یافت و هر دو طرف از پیشرفت سخن گفتند." > "$content/fa/report-$n.md"
            fi
            i=$((i + 1))
        done
    fi
fi

echo "lighthouse: building $out" >&2
"$here/dozaban" build --no-import --content "$content" --out "$out" >&2

if [ ! -x "$work/npm/node_modules/.bin/lighthouse" ]; then
    echo "lighthouse: installing lighthouse@$LIGHTHOUSE_VERSION from npm" >&2
    npm install --silent --no-audit --no-fund --prefix "$work/npm" "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

java -jar "$here/target/dozaban.jar" serve --out "$out" --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT INT TERM
for _ in 1 2 3 4 5 6 7 8 9 10; do
    curl -fs -o /dev/null "http://127.0.0.1:$port/fa/" && break
    sleep 1
done

report="$work/report-$articles.json"
"$work/npm/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/fa/" --quiet \
    --only-categories=performance --form-factor=mobile --screenEmulation.mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --output=json --output-path="$report"

node -e '
const r = require(process.argv[1]);
const a = r.audits;
const ms = id => Math.round(a[id].numericValue) + " ms";
console.log("performance (mobile): " + Math.round(r.categories.performance.score * 100));
console.log("first contentful paint: " + ms("first-contentful-paint") + ", largest contentful paint: "
    + ms("largest-contentful-paint") + ", total blocking time: " + ms("total-blocking-time")
    + ", cumulative layout shift: " + a["cumulative-layout-shift"].numericValue.toFixed(3));
console.log("bytes transferred: " + a["total-byte-weight"].numericValue);
' "$report"
