// The build succeeds and javac shows gosafe's warning at the lock() that is not released.
def log = new File(basedir, 'build.log').text
assert log.contains('[LockNotReleased]') : 'no [LockNotReleased] warning in build.log'
assert log =~ /WARNING.*StockLedger\.java:\[14,\d+\] \[LockNotReleased\]/ : 'warning not at StockLedger.java line 14'
assert log.contains('BUILD SUCCESS')
return true
