package io.hvnet.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Colours the literals the grammar's own terminals accept: MAC addresses (00:15:5D:01:02:03, also with dashes) and
 * IPv4 addresses with an optional prefix. Matches character by character and gives up at the first character that
 * does not fit, because the scanner tries the rule at almost every position of a repaired line.
 */
final class LiteralRule implements IRule {

	private final boolean mac;
	private final IToken token;

	private LiteralRule(boolean mac, IToken token) {
		this.mac = mac;
		this.token = token;
	}

	static LiteralRule mac(IToken token) {
		return new LiteralRule(true, token);
	}

	static LiteralRule ipv4(IToken token) {
		return new LiteralRule(false, token);
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		int[] read = { 0 };
		boolean matched = mac ? mac(scanner, read) : ipv4(scanner, read);
		if (matched) {
			int next = scanner.read();
			read[0]++;
			boolean wordContinues = next != ICharacterScanner.EOF && Character.isLetterOrDigit(next);
			scanner.unread();
			read[0]--;
			if (!wordContinues) {
				return token;
			}
		}
		for (int i = 0; i < read[0]; i++) {
			scanner.unread();
		}
		return Token.UNDEFINED;
	}

	private static boolean mac(ICharacterScanner scanner, int[] read) {
		for (int group = 0; group < 6; group++) {
			if (group > 0 && !accept(scanner, read, c -> c == ':' || c == '-')) {
				return false;
			}
			if (!accept(scanner, read, LiteralRule::hex) || !accept(scanner, read, LiteralRule::hex)) {
				return false;
			}
		}
		return true;
	}

	private static boolean ipv4(ICharacterScanner scanner, int[] read) {
		for (int octet = 0; octet < 4; octet++) {
			if (octet > 0 && !accept(scanner, read, c -> c == '.')) {
				return false;
			}
			if (digits(scanner, read, 3) == 0) {
				return false;
			}
		}
		int before = read[0];
		if (accept(scanner, read, c -> c == '/') && digits(scanner, read, 2) == 0) {
			while (read[0] > before) { // a slash without a prefix is not part of the address
				scanner.unread();
				read[0]--;
			}
		}
		return true;
	}

	private static int digits(ICharacterScanner scanner, int[] read, int max) {
		int n = 0;
		while (n < max && accept(scanner, read, Character::isDigit)) {
			n++;
		}
		return n;
	}

	/** Reads one character if it fits; otherwise leaves it unread. */
	private static boolean accept(ICharacterScanner scanner, int[] read, java.util.function.IntPredicate fits) {
		int c = scanner.read();
		if (c != ICharacterScanner.EOF && fits.test(c)) {
			read[0]++;
			return true;
		}
		scanner.unread();
		return false;
	}

	private static boolean hex(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}
}
