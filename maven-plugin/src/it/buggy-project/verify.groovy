// A LockNotReleased bug set to ERROR with failOn=error: the goal prints the finding in Maven's
// format, writes the SARIF report and fails the build; the excluded folder is not checked.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] \S*StockLedger\.java:\[14,5\] \[LockNotReleased\] / : 'no [LockNotReleased] error at StockLedger.java:[14,5]'
assert !log.contains('GeneratedLedger') : 'the excluded file was checked'
assert log.contains('gosafe: checking 1 file with the auto engine')
assert !log.contains('checking with the source engine only') : 'no javac engine despite .mvn/jvm.config'
assert log.contains('gosafe: 1 finding (1 error) in 1 file at or above failOn=error')
def sarif = new File(basedir, 'target/gosafe.sarif')
assert sarif.isFile() : 'target/gosafe.sarif not written'
def json = new groovy.json.JsonSlurper().parse(sarif)
def results = json.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'LockNotReleased'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/inventory/StockLedger.java'
assert results[0].properties.engine == 'javac'
assert log.contains('BUILD FAILURE')
return true
