def log = new File(basedir, 'build.log').text
assert log =~ /broken\.hvnet:4:37: error HVN901: no physical NIC named 'NIC9' \(known here: NIC1, HV01.NIC1\)/
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/hvnet-reports/hvnet-check.sarif').isFile()
