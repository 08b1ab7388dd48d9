def log = new File(basedir, 'build.log').text
assert log =~ /broken\.hvnet:4:37: error HVN901: Couldn't resolve reference to PhysicalNic 'NIC9'/
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/hvnet-reports/hvnet-check.sarif').isFile()
