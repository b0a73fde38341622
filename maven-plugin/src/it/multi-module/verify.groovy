def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as @threadSafe')
// The unchanged module and the aggregator are skipped quickly; the merge base is the same for every module.
def skipped = (log =~ /\[INFO\] opsdiff: no Java changes in this module, working tree against HEAD~1\.\.\.HEAD \(merge base ([0-9a-f]{7})\), (\d+) ms/)
assert skipped.size() == 2 : 'the aggregator and catalog are skipped'
def checked = (log =~ /\[ERROR\] opsdiff: 1 finding \(1 error: cache-cardinality 1\) in \d+ changed files, working tree against HEAD~1\.\.\.HEAD \(merge base ([0-9a-f]{7})\)/)
assert checked.size() == 1
assert ([checked[0][1]] + skipped.collect { it[1] }).unique().size() == 1
skipped.each { println "opsdiff skipped an unchanged module in ${it[2]} ms" }
assert log =~ /\[ERROR\] src\/main\/java\/com\/acme\/shop\/pricing\/PricingService\.java:\[\d+,\d+\] \(cache-cardinality\)/
assert log =~ /on project pricing: opsdiff: 1 violation at error level or above; see target.opsdiff.opsdiff\.sarif/
assert new File(basedir, 'pricing/target/opsdiff/opsdiff.sarif').isFile()
assert !new File(basedir, 'catalog/target/opsdiff/opsdiff.sarif').exists()
return true
