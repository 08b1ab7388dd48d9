def log = new File(basedir, 'build.log').text
assert log.contains('hvnet: 1 file(s) checked: 0 error(s)')
assert log =~ /1 passed, 0 failed/
assert log.contains('BUILD SUCCESS')
