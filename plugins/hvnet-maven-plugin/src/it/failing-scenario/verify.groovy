// The topology is valid but its scenario expects the wrong hop count: check passes, test fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains('hvnet: 1 file(s) checked: 0 error(s)')
assert log.contains('FAIL ping HV01.parent -> FileServer')
assert log.contains('expect hops 3: request 1 took 6 hops')
assert log.contains('BUILD FAILURE')
def junit = new File(basedir, 'target/hvnet-reports/TEST-fig09-wrong-hops.xml').text
assert junit.contains('<failure')
