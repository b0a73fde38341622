def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 4 : 'expected three builds in build.log'
assert builds[1] =~ /\[INFO\] opsdiff: no risky changes in 1 changed file, working tree against HEAD~1\.\.\.HEAD \(merge base [0-9a-f]{7}\), \d+ ms; report: target.opsdiff.opsdiff\.sarif, target.opsdiff.opsdiff\.md/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/opsdiff/opsdiff.sarif'))
assert (sarif.runs[0].results ?: []).isEmpty()
assert new File(basedir, 'target/opsdiff/opsdiff.md').isFile()
assert builds[2] =~ /\[ERROR\] Failed to execute goal .*check .* on project benign: opsdiff: unknown git ref 'origin\/nope'; use a branch, tag or commit such as origin\/main or HEAD~1 \(or set -Dopsdiff\.failOnMissingBase=false to skip the check with a warning\) -> \[Help 1\]/
assert !(builds[2] =~ /(?m)^\s+at |Caused by/) : 'no stack trace'
assert builds[3] =~ /\[WARNING\] opsdiff: unknown git ref 'origin\/nope'.*; check skipped \(failOnMissingBase=false\)/
return true
