// -Xep:LockNotReleased:ERROR turns the finding into a compile error that fails the build.
def log = new File(basedir, 'build.log').text
assert log =~ /ERROR.*StockLedger\.java:\[14,\d+\] \[LockNotReleased\]/ : 'no [LockNotReleased] error at StockLedger.java line 14'
assert log.contains('BUILD FAILURE')
return true
