package io.hvnet.powershell;

/**
 * Where a script comes from, for its header: the .hvnet file as the user named it, the commit it was checked in at
 * (null outside a git work tree or with uncommitted changes to the file), the file's SHA-256 and hvnet's version.
 */
public record Provenance(String file, String commit, String sha256, String hvnetVersion) {
}
