package io.hvnet.powershell;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a script comes from, for its header: the .hvnet file as the user named it, the commit it was checked in at
 * (null outside a git work tree or with uncommitted changes to the file), the file's SHA-256 and hvnet's version.
 */
public record Provenance(String file, String commit, String sha256, String hvnetVersion) {

	/** The provenance of {@code file}, whose content is {@code bytes}; asks git for the commit. */
	public static Provenance of(Path file, byte[] bytes, String hvnetVersion) {
		String sha;
		try {
			sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		return new Provenance(file.toString(), GitCommit.of(file), sha, hvnetVersion);
	}
}
