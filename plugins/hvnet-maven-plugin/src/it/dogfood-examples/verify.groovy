def log = new File(basedir, 'build.log').text
assert log =~ /hvnet: 26 file\(s\) checked: 0 error\(s\)/
assert log =~ /\d+ passed, 0 failed/
def reports = new File(basedir, 'target/hvnet-reports').list().findAll { it.startsWith('TEST-') }
assert reports.size() == 26
