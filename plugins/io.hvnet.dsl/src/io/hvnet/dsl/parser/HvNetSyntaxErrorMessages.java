package io.hvnet.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the user's words: ANTLR's token names (RULE_ID, RULE_MAC…) become what the user should have
 * typed ("a name", "a MAC address such as 00:15:5D:01:02:03").
 */
public class HvNetSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKENS = Map.of(
			"RULE_ID", "a name",
			"RULE_INT", "a number",
			"RULE_STRING", "a quoted text",
			"RULE_MAC", "a MAC address such as 00:15:5D:01:02:03",
			"RULE_IPV4", "an IPv4 address such as 192.168.1.10/24",
			"EOF", "the end of the file");

	private static final Pattern TOKEN = Pattern.compile("RULE_[A-Z0-9_]+|\\bEOF\\b|<EOF>");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(humanize(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	static String humanize(String antlr) {
		if (antlr == null) {
			return null;
		}
		String text = antlr.replaceFirst("^missing (\\S+) at (.*)$", "expected $1 before $2")
				.replaceFirst("^mismatched input (.*) expecting (.*)$", "unexpected $1, expected $2")
				.replaceFirst("^extraneous input (.*) expecting (.*)$", "unexpected $1, expected $2")
				.replaceFirst("^no viable alternative at input (.*)$", "unexpected $1");
		Matcher m = TOKEN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String token = m.group().equals("<EOF>") ? "EOF" : m.group();
			m.appendReplacement(out, Matcher.quoteReplacement(TOKENS.getOrDefault(token, token)));
		}
		m.appendTail(out);
		return out.toString();
	}
}
