def log = new File(basedir, 'build.log').text
assert log.contains('hvnet: 1 file(s) checked: 0 error(s)')
assert new File(basedir, 'target/hvnet-reports/hvnet-check.sarif').isFile()
assert log.contains('PASS ping HV01.parent -> FileServer')
assert new File(basedir, 'target/hvnet-reports/TEST-fig09-single-nic.xml').isFile()
