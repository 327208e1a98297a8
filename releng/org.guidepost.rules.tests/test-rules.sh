#!/usr/bin/env bash
# Runs the test cases of every guideline project in the rules folder with the command line's runnable jar,
# writing JUnit XML beside Maven's own test reports. Usage: test-rules.sh JAVA CLI-JAR RULES-DIR REPORTS-DIR
set -uo pipefail
java=$1 jar=$2 rules=$3 reports=$4
mkdir -p "$reports"
reports=$(cd "$reports" && pwd)
# name the projects as rules/<name>, so reports read the same on every machine
cd "$(dirname "$rules")" || exit 2
rules=$(basename "$rules")
status=0
found=0
for project in "$rules"/*/; do
  [ -f "$project/guideline.yaml" ] || continue
  found=1
  name=$(basename "$project")
  echo "guidepost test $name"
  # every rule and clause covered (for a variant: what it adds or changes)
  "$java" -jar "$jar" test "${project%/}" --min-coverage 100 --junit-xml "$reports/TEST-rules.$name.xml" || status=1
done
[ "$found" = 1 ] || { echo "no guideline project in $rules" >&2; exit 1; }
exit $status
