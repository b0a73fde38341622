def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] opsdiff: skipped (opsdiff.skip)')
// Checkstyle style: path relative to the module, [line,col], (rule), message; then the call path.
assert log =~ /\[ERROR\] src\/main\/java\/com\/acme\/shop\/pricing\/PricingService\.java:\[\d+,\d+\] \(cache-cardinality\) /
assert log =~ /\[ERROR\]     at PricingService\.price calls `lineTotal\(\.\.\.\)` once per element/
assert log =~ /\[ERROR\] opsdiff: 1 finding \(1 error: cache-cardinality 1\) in \d+ changed files, working tree against HEAD~1\.\.\.HEAD \(merge base [0-9a-f]{7}\), \d+ ms; report: target.opsdiff.opsdiff\.sarif/
assert log.contains('opsdiff: 1 violation at error level or above; see target')
def sarif = new File(basedir, 'target/opsdiff/opsdiff.sarif')
assert sarif.isFile()
assert sarif.getText('UTF-8').contains('"ruleId" : "cache-cardinality"') || sarif.getText('UTF-8').contains('"ruleId":"cache-cardinality"')
return true
