package io.hvnet.ui.editor;

import java.util.regex.Pattern;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** Colours the literals the grammar's own terminals accept: MAC addresses and IPv4 addresses (with a prefix). */
final class LiteralRule implements IRule {

	private static final int LONGEST = 20;
	private final Pattern pattern;
	private final IToken token;

	private LiteralRule(Pattern pattern, IToken token) {
		this.pattern = pattern;
		this.token = token;
	}

	static LiteralRule mac(IToken token) {
		return new LiteralRule(Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}"), token);
	}

	static LiteralRule ipv4(IToken token) {
		return new LiteralRule(Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?"), token);
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		StringBuilder read = new StringBuilder();
		int c;
		while (read.length() < LONGEST && (c = scanner.read()) != ICharacterScanner.EOF) {
			read.append((char) c);
		}
		if (read.length() < LONGEST) {
			scanner.unread(); // the EOF
		}
		var m = pattern.matcher(read);
		int match = m.lookingAt() ? m.end() : 0;
		boolean followedByWordChar = match > 0 && match < read.length()
				&& Character.isLetterOrDigit(read.charAt(match));
		int keep = followedByWordChar ? 0 : match;
		for (int i = read.length(); i > keep; i--) {
			scanner.unread();
		}
		return keep > 0 ? token : Token.UNDEFINED;
	}
}
