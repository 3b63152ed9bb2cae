// Correct code: the goal runs in verify, reports nothing, writes the SARIF report; the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('gosafe-maven-plugin') && log.contains(':check') : 'gosafe:check did not run'
assert log.contains('checking with the source engine only') : 'no fallback notice without .mvn/jvm.config'
assert log.contains('gosafe: no findings in 1 file') : 'no clean summary'
assert !log.contains('[LockNotReleased]')
def sarif = new File(basedir, 'target/gosafe.sarif')
assert sarif.isFile() : 'target/gosafe.sarif not written'
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
assert json.runs[0].results.isEmpty()
assert log.contains('BUILD SUCCESS')
return true
