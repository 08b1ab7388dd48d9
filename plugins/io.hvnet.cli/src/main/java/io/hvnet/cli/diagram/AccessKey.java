package io.hvnet.cli.diagram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of one `hvnet diagram` launch: only the page whose address the command printed knows it, so a page of
 * any other site (or another user of the machine) cannot drive the server that writes the user's file.
 */
final class AccessKey {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String value;

	private AccessKey(String value) {
		this.value = value;
	}

	static AccessKey create() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new AccessKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String value() {
		return value;
	}

	/** In constant time: how much of a guess was right must not show in how long the answer took. */
	boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
				candidate.getBytes(StandardCharsets.US_ASCII));
	}
}
