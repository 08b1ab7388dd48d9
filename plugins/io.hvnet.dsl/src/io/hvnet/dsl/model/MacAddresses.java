package io.hvnet.dsl.model;

import java.util.Locale;

/** MAC addresses as the text writes them: 00:15:5D:00:00:01 and 00-15-5d-00-00-01 are one address. */
public final class MacAddresses {

	private MacAddresses() {
	}

	/** One spelling of a MAC (colons, lower case), so that two spellings of the same address compare equal. */
	public static String canonical(String mac) {
		return mac.replace('-', ':').toLowerCase(Locale.ROOT);
	}
}
