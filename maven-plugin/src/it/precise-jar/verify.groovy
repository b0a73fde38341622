def log = new File(basedir, 'build.log').text
def builds = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 3 : 'expected two builds in build.log'
def guessed = builds[1], precise = builds[2]
// Build 1 (precise=false): the orders module changed, nothing found; the store module did not change.
assert guessed =~ /\[INFO\] opsdiff: no risky changes in 1 changed file, /
assert !guessed.contains('(query-fanout)')
// Build 2 (classpath): the per-id lookup loop is found through the jar's supertype.
assert precise =~ /\[ERROR\] src\/main\/java\/com\/acme\/orders\/InvoiceService\.java:\[\d+,\d+\] \(query-fanout\) `ledger\.findById\(\.\.\.\)`/
assert new File(basedir, 'orders/target/opsdiff/opsdiff.sarif').text.contains('query-fanout')
return true
